// Links the findings point to: Setup pages (org-relative Lightning paths), the manual install link built from
// the org's My Domain and the catalog's app_id / app_org_id, and documentation.
import type { Link } from './report';
import type { CatalogEntry } from './snapshot';

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
    users: { label: 'Setup: Users', path: '/lightning/setup/ManageUsers/home', pathVerified: true }
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
 * catalog entry has no install ids or the org's My Domain is unknown. */
export function installLink(
    myDomainUrl: string | null,
    entry: Pick<CatalogEntry, 'label' | 'installAppId' | 'installAppOrgId'>
): Link | null {
    if (!myDomainUrl || !entry.installAppId || !entry.installAppOrgId) return null;
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
