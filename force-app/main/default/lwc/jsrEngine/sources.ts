// Where each rule's fact comes from and since when it holds. Rules cite these; the generated rule catalog
// (docs) prints them, so a reader can check every claim against its source.
// effectiveDate: the date the fact took effect where a source states it (005132365: September 2025, 005228838:
// week of 2025-12-08, Jetstream's IPs: 2026-05-28, the idle limit on Jetstream's apps: jetstreamapp/jetstream#1905,
// 2026-08-03). Reference pages without a date of their own (object reference, OAuth Usage, API Access Control, ECA
// pre-authorization) carry the date from which the fact matters for readiness: the September 2025 restriction,
// or the December 2025 change for the API Access Control pages. Login Hours: the guide page found is the Summer '18
// edition (version 216.0) of the Security Implementation Guide; profile Login Hours long predate the restriction.
import type { RuleSource } from './report';

export const SOURCES = {
    usageRestriction: {
        title: 'Salesforce Help 005132365: Prepare for Connected App Usage Restrictions Change',
        url: 'https://help.salesforce.com/s/articleView?id=005132365&type=1',
        effectiveDate: '2025-09-01'
    },
    useAnyApiClientChange: {
        title: 'Salesforce Help 005228838: Use Any API Client no longer allows self-authorizing uninstalled connected apps',
        url: 'https://help.salesforce.com/s/articleView?id=005228838&type=1',
        effectiveDate: '2025-12-08'
    },
    idleRefreshTokenTtl: {
        title: 'Salesforce Help: Limit the Idle Refresh Token TTL in Connected Apps (enforced on Jetstream’s apps, jetstreamapp/jetstream#1905)',
        url: 'https://help.salesforce.com/s/articleView?id=xcloud.connected_app_limit_idle_ttl.htm&type=5',
        effectiveDate: '2026-08-03'
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
        title: 'Salesforce Security Implementation Guide (Summer ’18 edition, v216.0): View and Edit Login Hours in the Enhanced Profile User Interface (per profile; Setup > Profiles > <profile> > Login Hours). The LoginHistory status text “Restricted Time” is not in it: unverified',
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

/** The end of the Login Hours fix step (after "Setup > Profiles > <profile> > "), for the rule and the decoder alike. */
export const LOGIN_HOURS_STEP_END = 'Login Hours: widen the hours, or click Clear all times to allow logging in at any time.';
