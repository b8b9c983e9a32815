import {
    decodeOAuthError,
    decodeFormComponent,
    extractErrorParameters,
    normalizeOAuthErrorInput,
    appsNamedIn,
    OAUTH_ERROR_PATTERNS,
    DEFAULT_DECODER_CATALOG
} from '../oauthErrors';
import { defaultCatalog, FIXTURE_READER_CAPS } from 'samples/build/kit';
import type { AppGrant, AppInstall, CatalogEntry, OrgSnapshot, RunningUserInfo, Section, WayId } from '../snapshot';

function section<T>(data: T | null, status: Section<T>['status'] = data === null ? 'unavailable' : 'ok'): Section<T> {
    return {
        status,
        reason: status === 'ok' ? null : 'not read in this test',
        missingPermissions: [],
        missingFields: [],
        truncated: false,
        data
    };
}

function catalogEntry(
    developerName: string,
    label: string,
    installAppId: string | null,
    sortOrder: number,
    way: WayId,
    egressIps: string[] = []
): CatalogEntry {
    return {
        developerName,
        label,
        kind: installAppId === null ? 'ExternalClientApp' : 'ConnectedApp',
        matchNames: installAppId === null ? ['Jetstream_Canvas'] : [label],
        way,
        purpose: `${label} purpose`,
        installAppId,
        installAppOrgId: installAppId === null ? null : '00D4S000000pHDF',
        egressIps,
        sortOrder,
        usage: { packageDefault: 'expected', adminChoice: null, adminRecordId: null }
    };
}

const CATALOG: CatalogEntry[] = [
    catalogEntry('Jetstream_Web', 'Jetstream', '0Ci4S000000CaUB', 1, 'web', ['74.220.50.22', '74.220.50.23', '74.220.50.24']),
    catalogEntry('Jetstream_Desktop', 'Jetstream Desktop', '0Ci4S000000CadS', 2, 'desktop'),
    catalogEntry('Jetstream_Auth', 'Jetstream Auth', '0Ci4S000000Cact', 3, 'loginWithSalesforce'),
    catalogEntry('Jetstream_In_Org_Package', 'Jetstream for Salesforce', null, 4, 'inOrgPackage')
];

function install(catalogName: string, installed: boolean, adminApprovedOnly: boolean | null = null): AppInstall {
    return {
        catalogName,
        installed,
        objectType: installed ? 'ConnectedApplication' : null,
        id: installed ? `0H4${catalogName}` : null,
        name: installed ? catalogName : null,
        createdDate: null,
        lastModifiedDate: null,
        optionsAllowAdminApprovedUsersOnly: installed ? adminApprovedOnly : null,
        optionsRefreshTokenValidityMetric: null,
        refreshTokenValidityPeriod: null,
        optionsHasSessionLevelPolicy: null,
        ecaPolicy: null
    };
}

interface SnapshotOptions {
    isSandbox?: boolean;
    installs?: AppInstall[] | null;
    grants?: AppGrant[] | null;
    useAnyApiClientField?: boolean;
    catalog?: CatalogEntry[] | null;
}

function snapshot(options: SnapshotOptions = {}): OrgSnapshot {
    return {
        schemaVersion: 2,
        capturedAt: '2026-11-20T10:00:00.000Z',
        reader: {
            source: 'test',
            soqlQueries: 0,
            queryRows: 0,
            caps: { ...FIXTURE_READER_CAPS }
        },
        org: section({
            id: '00D000000000001',
            name: 'Acme',
            edition: 'Enterprise Edition',
            isSandbox: options.isSandbox ?? false,
            instanceName: 'USA1',
            trialExpirationDate: null,
            myDomainUrl: 'https://acme.my.salesforce.com',
            lightningUrl: 'https://acme.lightning.force.com'
        }),
        runningUser: section<RunningUserInfo>(null),
        catalog: section(options.catalog === undefined ? CATALOG : options.catalog),
        apps: section(options.installs === undefined ? CATALOG.map((entry) => install(entry.developerName, false)) : options.installs),
        grants: section(options.grants === undefined ? [] : options.grants),
        permissionHolders: section({
            fieldsAvailable: { canApproveUninstalledApps: true, useAnyApiClient: options.useAnyApiClientField ?? false },
            holders: [],
            apiEnabled: { holders: 0, activeAssignees: 0, largest: [] },
            sampleUsers: []
        }),
        authorizations: section([]),
        signIns: section([]),
        frozenUsers: section({ users: [], signIns: [] }),
        signInRefusals: section([]),
        appsInUse: section([]),
        signInDays: section({ windows: [], applications: [], statuses: [], failures: [] })
    };
}

function grant(catalogName: string, label: string, activeAssignees: number): AppGrant {
    return {
        catalogName,
        appId: '0H4x',
        grantedTo: {
            permissionSetId: '0PS1',
            kind: 'PermissionSet',
            name: label.replace(/\s/g, '_'),
            label,
            parentId: null,
            isCustom: true,
            hasActivationRequired: false,
            groupStatus: null,
            activeAssignees,
            expiringAssignees: 0
        },
        via: 'direct',
        componentPermissionSetName: null
    };
}

const allText = (decoded: ReturnType<typeof decodeOAuthError>): string => decoded.fix.map((step) => step.text).join('\n');
const allUrls = (decoded: ReturnType<typeof decodeOAuthError>): string[] =>
    decoded.fix.flatMap((step) => (step.link ? [step.link.url] : []));

describe('decodeFormComponent', () => {
    it('decodes plus signs and percent escapes', () => {
        expect(decodeFormComponent('app+must+be%20installed%2C+ok')).toBe('app must be installed, ok');
    });

    it('keeps a malformed escape as typed instead of throwing', () => {
        expect(decodeFormComponent('100%+sure %E2%82 end%41')).toBe('100% sure %E2%82 endA');
    });
});

describe('extractErrorParameters', () => {
    it('reads error and error_description from a full redirect URL', () => {
        expect(
            extractErrorParameters(
                'https://acme.my.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_client&error_description=app+must+be+installed+into+org'
            )
        ).toEqual({ error: 'invalid_client', errorDescription: 'app must be installed into org' });
    });

    it('reads them from a fragment (#) and from a bare query string', () => {
        expect(
            extractErrorParameters(
                'https://app.example/cb#error=OAUTH_APP_BLOCKED&error_description=this%20app%20is%20blocked%20by%20admin'
            )
        ).toEqual({
            error: 'OAUTH_APP_BLOCKED',
            errorDescription: 'this app is blocked by admin'
        });
        expect(extractErrorParameters('error_description=x&error=y')).toEqual({ error: 'y', errorDescription: 'x' });
    });

    it('reads a JSON error body', () => {
        expect(extractErrorParameters(' {"error":"invalid_grant","error_description":"expired access/refresh token"} ')).toEqual({
            error: 'invalid_grant',
            errorDescription: 'expired access/refresh token'
        });
    });

    it('treats text that only looks like JSON as text', () => {
        expect(extractErrorParameters('{not json error=foo')).toEqual({ error: 'foo', errorDescription: null });
        expect(extractErrorParameters('{"message":"hi"}')).toEqual({ error: null, errorDescription: null });
    });

    it('does not read parameters whose names merely end in "error"', () => {
        expect(extractErrorParameters('https://x.test/?myerror=1&other=2')).toEqual({ error: null, errorDescription: null });
    });
});

describe('normalizeOAuthErrorInput', () => {
    it('joins error and description', () => {
        expect(normalizeOAuthErrorInput('?error=invalid_scope&error_description=the+requested+scope+is+not+allowed')).toBe(
            'invalid_scope: the requested scope is not allowed'
        );
    });

    it('decodes and collapses plain text', () => {
        expect(normalizeOAuthErrorInput('  Failed:%20Not approved\n\n for access ')).toBe('Failed: Not approved for access');
        expect(normalizeOAuthErrorInput('  OAUTH_EC_APP_NOT_FOUND  ')).toBe('OAUTH_EC_APP_NOT_FOUND');
    });
});

describe('OAUTH_ERROR_PATTERNS', () => {
    it('has unique ids, at least one matcher, example, fix step and a dated source each', () => {
        const ids = OAUTH_ERROR_PATTERNS.map((pattern) => pattern.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const pattern of OAUTH_ERROR_PATTERNS) {
            expect(pattern.matchers.length).toBeGreaterThan(0);
            expect(pattern.examples.length).toBeGreaterThan(0);
            expect(pattern.fix.length).toBeGreaterThan(0);
            expect(pattern.source.url).toMatch(/^https:\/\//);
            expect(pattern.source.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
    });

    it.each(OAUTH_ERROR_PATTERNS.flatMap((pattern) => pattern.examples.map((example) => [pattern.id, example])))(
        'decodes its example to %s: %s',
        (id, example) => {
            const decoded = decodeOAuthError(example);
            expect(decoded.id).toBe(id);
            expect(decoded.matched).toBe(true);
        }
    );

    // Salesforce's help and developer docs, Jetstream's docs site and Jetstream's own code or docs in its repository are
    // primary; everything else (vendor pages, issue threads, Jetstream's issue tracker) is someone else's report.
    const PRIMARY =
        /^https:\/\/(?:help\.salesforce\.com|developer\.salesforce\.com|docs\.getjetstream\.app|github\.com\/jetstreamapp\/jetstream\/blob)\//;

    it('titles every source that is not Salesforce or Jetstream "Secondary source", and no other', () => {
        const secondary = OAUTH_ERROR_PATTERNS.filter((pattern) => !PRIMARY.test(pattern.source.url));
        expect(secondary.length).toBeGreaterThanOrEqual(10);
        for (const pattern of OAUTH_ERROR_PATTERNS) {
            expect([pattern.id, pattern.source.title.startsWith('Secondary source')]).toEqual([
                pattern.id,
                !PRIMARY.test(pattern.source.url)
            ]);
        }
    });

    it('cites Jetstream code at a fixed commit, never a moving branch', () => {
        const jetstream = OAUTH_ERROR_PATTERNS.filter((pattern) => pattern.source.url.includes('github.com/jetstreamapp/jetstream/blob/'));
        expect(jetstream.length).toBeGreaterThanOrEqual(6);
        for (const pattern of jetstream) expect(pattern.source.url).toMatch(/\/blob\/[0-9a-f]{40}\//);
    });
});

describe('decodeOAuthError: each message', () => {
    const cases: [string, string][] = [
        ["This app hasn't been approved for use in this organization", 'oauth.app-not-approved'],
        ['This app hasn’t been approved for use in this organisation.', 'oauth.app-not-approved'],
        ['Failed to complete authorization', 'oauth.failed-to-complete-authorization'],
        ['error=OAUTH_APP_BLOCKED&error_description=this+app+is+blocked+by+admin', 'oauth.app-blocked'],
        [
            'OAUTH_APPROVAL_ERROR_GENERIC : An unexpected error has occured during authentication. Please try again.',
            'oauth.approval-error-generic'
        ],
        ['app must be installed into org', 'oauth.app-not-installed'],
        ['user is not admin approved to access this app', 'oauth.user-not-admin-approved'],
        ['invalid_scope', 'oauth.invalid-scope'],
        ['expired access/refresh token', 'jetstream.connection-error'],
        ['invalid_grant', 'oauth.invalid-grant'],
        ['INVALID_SESSION_ID: This session is not valid for use with the REST API', 'oauth.invalid-session-api-access-control'],
        ['OAUTH_EC_APP_NOT_FOUND', 'oauth.external-client-app-not-found'],
        ['Failed: Not approved for access', 'oauth.login-not-approved']
    ];

    it.each(cases)('%s -> %s', (input, id) => {
        const decoded = decodeOAuthError(input);
        expect(decoded).toMatchObject({ id, matched: true });
        expect(decoded.cause.length).toBeGreaterThan(20);
        expect(decoded.fix.length).toBeGreaterThan(0);
        expect(decoded.source).not.toBeNull();
    });

    it('prefers the specific reason over the generic page text (Jetstream #1462)', () => {
        const pasted =
            "We can't authorize you because of an OAuth error. OAUTH_APPROVAL_ERROR_GENERIC : An unexpected error has occured during authentication. Please try again.\nerror=invalid_scope&error_description=the+requested+scope+is+not+allowed";
        expect(decodeOAuthError(pasted).id).toBe('oauth.invalid-scope');
        expect(decodeOAuthError(pasted.split('\n')[0] ?? '').id).toBe('oauth.approval-error-generic');
    });

    it('is case-insensitive', () => {
        expect(decodeOAuthError('APP MUST BE INSTALLED INTO ORG').id).toBe('oauth.app-not-installed');
    });

    it('app not installed: existing authorizations keep working except with the OAuth 2.0 device flow (help 005132365)', () => {
        expect(decodeOAuthError('app must be installed into org').cause).toContain(
            'Users who authorized the app before keep working (except apps that use the OAuth 2.0 device flow; Jetstream’s docs say it does not); new connections fail.'
        );
    });
});

describe('decodeOAuthError: URL forms', () => {
    it.each([
        [
            'full redirect URL with + for spaces',
            'https://acme.my.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_client&error_description=app+must+be+installed+into+org',
            'oauth.app-not-installed',
            'invalid_client: app must be installed into org'
        ],
        [
            'URL with %20 escapes',
            'https://acme--uat.sandbox.my.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_scope&error_description=the%20requested%20scope%20is%20not%20allowed',
            'oauth.invalid-scope',
            'invalid_scope: the requested scope is not allowed'
        ],
        [
            'Jetstream callback URL with the error in the fragment',
            'https://getjetstream.app/oauth/callback#error=OAUTH_APP_BLOCKED&error_description=this%2Bapp%2Bis%2Bblocked%2Bby%2Badmin',
            'oauth.app-blocked',
            'OAUTH_APP_BLOCKED: this+app+is+blocked+by+admin'
        ],
        [
            'relative path only',
            '/setup/secur/RemoteAccessErrorPage.apexp?error=OAUTH_EC_APP_NOT_FOUND',
            'oauth.external-client-app-not-found',
            'OAUTH_EC_APP_NOT_FOUND'
        ],
        [
            'JSON token-endpoint body',
            '{"error":"invalid_grant","error_description":"expired access/refresh token"}',
            'oauth.refresh-token-expired',
            'invalid_grant: expired access/refresh token'
        ],
        [
            'URL-encoded paste of the whole URL',
            'https%3A%2F%2Facme.my.salesforce.com%2Fsetup%2Fsecur%2FRemoteAccessErrorPage.apexp%3Ferror%3Dinvalid_client%26error_description%3Dapp%2Bmust%2Bbe%2Binstalled%2Binto%2Borg',
            'oauth.app-not-installed',
            'invalid_client: app must be installed into org'
        ]
    ])('%s', (_name, input, id, normalized) => {
        const decoded = decodeOAuthError(input);
        expect(decoded.id).toBe(id);
        expect(decoded.normalized).toBe(normalized);
    });
});

/**
 * Every string users see and paste (issue 15: Salesforce's OAuth codes and descriptions, Login History statuses, API
 * errors, install and External Client App errors, Jetstream's own messages), as pasted, and the one cause each decodes
 * to. Every pattern is some string's cause, so no pattern is dead and no string borrows another's cause.
 */
const EVERY_STRING: readonly (readonly [string, string])[] = [
    // invalid_grant, split by its description
    ['{"error":"invalid_grant","error_description":"ip restricted or invalid login hours"}', 'oauth.ip-restricted'],
    ['error=invalid_grant&error_description=IP+restricted+or+invalid+login+hours', 'oauth.ip-restricted'],
    ["invalid_grant: user hasn't approved this consumer", 'oauth.consumer-not-approved'],
    ['{"error":"invalid_grant","error_description":"user hasn\'t approved this consumer"}', 'oauth.consumer-not-approved'],
    ['{"error":"invalid_grant","error_description":"expired access/refresh token"}', 'oauth.refresh-token-expired'],
    ['Error authenticating with auth code due to: invalid_grant::authentication failure', 'oauth.authentication-failure'],
    ['{"error":"invalid_grant","error_description":"invalid user credentials"}', 'oauth.invalid-user-credentials'],
    ['invalid_grant', 'oauth.invalid-grant'],
    ['{"error":"invalid_grant","error_description":"something new"}', 'oauth.invalid-grant'],
    // Salesforce's other OAuth codes
    ['error=inactive_user&error_description=User+is+inactive', 'oauth.inactive-user'],
    ['invalid_grant: inactive user', 'oauth.inactive-user'],
    ['error=inactive_org&error_description=Org+is+locked%2C+closed%2C+or+suspended', 'oauth.inactive-org'],
    ['https://www.mycustomerorderstatus/code_callback.jsp?error=access-denied', 'oauth.access-denied'],
    ['https://www.customercontactinfo.com/user_callback.jsp#error=access_denied', 'oauth.access-denied'],
    ['error=access_denied&error_description=end-user+denied+authorization', 'oauth.access-denied'],
    ['error=rate_limit_exceeded&error_description=Number+of+logins+exceeded', 'oauth.rate-limit-exceeded'],
    ['error=OAUTH_APP_BLOCKED&error_description=this+app+is+blocked+by+admin', 'oauth.app-blocked'],
    ['{"error":"app_blocked","error_description":"this app is blocked by admin"}', 'oauth.app-blocked'],
    ['invalid_app_access::user is not admin approved to access this app', 'oauth.user-not-admin-approved'],
    ['OAuth2 login failed. Reason: OAUTH_APP_ACCESS_DENIED', 'oauth.app-access-denied'],
    ['error=invalid_client&error_description=app+must+be+installed+into+org', 'oauth.app-not-installed'],
    ['error=invalid_scope&error_description=the+requested+scope+is+not+allowed', 'oauth.invalid-scope'],
    ["We can't authorize you because of an OAuth error. OAUTH_APPROVAL_ERROR_GENERIC", 'oauth.approval-error-generic'],
    // Login History statuses
    ['User is Frozen', 'oauth.user-frozen'],
    ['Restricted IP', 'oauth.restricted-ip'],
    ['Restricted time', 'oauth.login-hours'],
    ['Failed: IP Address Not Allowed', 'oauth.app-ip-not-allowed'],
    ['Failed: Not approved for access', 'oauth.login-not-approved'],
    // API access
    ['[{"message":"The REST API is not enabled for this Organization.","errorCode":"API_DISABLED_FOR_ORG"}]', 'oauth.api-disabled-for-org'],
    ['API_CURRENTLY_DISABLED: API is disabled for this User', 'oauth.api-currently-disabled'],
    // installing and External Client Apps
    [
        'Managed Application Installation Error https://acme.my.salesforce.com/identity/app/AppInstallErrorPage.apexp?error_code=generic_error',
        'oauth.app-install-error'
    ],
    ['Errors encountered: External client app is not installed in this org', 'oauth.eca-not-installed'],
    ['OAUTH_EC_APP_NOT_FOUND', 'oauth.external-client-app-not-found'],
    ["We couldn't load OAuth plugin: Cannot invoke String.split(String)", 'oauth.eca-oauth-plugin'],
    // sessions
    ['The reporting API returns a 403 error: high assurance session required.', 'oauth.high-assurance-required'],
    ['Choose a Verification Method', 'oauth.verification-method'],
    ['INVALID_SESSION_ID: Session expired or invalid', 'oauth.session-expired'],
    ['INVALID_SESSION_ID: This session is not valid for use with the REST API', 'oauth.invalid-session-api-access-control'],
    // Jetstream's own messages
    ['expired access/refresh token', 'jetstream.connection-error'],
    [
        'There was a problem connecting your org, re-connect your org to fix it. If you recently did a sandbox refresh and have a new Organization Id, you will need to delete the old org. Message: expired access/refresh token',
        'jetstream.connection-error'
    ],
    [
        'Salesforce ended this connection because the org was not used for 30 days. Reconnect the org to continue using it.',
        'jetstream.inactivity-expired'
    ],
    ['Your org/user does not have API access which is required for Jetstream to communicate with Salesforce.', 'jetstream.api-not-enabled'],
    ['There was an error authenticating with Salesforce.', 'jetstream.authentication-error'],
    ["There was an error authenticating with Salesforce. user hasn't approved this consumer", 'oauth.consumer-not-approved'],
    [
        'https://getjetstream.app/oauth-link/?type=salesforce&clientUrl=https%3A%2F%2Fgetjetstream.app&error=invalid_grant&message=ip%20restricted%20or%20invalid%20login%20hours',
        'oauth.ip-restricted'
    ],
    ["This org isn't authorized", 'jetstream.not-authorized'],
    [
        'Oops, there was an error rendering Canvas application [Jetstream_Canvas]. Your browsing session has ended or is invalid. Please re-login to Salesforce.com again.',
        'jetstream.canvas-session'
    ],
    ["This app hasn't been approved for use in this organization", 'oauth.app-not-approved'],
    ['Failed to complete authorization', 'oauth.failed-to-complete-authorization']
];

describe('decodeOAuthError: every string users see decodes to its own cause', () => {
    it.each(EVERY_STRING)('%s -> %s', (input, id) => {
        const decoded = decodeOAuthError(input);
        expect(decoded).toMatchObject({ id, matched: true });
        expect(decoded.fix.length).toBeGreaterThan(0);
        expect(decoded.source?.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('covers every pattern: no pattern is only reachable through its own examples', () => {
        expect(new Set(EVERY_STRING.map(([, id]) => id))).toEqual(new Set(OAUTH_ERROR_PATTERNS.map((pattern) => pattern.id)));
    });

    it('decodes invalid_grant by its description first: neither IP restrictions nor a missing approval is an expired token', () => {
        for (const input of [
            '{"error":"invalid_grant","error_description":"ip restricted or invalid login hours"}',
            "invalid_grant: user hasn't approved this consumer"
        ]) {
            const decoded = decodeOAuthError(input);
            expect(['oauth.refresh-token-expired', 'jetstream.connection-error', 'oauth.invalid-grant']).not.toContain(decoded.id);
            expect(decoded.cause).toMatch(/It is not an expired token\./);
        }
    });

    it("does not read Jetstream's stored message as proof of an expired token: it lists the other causes", () => {
        const decoded = decodeOAuthError('expired access/refresh token');
        expect(decoded.cause).toMatch(/does not prove the token expired/);
        for (const cause of ['frozen', 'inactive', 'Login IP Ranges', 'Login Hours', 'blocked', 'new Organization Id'])
            expect(decoded.cause).toContain(cause);
        // Salesforce's own answer (with its code) is the expired or revoked token, with the revocations named.
        const salesforce = decodeOAuthError('{"error":"invalid_grant","error_description":"expired access/refresh token"}');
        expect(salesforce.cause).toMatch(/30 days without use where the app’s developer turned that limit on/);
        expect(salesforce.cause).toMatch(/froze the user/);
    });

    it('says the 30-day idle limit is the app’s policy, not a rule for every app (where Jetstream’s wording differs)', () => {
        const decoded = decodeOAuthError('Salesforce will end this connection in 5 days unless the org is used.');
        expect(decoded.id).toBe('jetstream.inactivity-expired');
        expect(decoded.cause).toMatch(
            /Jetstream calls it Salesforce’s limit; Salesforce documents it as an option the app’s developer turns on/
        );
        expect(decoded.cause).toMatch(/not a rule for every app/);
    });

    it('says what the OAUTH_EC_APP_NOT_FOUND reports really say, and does not pin it on Jetstream', () => {
        const decoded = decodeOAuthError('OAUTH_EC_APP_NOT_FOUND');
        expect(decoded.cause).toMatch(/did not fix it/);
        expect(decoded.cause).toMatch(/No source ties this error to Jetstream’s connected apps/);
        expect(decoded.source?.title).toMatch(/^Secondary source/);
    });

    it('reads the REST error body and Jetstream’s error page parameters', () => {
        expect(
            decodeOAuthError('[{"message":"The REST API is not enabled for this Organization.","errorCode":"API_DISABLED_FOR_ORG"}]')
                .normalized
        ).toBe('API_DISABLED_FOR_ORG: The REST API is not enabled for this Organization.');
        expect(
            decodeOAuthError('https://getjetstream.app/oauth-link/?type=salesforce&error=inactive_user&message=User%20is%20inactive')
                .normalized
        ).toBe('inactive_user: User is inactive');
    });
});

describe('decodeOAuthError: fixes say what to do, for the app the user was connecting with', () => {
    const notInstalled = (): OrgSnapshot => snapshot({ installs: CATALOG.map((entry) => install(entry.developerName, false)) });
    const installUrls = (decoded: ReturnType<typeof decodeOAuthError>): string[] =>
        allUrls(decoded).filter((url) => url.includes('AppInstallApprovalPage'));

    it('reads the app from the callback in a pasted URL (the desktop app), and installs only that one', () => {
        const decoded = decodeOAuthError(
            'jetstream://addOrg/oauth/sfdc/callback?error=invalid_client&error_description=app+must+be+installed+into+org',
            notInstalled()
        );
        expect(installUrls(decoded)).toEqual([
            'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CadS&app_org_id=00D4S000000pHDF'
        ]);
        expect(allText(decoded)).not.toMatch(/does not say which app/);
    });

    it('reads the web app from its callback or its error page, and log in with Salesforce from its own', () => {
        const web = decodeOAuthError(
            'https://getjetstream.app/oauth/sfdc/callback?error=invalid_client&error_description=app+must+be+installed+into+org',
            notInstalled()
        );
        expect(installUrls(web)).toEqual([expect.stringContaining('app_id=0Ci4S000000CaUB')]);
        const auth = decodeOAuthError(
            'https://getjetstream.app/api/auth/callback/salesforce?error=invalid_client&error_description=app+must+be+installed+into+org',
            notInstalled()
        );
        expect(installUrls(auth)).toEqual([expect.stringContaining('app_id=0Ci4S000000Cact')]);
    });

    it('when the paste does not say which app: one lead step, then one choice per app not installed, no sentence repeated', () => {
        const decoded = decodeOAuthError('app must be installed into org', notInstalled());
        const texts = decoded.fix.map((step) => step.text);
        expect(texts.filter((text) => /does not say which app the user was connecting with/.test(text))).toHaveLength(1);
        expect(texts.filter((text) => text.startsWith('Install the app in this org'))).toHaveLength(1);
        expect(installUrls(decoded)).toHaveLength(3);
        expect(new Set(texts).size).toBe(texts.length);
        expect(allText(decoded)).not.toMatch(/has no Permitted Users|no policy/);
    });

    it('offers only the apps that hold org connections for Jetstream’s connection messages', () => {
        const urls = installUrls(decodeOAuthError('expired access/refresh token', notInstalled()));
        expect(urls).toEqual([expect.stringContaining('0Ci4S000000CaUB'), expect.stringContaining('0Ci4S000000CadS')]);
    });

    it('does not offer log in with Salesforce (production only) as a choice in a sandbox', () => {
        const sandbox = snapshot({ isSandbox: true, installs: CATALOG.map((entry) => install(entry.developerName, false)) });
        const urls = installUrls(decodeOAuthError('app must be installed into org', sandbox));
        expect(urls).toHaveLength(2);
        expect(urls.join(' ')).not.toContain('0Ci4S000000Cact');
    });

    it('gives the addresses to allow for an IP refusal: the web app’s servers, the desktop app’s user network', () => {
        const web = allText(decodeOAuthError('Jetstream: ip restricted or invalid login hours', snapshot()));
        expect(web).toContain('Jetstream connects from 74.220.50.22, 74.220.50.23, 74.220.50.24.');
        expect(web).not.toContain('Jetstream Desktop');
        const desktop = allText(decodeOAuthError('Jetstream Desktop: Restricted IP', snapshot()));
        expect(desktop).toContain('Jetstream Desktop connects from the user’s own network');
        expect(desktop).not.toContain('74.220.50.22');
    });

    it('links the policies of the one app the paste names to that app’s own page, else to the list', () => {
        const installed = snapshot({ installs: [{ ...install('Jetstream_Desktop', true, false), id: '0H4000000000001AAA' }] });
        const relax = (decoded: ReturnType<typeof decodeOAuthError>) => decoded.fix.find((step) => step.text.includes('IP Relaxation'));
        expect(relax(decodeOAuthError('Jetstream Desktop: Failed: IP Address Not Allowed', installed))?.link?.url).toBe(
            '/lightning/setup/ConnectedApplication/page?address=%2Fapp%2Fmgmt%2Fforceconnectedapps%2FforceAppDetail.apexp%3FconnectedAppId%3D0H4000000000001AAA'
        );
        expect(relax(decodeOAuthError('Failed: IP Address Not Allowed', installed))?.link?.url).toBe(
            '/lightning/setup/ConnectedApplication/home'
        );
    });

    it('sends a sandbox to Match Production Licenses in its own Company Information, not to production’s Sandboxes page', () => {
        const decoded = decodeOAuthError('error=invalid_scope', snapshot({ isSandbox: true }));
        const step = decoded.fix.find((s) => s.text.includes('Match Production Licenses'));
        expect(step?.text).toMatch(/here, in the sandbox/);
        expect(step?.link?.url).toBe('/lightning/setup/CompanyProfileInfo/home');
        expect(allUrls(decoded)).not.toContain('/lightning/setup/DataManagementCreateTestInstance/home');
    });
});

describe('decodeOAuthError: unknown input', () => {
    it('says it is unknown and lists what to check', () => {
        const decoded = decodeOAuthError('Something odd happened: E42');
        expect(decoded).toMatchObject({ id: 'unknown', matched: false, source: null, normalized: 'Something odd happened: E42' });
        expect(decoded.cause).toMatch(/not one the decoder knows/);
        expect(decoded.cause).toMatch(/full URL of the error page or the JSON body/);
        const text = allText(decoded);
        expect(text).toMatch(/full URL from the browser’s address bar/);
        expect(text).toMatch(/JSON body of the error/);
        expect(text).toMatch(/installed/);
        expect(text).toMatch(/Permitted Users/);
        expect(text).toMatch(/API Enabled/);
        expect(text).toMatch(/API Access Control/);
        expect(allUrls(decoded)).toContain('/lightning/setup/OrgLoginHistory/home');
    });

    it('treats empty input as nothing to decode', () => {
        const decoded = decodeOAuthError('   ');
        expect(decoded).toMatchObject({ id: 'unknown', matched: false, normalized: '' });
        expect(decoded.cause).toMatch(/Nothing was pasted/);
    });

    it('does not match an unrelated OAuth error', () => {
        expect(decodeOAuthError('error=redirect_uri_mismatch&error_description=redirect_uri%20must%20match%20configuration').matched).toBe(
            false
        );
    });
});

describe('decodeOAuthError: concrete fixes from a snapshot', () => {
    it('without a snapshot, explains the install link with the catalog ids but links nothing', () => {
        const decoded = decodeOAuthError('app must be installed into org');
        const text = allText(decoded);
        expect(text).toContain(
            '<your My Domain URL>/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF'
        );
        expect(text).toContain('0Ci4S000000CadS');
        expect(allUrls(decoded).some((url) => url.includes('AppInstallApprovalPage'))).toBe(false);
    });

    it('builds the install link for the app the message names, from the My Domain', () => {
        const decoded = decodeOAuthError('Jetstream Desktop: app must be installed into org', snapshot());
        const installs = decoded.fix.flatMap((step) => (step.link?.kind === 'install' ? [step.link] : []));
        expect(installs).toEqual([
            {
                label: 'Install Jetstream Desktop',
                url: 'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CadS&app_org_id=00D4S000000pHDF',
                kind: 'install'
            }
        ]);
    });

    it('links every catalog app that is not installed when the message names none', () => {
        const snap = snapshot({
            installs: [install('Jetstream_Web', true, false), install('Jetstream_Desktop', false), install('Jetstream_Auth', false)]
        });
        const urls = allUrls(decodeOAuthError('error=invalid_client&error_description=app+must+be+installed+into+org', snap));
        expect(urls.filter((url) => url.includes('AppInstallApprovalPage'))).toEqual([
            'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CadS&app_org_id=00D4S000000pHDF',
            'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000Cact&app_org_id=00D4S000000pHDF'
        ]);
    });

    it('says the install is not missing when the named app is installed', () => {
        const snap = snapshot({ installs: [install('Jetstream_Web', true, true)] });
        const decoded = decodeOAuthError('Jetstream: app must be installed into org', snap);
        expect(allText(decoded)).toMatch(/Jetstream is installed in this org \(snapshot of 2026-11-20T10:00:00.000Z\)/);
        expect(allUrls(decoded).some((url) => url.includes('AppInstallApprovalPage'))).toBe(false);
    });

    it('says when the install state could not be read', () => {
        const decoded = decodeOAuthError('Jetstream Auth: app must be installed into org', snapshot({ installs: null }));
        expect(allText(decoded)).toMatch(/Jetstream Auth \(install state unknown\)/);
    });

    it('falls back to the default catalog when the snapshot catalog was not read', () => {
        const decoded = decodeOAuthError('Jetstream Desktop app must be installed into org', snapshot({ catalog: null, installs: null }));
        expect(allUrls(decoded)).toContain(
            'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CadS&app_org_id=00D4S000000pHDF'
        );
    });

    it('lists the grants of an admin-approved app for "not admin approved"', () => {
        const snap = snapshot({
            installs: [install('Jetstream_Web', true, true)],
            grants: [grant('Jetstream_Web', 'Jetstream Users', 12)]
        });
        const text = allText(decodeOAuthError('Jetstream: user is not admin approved to access this app', snap));
        expect(text).toContain(
            'Jetstream: Permitted Users = "Admin approved users are pre-authorized"; granted to PermissionSet Jetstream Users (12 active).'
        );
    });

    it('says nobody can connect when an admin-approved app has no grants', () => {
        const snap = snapshot({ installs: [install('Jetstream_Web', true, true)], grants: [] });
        expect(allText(decodeOAuthError('Failed: Not approved for access (Jetstream)', snap))).toMatch(
            /no profile, permission set or group is granted the app, so nobody can connect/
        );
    });

    it('describes self-authorize, unreadable policy, not installed and unreadable grants', () => {
        const selfAuthorize = snapshot({ installs: [install('Jetstream_Web', true, false)] });
        expect(allText(decodeOAuthError('Jetstream: user is not admin approved to access this app', selfAuthorize))).toMatch(
            /All users may self-authorize/
        );
        const unreadable = snapshot({ installs: [install('Jetstream_Web', true, null)] });
        expect(allText(decodeOAuthError('Jetstream: user is not admin approved to access this app', unreadable))).toMatch(
            /Permitted Users could not be read/
        );
        // Not installed: no policy to describe, and no "it has no policy" padding either (the install step says it).
        const notInstalled = snapshot({ installs: [install('Jetstream_Web', false)] });
        const decoded = decodeOAuthError('Jetstream: user is not admin approved to access this app', notInstalled);
        expect(allText(decoded)).not.toMatch(/Permitted Users =|no Permitted Users|has no/);
        expect(decoded.fix.map((step) => step.link?.url)).not.toContain('/lightning/setup/ConnectedApplication/home');
        const noGrants = snapshot({ installs: [install('Jetstream_Web', true, true)], grants: null });
        expect(allText(decodeOAuthError('Jetstream: user is not admin approved to access this app', noGrants))).toMatch(
            /grants could not be read/
        );
        const unknownInstall = snapshot({ installs: null });
        expect(allText(decodeOAuthError('Jetstream: user is not admin approved to access this app', unknownInstall))).toMatch(
            /Jetstream: install state unknown/
        );
    });

    it('tailors invalid_scope to a sandbox and to production', () => {
        const sandbox = allText(decodeOAuthError('error=invalid_scope', snapshot({ isSandbox: true })));
        expect(sandbox).toMatch(/^This is a sandbox/m);
        const production = allText(decodeOAuthError('error=invalid_scope', snapshot({ isSandbox: false })));
        expect(production).toMatch(/^This is a production org/m);
        const unknown = allText(decodeOAuthError('error=invalid_scope'));
        expect(unknown).toMatch(/In a sandbox: .* In production: /);
    });

    it('reports the API Access Control heuristic from describe', () => {
        const provisioned = allText(decodeOAuthError('INVALID_SESSION_ID', snapshot({ useAnyApiClientField: true })));
        expect(provisioned).toMatch(/appears to be provisioned/);
        const absent = allText(decodeOAuthError('INVALID_SESSION_ID', snapshot({ useAnyApiClientField: false })));
        expect(absent).toMatch(/probably not provisioned/);
    });

    it('reports the in-org package app state for OAUTH_EC_APP_NOT_FOUND', () => {
        const installs = [install('Jetstream_In_Org_Package', false)];
        expect(allText(decodeOAuthError('OAUTH_EC_APP_NOT_FOUND', snapshot({ installs })))).toMatch(
            /Jetstream for Salesforce: not installed in this org/
        );
        const installed = [
            { ...install('Jetstream_In_Org_Package', true), name: 'Jetstream_Canvas', objectType: 'ExternalClientApplication' as const }
        ];
        expect(allText(decodeOAuthError('OAUTH_EC_APP_NOT_FOUND', snapshot({ installs: installed })))).toMatch(
            /installed as Jetstream_Canvas/
        );
        expect(allText(decodeOAuthError('OAUTH_EC_APP_NOT_FOUND', snapshot({ installs: null })))).toMatch(/install state unknown/);
    });

    it('points to Connected Apps OAuth Usage for an app without install ids', () => {
        const decoded = decodeOAuthError('Jetstream_Canvas: app must be installed into org', snapshot());
        expect(decoded.fix[0]?.link?.url).toBe('/lightning/setup/ConnectedAppsUsage/home');
        expect(decoded.fix[0]?.text).toMatch(/no install link/);
    });
});

describe('DEFAULT_DECODER_CATALOG', () => {
    it('equals the catalog defaults shipped as JSR_App__mdt records (kept equal to them by the fixture tests)', () => {
        const shipped = defaultCatalog().map(
            ({ developerName, label, kind, matchNames, way, installAppId, installAppOrgId, egressIps, sortOrder }) => ({
                developerName,
                label,
                kind,
                matchNames,
                way,
                installAppId,
                installAppOrgId,
                egressIps,
                sortOrder
            })
        );
        expect(DEFAULT_DECODER_CATALOG).toEqual(shipped);
    });
});

describe('appsNamedIn', () => {
    it('reads the longest name first and matches whole words only', () => {
        expect(appsNamedIn('Jetstream Desktop failed', DEFAULT_DECODER_CATALOG).map((entry) => entry.label)).toEqual(['Jetstream Desktop']);
        expect(appsNamedIn('Jetstream and Jetstream Auth', DEFAULT_DECODER_CATALOG).map((entry) => entry.label)).toEqual([
            'Jetstream',
            'Jetstream Auth'
        ]);
        expect(appsNamedIn('JetstreamX', DEFAULT_DECODER_CATALOG)).toEqual([]);
    });
});
