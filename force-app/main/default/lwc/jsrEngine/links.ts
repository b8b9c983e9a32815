// Links the findings point to: Setup pages (org-relative Lightning paths), deep links to the thing itself (an app's
// Manage page, a permission set's assignments, a user), the manual install link built from the org's My Domain and
// the catalog's app_id / app_org_id, and documentation.
//
// Salesforce documents none of the Lightning Setup URL shapes. The deep links follow widely used public code:
// SalesforceLabs/OrgCheck (orgcheck-api-salesforcemanager-impl.ts: profiles, permission sets, groups, users),
// tprouvot/Salesforce-Inspector-reloaded (addon/popup.js, addon/links.js) and ronitnuguru/Package-Visualizer
// (inAppGuidanceCard.js: a permission set's Manage Assignments page). Each falls back to the list page when the Id is
// unknown. UNVERIFIED in an org (see README, "Unverified without an org").
import type { Link } from './report';
import { isSalesforceUrl } from './safeLinks';
import type { AppInstall, Assignable, CatalogEntry } from './snapshot';

export interface SetupPage {
    label: string;
    path: string;
    /** false: the Lightning path is our best reading and has not been confirmed in an org (see README). */
    pathVerified: boolean;
}

export const SETUP_LINKS = {
    connectedApps: { label: 'Setup: Manage Connected Apps', path: '/lightning/setup/ConnectedApplication/home', pathVerified: true },
    // Unverified: no public source gives the Lightning path of "Connected Apps OAuth Usage".
    oauthUsage: { label: 'Setup: Connected Apps OAuth Usage', path: '/lightning/setup/ConnectedAppsUsage/home', pathVerified: false },
    permissionSets: { label: 'Setup: Permission Sets', path: '/lightning/setup/PermSets/home', pathVerified: true },
    permissionSetGroups: { label: 'Setup: Permission Set Groups', path: '/lightning/setup/PermSetGroups/home', pathVerified: false },
    profiles: { label: 'Setup: Profiles', path: '/lightning/setup/EnhancedProfiles/home', pathVerified: true },
    apiAccessControl: { label: 'Setup: API Access Control', path: '/lightning/setup/ApiAccessControl/home', pathVerified: false },
    networkAccess: { label: 'Setup: Network Access', path: '/lightning/setup/SecurityNetworkAccess/home', pathVerified: true },
    sessionSettings: { label: 'Setup: Session Settings', path: '/lightning/setup/SecuritySession/home', pathVerified: true },
    loginHistory: { label: 'Setup: Login History', path: '/lightning/setup/OrgLoginHistory/home', pathVerified: true },
    sandboxes: {
        label: 'Setup: Sandboxes (in production)',
        path: '/lightning/setup/DataManagementCreateTestInstance/home',
        pathVerified: true
    },
    companyInformation: { label: 'Setup: Company Information', path: '/lightning/setup/CompanyProfileInfo/home', pathVerified: true },
    externalClientApps: {
        label: 'Setup: External Client App Manager',
        path: '/lightning/setup/ManageExternalClientApplication/home',
        pathVerified: false
    },
    users: { label: 'Setup: Users', path: '/lightning/setup/ManageUsers/home', pathVerified: true },
    // Unverified: the path follows public setup-link maps (sfdx-hardis and others), not Salesforce documentation.
    identityVerification: {
        label: 'Setup: Identity Verification',
        path: '/lightning/setup/IdentityVerification/home',
        pathVerified: false
    },
    customMetadata: { label: 'Setup: Custom Metadata Types', path: '/lightning/setup/CustomMetadata/home', pathVerified: false }
} satisfies Record<string, SetupPage>;

export type SetupPageId = keyof typeof SETUP_LINKS;

export function setupLink(page: SetupPageId, label?: string): Link {
    const target: SetupPage = SETUP_LINKS[page];
    return { label: label ?? target.label, url: target.path, kind: 'setup' };
}

export function docLink(label: string, url: string): Link {
    return { label, url, kind: 'doc' };
}

/** The manual install page (works even when the app is missing from Connected Apps OAuth Usage); null when the
 * catalog entry has no install ids or the org's My Domain is unknown or not an https address on Salesforce's domains
 * (only a crafted file has such a My Domain: the org reader takes it from DomainCreator). */
export function installLink(
    myDomainUrl: string | null,
    entry: Pick<CatalogEntry, 'label' | 'installAppId' | 'installAppOrgId'>
): Link | null {
    if (!myDomainUrl || !isSalesforceUrl(myDomainUrl) || !entry.installAppId || !entry.installAppOrgId) return null;
    const base = myDomainUrl.replace(/\/+$/, '');
    const query = `app_id=${encodeURIComponent(entry.installAppId)}&app_org_id=${encodeURIComponent(entry.installAppOrgId)}`;
    return { label: `Install ${entry.label}`, url: `${base}/identity/app/AppInstallApprovalPage.apexp?${query}`, kind: 'install' };
}

/** The Setup page that lists apps of this kind, e.g. "Setup: Manage Connected Apps". */
export function appSetupPageLabel(entry: Pick<CatalogEntry, 'kind'>): string {
    return entry.kind === 'ExternalClientApp' ? SETUP_LINKS.externalClientApps.label : SETUP_LINKS.connectedApps.label;
}

/** Where an app's policies (Permitted Users, refresh token, IP relaxation, session) are edited. */
export function manageLink(entry: Pick<CatalogEntry, 'kind' | 'label'>): Link {
    return entry.kind === 'ExternalClientApp'
        ? setupLink('externalClientApps', `Setup: External Client App Manager (${entry.label})`)
        : setupLink('connectedApps', `Setup: Manage Connected Apps (${entry.label})`);
}

/** Lightning Setup page of a classic Setup address ("/0PS..."): /lightning/setup/<Area>/page?address=<encoded>. */
function setupPage(area: string, address: string, label: string): Link {
    return { label, url: `/lightning/setup/${area}/page?address=${encodeURIComponent(address)}`, kind: 'setup' };
}

/** Salesforce Ids: 15 or 18 characters of [a-zA-Z0-9] (anything else is not put in a URL). */
function isId(id: string | null | undefined, prefix?: string): id is string {
    return !!id && /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(id) && (!prefix || id.startsWith(prefix));
}

/** The app's own page: a connected app's Manage page (policies, Edit Policies, Manage Profiles, Manage Permission Sets)
 * by its ConnectedApplication Id (0H4…); an External Client App, or an app whose Id is unknown, gets the list page. */
export function appPageLink(entry: Pick<CatalogEntry, 'kind' | 'label'>, install: Pick<AppInstall, 'id'> | null): Link {
    if (entry.kind === 'ConnectedApp' && isId(install?.id, '0H4')) {
        return setupPage(
            'ConnectedApplication',
            `/app/mgmt/forceconnectedapps/forceAppDetail.apexp?connectedAppId=${install.id}`,
            `Setup: ${entry.label} (Manage Connected Apps)`
        );
    }
    return manageLink(entry);
}

/** A profile's page, a permission set group's page, or a permission set's Manage Assignments page. */
export function assignableLink(a: Pick<Assignable, 'kind' | 'label' | 'permissionSetId' | 'parentId'>): Link {
    if (a.kind === 'Profile') return profileLink(a.parentId, a.label);
    if (a.kind === 'PermissionSetGroup') {
        return isId(a.parentId, '0PG')
            ? setupPage('PermSetGroups', `/${a.parentId}`, `Setup: permission set group “${a.label}”`)
            : setupLink('permissionSetGroups');
    }
    return isId(a.permissionSetId, '0PS')
        ? {
              label: `Setup: “${a.label}” assignments`,
              url: `/lightning/setup/PermSets/${a.permissionSetId}/PermissionSetAssignment/home`,
              kind: 'setup'
          }
        : setupLink('permissionSets');
}

/** A profile's page in Setup by its Id (00e…), where Login IP Ranges and Login Hours are edited; the list of profiles
 * when the Id is unknown. */
export function profileLink(profileId: string | null, name: string): Link {
    return isId(profileId, '00e') ? setupPage('EnhancedProfiles', `/${profileId}`, `Setup: profile “${name}”`) : setupLink('profiles');
}

/** The user's page in Setup (noredirect: the Setup user detail, not the Chatter profile). */
export function userLink(userId: string | null, name: string): Link {
    return isId(userId, '005')
        ? setupPage('ManageUsers', `/${userId}?noredirect=1&isUserEntityOverride=1`, `Setup: user ${name}`)
        : setupLink('users');
}

/** Where an admin changes whether the org uses an app: their JSR_App_Usage__mdt record, or the list of Custom Metadata
 * Types (Readiness App Usage → Manage Records → New). */
export function usageSettingLink(recordId: string | null): Link {
    return isId(recordId)
        ? setupPage('CustomMetadata', `/${recordId}`, 'Setup: your Readiness App Usage record')
        : setupLink('customMetadata', 'Setup: Custom Metadata Types (Readiness App Usage)');
}
