/**
 * Every error the OAuth error decoder knows, as data: the strings users paste, what they mean, what fixes them and
 * where that comes from. docs/rule-catalog.md is generated from this list; each example is tested to decode to its own
 * pattern. The first pattern with a matching entry wins, so specific patterns come before generic ones: Salesforce's
 * own description before the bare error code, Salesforce's text before the Jetstream message that wraps it.
 *
 * Sources: a source whose author is not Salesforce or Jetstream (vendor knowledge bases, issue threads, public code)
 * is titled "Secondary source". effectiveDate is the source's own date where it has one (an issue or comment, a commit,
 * a help article's publication or effective date); a Salesforce reference page without a date carries 2025-09-01, as
 * in sources.ts (the fact holds at least since the usage restriction began). Jetstream code is cited at commit
 * 5bf9e9b43bc0 of jetstreamapp/jetstream (2026-08-22) with the date of the file's last change.
 *
 * Matchers: plain literals with bounded gaps only (no nested or unbounded quantifiers), so matching stays linear in
 * the input's length.
 */
import type { RuleSource } from './report';
import type { SetupPageId } from './links';
import type { WayId } from './snapshot';
import { IDLE_LIMIT_DAYS } from './facts';
import { DEVICE_FLOW_EXCEPTION, LOGIN_HOURS_STEP_END, SOURCES } from './sources';

/** One fix step as data; decodeOAuthError resolves it against the snapshot (or explains what to look up without one). */
export type FixStepTemplate =
    | { kind: 'text'; text: string }
    | { kind: 'setup'; text: string; page: SetupPageId }
    | { kind: 'doc'; text: string; label: string; url: string }
    /** Install the app the user was connecting with: the app the input names, else the catalog apps not installed, as
     * choices; nothing when the snapshot shows them installed. `ways`: only apps of these ways can be the one (e.g. a
     * message about a saved org connection: not log in with Salesforce). */
    | { kind: 'install'; text: string; ways?: readonly WayId[] }
    /** The Permitted Users policy and the current grants of the installed apps concerned. */
    | { kind: 'grants'; text: string }
    /** Sandbox or production, and what that means for this error. */
    | { kind: 'orgType'; sandbox: string; production: string }
    /** Whether "Use Any API Client" exists in describe (a sign API Access Control is provisioned). */
    | { kind: 'apiAccessControl'; text: string }
    /** Install state of the in-org package's External Client App. */
    | { kind: 'externalClientApp'; text: string }
    /** The addresses the apps concerned connect from (the catalog's egress IPs), for Login IP Ranges. */
    | { kind: 'ipRanges'; text: string }
    /** A connected app's own Manage page (its policies) when the paste names one app the snapshot shows installed,
     * else Manage Connected Apps. */
    | { kind: 'appPage'; text: string };

export interface OAuthErrorPattern {
    /** Stable id, e.g. "oauth.app-not-installed" (Salesforce's errors) or "jetstream.connection-error" (Jetstream's
     * own messages). */
    id: string;
    title: string;
    /** Tested in order against the decoded input (case-insensitive); the first pattern with a matching entry wins. */
    matchers: RegExp[];
    /** Exact strings users have reported; each must decode to this pattern (tested). */
    examples: string[];
    cause: string;
    fix: FixStepTemplate[];
    source: RuleSource;
}

/** Jetstream's code at the newest snapshot read (2026-08-22). */
const JETSTREAM_COMMIT = '5bf9e9b43bc0c97c40e3f6aadda06714312d6f56';
const jetstreamFile = (path: string): string => `https://github.com/jetstreamapp/jetstream/blob/${JETSTREAM_COMMIT}/${path}`;

/** Salesforce's OAuth 2.0 error page. The page itself lists examples (access-denied, access_denied, and
 * {"error":"invalid_grant","error_description":"expired access/refresh token"} from the refresh token flow); the rows of
 * its error-code table (inactive_user, inactive_org, rate_limit_exceeded, invalid_grant with "IP restricted or invalid
 * login hours" or "invalid user credentials") were read only as copied into public code, word for word alike. */
const OAUTH_FLOW_ERRORS_URL = 'https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_flow_errors.htm&type=5';

/** Login History / Login event statuses (Object Reference, "Login Event Type — LOGIN_STATUS Values", API 39.0 and later). */
const LOGIN_STATUS_URL =
    'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_eventlogfile_login_status.htm';

const DECODER_SOURCES = {
    oauthFlowErrorsTable: {
        title: 'Salesforce Help: OAuth 2.0 Authorization Errors (its error-code table, read as copied word for word in public code)',
        url: OAUTH_FLOW_ERRORS_URL,
        effectiveDate: '2025-09-01'
    },
    oauthFlowErrorsExamples: {
        title: 'Salesforce Help: OAuth 2.0 Authorization Errors (the page’s examples)',
        url: OAUTH_FLOW_ERRORS_URL,
        effectiveDate: '2025-09-01'
    },
    ipRestrictedOrLoginHours: {
        title: 'Salesforce Help: OAuth 2.0 Authorization Errors (invalid_grant: “IP restricted or invalid login hours”, from the code table as copied in public code); Remote Access error codes: “1708 Failed: IP Address Not Allowed: The IP address is restricted or called during invalid login hours”',
        url: OAUTH_FLOW_ERRORS_URL,
        effectiveDate: '2025-09-01'
    },
    loginStatusValues: {
        title: 'Salesforce Object Reference: Login Event Type, LOGIN_STATUS values (the Login History status texts)',
        url: LOGIN_STATUS_URL,
        effectiveDate: '2025-09-01'
    },
    consumerNotApproved: {
        title: 'Secondary source: forcedotcom/cli issue #3638 (“user hasn’t approved this consumer”); Salesforce’s JWT flow help says only that the flow needs the app approved beforehand',
        url: 'https://github.com/forcedotcom/cli/issues/3638',
        effectiveDate: '2026-08-31'
    },
    authenticationFailure: {
        title: 'Salesforce DX Developer Guide: Resolve Common Authorization Errors (“invalid_grant::authentication failure”)',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_troubleshoot_auth_errors.htm',
        effectiveDate: '2025-09-01'
    },
    vpnContainment: {
        title: 'Salesforce Help 005318944: Preventing Connections from Anonymizing VPNs, Proxies and High-Risk IP Addresses (users frozen and refresh tokens revoked from 2026-04-24; also 005319571, login anomalies); status “User is frozen”: Object Reference, LOGIN_STATUS values',
        url: 'https://help.salesforce.com/s/articleView?id=005318944&type=1',
        effectiveDate: '2026-04-24'
    },
    appAccessDenied: {
        title: 'Secondary source: abisek/salesforce-elf-browser issue #9 (OAUTH_APP_ACCESS_DENIED: the user declined, or the org’s IP restriction on the connected app); no Salesforce page explains this code',
        url: 'https://github.com/abisek/salesforce-elf-browser/issues/9',
        effectiveDate: '2017-05-28'
    },
    invalidAppAccess: {
        title: 'Secondary source: forcedotcom/cli issue #3260 (“invalid_app_access::user is not admin approved to access this app”) and Jetstream issue #656',
        url: 'https://github.com/forcedotcom/cli/issues/3260',
        effectiveDate: '2025-04-08'
    },
    apiDisabledForOrg: {
        title: 'Salesforce REST API Developer Guide: Supported Editions and Required Permissions (API_DISABLED_FOR_ORG for an org without API access; every API call needs API Enabled). The same code for a user without API Enabled: Sequin docs, “Enable Salesforce API Access” (secondary)',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/intro_rest_compatible_editions.htm',
        effectiveDate: '2025-09-01'
    },
    apiCurrentlyDisabled: {
        title: 'Secondary source: Apsona, “API_CURRENTLY_DISABLED: API is disabled for this User” (fixed by API Enabled on the profile or a permission set)',
        url: 'https://roadmap.apsona.com/p/why-can-some-users-run-apsona-merge-buttons-while-others-rec-nnJIYs',
        effectiveDate: '2025-09-01'
    },
    appInstallError: {
        title: 'Secondary source: Salesforce Inspector Reloaded, docs/troubleshooting.md (“Managed Application Installation Error” when a connected app with the same name exists); the error page URL: john-brock/perm-comparator issue #21',
        url: 'https://github.com/tprouvot/Salesforce-Inspector-reloaded/blob/master/docs/troubleshooting.md',
        effectiveDate: '2025-11-26'
    },
    ecaNotInstalled: {
        title: 'Secondary source: forcedotcom/cli issue #3482 (“External client app is not installed in this org”, JWT flow); dust-tt/dust PR #26727 (app_not_found after the app was removed from the org)',
        url: 'https://github.com/forcedotcom/cli/issues/3482',
        effectiveDate: '2026-01-13'
    },
    ecaAppNotFound: {
        title: 'Secondary source: PipedreamHQ/pipedream issue #21557, comment of 2026-08-03 (installing the vendor’s app in the org “did not fix it”; also #21571, #21636). No Salesforce or Jetstream source explains this code',
        url: 'https://github.com/PipedreamHQ/pipedream/issues/21557',
        effectiveDate: '2026-08-03'
    },
    ecaOauthPlugin: {
        title: 'Secondary source: hardisgroupcom/sfdx-hardis issue #1994 (a packaged External Client App loses its OAuth settings after a sandbox refresh; Salesforce known issue a02Ka00000mn8S6)',
        url: 'https://github.com/hardisgroupcom/sfdx-hardis/issues/1994',
        effectiveDate: '2026-07-09'
    },
    highAssurance: {
        title: 'Secondary source: CloudAnswers, “Step Up Authentication for Report Actions” (the Reports API answers 403 “high assurance session required”); the cause: Salesforce Help 005321566, step-up authentication on report actions',
        url: 'https://help.cloudanswers.com/en/articles/15350071',
        effectiveDate: '2026-06-02'
    },
    restSessionExpired: {
        title: 'Salesforce REST API Developer Guide: Status Codes and Error Responses (401: “The session ID or OAuth token used has expired or is invalid”)',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm',
        effectiveDate: '2025-09-01'
    },
    jetstreamRefreshError: {
        title: 'Jetstream source: libs/salesforce-api/src/lib/callout-adapter.ts (2026-07-22): a refused token refresh is stored as “expired access/refresh token” whatever Salesforce answered; apps/api/src/app/utils/response.handlers.ts does the same for an ended session',
        url: jetstreamFile('libs/salesforce-api/src/lib/callout-adapter.ts'),
        effectiveDate: '2026-07-22'
    },
    jetstreamInactivity: {
        title: 'Jetstream source: apps/api/src/app/routes/route.middleware.ts (2026-08-04; commit bf20a61 of 2026-08-02 sets Jetstream’s expiry to 30 days after last use, “Jetstream’s best estimate of Salesforce’s cutoff”); the limit itself: Salesforce Help, Limit the Idle Refresh Token TTL in Connected Apps (turned on by the app’s developer)',
        url: jetstreamFile('apps/api/src/app/routes/route.middleware.ts'),
        effectiveDate: '2026-08-04'
    },
    jetstreamApiNotEnabled: {
        title: 'Jetstream source: libs/shared/constants/src/lib/shared-constants.ts (2026-08-19): shown when Salesforce answers “API is not enabled”',
        url: jetstreamFile('libs/shared/constants/src/lib/shared-constants.ts'),
        effectiveDate: '2026-08-19'
    },
    jetstreamAuthError: {
        title: 'Jetstream source: apps/api/src/app/controllers/oauth.controller.ts (2026-06-23): Salesforce’s error as the heading and its description as the text, else this sentence',
        url: jetstreamFile('apps/api/src/app/controllers/oauth.controller.ts'),
        effectiveDate: '2026-06-23'
    },
    jetstreamNotAuthorized: {
        title: 'Jetstream source: apps/api/src/app/utils/canvas.utils.ts (2026-06-21): the in-org package’s page for an org Jetstream has not authorized',
        url: jetstreamFile('apps/api/src/app/utils/canvas.utils.ts'),
        effectiveDate: '2026-06-21'
    },
    jetstreamCanvasSession: {
        title: 'Jetstream docs: Jetstream for Salesforce (managed package), Troubleshooting, “Your browsing session has ended or is invalid”',
        url: jetstreamFile('apps/docs/docs/getting-started/managed-package/managed-package.mdx'),
        effectiveDate: '2026-07-15'
    },
    jetstreamInstallTroubleshooting: {
        title: 'Jetstream docs: Connecting Jetstream to Salesforce, Troubleshooting (a heading of the docs; Jetstream’s code does not show this text)',
        url: jetstreamFile('apps/docs/docs/getting-started/install-connected-app.mdx'),
        effectiveDate: '2025-11-10'
    },
    jetstreamTroubleshootingTable: {
        title: 'Jetstream docs: troubleshooting connections (“Choose a Verification Method” on Salesforce links: High Assurance sessions; “Don’t Auto-Login on Link Clicks”)',
        url: jetstreamFile('apps/docs/docs/getting-started/_org-troubleshooting-table.mdx'),
        effectiveDate: '2026-08-09'
    },
    invalidScope: {
        title: 'Secondary source: Jetstream issue #1462 “OAuth Error” (invalid_scope in a sandbox and then in production, after installing; no resolution recorded)',
        url: 'https://github.com/jetstreamapp/jetstream/issues/1462',
        effectiveDate: '2025-12-09'
    },
    appNotInstalled: {
        title: 'Secondary source: MoveData, “Salesforce Connected App usage restrictions” (quotes the redirect URL); the cause: Salesforce Help 005132365',
        url: 'https://docs.movedata.io/troubleshooting/connection-and-authentication/salesforce-connected-app-usage-restrictions/',
        effectiveDate: '2025-09-01'
    },
    appBlocked: {
        title: 'Salesforce Help 000232413: Why am I receiving an “OAUTH_APP_BLOCKED” error (the redirect wording and app_blocked: Salesforce Inspector Reloaded’s troubleshooting docs, secondary)',
        url: 'https://help.salesforce.com/apex/HTViewSolution?id=000232413&language=en_US',
        effectiveDate: '2025-09-01'
    },
    apiAccessControlSession: {
        title: 'Secondary source: SalesforceLabs/OrgCheck issue #583 (INVALID_SESSION_ID resolved by the API Access Control setup); API Access Control: Salesforce Help security_api_access_control_about',
        url: 'https://github.com/SalesforceLabs/OrgCheck/issues/583',
        effectiveDate: '2025-10-01'
    }
} satisfies Record<string, RuleSource>;

/** The ways whose apps hold a saved org connection in Jetstream (log in with Salesforce does not connect orgs). */
const ORG_CONNECTION_WAYS: readonly WayId[] = ['web', 'desktop'];

/** The reconnect after a revoked or expired token is a new authorization: since September 2025 it needs the app
 * installed (help 005132365). */
const RECONNECT_NEEDS_INSTALL =
    'Reconnecting is a new authorization: if the app is not installed, it needs the install (or Approve Uninstalled Connected Apps for that user).';

const LOGIN_HISTORY_STATUS_STEP: FixStepTemplate = {
    kind: 'setup',
    page: 'loginHistory',
    text: 'Find the user’s failed attempt in Login History; its Status says why (for example “Restricted IP”, “User is frozen”, “Failed: Not approved for access”).'
};

const PASTE_THE_URL_STEP: FixStepTemplate = {
    kind: 'text',
    text: 'Ask the user for the full URL from the browser’s address bar on the error page (it holds error= and error_description=), or the JSON body of the error, and paste it here for the exact cause.'
};

const API_ENABLED_STEP: FixStepTemplate = {
    kind: 'setup',
    page: 'permissionSets',
    text: 'Give the user API Enabled through a permission set (for example the one that grants them the app), or on their profile.'
};

const IP_RANGES_STEP: FixStepTemplate = {
    kind: 'ipRanges',
    text: 'Setup > Profiles > <the user’s profile> > Login IP Ranges: add the addresses the app connects from.'
};

const IP_RELAXATION_STEP: FixStepTemplate = {
    kind: 'appPage',
    text: 'Or, if the org accepts it, set the app’s IP Relaxation to relax IP restrictions (Manage Connected Apps > the app > Edit Policies).'
};

/** After API Enabled: an edition without API access (REST API Developer Guide, Supported Editions). */
const EDITION_STEP: FixStepTemplate = {
    kind: 'setup',
    page: 'companyInformation',
    text: 'If the user has it, check the edition in Company Information: without API access (for example Professional Edition without the add-on), only Salesforce can add it.'
};

export const OAUTH_ERROR_PATTERNS: readonly OAuthErrorPattern[] = [
    // -- invalid_grant, split by Salesforce's description (before any catch-all) ---------------------------------
    {
        id: 'oauth.ip-restricted',
        title: 'invalid_grant: ip restricted or invalid login hours',
        matchers: [/ip restricted or invalid login hours/i],
        examples: [
            '{"error":"invalid_grant","error_description":"ip restricted or invalid login hours"}',
            'https://getjetstream.app/oauth/sfdc/callback?error=invalid_grant&error_description=ip+restricted+or+invalid+login+hours'
        ],
        cause: 'Salesforce refused the login because of where or when it came from: the Login IP Ranges or the Login Hours of the user’s profile, applied to the app under its IP Relaxation policy. It is not an expired token.',
        fix: [
            {
                kind: 'setup',
                page: 'loginHistory',
                text: 'Find the user’s failed attempt in Login History: “Restricted IP” means the profile’s Login IP Ranges, “Restricted time” its Login Hours, “Failed: IP Address Not Allowed” the IP restrictions applied to the app.'
            },
            IP_RANGES_STEP,
            { kind: 'setup', page: 'profiles', text: `Setup > Profiles > <the user’s profile> > ${LOGIN_HOURS_STEP_END}` },
            IP_RELAXATION_STEP
        ],
        source: DECODER_SOURCES.ipRestrictedOrLoginHours
    },
    {
        id: 'oauth.consumer-not-approved',
        title: 'invalid_grant: user hasn’t approved this consumer',
        matchers: [/user hasn.?t approved this consumer/i, /user has not approved this consumer/i],
        examples: [
            "invalid_grant: user hasn't approved this consumer",
            '{"error":"invalid_grant","error_description":"user hasn\'t approved this consumer"}'
        ],
        cause: 'Salesforce holds no approval of this app for this user, so a token request that cannot ask the user (a refresh, or a JWT login) is refused. Either the app’s Permitted Users is “Admin approved users are pre-authorized” and none of the user’s profile, permission sets or groups is granted the app, or the user’s approval is gone (revoked by the user or an admin, or never given). It is not an expired token.',
        fix: [
            {
                kind: 'grants',
                text: 'Grant the app to the user through a permission set (Assigned Connected Apps), or set Permitted Users to “All users may self-authorize”.'
            },
            {
                kind: 'text',
                text: `Or the user reconnects in Jetstream and clicks Allow (Jetstream asks every time). ${RECONNECT_NEEDS_INSTALL}`
            }
        ],
        source: DECODER_SOURCES.consumerNotApproved
    },
    {
        id: 'oauth.authentication-failure',
        title: 'invalid_grant: authentication failure',
        matchers: [/invalid_grant\W{1,6}authentication failure/i, /\bauthentication failure\b/i],
        examples: [
            'Error authenticating with auth code due to: invalid_grant::authentication failure',
            '{"error":"invalid_grant","error_description":"authentication failure"}'
        ],
        cause: 'Salesforce refused to turn the login into a token. Salesforce’s docs: the user may not have permission to access the org, or the problem is in the connected app, the org’s settings or a customization (for example a flow that must run before authorization). It is not an expired token.',
        fix: [
            API_ENABLED_STEP,
            { kind: 'install', text: 'Check that the app is installed in this org.' },
            { kind: 'grants', text: 'Check that Permitted Users lets the user in.' },
            LOGIN_HISTORY_STATUS_STEP
        ],
        source: DECODER_SOURCES.authenticationFailure
    },
    {
        id: 'oauth.invalid-user-credentials',
        title: 'invalid_grant: invalid user credentials',
        matchers: [/invalid user credentials/i],
        examples: ['{"error":"invalid_grant","error_description":"invalid user credentials"}'],
        cause: 'Salesforce refused a username and password sent by a program (the username-password flow, which Jetstream does not use): wrong username, wrong password, or a missing security token. It is not an expired token.',
        fix: [
            {
                kind: 'text',
                text: 'Check the username, the password and, from outside the org’s trusted IP ranges, the security token the program sends.'
            },
            LOGIN_HISTORY_STATUS_STEP
        ],
        source: DECODER_SOURCES.oauthFlowErrorsTable
    },
    // -- the user and the org ---------------------------------------------------------------------------------------
    {
        id: 'oauth.inactive-user',
        title: 'inactive_user: User is inactive',
        matchers: [/\binactive_user\b/i, /\buser is inactive\b/i, /invalid_grant\W{1,6}inactive user/i],
        examples: ['error=inactive_user&error_description=User+is+inactive', 'User is inactive', 'invalid_grant: inactive user'],
        cause: 'The user is deactivated. A deactivated user cannot log in or connect, and their saved connections stop working.',
        fix: [
            {
                kind: 'setup',
                page: 'users',
                text: 'If the user should use Jetstream, reactivate them: Setup > Users > the user > Edit > Active.'
            },
            { kind: 'text', text: `Then the user reconnects in Jetstream. ${RECONNECT_NEEDS_INSTALL}` }
        ],
        source: DECODER_SOURCES.loginStatusValues
    },
    {
        id: 'oauth.inactive-org',
        title: 'inactive_org: Org is locked, closed, or suspended',
        matchers: [
            /\binactive_org\b/i,
            /org is locked, closed,? or suspended/i,
            /organi[sz]ation is (?:inactive|locked|suspended|closed)\b/i
        ],
        examples: ['error=inactive_org&error_description=Org+is+locked%2C+closed%2C+or+suspended', 'Organization is locked'],
        cause: 'The org is locked, closed or suspended (for example an expired trial, or a contract that ended). Nothing in Jetstream or in Setup fixes it.',
        fix: [
            {
                kind: 'text',
                text: 'Log in to the org directly: if Salesforce says the org is inactive or locked, contact Salesforce (your account executive or Support).'
            }
        ],
        source: DECODER_SOURCES.loginStatusValues
    },
    {
        id: 'oauth.user-frozen',
        title: 'User is frozen (Login History)',
        matchers: [/\buser is frozen\b/i, /\bLOGIN_ERROR_USER_FROZEN\b/i],
        examples: ['User is Frozen', 'User is frozen'],
        cause: 'The user’s account is frozen: they cannot log in or connect, though they are not deactivated. An admin froze them, or Salesforce did: since 2026 Salesforce freezes a user and revokes all their refresh tokens when it sees a connection from an anonymizing VPN, a proxy or a high-risk IP address (connected apps and API since 2026-04-24), or a login anomaly (since April 2026), and emails the org’s admins.',
        fix: [
            {
                kind: 'setup',
                page: 'users',
                text: 'Check why first (Salesforce’s email to the admins says when it froze the user), then Setup > Users > the user > Unfreeze.'
            },
            {
                kind: 'text',
                text: `Salesforce revoked the user’s refresh tokens, so the user reconnects in Jetstream. ${RECONNECT_NEEDS_INSTALL}`
            },
            { kind: 'install', text: 'Install the app before the user reconnects.' },
            {
                kind: 'text',
                text: 'Jetstream Desktop connects from the user’s own computer: a VPN or proxy there can trigger the freeze again.'
            }
        ],
        source: DECODER_SOURCES.vpnContainment
    },
    {
        id: 'oauth.restricted-ip',
        title: 'Restricted IP (Login History): outside the profile’s Login IP Ranges',
        matchers: [/\brestricted ip\b/i, /\bLOGIN_ERROR_RESTRICTED_DOMAIN\b/i],
        examples: ['Restricted IP'],
        cause: 'Login History status for a login refused by the Login IP Ranges of the user’s profile: the login came from an address outside them.',
        fix: [IP_RANGES_STEP, { kind: 'setup', page: 'loginHistory', text: 'Login History shows each refused login’s source IP.' }],
        source: DECODER_SOURCES.loginStatusValues
    },
    {
        id: 'oauth.login-hours',
        title: 'Restricted time (Login History): outside the profile’s Login Hours',
        matchers: [
            /\brestricted time\b/i,
            /\bLOGIN_ERROR_RESTRICTED_TIME\b/i,
            /outside (?:of )?(?:the |your )?(?:allowed |permitted )?login hours/i
        ],
        examples: ['Restricted Time', 'Restricted time'],
        cause: 'Login History status for a sign-in refused because it came outside the Login Hours of the user’s profile. Login Hours are a profile setting, in the time zone that was the org’s default when they were first set; the app’s policies and its install state do not matter here.',
        fix: [
            { kind: 'setup', page: 'profiles', text: `Setup > Profiles > <the user’s profile> > ${LOGIN_HOURS_STEP_END}` },
            {
                kind: 'text',
                text: 'Login Hours are not an IP range: Login IP Ranges, the org’s trusted IP ranges and the app’s IP Relaxation do not change them. Or the user connects again within the allowed hours.'
            },
            { kind: 'setup', page: 'loginHistory', text: 'Login History shows who was refused and when.' }
        ],
        source: DECODER_SOURCES.loginStatusValues
    },
    {
        id: 'oauth.app-ip-not-allowed',
        title: 'Failed: IP Address Not Allowed (Login History)',
        matchers: [/failed: ip address not allowed/i, /\bLOGIN_OAUTH_INVALID_IP\b/i],
        examples: ['Failed: IP Address Not Allowed'],
        cause: 'Login History status for an app login refused because of its IP address: the app’s IP Relaxation policy enforces the org’s IP restrictions, and the login came from outside the user’s profile Login IP Ranges (or outside its Login Hours).',
        fix: [IP_RANGES_STEP, IP_RELAXATION_STEP],
        source: DECODER_SOURCES.ipRestrictedOrLoginHours
    },
    {
        id: 'oauth.rate-limit-exceeded',
        title: 'rate_limit_exceeded: Number of logins exceeded',
        matchers: [/\brate_limit_exceeded\b/i, /number of logins exceeded/i, /login rate exceeded/i, /maximum logins exceeded/i],
        examples: ['error=rate_limit_exceeded&error_description=Number+of+logins+exceeded', 'Login rate exceeded'],
        cause: 'Too many logins for this user in a short time: Salesforce refuses more until the count falls again. Nothing is misconfigured.',
        fix: [
            { kind: 'text', text: 'Wait, then connect again.' },
            {
                kind: 'setup',
                page: 'loginHistory',
                text: 'If it keeps happening, look in Login History for a script or tool that logs in as the same user again and again.'
            }
        ],
        source: DECODER_SOURCES.oauthFlowErrorsTable
    },
    {
        id: 'oauth.refresh-token-expired',
        title: 'invalid_grant: expired access/refresh token (Salesforce’s answer)',
        matchers: [/invalid_grant\W{1,6}expired access\/refresh token/i],
        examples: [
            '{"error":"invalid_grant","error_description":"expired access/refresh token"}',
            'error=invalid_grant&error_description=expired access/refresh token'
        ],
        cause: `Salesforce refused the saved refresh token: it expired (under the app’s refresh token policy, or after ${IDLE_LIMIT_DAYS} days without use where the app’s developer turned that limit on, as Jetstream did in August 2026) or it was revoked: by the user, by an admin, by uninstalling the app, or by Salesforce when it froze the user (2026).`,
        fix: [
            { kind: 'text', text: `The user reconnects the org in Jetstream. ${RECONNECT_NEEDS_INSTALL}` },
            { kind: 'install', text: 'Install the app before users reconnect.' },
            {
                kind: 'setup',
                page: 'users',
                text: 'If the user is frozen (Setup > Users), unfreeze them first, or the reconnect fails too.'
            }
        ],
        source: DECODER_SOURCES.oauthFlowErrorsExamples
    },
    // -- the app: installed, blocked, approved ------------------------------------------------------------------
    {
        id: 'oauth.app-not-installed',
        title: 'App must be installed into org',
        matchers: [/app must be installed into org/i],
        examples: [
            '/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_client&error_description=app+must+be+installed+into+org',
            'invalid_client: app must be installed into org'
        ],
        cause: `The connected app is not installed in this org, and since September 2025 Salesforce blocks uninstalled connected apps for every user who does not hold “Approve Uninstalled Connected Apps”. Users who authorized the app before keep working ${DEVICE_FLOW_EXCEPTION}; new connections fail.`,
        fix: [
            {
                kind: 'install',
                text: 'Install the app in this org (an admin with Customize Application and Modify All Data or Manage Connected Apps).'
            },
            {
                kind: 'setup',
                page: 'oauthUsage',
                text: 'Or open Connected Apps OAuth Usage and click Install next to the app (it is listed only after someone tried to connect; when it is missing, use the install link).'
            },
            { kind: 'grants', text: 'After installing, check Permitted Users and the grants so the right users can connect.' },
            {
                kind: 'text',
                text: 'For a single tester only: “Approve Uninstalled Connected Apps” lets that user connect without the install. “Use Any API Client” no longer does (since December 2025).'
            }
        ],
        source: DECODER_SOURCES.appNotInstalled
    },
    {
        id: 'oauth.invalid-scope',
        title: 'invalid_scope: the requested scope is not allowed',
        matchers: [/\binvalid_scope\b/i, /the requested scope is not allowed/i],
        examples: [
            'https://acme--uat.sandbox.my.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_scope&error_description=the+requested+scope+is+not+allowed',
            'error=invalid_scope&error_description=the%20requested%20scope%20is%20not%20allowed'
        ],
        cause: 'Salesforce refused the access Jetstream asks for (api, web and refresh_token). Jetstream users reported it in a sandbox and then in production, even after installing the app, and no cause was confirmed. What to rule out: an app installed in this org that is not Jetstream’s (an old local copy with the same name), a sandbox that carries the app or the permission from before the production install, and a user without API Enabled.',
        fix: [
            {
                kind: 'appPage',
                text: 'In Manage Connected Apps, check that the app named Jetstream is the one installed from Jetstream (not a local copy someone created).'
            },
            {
                kind: 'orgType',
                sandbox:
                    'This is a sandbox: run “Match Production Licenses to Sandbox without a Refresh” from Company Information here, in the sandbox, then install the app here (or install it in production and refresh the sandbox).',
                production: 'This is a production org: install the app here; sandboxes created or refreshed afterwards inherit the install.'
            },
            { kind: 'install', text: 'Install (or re-install) the app in this org.' },
            API_ENABLED_STEP
        ],
        source: DECODER_SOURCES.invalidScope
    },
    {
        id: 'oauth.app-blocked',
        title: 'OAUTH_APP_BLOCKED / app_blocked: this app is blocked by admin',
        matchers: [/\bOAUTH_APP_BLOCKED\b/i, /\bapp_blocked\b/i, /this app is blocked by admin/i],
        examples: [
            'error=OAUTH_APP_BLOCKED&error_description=this+app+is+blocked+by+admin',
            'Remote_Error: OAUTH_APP_BLOCKED',
            '{"error":"app_blocked","error_description":"this app is blocked by admin"}'
        ],
        cause: 'An admin blocked the app on the Connected Apps OAuth Usage page (its action button reads “Unblock”). Salesforce Inspector Reloaded reports the same answer in orgs where API Access Control limits API access to allowlisted apps.',
        fix: [
            {
                kind: 'setup',
                page: 'oauthUsage',
                text: 'Open Connected Apps OAuth Usage; if the app shows “Unblock”, click it (only if the org means to allow the app).'
            },
            { kind: 'install', text: 'Then install the app so its policies can be managed.' },
            {
                kind: 'apiAccessControl',
                text: 'If API Access Control is on, the app must also be installed and its users admin-approved (Permitted Users plus a permission set).'
            }
        ],
        source: DECODER_SOURCES.appBlocked
    },
    {
        id: 'oauth.user-not-admin-approved',
        title: 'invalid_app_access: user is not admin approved to access this app',
        matchers: [/user is not admin approved to access this app/i, /\binvalid_app_access\b/i],
        examples: [
            'Error: user is not admin approved to access this app',
            'Error authenticating with auth code due to: invalid_app_access::user is not admin approved to access this app'
        ],
        cause: 'The app is installed with Permitted Users = “Admin approved users are pre-authorized”, and none of this user’s profile, permission sets or permission set groups is granted the app.',
        fix: [
            {
                kind: 'grants',
                text: 'Grant the app to the user through a permission set (recommended: a dedicated “Jetstream Users” permission set).'
            },
            {
                kind: 'setup',
                page: 'permissionSets',
                text: 'Open the permission set, Assigned Connected Apps, add the app, then assign the set to the user.'
            },
            { kind: 'text', text: 'The user then connects again from Jetstream.' }
        ],
        source: DECODER_SOURCES.invalidAppAccess
    },
    {
        id: 'oauth.login-not-approved',
        title: 'Failed: Not approved for access (Login History)',
        matchers: [/not approved for access/i],
        examples: ['Failed: Not approved for access'],
        cause: 'Login History status for a user who signed in through an app whose Permitted Users is “Admin approved users are pre-authorized” without being granted the app through a profile, permission set or group.',
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
        id: 'oauth.app-access-denied',
        title: 'OAUTH_APP_ACCESS_DENIED',
        matchers: [/\bOAUTH_APP_ACCESS_DENIED\b/i],
        examples: ['OAuth2 login failed. Reason: OAUTH_APP_ACCESS_DENIED'],
        cause: 'Salesforce refused this user access to the app. No Salesforce page explains this code; the only public answer names two causes: the user declined to allow the app, or the IP restrictions applied to the app. (When it comes with “user is not admin approved to access this app”, the app is admin-approved and the user is not granted it.)',
        fix: [
            LOGIN_HISTORY_STATUS_STEP,
            { kind: 'text', text: 'If the user clicked Deny, they connect again and click Allow.' },
            {
                kind: 'appPage',
                text: 'If Login History shows an IP restriction, check the app’s IP Relaxation (Manage Connected Apps > the app > Edit Policies) and the profile’s Login IP Ranges.'
            }
        ],
        source: DECODER_SOURCES.appAccessDenied
    },
    {
        id: 'oauth.access-denied',
        title: 'access_denied / access-denied: end-user denied authorization',
        matchers: [/\baccess[-_]denied\b/i, /(?:end-)?user denied authori[sz]ation/i],
        examples: [
            'https://www.mycustomerorderstatus/code_callback.jsp?error=access-denied',
            'https://www.customercontactinfo.com/user_callback.jsp#error=access_denied',
            'error=access_denied&error_description=end-user+denied+authorization'
        ],
        cause: 'The user clicked Deny on Salesforce’s Allow Access page (the web server flow answers error=access-denied, the user-agent flow access_denied). Nothing is wrong in the org.',
        fix: [{ kind: 'text', text: 'The user connects again and clicks Allow.' }],
        source: DECODER_SOURCES.oauthFlowErrorsExamples
    },
    // -- API access ---------------------------------------------------------------------------------------------
    {
        id: 'oauth.api-currently-disabled',
        title: 'API_CURRENTLY_DISABLED: API is disabled for this User',
        matchers: [/\bAPI_CURRENTLY_DISABLED\b/i, /api is disabled for this user/i],
        examples: ['API_CURRENTLY_DISABLED: API is disabled for this User'],
        cause: 'The user does not have the API Enabled permission, which Jetstream needs to work with an org.',
        fix: [API_ENABLED_STEP],
        source: DECODER_SOURCES.apiCurrentlyDisabled
    },
    {
        id: 'oauth.api-disabled-for-org',
        title: 'API_DISABLED_FOR_ORG: API is not enabled for this Organization',
        matchers: [/\bAPI_DISABLED_FOR_ORG\b/i, /api is not enabled for this organi[sz]ation/i],
        examples: [
            '[{"message":"The REST API is not enabled for this Organization.","errorCode":"API_DISABLED_FOR_ORG"}]',
            'API_DISABLED_FOR_ORG: API is not enabled for this Organization or Partner'
        ],
        cause: 'Salesforce refused the API call. The same answer comes for an org whose edition has no API access (API access is included in Enterprise, Performance, Unlimited and Developer Edition, and is an add-on for Professional Edition) and for a user without API Enabled.',
        fix: [API_ENABLED_STEP, EDITION_STEP],
        source: DECODER_SOURCES.apiDisabledForOrg
    },
    {
        id: 'jetstream.api-not-enabled',
        title: 'Jetstream: Your org/user does not have API access',
        matchers: [/does not have api access which is required for jetstream/i],
        examples: ['Your org/user does not have API access which is required for Jetstream to communicate with Salesforce.'],
        cause: 'Jetstream’s message when Salesforce answered that the API is not enabled: the user lacks API Enabled, or the org’s edition has no API access.',
        fix: [API_ENABLED_STEP, EDITION_STEP],
        source: DECODER_SOURCES.jetstreamApiNotEnabled
    },
    // -- installing, External Client Apps -----------------------------------------------------------------------
    {
        id: 'oauth.app-install-error',
        title: 'Managed Application Installation Error',
        matchers: [/managed application installation error/i, /AppInstallErrorPage\.apexp/i],
        examples: [
            'Managed Application Installation Error There was a problem in installing the application.',
            'https://acme.my.salesforce.com/identity/app/AppInstallErrorPage.apexp?error_code=generic_error'
        ],
        cause: 'Salesforce could not install the connected app from the install link or from Connected Apps OAuth Usage. The only documented cause is a connected app with the same name already in the org, for example a local copy someone created.',
        fix: [
            {
                kind: 'setup',
                page: 'connectedApps',
                text: 'Look in Manage Connected Apps for an app with the same name (for example a local “Jetstream”); if nobody uses it, rename or delete it, then install again.'
            },
            { kind: 'install', text: 'Install again with the install link.' },
            { kind: 'text', text: 'If it still fails, send Salesforce Support the full URL of the error page.' }
        ],
        source: DECODER_SOURCES.appInstallError
    },
    {
        id: 'oauth.eca-not-installed',
        title: 'app_not_found: External client app is not installed in this org',
        matchers: [/external client app is not installed in this org/i, /(?:^|\W)app_not_found\b/i],
        examples: [
            'Errors encountered: External client app is not installed in this org',
            '{"error":"app_not_found","error_description":"External client app is not installed in this org"}'
        ],
        cause: 'Salesforce found no installed External Client App for the program that asked for a token. It has been reported for External Client Apps logging in with the JWT flow (for example in a sandbox after a refresh, or through test.salesforce.com instead of the org’s My Domain) and on a refresh after the app was removed from the org. Jetstream’s web and desktop apps are connected apps; Jetstream’s in-org package uses an External Client App.',
        fix: [
            { kind: 'externalClientApp', text: 'The in-org package’s app:' },
            {
                kind: 'setup',
                page: 'externalClientApps',
                text: 'In External Client App Manager, check that the app the program uses is installed in this org.'
            },
            {
                kind: 'text',
                text: 'If the program logs in through login.salesforce.com or test.salesforce.com, use the org’s My Domain login URL instead.'
            }
        ],
        source: DECODER_SOURCES.ecaNotInstalled
    },
    {
        id: 'oauth.external-client-app-not-found',
        title: 'OAUTH_EC_APP_NOT_FOUND',
        matchers: [/\bOAUTH_EC_APP_NOT_FOUND\b/i],
        examples: ['OAUTH_EC_APP_NOT_FOUND'],
        cause: 'Salesforce did not find in this org the External Client App the login asked for. In the public reports (August 2026) the vendor had moved its login to an External Client App, and installing the vendor’s connected app in the org did not fix it: the vendor has to make its new app available to the org. No source ties this error to Jetstream’s connected apps.',
        fix: [
            {
                kind: 'text',
                text: 'Tell the vendor whose login showed the error, with the full URL: ask how their External Client App reaches customer orgs.'
            },
            { kind: 'externalClientApp', text: 'If it appeared in Jetstream for Salesforce (the in-org package):' }
        ],
        source: DECODER_SOURCES.ecaAppNotFound
    },
    {
        id: 'oauth.eca-oauth-plugin',
        title: 'We couldn’t load OAuth plugin (External Client App)',
        matchers: [/we couldn.?t load oauth plugin/i],
        examples: ["We couldn't load OAuth plugin: Cannot invoke String.split(String)"],
        cause: 'A packaged External Client App lost its OAuth settings after a sandbox refresh (a known Salesforce issue reported in 2026), so its page and its logins fail.',
        fix: [
            {
                kind: 'setup',
                page: 'externalClientApps',
                text: 'Open the app in External Client App Manager; if its OAuth settings are gone, reinstall the package that brings it (for Jetstream for Salesforce, ask Jetstream).'
            },
            { kind: 'text', text: 'Salesforce’s known issue a02Ka00000mn8S6 on help.salesforce.com tracks the fix.' }
        ],
        source: DECODER_SOURCES.ecaOauthPlugin
    },
    // -- sessions -------------------------------------------------------------------------------------------------
    {
        id: 'oauth.high-assurance-required',
        title: 'high assurance session required',
        matchers: [/high assurance session required/i],
        examples: ['The reporting API returns a 403 error: high assurance session required.'],
        cause: 'Salesforce requires a verified (high assurance) session for this action. Since mid-2026 Salesforce requires step-up verification for report actions, and an org can require High Assurance for reports and dashboards or for the app. In Jetstream this concerns actions on reports (deleting reports).',
        fix: [
            { kind: 'text', text: 'The user verifies their identity in Salesforce (multi-factor authentication), then tries again.' },
            {
                kind: 'setup',
                page: 'sessionSettings',
                text: 'Session Settings, Session Security Levels: which login methods count as high assurance.'
            },
            {
                kind: 'appPage',
                text: 'If the app itself requires it: Manage Connected Apps > the app > Edit Policies > High Assurance session required.'
            }
        ],
        source: DECODER_SOURCES.highAssurance
    },
    {
        id: 'oauth.verification-method',
        title: 'Choose a Verification Method (on Salesforce links from Jetstream)',
        matchers: [/choose a verification method/i],
        examples: ['Choose a Verification Method'],
        cause: 'Salesforce asks the user to verify their identity when they open a Salesforce link from Jetstream: the org’s session settings, or the app’s policy, require a High Assurance session.',
        fix: [
            {
                kind: 'doc',
                text: 'In Jetstream, turn on “Don’t Auto-Login on Link Clicks” (Jetstream’s troubleshooting docs).',
                label: 'Jetstream: troubleshooting',
                url: DECODER_SOURCES.jetstreamTroubleshootingTable.url
            },
            {
                kind: 'appPage',
                text: 'Or check the app’s session policy: Manage Connected Apps > the app > Edit Policies > High Assurance session required.'
            }
        ],
        source: DECODER_SOURCES.jetstreamTroubleshootingTable
    },
    {
        id: 'oauth.session-expired',
        title: 'Session expired or invalid',
        matchers: [/session expired or invalid/i, /token validity expired/i, /\binvalid session id\b/i],
        examples: ['INVALID_SESSION_ID: Session expired or invalid', 'token validity expired', 'Invalid session id'],
        cause: 'Salesforce no longer accepts the session (the access token): it timed out, the user logged out, or it was revoked. A program with a refresh token gets a new session by itself; Jetstream shows “expired access/refresh token” when that fails too.',
        fix: [
            {
                kind: 'text',
                text: 'The user retries; if it fails again, they reconnect the org in Jetstream and paste here the error that shows.'
            },
            {
                kind: 'setup',
                page: 'sessionSettings',
                text: 'If sessions end too soon, check the session timeout and “Lock sessions to the IP address” in Session Settings.'
            }
        ],
        source: DECODER_SOURCES.restSessionExpired
    },
    {
        id: 'oauth.invalid-session-api-access-control',
        title: 'INVALID_SESSION_ID: This session is not valid for use with the REST API',
        matchers: [/this session is not valid for use with the rest api/i, /\bINVALID_SESSION_ID\b/i],
        examples: ['INVALID_SESSION_ID: This session is not valid for use with the REST API'],
        cause: 'With API Access Control on (“limit API access to only allowlisted connected apps”), API calls are refused for sessions that did not come from an installed, admin-approved connected app. It also appears when a session simply expired.',
        fix: [
            {
                kind: 'apiAccessControl',
                text: 'API Access Control is switched on by Salesforce Support; Setup then shows an “API Access Control” page.'
            },
            { kind: 'install', text: 'Install the app so it can be allowlisted.' },
            {
                kind: 'grants',
                text: 'Set Permitted Users to “Admin approved users are pre-authorized” and grant the app to the users through a permission set.'
            },
            {
                kind: 'text',
                text: 'Only if needed for specific users: “Use Any API Client” bypasses API Access Control (it no longer lets users approve uninstalled apps). If API Access Control is off, the session expired: reconnect.'
            }
        ],
        source: DECODER_SOURCES.apiAccessControlSession
    },
    // -- Jetstream's own messages (after Salesforce's, which they wrap) ------------------------------------------
    {
        id: 'jetstream.inactivity-expired',
        title: 'Jetstream: connection ended after 30 days without use',
        matchers: [/ended this connection because the org was not used/i, /will end this connection in \d{1,4} days?/i],
        examples: [
            'Salesforce ended this connection because the org was not used for 30 days. Reconnect the org to continue using it.',
            'Salesforce ended this connection because the org was not used in Jetstream for 30 days. Reconnect the org to continue using it, or remove it if you no longer need it.',
            'Salesforce will end this connection in 5 days unless the org is used.'
        ],
        cause: `Jetstream’s message for an org connection unused for ${IDLE_LIMIT_DAYS} days: Jetstream’s connected apps limit an unused refresh token to ${IDLE_LIMIT_DAYS} days, so Jetstream drops the saved connection after that time. Jetstream calls it Salesforce’s limit; Salesforce documents it as an option the app’s developer turns on (Jetstream did in August 2026), not a rule for every app, and the org’s own refresh token policy does not extend it.`,
        fix: [
            { kind: 'text', text: `The user reconnects the org in Jetstream. ${RECONNECT_NEEDS_INSTALL}` },
            { kind: 'install', text: 'Install the app before the user reconnects.', ways: ORG_CONNECTION_WAYS },
            {
                kind: 'text',
                text: `To keep a connection, use the org in Jetstream (or Jetstream’s Refresh All Orgs) at least once every ${IDLE_LIMIT_DAYS} days.`
            }
        ],
        source: DECODER_SOURCES.jetstreamInactivity
    },
    {
        id: 'jetstream.not-authorized',
        title: 'Jetstream for Salesforce: This org isn’t authorized',
        matchers: [/this org isn.?t authorized/i, /requires an active jetstream subscription/i],
        examples: [
            "This org isn't authorized Jetstream for Salesforce requires an active Jetstream subscription with access enabled, and this Salesforce org must be authorized in Jetstream."
        ],
        cause: 'Jetstream’s in-org package is running, but Jetstream has not authorized this org: it needs an active Jetstream subscription with access enabled for the org. Nothing in Setup changes it.',
        fix: [
            {
                kind: 'text',
                text: 'Ask the Jetstream team to authorize this org for your subscription (Jetstream’s page links to getjetstream.app).'
            }
        ],
        source: DECODER_SOURCES.jetstreamNotAuthorized
    },
    {
        id: 'jetstream.canvas-session',
        title: 'Jetstream for Salesforce: Your browsing session has ended or is invalid',
        matchers: [/error rendering canvas application/i, /your browsing session has ended or is invalid/i],
        examples: [
            'Oops, there was an error rendering Canvas application [Jetstream_Canvas]. Your browsing session has ended or is invalid. Please re-login to Salesforce.com again.'
        ],
        cause: 'Jetstream’s in-org package could not use the current Salesforce session. Jetstream’s docs: the user lacks API Enabled, or they reached Salesforce through another app (for example from Jetstream’s web or desktop app) instead of logging in directly.',
        fix: [
            API_ENABLED_STEP,
            { kind: 'text', text: 'The user logs in to Salesforce directly (or in a private window), then opens the app again.' },
            { kind: 'externalClientApp', text: 'The in-org package’s app:' }
        ],
        source: DECODER_SOURCES.jetstreamCanvasSession
    },
    {
        id: 'jetstream.connection-error',
        title: 'Jetstream: expired access/refresh token (any failed reconnect)',
        matchers: [
            /expired access\/refresh token/i,
            /there was a problem connecting your org/i,
            /unable to connect to your org, reconnect/i,
            /your org is no longer valid/i
        ],
        examples: [
            'expired access/refresh token',
            'There was a problem connecting your org, re-connect your org to fix it. If you recently did a sandbox refresh and have a new Organization Id, you will need to delete the old org. Message: expired access/refresh token',
            'Unable to connect to your org, reconnect to Salesforce to keep using this org.',
            'Your org is no longer valid. Reconnect this org to Salesforce.'
        ],
        cause: `Jetstream shows “expired access/refresh token” whenever Salesforce refuses to renew a saved connection, whatever Salesforce’s reason (Jetstream does not keep Salesforce’s answer), and also when a session ended. So it does not prove the token expired. The usual reasons: the refresh token expired (${IDLE_LIMIT_DAYS} days without use, or the app’s refresh token policy) or was revoked (by the user, an admin, an uninstall, or Salesforce freezing the user); the user is frozen or inactive; Login IP Ranges or Login Hours refuse Jetstream; the app is blocked; a refreshed sandbox has a new Organization Id.`,
        fix: [
            {
                kind: 'text',
                text: 'The user reconnects the org in Jetstream (Manage Orgs): if it fails, Salesforce’s real error shows on the page; paste its URL here.'
            },
            { kind: 'setup', page: 'users', text: 'Check the user in Setup > Users: active and not frozen.' },
            LOGIN_HISTORY_STATUS_STEP,
            { kind: 'install', text: RECONNECT_NEEDS_INSTALL, ways: ORG_CONNECTION_WAYS },
            {
                kind: 'text',
                text: 'After a sandbox refresh the org has a new Organization Id: remove the old org in Jetstream and connect the sandbox again.'
            }
        ],
        source: DECODER_SOURCES.jetstreamRefreshError
    },
    {
        id: 'oauth.invalid-grant',
        title: 'invalid_grant (other or no description)',
        matchers: [/\binvalid_grant\b/i],
        examples: ['invalid_grant', '{"error":"invalid_grant","error_description":"something else"}'],
        cause: 'Salesforce refused the grant (a login, an authorization code or a refresh token). The description that comes with invalid_grant says why; Salesforce’s documented ones are “expired access/refresh token”, “IP restricted or invalid login hours”, “invalid user credentials” and “authentication failure”, and “user hasn’t approved this consumer” is common. Without it the reason cannot be told: it is not necessarily an expired token.',
        fix: [PASTE_THE_URL_STEP, LOGIN_HISTORY_STATUS_STEP],
        source: DECODER_SOURCES.oauthFlowErrorsTable
    },
    // -- Jetstream's docs and generic pages: last, so anything more specific in the paste wins -----------------
    {
        id: 'oauth.app-not-approved',
        title: 'This app hasn’t been approved for use in this organization',
        matchers: [/this app hasn.?t been approved for use in this organi[sz]ation/i, /app has not been approved for use/i],
        examples: ["This app hasn't been approved for use in this organization"],
        cause: 'Jetstream’s docs give this message for an app that is not installed in the org, for a user who cannot approve uninstalled apps. (The wording is from Jetstream’s docs; it is not confirmed as Salesforce’s exact text.)',
        fix: [
            { kind: 'install', text: 'Install the app in this org.' },
            { kind: 'setup', page: 'oauthUsage', text: 'Or install it from Connected Apps OAuth Usage.' },
            { kind: 'grants', text: 'Then check Permitted Users and the grants.' }
        ],
        source: DECODER_SOURCES.jetstreamInstallTroubleshooting
    },
    {
        id: 'oauth.failed-to-complete-authorization',
        title: 'Failed to complete authorization',
        matchers: [/failed to complete authori[sz]ation/i],
        examples: ['Failed to complete authorization'],
        cause: 'Jetstream’s docs list this message for a refused authorization (usually the app is not installed, the user is not granted it, or API Access Control blocks it). Jetstream’s current code shows Salesforce’s own error instead, which names the exact cause.',
        fix: [
            PASTE_THE_URL_STEP,
            { kind: 'install', text: 'Check that the app is installed in this org.' },
            { kind: 'grants', text: 'Check that the user’s profile or a permission set is granted the app.' },
            { kind: 'apiAccessControl', text: 'Check that API Access Control is not blocking the app.' }
        ],
        source: DECODER_SOURCES.jetstreamInstallTroubleshooting
    },
    {
        id: 'oauth.approval-error-generic',
        title: 'OAUTH_APPROVAL_ERROR_GENERIC',
        matchers: [/\bOAUTH_APPROVAL_ERROR_GENERIC\b/i, /we can.?t authorize you because of an oauth error/i],
        examples: [
            "We can't authorize you because of an OAuth error. For more information, contact your Salesforce administrator. OAUTH_APPROVAL_ERROR_GENERIC : An unexpected error has occured during authentication. Please try again."
        ],
        cause: 'Salesforce’s generic page for a refused authorization. Since September 2025 the usual reason is an uninstalled connected app and a user without “Approve Uninstalled Connected Apps”; the exact reason is in the error_description parameter of the page’s URL.',
        fix: [
            PASTE_THE_URL_STEP,
            { kind: 'install', text: 'Most often the fix is to install the app in this org.' },
            { kind: 'grants', text: 'If it is installed, check Permitted Users and that the user is granted the app.' }
        ],
        source: DECODER_SOURCES.appNotInstalled
    },
    {
        id: 'jetstream.authentication-error',
        title: 'Jetstream: There was an error authenticating with Salesforce.',
        matchers: [/there was an error authenticating with salesforce/i, /there was an unknown error authenticating your account/i],
        examples: ['There was an error authenticating with Salesforce.'],
        cause: 'Jetstream’s message when a connection failed and Salesforce gave no description (when Salesforce gives one, Jetstream shows it after this sentence, and the decoder reads that instead).',
        fix: [
            {
                kind: 'text',
                text: 'Ask the user for the heading above the message (Salesforce’s error code) or the full URL of the page from the address bar, and paste it here.'
            },
            LOGIN_HISTORY_STATUS_STEP
        ],
        source: DECODER_SOURCES.jetstreamAuthError
    }
];
