/**
 * The OAuth error decoder: an admin pastes the message or the redirect URL a user saw while connecting Jetstream,
 * and gets the cause and the fix. Every known error is one entry of OAUTH_ERROR_PATTERNS (data, also rendered
 * into docs/rule-catalog.md); decodeOAuthError only normalises the input, picks the first matching entry and,
 * when an org snapshot is given, turns the generic fix steps into links and facts for that org.
 */
import type { AppInstall, CatalogEntry, OrgSnapshot } from './snapshot';
import type { DecodedError, InstallState, RemediationStep, RuleSource } from './report';
import { resolveNow } from './evaluate';
import { appsReadOf, buildOrgFacts, installStateOf, type AppsRead, type OrgFacts } from './facts';
import { installLink, setupLink, type SetupPageId } from './links';
import { DEVICE_FLOW_EXCEPTION, LOGIN_HOURS_STEP_END, SOURCES } from './sources';

/** One fix step as data; decodeOAuthError resolves it against the snapshot (or explains what to look up without one). */
export type FixStepTemplate =
    | { kind: 'text'; text: string }
    | { kind: 'setup'; text: string; page: SetupPageId }
    | { kind: 'doc'; text: string; label: string; url: string }
    /** One install step per app concerned: the apps the message names, else the catalog apps not installed. */
    | { kind: 'install'; text: string }
    /** The Permitted Users policy and the current grants of the apps concerned. */
    | { kind: 'grants'; text: string }
    /** Sandbox or production, and what that means for this error. */
    | { kind: 'orgType'; sandbox: string; production: string }
    /** Whether "Use Any API Client" exists in describe (a sign API Access Control is provisioned). */
    | { kind: 'apiAccessControl'; text: string }
    /** Install state of the in-org package's External Client App. */
    | { kind: 'externalClientApp'; text: string };

export interface OAuthErrorPattern {
    /** Stable id, e.g. "oauth.app-not-installed". */
    id: string;
    title: string;
    /** Tested in order against the decoded input (case-insensitive); the first pattern with a matching entry wins,
     * so the specific patterns come before the generic ones. */
    matchers: RegExp[];
    /** Exact strings users have reported; each must decode to this pattern (tested). */
    examples: string[];
    cause: string;
    fix: FixStepTemplate[];
    /** Where the wording and the cause come from. Titles starting with "Secondary source" are third-party material
     * (vendor knowledge bases, issue threads) quoting what Salesforce showed; the others are Salesforce or Jetstream. */
    source: RuleSource;
}

const JETSTREAM_INSTALL_DOC = SOURCES.jetstreamInstall.url;

/** The catalog fields the decoder uses. */
export type DecoderCatalogEntry = Pick<
    CatalogEntry,
    'developerName' | 'label' | 'kind' | 'matchNames' | 'installAppId' | 'installAppOrgId' | 'sortOrder'
>;

/** Used when no snapshot (or no readable catalog) is given: the package's catalog defaults (JSR_App__mdt). */
export const DEFAULT_DECODER_CATALOG: readonly DecoderCatalogEntry[] = [
    {
        developerName: 'Jetstream_Web',
        label: 'Jetstream',
        kind: 'ConnectedApp',
        matchNames: ['Jetstream'],
        installAppId: '0Ci4S000000CaUB',
        installAppOrgId: '00D4S000000pHDF',
        sortOrder: 10
    },
    {
        developerName: 'Jetstream_Desktop',
        label: 'Jetstream Desktop',
        kind: 'ConnectedApp',
        matchNames: ['Jetstream Desktop'],
        installAppId: '0Ci4S000000CadS',
        installAppOrgId: '00D4S000000pHDF',
        sortOrder: 20
    },
    {
        developerName: 'Jetstream_Auth',
        label: 'Jetstream Auth',
        kind: 'ConnectedApp',
        matchNames: ['Jetstream Auth'],
        installAppId: '0Ci4S000000Cact',
        installAppOrgId: '00D4S000000pHDF',
        sortOrder: 30
    },
    {
        developerName: 'Jetstream_In_Org_Package',
        label: 'Jetstream for Salesforce',
        kind: 'ExternalClientApp',
        matchNames: ['Jetstream for Salesforce', 'Jetstream_Canvas'],
        installAppId: null,
        installAppOrgId: null,
        sortOrder: 40
    }
];

export const OAUTH_ERROR_PATTERNS: readonly OAuthErrorPattern[] = [
    {
        id: 'oauth.app-not-installed',
        title: 'App must be installed into org',
        matchers: [/app must be installed into org/i],
        examples: [
            '/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_client&error_description=app+must+be+installed+into+org',
            'invalid_client: app must be installed into org'
        ],
        cause: `The connected app is not installed in this org, and since September 2025 Salesforce blocks uninstalled connected apps for every user who does not hold "Approve Uninstalled Connected Apps". Users who authorized the app before keep working ${DEVICE_FLOW_EXCEPTION}; new connections fail.`,
        fix: [
            {
                kind: 'install',
                text: 'Install the app in this org (an admin with Customize Application and Modify All Data or Manage Connected Apps).'
            },
            {
                kind: 'setup',
                page: 'oauthUsage',
                text: 'Alternatively open Connected Apps OAuth Usage and click Install next to the app (it is listed only after someone tried to connect; Salesforce sometimes omits it, then use the install link).'
            },
            { kind: 'grants', text: 'After installing, check Permitted Users and the grants so the right users can connect.' },
            {
                kind: 'text',
                text: 'For a single tester only: "Approve Uninstalled Connected Apps" lets that user connect without the install. "Use Any API Client" no longer does (since December 2025).'
            }
        ],
        source: {
            title: 'Secondary source: MoveData, "Salesforce Connected App usage restrictions" (quotes the redirect URL); cause from Salesforce help 005132365',
            url: 'https://docs.movedata.io/troubleshooting/connection-and-authentication/salesforce-connected-app-usage-restrictions/',
            effectiveDate: '2025-09-01'
        }
    },
    {
        id: 'oauth.invalid-scope-sandbox',
        title: 'invalid_scope: the requested scope is not allowed',
        matchers: [/\binvalid_scope\b/i, /the requested scope is not allowed/i],
        examples: [
            'https://acme--uat.sandbox.my.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_scope&error_description=the+requested+scope+is+not+allowed',
            'error=invalid_scope&error_description=the%20requested%20scope%20is%20not%20allowed'
        ],
        cause: 'Salesforce refused the scopes Jetstream asks for. Jetstream users hit this in sandboxes created or refreshed before the app was installed in production, even after installing the app in the sandbox (Jetstream issue #1462): the sandbox carries a stale copy of the app or of the permission.',
        fix: [
            {
                kind: 'orgType',
                sandbox:
                    'This is a sandbox. If it was created or refreshed before Jetstream was installed in production, install the app in production, then refresh the sandbox (or install it in the sandbox with the link below).',
                production:
                    'This is a production org: install the app here first; sandboxes created or refreshed afterwards inherit the install.'
            },
            { kind: 'install', text: 'Install (or re-install) the app in this org.' },
            {
                kind: 'setup',
                page: 'sandboxes',
                text: 'In production, "Match Production Licenses to Sandbox without a Refresh" brings the Approve Uninstalled Connected Apps permission to a sandbox without refreshing it (Jetstream docs).'
            }
        ],
        source: {
            title: 'Jetstream issue #1462 "OAuth Error" (invalid_scope with OAUTH_APPROVAL_ERROR_GENERIC; sandbox created before the production install)',
            url: 'https://github.com/jetstreamapp/jetstream/issues/1462',
            effectiveDate: '2025-12-09'
        }
    },
    {
        id: 'oauth.app-blocked',
        title: 'OAUTH_APP_BLOCKED: this app is blocked by admin',
        matchers: [/\bOAUTH_APP_BLOCKED\b/i, /this app is blocked by admin/i],
        examples: ['error=OAUTH_APP_BLOCKED&error_description=this+app+is+blocked+by+admin', 'Remote_Error: OAUTH_APP_BLOCKED'],
        cause: 'An admin blocked the app on the Connected Apps OAuth Usage page (its action button reads "Unblock"). Salesforce Inspector Reloaded reports the same redirect in orgs where API Access Control limits API access to allowlisted apps.',
        fix: [
            {
                kind: 'setup',
                page: 'oauthUsage',
                text: 'Open Connected Apps OAuth Usage; if the app shows "Unblock", click it (only if the org intends to allow the app).'
            },
            { kind: 'install', text: 'Then install the app so its policies can be managed.' },
            {
                kind: 'apiAccessControl',
                text: 'If API Access Control is on, the app must also be installed and its users admin-approved (Permitted Users plus a permission set).'
            }
        ],
        source: {
            title: 'Salesforce help 000232413: Why am I receiving an "OAUTH_APP_BLOCKED" error (undated article, checked 2026-11-29; the redirect wording is quoted in Salesforce Inspector Reloaded docs/troubleshooting.md)',
            url: 'https://help.salesforce.com/apex/HTViewSolution?id=000232413&language=en_US',
            effectiveDate: '2026-11-29'
        }
    },
    {
        id: 'oauth.user-not-admin-approved',
        title: 'user is not admin approved to access this app',
        matchers: [/user is not admin approved to access this app/i, /\bOAUTH_APP_ACCESS_DENIED\b/i],
        examples: [
            'Error: user is not admin approved to access this app',
            '{"error":"OAUTH_APP_ACCESS_DENIED","error_description":"user is not admin approved to access this app"}'
        ],
        cause: 'The app is installed with Permitted Users = "Admin approved users are pre-authorized", and none of this user\'s profile, permission sets or permission set groups is granted the app.',
        fix: [
            {
                kind: 'grants',
                text: 'Grant the app to the user through a permission set (recommended: a dedicated "Jetstream Users" permission set).'
            },
            {
                kind: 'setup',
                page: 'permissionSets',
                text: 'Open the permission set, Assigned Connected Apps, add the app, then assign the set to the user.'
            },
            {
                kind: 'text',
                text: 'The user then connects again from Jetstream.'
            }
        ],
        source: {
            title: 'Jetstream issue #656 "Error: user is not admin approved to access this app" (error code OAUTH_APP_ACCESS_DENIED: secondary sources)',
            url: 'https://github.com/jetstreamapp/jetstream/issues/656',
            effectiveDate: '2023-12-05'
        }
    },
    {
        id: 'oauth.login-not-approved',
        title: 'Failed: Not approved for access (Login History)',
        matchers: [/failed: not approved for access/i, /not approved for access/i],
        examples: ['Failed: Not approved for access'],
        cause: 'Login History status for a user who signed in through an app whose Permitted Users is "Admin approved users are pre-authorized" without being granted the app through a profile, permission set or group.',
        fix: [
            {
                kind: 'grants',
                text: 'Grant the app to the blocked users through a permission set (or switch Permitted Users to self-authorize).'
            },
            { kind: 'setup', page: 'loginHistory', text: 'Login History shows who was blocked and through which application.' }
        ],
        source: SOURCES.notApprovedForAccess
    },
    {
        id: 'oauth.login-hours',
        title: 'Restricted Time (Login History): outside the profile’s Login Hours',
        matchers: [/\brestricted time\b/i, /outside (?:of )?(?:the |your )?(?:allowed |permitted )?login hours/i],
        examples: ['Restricted Time'],
        cause: 'Login History status for a sign-in refused because it came outside the Login Hours of the user’s profile. Login Hours are a profile setting (Setup > Profiles > <profile> > Login Hours), in the time zone that was the org’s default when they were first set; the app’s policies and its install state do not matter here. (Salesforce documents Login Hours, not this status text: unverified.)',
        fix: [
            {
                kind: 'setup',
                page: 'profiles',
                text: `Setup > Profiles > <the user’s profile> > ${LOGIN_HOURS_STEP_END}`
            },
            {
                kind: 'text',
                text: 'Login Hours are not an IP range: Login IP Ranges, the org’s trusted IP ranges and the app’s IP Relaxation do not change them. Or the user connects again within the allowed hours.'
            },
            { kind: 'setup', page: 'loginHistory', text: 'Login History shows who was refused and when.' }
        ],
        source: SOURCES.loginHours
    },
    {
        id: 'oauth.refresh-token-expired',
        title: 'expired access/refresh token (invalid_grant)',
        matchers: [/expired access\/refresh token/i, /\binvalid_grant\b/i, /token (?:has been |was )?(?:expired|revoked)/i],
        examples: ['{"error":"invalid_grant","error_description":"expired access/refresh token"}', 'Error: expired access/refresh token'],
        cause: "The saved connection's refresh token no longer works: it expired under the app's refresh token policy, passed the 30-day idle limit Salesforce now applies to refresh tokens, or was revoked (by the user or by an admin).",
        fix: [
            {
                kind: 'text',
                text: 'The user reconnects the org in Jetstream. If the app is not installed, the reconnect is a NEW connection and needs the install (or Approve Uninstalled Connected Apps).'
            },
            { kind: 'install', text: 'Make sure the app is installed before users reconnect.' },
            {
                kind: 'setup',
                page: 'connectedApps',
                text: "Review the app's Refresh Token Policy (Manage Connected Apps, Edit Policies); with the 30-day idle limit, a connection unused for 30 days must be re-authorized whatever the policy says."
            }
        ],
        source: {
            ...SOURCES.idleRefreshTokenTtl,
            title: `${SOURCES.idleRefreshTokenTtl.title}; wording "expired access/refresh token" from the Salesforce CLI docs and Jetstream issue #617`
        }
    },
    {
        id: 'oauth.invalid-session-api-access-control',
        title: 'INVALID_SESSION_ID under API Access Control',
        matchers: [/\bINVALID_SESSION_ID\b/i, /this session is not valid for use with the REST API/i],
        examples: ['INVALID_SESSION_ID: This session is not valid for use with the REST API'],
        cause: 'With API Access Control on ("limit API access to only allowlisted connected apps"), API calls are refused for sessions that did not come from an installed, admin-approved connected app. It also appears when a session simply expired.',
        fix: [
            {
                kind: 'apiAccessControl',
                text: 'API Access Control is switched on by Salesforce Support; Setup then shows an "API Access Control" page.'
            },
            { kind: 'install', text: 'Install the app so it can be allowlisted.' },
            {
                kind: 'grants',
                text: 'Set Permitted Users to "Admin approved users are pre-authorized" and grant the app to the users through a permission set.'
            },
            {
                kind: 'text',
                text: 'Only if needed for specific users: "Use Any API Client" bypasses API Access Control (it no longer lets users approve uninstalled apps). If API Access Control is off, the session expired: reconnect.'
            }
        ],
        source: {
            title: 'Secondary source: SalesforceLabs/OrgCheck issue #583 (INVALID_SESSION_ID resolved by the API Access Control setup); API Access Control: Salesforce help security_api_access_control_about',
            url: 'https://github.com/SalesforceLabs/OrgCheck/issues/583',
            effectiveDate: '2025-10-01'
        }
    },
    {
        id: 'oauth.external-client-app-not-found',
        title: 'OAUTH_EC_APP_NOT_FOUND',
        matchers: [/\bOAUTH_EC_APP_NOT_FOUND\b/i],
        examples: ['OAUTH_EC_APP_NOT_FOUND'],
        cause: "Salesforce could not find the External Client App the login asked for in this org. For Jetstream this concerns the in-org package's External Client App: the package (or its app) is not installed here, or a sandbox refresh broke the packaged app.",
        fix: [
            { kind: 'externalClientApp', text: 'Install the Jetstream for Salesforce package in this org and assign its permission set.' },
            {
                kind: 'text',
                text: 'After a sandbox refresh, check the External Client App Manager in Setup: a packaged External Client App can lose its OAuth settings (a known Salesforce issue reported by sfdx-hardis users).'
            }
        ],
        source: {
            title: 'Secondary source: PipedreamHQ/pipedream issue #21557 (OAUTH_EC_APP_NOT_FOUND raised when the External Client App is not installed in the target org)',
            url: 'https://github.com/PipedreamHQ/pipedream/issues/21557',
            effectiveDate: '2026-08-03'
        }
    },
    {
        id: 'oauth.app-not-approved',
        title: "This app hasn't been approved for use in this organization",
        matchers: [/this app hasn.?t been approved for use in this organi[sz]ation/i, /app has not been approved for use/i],
        examples: ["This app hasn't been approved for use in this organization"],
        cause: 'The app is not installed in the org and the user cannot approve uninstalled apps, so the connection is refused.',
        fix: [
            { kind: 'install', text: 'Install the app in this org.' },
            { kind: 'setup', page: 'oauthUsage', text: 'Or install it from Connected Apps OAuth Usage.' },
            { kind: 'grants', text: 'Then check Permitted Users and the grants.' },
            {
                kind: 'doc',
                text: "Jetstream's installation guide.",
                label: 'Jetstream: Connecting to Salesforce',
                url: JETSTREAM_INSTALL_DOC
            }
        ],
        source: {
            ...SOURCES.jetstreamInstall,
            title: `${SOURCES.jetstreamInstall.title}, Troubleshooting (wording not confirmed as exact Salesforce text)`
        }
    },
    {
        id: 'oauth.failed-to-complete-authorization',
        title: 'Failed to complete authorization',
        matchers: [/failed to complete authori[sz]ation/i],
        examples: ['Failed to complete authorization'],
        cause: "Jetstream's message when Salesforce refused the authorization; usually the app is not installed, the user is not granted the app, or API Access Control blocks it.",
        fix: [
            { kind: 'install', text: 'Check that the app is installed in this org.' },
            { kind: 'grants', text: "Check that the user's profile or a permission set is granted the app." },
            { kind: 'apiAccessControl', text: 'Check that API Access Control is not blocking the app.' },
            {
                kind: 'text',
                text: 'Ask the user for the full URL of the error page: its error and error_description parameters name the exact cause; paste it here.'
            }
        ],
        source: { ...SOURCES.jetstreamInstall, title: `${SOURCES.jetstreamInstall.title}, Troubleshooting` }
    },
    {
        id: 'oauth.approval-error-generic',
        title: 'OAUTH_APPROVAL_ERROR_GENERIC',
        matchers: [/\bOAUTH_APPROVAL_ERROR_GENERIC\b/i, /we can.?t authorize you because of an oauth error/i],
        examples: [
            "We can't authorize you because of an OAuth error. For more information, contact your Salesforce administrator. OAUTH_APPROVAL_ERROR_GENERIC : An unexpected error has occured during authentication. Please try again."
        ],
        cause: 'Salesforce\'s generic page for a refused authorization. Since September 2025 the usual reason is an uninstalled connected app and a user without "Approve Uninstalled Connected Apps"; the exact reason is in the error_description parameter of the page\'s URL.',
        fix: [
            {
                kind: 'text',
                text: 'Ask the user for the full URL of the error page (it contains error=...&error_description=...) and paste it here for the exact cause.'
            },
            { kind: 'install', text: 'Most often the fix is to install the app in this org.' },
            { kind: 'grants', text: 'If it is installed, check Permitted Users and that the user is granted the app.' }
        ],
        source: {
            title: 'Secondary source: MoveData, "Salesforce Connected App usage restrictions" (page text and URL); cause from Salesforce help 005132365',
            url: 'https://docs.movedata.io/troubleshooting/connection-and-authentication/salesforce-connected-app-usage-restrictions/',
            effectiveDate: '2025-09-01'
        }
    }
];

// ---------------------------------------------------------------------------------------------------
// Input normalisation
// ---------------------------------------------------------------------------------------------------

/** application/x-www-form-urlencoded decoding that never throws: "+" is a space, broken %xx stays as typed. */
export function decodeFormComponent(value: string): string {
    return value.replace(/\+/g, ' ').replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
        try {
            return decodeURIComponent(run);
        } catch {
            // A run that is not valid UTF-8: decode the bytes that are ASCII, keep the others as typed.
            return run.replace(/%([0-7][0-9a-f])/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        }
    });
}

interface OAuthErrorParameters {
    error: string | null;
    errorDescription: string | null;
}

/** error / error_description from a URL, a query string fragment or a JSON error body anywhere in the input. */
export function extractErrorParameters(input: string): OAuthErrorParameters {
    const trimmed = input.trim();
    if (trimmed.startsWith('{')) {
        try {
            const body: unknown = JSON.parse(trimmed);
            if (body !== null && typeof body === 'object') {
                const record = body as Record<string, unknown>;
                const error = typeof record.error === 'string' ? record.error : null;
                const description = typeof record.error_description === 'string' ? record.error_description : null;
                if (error !== null || description !== null) return { error, errorDescription: description };
            }
        } catch {
            // Not JSON after all: fall through to the URL parameters and the plain text.
        }
    }
    let error: string | null = null;
    let errorDescription: string | null = null;
    const parameter = /(?:^|[?&#;\s])(error|error_description)=([^&#\r\n]*)/gi;
    for (let match = parameter.exec(trimmed); match !== null; match = parameter.exec(trimmed)) {
        const value = decodeFormComponent(match[2] ?? '').trim();
        if ((match[1] ?? '').toLowerCase() === 'error') error ??= value;
        else errorDescription ??= value;
    }
    if (error === null && errorDescription === null && /error(?:_description)?%3D/i.test(trimmed)) {
        // The whole URL was pasted URL-encoded (e.g. copied from another redirect's parameter): decode it once.
        return extractErrorParameters(trimmed.replace(/(?:%[0-9a-f]{2})+/gi, (run) => decodeFormComponent(run)));
    }
    return { error, errorDescription };
}

function collapseWhitespace(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

/** What the user saw, normalised: "error: error_description" when the input carries OAuth parameters, else the
 * text with URL escapes decoded and whitespace collapsed. */
export function normalizeOAuthErrorInput(input: string): string {
    const { error, errorDescription } = extractErrorParameters(input);
    if (error || errorDescription) return [error, errorDescription].filter((part) => part).join(': ');
    return collapseWhitespace(/%[0-9a-f]{2}/i.test(input) ? decodeFormComponent(input) : input);
}

// ---------------------------------------------------------------------------------------------------
// Making the fix concrete for one org
// ---------------------------------------------------------------------------------------------------

interface AppInContext {
    catalog: DecoderCatalogEntry;
    install: AppInstall | null;
    /** The engine's install state (never the raw installed flag: an External Client App the reader could not query
     * has installed = false but is "cannot determine"). */
    installState: InstallState;
    installUnknownReason: string | null;
}

function setupStep(text: string, page: SetupPageId): RemediationStep {
    return { text, link: setupLink(page) };
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Catalog apps the text names, longest name first so "Jetstream Desktop" is not also read as "Jetstream". */
export function appsNamedIn<T extends DecoderCatalogEntry>(text: string, catalog: readonly T[]): T[] {
    const names = catalog
        .flatMap((entry) => [entry.label, ...entry.matchNames].map((name) => ({ entry, name: name.trim() })))
        .filter(({ name }) => name.length > 0)
        .sort((a, b) => b.name.length - a.name.length);
    let remaining = text;
    const found: T[] = [];
    for (const { entry, name } of names) {
        const pattern = new RegExp(`(^|[^A-Za-z0-9_])${escapeRegExp(name)}(?![A-Za-z0-9_])`, 'gi');
        if (!pattern.test(remaining)) continue;
        remaining = remaining.replace(pattern, '$1 ');
        if (!found.includes(entry)) found.push(entry);
    }
    return found.sort((a, b) => a.sortOrder - b.sortOrder);
}

const NO_SNAPSHOT = 'No org snapshot was given.';

class FixContext {
    readonly catalog: readonly DecoderCatalogEntry[];
    readonly named: AppInContext[];
    /** The engine's facts for the snapshot (null without one): install states come from here, as in the report. */
    private readonly facts: OrgFacts | null;
    private readonly appsRead: AppsRead | null;

    constructor(
        readonly snapshot: OrgSnapshot | null,
        text: string
    ) {
        const catalog = snapshot?.catalog.data ?? [];
        this.catalog = catalog.length > 0 ? catalog : DEFAULT_DECODER_CATALOG;
        this.facts = snapshot ? buildOrgFacts(snapshot, resolveNow(snapshot.capturedAt)) : null;
        this.appsRead = snapshot ? appsReadOf(snapshot) : null;
        this.named = appsNamedIn(text, this.catalog).map((entry) => this.appOf(entry));
    }

    get myDomainUrl(): string | null {
        return this.snapshot?.org.data?.myDomainUrl ?? null;
    }

    /** The app with the engine's install state. Entries the facts do not hold (the catalog section was not readable,
     * so the decoder uses the package defaults) are judged by the same helper on the apps section. */
    appOf(entry: DecoderCatalogEntry): AppInContext {
        const known = this.facts?.appByCatalogName.get(entry.developerName);
        if (known) {
            return {
                catalog: entry,
                install: known.install,
                installState: known.installState,
                installUnknownReason: known.installUnknownReason
            };
        }
        if (this.snapshot === null || this.appsRead === null) {
            return { catalog: entry, install: null, installState: 'cannotDetermine', installUnknownReason: NO_SNAPSHOT };
        }
        const install = this.snapshot.apps.data?.find((row) => row.catalogName === entry.developerName) ?? null;
        return { catalog: entry, install, ...installStateOf(entry, install, this.appsRead) };
    }

    /** The apps a step is about: those the message names, else every catalog app that passes the filter. */
    concerned(filter: (entry: DecoderCatalogEntry) => boolean): AppInContext[] {
        if (this.named.length > 0) return this.named.filter((app) => filter(app.catalog));
        return this.catalog.filter(filter).map((entry) => this.appOf(entry));
    }
}

function hasInstallIds(entry: DecoderCatalogEntry): boolean {
    return entry.installAppId !== null && entry.installAppOrgId !== null;
}

function installSteps(template: { text: string }, context: FixContext): RemediationStep[] {
    const candidates = context.concerned(hasInstallIds);
    if (candidates.length === 0) {
        return [
            setupStep(`${template.text} There is no install link for this app; install it from Connected Apps OAuth Usage.`, 'oauthUsage')
        ];
    }
    const myDomainUrl = context.myDomainUrl;
    if (myDomainUrl === null) {
        return candidates.map(({ catalog }) => ({
            text: `${template.text} ${catalog.label}: <your My Domain URL>/identity/app/AppInstallApprovalPage.apexp?app_id=${catalog.installAppId ?? ''}&app_org_id=${catalog.installAppOrgId ?? ''} (the Jetstream Readiness tab builds this link for your org).`,
            link: null
        }));
    }
    const notInstalled = candidates.filter((app) => app.installState !== 'installed');
    if (notInstalled.length === 0) {
        const names = candidates.map((app) => app.catalog.label).join(', ');
        const capturedAt = context.snapshot?.capturedAt ?? '';
        return [
            {
                text: `${names} ${candidates.length === 1 ? 'is' : 'are'} installed in this org (snapshot of ${capturedAt}), so the install is not what is missing. If the error is newer than the snapshot, read the org again.`,
                link: null
            }
        ];
    }
    return notInstalled.map(({ catalog, installState }) => ({
        text: `${template.text} ${catalog.label} (${installState === 'notInstalled' ? 'not installed' : 'install state unknown'}).`,
        link: installLink(myDomainUrl, catalog)
    }));
}

function describeGrants(app: AppInContext, snapshot: OrgSnapshot): string {
    const { catalog, install, installState } = app;
    if (installState === 'notInstalled') return `${catalog.label} is not installed, so it has no Permitted Users policy or grants yet.`;
    if (installState === 'cannotDetermine' || install === null) return `${catalog.label}: install state unknown.`;
    if (install.optionsAllowAdminApprovedUsersOnly === false)
        return `${catalog.label}: Permitted Users = "All users may self-authorize"; any user with API Enabled can connect.`;
    if (install.optionsAllowAdminApprovedUsersOnly === null) return `${catalog.label}: Permitted Users could not be read.`;
    if (snapshot.grants.status === 'unavailable' || snapshot.grants.data === null)
        return `${catalog.label}: Permitted Users = "Admin approved users are pre-authorized"; the grants could not be read (${snapshot.grants.reason ?? 'grants section unavailable'}).`;
    const grants = snapshot.grants.data.filter((grant) => grant.catalogName === catalog.developerName);
    if (grants.length === 0)
        return `${catalog.label}: Permitted Users = "Admin approved users are pre-authorized" and no profile, permission set or group is granted the app, so nobody can connect.`;
    const listed = grants
        .map((grant) => `${grant.grantedTo.kind} ${grant.grantedTo.label} (${grant.grantedTo.activeAssignees} active)`)
        .join(', ');
    return `${catalog.label}: Permitted Users = "Admin approved users are pre-authorized"; granted to ${listed}.`;
}

function grantSteps(template: { text: string }, context: FixContext): RemediationStep[] {
    const steps: RemediationStep[] = [setupStep(template.text, 'connectedApps')];
    const snapshot = context.snapshot;
    if (snapshot === null) return steps;
    for (const app of context.concerned((entry) => entry.kind === 'ConnectedApp')) {
        steps.push({ text: describeGrants(app, snapshot), link: null });
    }
    return steps;
}

function orgTypeStep(template: { sandbox: string; production: string }, context: FixContext): RemediationStep[] {
    const isSandbox = context.snapshot?.org.data?.isSandbox;
    if (isSandbox === true) return [{ text: template.sandbox, link: null }];
    if (isSandbox === false) return [{ text: template.production, link: null }];
    return [{ text: `In a sandbox: ${template.sandbox} In production: ${template.production}`, link: null }];
}

function apiAccessControlStep(template: { text: string }, context: FixContext): RemediationStep[] {
    const holders = context.snapshot?.permissionHolders;
    if (!holders?.data) return [{ text: template.text, link: null }];
    const provisioned = holders.data.fieldsAvailable.useAnyApiClient;
    const hint = provisioned
        ? 'This org has the "Use Any API Client" permission in describe, so API Access Control appears to be provisioned (a heuristic; check Setup, API Access Control).'
        : 'This org has no "Use Any API Client" permission in describe, so API Access Control is probably not provisioned.';
    return [{ text: `${template.text} ${hint}`, link: null }];
}

function externalClientAppStep(template: { text: string }, context: FixContext): RemediationStep[] {
    const ecas = context.catalog.filter((entry) => entry.kind === 'ExternalClientApp');
    if (context.snapshot === null || ecas.length === 0) return [{ text: template.text, link: null }];
    return ecas.map((entry) => {
        const { install, installState, installUnknownReason } = context.appOf(entry);
        if (installState === 'installed') {
            return { text: `${template.text} ${entry.label}: installed as ${install?.name ?? entry.label} in this org.`, link: null };
        }
        if (installState === 'notInstalled') return { text: `${template.text} ${entry.label}: not installed in this org.`, link: null };
        const why = installUnknownReason === null ? '' : ` ${installUnknownReason}`;
        return { text: `${template.text} ${entry.label}: install state unknown in this org.${why}`, link: null };
    });
}

function resolveStep(template: FixStepTemplate, context: FixContext): RemediationStep[] {
    switch (template.kind) {
        case 'text':
            return [{ text: template.text, link: null }];
        case 'setup':
            return [setupStep(template.text, template.page)];
        case 'doc':
            return [{ text: template.text, link: { label: template.label, url: template.url, kind: 'doc' } }];
        case 'install':
            return installSteps(template, context);
        case 'grants':
            return grantSteps(template, context);
        case 'orgType':
            return orgTypeStep(template, context);
        case 'apiAccessControl':
            return apiAccessControlStep(template, context);
        default:
            // The last kind, 'externalClientApp' (TypeScript narrows template to it here).
            return externalClientAppStep(template, context);
    }
}

const UNKNOWN_CHECKS: readonly FixStepTemplate[] = [
    {
        kind: 'text',
        text: 'Paste the full URL of the error page if you have it: its error and error_description parameters name the cause.'
    },
    { kind: 'install', text: 'Is the app installed in this org?' },
    { kind: 'grants', text: 'Does Permitted Users allow the user, through a profile, permission set or group granted the app?' },
    {
        kind: 'text',
        text: 'Does the user have API Enabled, and (for an uninstalled app) Approve Uninstalled Connected Apps?'
    },
    { kind: 'apiAccessControl', text: 'Is API Access Control limiting API access to allowlisted apps?' },
    { kind: 'setup', page: 'loginHistory', text: "Look for the user's failed attempt and its Status in Login History." }
];

/** The pattern that explains the input, or null. Exposed for the catalog doc and tests. */
export function matchOAuthErrorPattern(input: string): OAuthErrorPattern | null {
    const normalized = normalizeOAuthErrorInput(input);
    const haystack = `${normalized}\n${decodeFormComponent(input)}`;
    return OAUTH_ERROR_PATTERNS.find((pattern) => pattern.matchers.some((matcher) => matcher.test(haystack))) ?? null;
}

/**
 * Decodes an OAuth error message or redirect URL. With a snapshot, install links use the org's My Domain and the
 * catalog ids of the app the message names (else of every catalog app not installed), and grant steps list the
 * app's current Permitted Users policy and grants.
 */
export function decodeOAuthError(input: string, snapshot?: OrgSnapshot | null): DecodedError {
    const normalized = normalizeOAuthErrorInput(input);
    const context = new FixContext(snapshot ?? null, `${input}\n${normalized}`);
    const pattern = normalized.length > 0 ? matchOAuthErrorPattern(input) : null;
    if (pattern === null) {
        return {
            id: 'unknown',
            matched: false,
            normalized,
            cause:
                normalized.length === 0
                    ? 'Nothing was pasted. Paste the error message or the URL of the error page the user saw.'
                    : 'This message is not one the decoder knows. Check the points below, in order.',
            fix: UNKNOWN_CHECKS.flatMap((template) => resolveStep(template, context)),
            source: null
        };
    }
    return {
        id: pattern.id,
        matched: true,
        normalized,
        cause: pattern.cause,
        fix: pattern.fix.flatMap((template) => resolveStep(template, context)),
        source: pattern.source
    };
}
