// Where each rule's fact comes from and since when it holds. Rules cite these; the generated rule catalog
// (docs) prints them, so a reader can check every claim against its source.
// effectiveDate: the date the fact took effect where a source states it (005132365: September 2025, 005228838:
// week of 2025-12-08, Jetstream's IPs: 2026-05-28, the idle limit Jetstream turned on for its apps:
// jetstreamapp/jetstream#1905, 2026-08-03; freezes by Salesforce: 005318944, 2026-04-24 for connected-app and API
// traffic; MFA for every employee login: 005321561, production from 2026-07-20). Reference pages without a date of
// their own (object reference, OAuth Usage, API Access Control, ECA pre-authorization) carry the date from which the
// fact matters for readiness: the September 2025 restriction, or the December 2025 change for the API Access Control
// pages. Login Hours: the guide page found is the Summer '18 edition (version 216.0) of the Security Implementation
// Guide; profile Login Hours long predate the restriction.
// A source whose author is neither Salesforce nor Jetstream (a vendor's knowledge base, an issue thread, public code)
// is titled "Secondary source", as in the decoder's patterns: the rule's "How we know" then says so.
import { IDLE_LIMIT_DAYS } from './facts';
import type { RuleSource } from './report';

export const SOURCES = {
    usageRestriction: {
        title: 'Salesforce Help 005132365: Prepare for Connected App Usage Restrictions Change (read in its copy of 2026-03-27, unchanged on these points)',
        url: 'https://help.salesforce.com/s/articleView?id=005132365&type=1',
        effectiveDate: '2025-09-01'
    },
    useAnyApiClientChange: {
        title: 'Salesforce Help 005228838: Use Any API Client no longer allows self-authorizing uninstalled connected apps (published 2025-11-17, updated 2025-11-24)',
        url: 'https://help.salesforce.com/s/articleView?id=005228838&type=1',
        effectiveDate: '2025-12-08'
    },
    idleRefreshTokenTtl: {
        title: 'Salesforce Help: Limit the Idle Refresh Token TTL in Connected Apps (“As an app developer, when you turn on this limit, it affects refresh token policies for your subscribers”): a setting of the app’s developer, which Jetstream turned on for its apps (jetstreamapp/jetstream#1905, merged 2026-08-03)',
        url: 'https://help.salesforce.com/s/articleView?id=xcloud.connected_app_limit_idle_ttl.htm&type=5',
        effectiveDate: '2026-08-03'
    },
    approveFieldAbsent: {
        title: 'Secondary source: j-schreiber/js-sf-cli-security-audit, test/libs/auditConfig.test.ts (“some permissions can be assigned … but they are NOT present in the permission set / profile describe. The most prominent example is the new CanApproveUninstalledApps permission”); Salesforce documents the permission (Help 005132365), not its absence',
        url: 'https://github.com/j-schreiber/js-sf-cli-security-audit/blob/40c3e7ef7f6886420e84195e2e76e34997ff2f99/test/libs/auditConfig.test.ts',
        effectiveDate: '2025-09-01'
    },
    partnerOauthRequirements: {
        title: 'Salesforce ISVforce Guide: Secure Your Connected Apps and External Client Apps (partner apps in more than two production orgs: PKCE and refresh token rotation by 2026-05-11)',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.packagingGuide.meta/packagingGuide/secure_code_ac_eca.htm',
        effectiveDate: '2026-05-11'
    },
    containmentVpn: {
        title: 'Salesforce Help 005318944: Preventing Connections from Anonymizing VPNs, Proxies and High-Risk IP Addresses (published 2026-05-05: from 2026-04-24, connected-app and API traffic from such addresses freezes the user and revokes all their OAuth refresh tokens)',
        url: 'https://help.salesforce.com/s/articleView?id=005318944&type=1',
        effectiveDate: '2026-04-24'
    },
    containmentAnomaly: {
        title: 'Salesforce Help 005319571: Extended Login Anomaly Detections and Containment (published 2026-04-29: applied early April 2026, the user is frozen and their access and refresh tokens revoked)',
        url: 'https://help.salesforce.com/s/articleView?id=005319571&type=1',
        effectiveDate: '2026-04-01'
    },
    userLoginObject: {
        title: 'Salesforce Object Reference: UserLogin (IsFrozen: “If a user’s account is frozen, they can’t log in”; reading it needs Manage Users)',
        url: 'https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-userlogin.html',
        effectiveDate: '2025-09-01'
    },
    loginStatusValues: {
        title: 'Salesforce Object Reference: Login Event Type — LOGIN_STATUS Values (“Restricted IP”, “Restricted time”, “Failed: IP Address Not Allowed”, “User is frozen”: the texts Login History shows; its capitalisation varies, so the check compares without case)',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_eventlogfile_login_status.htm',
        effectiveDate: '2025-09-01'
    },
    profileLoginRestrictions: {
        title: 'Salesforce Metadata API Developer Guide: Profile (loginIpRanges and loginHours are profile metadata; no SOQL object for them is documented and LoginIpRange is not in the describe, so the check cannot read them)',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_profile.htm',
        effectiveDate: '2025-09-01'
    },
    mfaAllUsers: {
        title: 'Salesforce Help 005321561: Prepare for MFA Enforcement for All Employee Users (published 2026-05-05: every employee login, direct or single sign-on; sandboxes from 2026-06-22, production from 2026-07-20, each staggered)',
        url: 'https://help.salesforce.com/s/articleView?id=005321561&type=1',
        effectiveDate: '2026-07-20'
    },
    mfaPrivileged: {
        title: 'Salesforce Help 005321563: Prepare for Phishing-Resistant MFA Enforcement for Privileged Users including Admins (System Administrator profile, Modify All Data, View All Data, Customize Application or Author Apex; sandboxes from 2026-06-22, production from 2026-07-01)',
        url: 'https://help.salesforce.com/s/articleView?id=005321563&type=1',
        effectiveDate: '2026-07-01'
    },
    jetstreamFreshLogin: {
        title: 'Jetstream (jetstreamapp/jetstream at 5bf9e9b, 2026-08-22; libs/auth/salesforce-oauth/src/lib/salesforce-oauth.ts, last changed 2026-03-28): every connect asks Salesforce for a fresh login (prompt=login)',
        url: 'https://github.com/jetstreamapp/jetstream/blob/5bf9e9b43bc0c97c40e3f6aadda06714312d6f56/libs/auth/salesforce-oauth/src/lib/salesforce-oauth.ts',
        effectiveDate: '2026-03-28'
    },
    jetstreamInstallPageUseAny: {
        title: 'Jetstream docs: Connecting Jetstream to Salesforce (jetstreamapp/jetstream at 5bf9e9b, 2026-08-22: install-connected-app.mdx, unchanged since 2025-11-10, still lists Use Any API Client as a permission that “bypasses all restrictions”)',
        url: 'https://github.com/jetstreamapp/jetstream/blob/5bf9e9b43bc0c97c40e3f6aadda06714312d6f56/apps/docs/docs/getting-started/install-connected-app.mdx',
        effectiveDate: '2025-11-10'
    },
    notApprovedForAccess: {
        title: 'Salesforce Help 000212208: LoginHistory status "Failed: Not approved for access"',
        url: 'https://help.salesforce.com/apex/HTViewSolution?id=000212208&language=en_US',
        effectiveDate: '2025-09-01'
    },
    manageOauthUsage: {
        title: 'Salesforce Help: Monitor Usage of Connected Apps (Connected Apps OAuth Usage)',
        url: 'https://help.salesforce.com/apex/HTViewHelpDoc?id=xcloud.connected_app_manage_current_sessions.htm',
        effectiveDate: '2025-09-01'
    },
    apiAccessControl: {
        title: 'Salesforce Help: API Access Control',
        url: 'https://help.salesforce.com/s/articleView?id=xcloud.security_api_access_control_about.htm',
        effectiveDate: '2025-12-08'
    },
    ecaPreAuthorization: {
        title: 'Salesforce Help: Manage Pre-Authorized User Access to External Client Apps',
        url: 'https://help.salesforce.com/apex/HTViewHelpDoc?id=xcloud.preauth_user_app_access_through_eca.htm',
        effectiveDate: '2025-12-08'
    },
    matchProductionLicenses: {
        title: 'Salesforce Help 000386961: Match Production Licenses to Sandbox without a Refresh',
        url: 'https://help.salesforce.com/s/articleView?id=000386961&type=1',
        effectiveDate: '2025-09-01'
    },
    jetstreamInstall: {
        title: 'Jetstream docs: Connecting Jetstream to Salesforce',
        url: 'https://docs.getjetstream.app/install-connected-app',
        effectiveDate: '2025-09-01'
    },
    jetstreamIpAddresses: {
        title: 'Jetstream docs: Jetstream IP addresses (74.220.50.22-24 since 2026-05-28)',
        url: 'https://github.com/jetstreamapp/jetstream/blob/main/apps/docs/docs/getting-started/_ip-address-ranges.mdx',
        effectiveDate: '2026-05-28'
    },
    jetstreamTroubleshooting: {
        title: 'Jetstream docs: troubleshooting connections (High Assurance sessions and frontdoor login)',
        url: 'https://github.com/jetstreamapp/jetstream/blob/main/apps/docs/docs/getting-started/_org-troubleshooting-table.mdx',
        effectiveDate: '2025-09-01'
    },
    permissionSetObjects: {
        title: 'Salesforce Object Reference: PermissionSet, PermissionSetGroup, PermissionSetAssignment',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_permissionset.htm',
        effectiveDate: '2025-09-01'
    },
    objectReference: {
        title: 'Salesforce Object Reference: who may read OauthToken, LoginHistory, PermissionSet and SetupEntityAccess',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_oauthtoken.htm',
        effectiveDate: '2025-09-01'
    },
    jetstreamRequiredPermissions: {
        title: 'Jetstream docs: Required Salesforce Permissions (API Enabled to connect any org)',
        url: 'https://docs.getjetstream.app/required-permissions',
        effectiveDate: '2025-09-01'
    },
    loginHours: {
        title: 'Salesforce Security Implementation Guide (Summer ’18 edition, v216.0): View and Edit Login Hours in the Enhanced Profile User Interface (per profile; Setup > Profiles > <profile> > Login Hours). The Login History status “Restricted time” is listed in the Object Reference’s LOGIN_STATUS values',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.216.0.securityImplGuide.meta/securityImplGuide/users_profiles_epui_login_hours_edit.htm',
        effectiveDate: '2025-09-01'
    },
    jetstreamLoginWithSalesforce: {
        title: 'Jetstream docs: Team Management (login with Salesforce requires a production environment; app “Jetstream Auth”)',
        url: 'https://docs.getjetstream.app/team-management',
        effectiveDate: '2025-09-01'
    },
    sandboxNewOrgId: {
        title: 'Salesforce Help: Servers and IDs (“The org ID of the sandbox changes each time it’s refreshed.”)',
        url: 'https://help.salesforce.com/s/articleView?id=platform.data_sandbox_servers_and_ids.htm&type=5',
        effectiveDate: '2025-09-01'
    },
    sandboxLoginHistory: {
        title: 'Salesforce Help: Other Service Differences (login history is not copied to a sandbox)',
        url: 'https://help.salesforce.com/s/articleView?id=platform.data_sandbox_other_service_differences.htm&type=5',
        effectiveDate: '2025-09-01'
    },
    jetstreamSandboxRefresh: {
        title: 'Jetstream (jetstreamapp/jetstream, OrgSelectionRequired.tsx): “If you recently did a sandbox refresh and have a new Organization Id, you will need to delete the old org.”',
        url: 'https://github.com/jetstreamapp/jetstream/blob/main/libs/shared/ui-core/src/orgs/OrgSelectionRequired.tsx',
        effectiveDate: '2026-08-22'
    },
    salesforceClientApps: {
        title: 'Salesforce ISVforce Guide (Winter ’19), Manage a Connected App: “Salesforce automatically installs them in your org … in two managed packages”',
        url: 'https://developer.salesforce.com/docs/atlas.en-us.218.0.packagingGuide.meta/packagingGuide/connected_app_manage.htm',
        effectiveDate: '2025-09-01'
    },
    appMenuItemNotInstalled: {
        title: 'PipedreamHQ/pipedream#21557 (secondary): OauthToken.AppMenuItemId is null for a connected app that is not installed, set once it is',
        url: 'https://github.com/PipedreamHQ/pipedream/issues/21557',
        effectiveDate: '2026-07-30'
    },
    salesforceCliUninstalled: {
        title: 'forcedotcom/cli#3368 (Salesforce): “The Salesforce CLI connected app is uninstalled by default”',
        url: 'https://github.com/forcedotcom/cli/issues/3368',
        effectiveDate: '2025-08-22'
    },
    soqlDateFunctions: {
        title: 'Salesforce SOQL and SOSL Reference: Date Functions (DAY_ONLY, convertTimezone in GROUP BY)',
        url: 'https://developer.salesforce.com/docs/platform/salesforce-soql-sosl/guide/sforce-api-calls-soql-select-date-functions.html',
        effectiveDate: '2025-09-01'
    },
    customMetadataUpgrade: {
        title: 'Salesforce Developer Guide: Upgrade a Version of an Unlocked Package (only components in the package version are installed or overwritten)',
        url: 'https://developer.salesforce.com/docs/platform/sfdx-dev/guide/sfdx-dev-unlocked-pkg-install-pkg-upgrade.html',
        effectiveDate: '2025-09-01'
    }
} satisfies Record<string, RuleSource>;

/** Why Jetstream Auth is production-only, with its source, for the user chain and the way verdict. */
export const LOGIN_WITH_SALESFORCE_PRODUCTION_ONLY =
    'Jetstream’s docs (Team Management) say logging in with Salesforce requires a production org';

/** Help 005132365: uninstalled apps using the OAuth 2.0 device flow are blocked even for users who authorized them
 * before. Jetstream's page (SOURCES.jetstreamInstall) says Jetstream uses standard OAuth 2.0, not the device flow. Said wherever the
 * engine says existing authorizations keep working. */
export const DEVICE_FLOW_EXCEPTION = '(except apps that use the OAuth 2.0 device flow; Jetstream’s docs say it does not)';

/** What ends an existing authorization, said wherever the engine says one keeps working: Jetstream's 30-day idle limit
 * (SOURCES.idleRefreshTokenTtl), an uninstall ("the access and refresh tokens of all the app's users are removed", ISVforce
 * Guide: Uninstall a Connected App), a user's or an admin's revoke, and, since April 2026, Salesforce freezing the user
 * (SOURCES.containmentVpn, SOURCES.containmentAnomaly: all their refresh tokens are revoked). */
export const TOKEN_ENDS = `until it goes ${IDLE_LIMIT_DAYS} days unused (the idle limit Jetstream set on its apps) or is revoked: by the user, by an admin, or by Salesforce, which since April 2026 revokes every refresh token of a user it freezes`;

/** Jetstream's install page and Salesforce disagree on Use Any API Client (SOURCES.jetstreamInstallPageUseAny,
 * SOURCES.useAnyApiClientChange): what is true today and why, said in the bypass section and the finding's How we know. */
export const USE_ANY_JETSTREAM_DIFFERS =
    'Jetstream’s page “Connecting Jetstream to Salesforce” still lists Use Any API Client as a permission that bypasses all restrictions (unchanged since 2025-11-10). Salesforce changed it the week of 2025-12-08: it no longer lets anyone self-authorize a connected app that is not installed. This check follows Salesforce.';

/** The end of the Login Hours fix step (after "Setup > Profiles > <profile> > "), for the rule and the decoder alike. */
export const LOGIN_HOURS_STEP_END = 'Login Hours: widen the hours, or click Clear all times to allow logging in at any time.';
