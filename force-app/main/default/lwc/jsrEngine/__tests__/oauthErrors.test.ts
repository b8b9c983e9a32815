import {
    decodeOAuthError,
    decodeFormComponent,
    extractErrorParameters,
    normalizeOAuthErrorInput,
    appsNamedIn,
    OAUTH_ERROR_PATTERNS,
    DEFAULT_DECODER_CATALOG
} from '../oauthErrors';
import { defaultCatalog } from 'samples/build/kit';
import type { AppGrant, AppInstall, CatalogEntry, OrgSnapshot, RunningUserInfo, Section } from '../snapshot';

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

function catalogEntry(developerName: string, label: string, installAppId: string | null, sortOrder: number): CatalogEntry {
    return {
        developerName,
        label,
        kind: installAppId === null ? 'ExternalClientApp' : 'ConnectedApp',
        matchNames: installAppId === null ? ['Jetstream_Canvas'] : [label],
        way: null,
        purpose: `${label} purpose`,
        installAppId,
        installAppOrgId: installAppId === null ? null : '00D4S000000pHDF',
        egressIps: [],
        sortOrder,
        usage: { packageDefault: 'expected', adminChoice: null, adminRecordId: null }
    };
}

const CATALOG: CatalogEntry[] = [
    catalogEntry('Jetstream_Web', 'Jetstream', '0Ci4S000000CaUB', 1),
    catalogEntry('Jetstream_Desktop', 'Jetstream Desktop', '0Ci4S000000CadS', 2),
    catalogEntry('Jetstream_Auth', 'Jetstream Auth', '0Ci4S000000Cact', 3),
    catalogEntry('Jetstream_In_Org_Package', 'Jetstream for Salesforce', null, 4)
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
        ecaPolicy: null,
        appMenuItem: null
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
        schemaVersion: 1,
        capturedAt: '2026-11-20T10:00:00.000Z',
        reader: {
            source: 'test',
            soqlQueries: 0,
            queryRows: 0,
            caps: { oauthTokens: 2500, permissionSets: 5000, holderSampleUsers: 200, signInGroups: 2000 }
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
            sampleUsers: []
        }),
        authorizations: section([]),
        signIns: section([])
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

    it('marks third-party sources as secondary', () => {
        const secondary = OAUTH_ERROR_PATTERNS.filter((pattern) => /movedata|OrgCheck|pipedream/i.test(pattern.source.url));
        expect(secondary.length).toBeGreaterThanOrEqual(3);
        for (const pattern of secondary) expect(pattern.source.title).toMatch(/^Secondary source/);
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
        ['invalid_scope', 'oauth.invalid-scope-sandbox'],
        ['expired access/refresh token', 'oauth.refresh-token-expired'],
        ['invalid_grant', 'oauth.refresh-token-expired'],
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
        expect(decodeOAuthError(pasted).id).toBe('oauth.invalid-scope-sandbox');
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
            'oauth.invalid-scope-sandbox',
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

describe('decodeOAuthError: unknown input', () => {
    it('says it is unknown and lists what to check', () => {
        const decoded = decodeOAuthError('Something odd happened: E42');
        expect(decoded).toMatchObject({ id: 'unknown', matched: false, source: null, normalized: 'Something odd happened: E42' });
        expect(decoded.cause).toMatch(/not one the decoder knows/);
        const text = allText(decoded);
        expect(text).toMatch(/full URL/);
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
        const notInstalled = snapshot({ installs: [install('Jetstream_Web', false)] });
        expect(allText(decodeOAuthError('Jetstream: user is not admin approved to access this app', notInstalled))).toMatch(
            /not installed, so it has no Permitted Users/
        );
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
        const shipped = defaultCatalog().map(({ developerName, label, kind, matchNames, installAppId, installAppOrgId, sortOrder }) => ({
            developerName,
            label,
            kind,
            matchNames,
            installAppId,
            installAppOrgId,
            sortOrder
        }));
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
