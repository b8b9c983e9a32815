/**
 * The org snapshot contract, schema version 2.
 *
 * This file is the single source of the shape that the Apex org reader (JSR_ReadinessSnapshot.cls and
 * friends) serialises with JSON.serialize, that the fixtures under samples/ hold, and that the engine,
 * the tab, the local preview and the command-line report consume. schema/org-snapshot.schema.json is
 * GENERATED from these types (npm run schema); a contract test compares the Apex DTO properties with it.
 *
 * Conventions
 * - Every property is always present; "unknown" is null, never an absent key (JSON.serialize keeps nulls).
 * - Dates are ISO-8601 strings as Apex serialises them ("2026-11-29T04:20:00.000Z", or "2026-11-29").
 * - Raw Salesforce values are passed through unchanged (field names are cited per property); the readiness
 *   engine interprets them. Apex does not decide anything.
 * - Every section reads independently: a failed or forbidden query sets that section's status and
 *   leaves the rest of the snapshot intact.
 * - Every response stays under 1 MB of JSON at the reader's caps (docs/performance.md): a list the engine only counts
 *   is sent as counts (API Enabled holders, token uses), and every list has a cap.
 *
 * - What cannot come from an org is rejected, by the schema (the CLI's ajv) and by the engine's parser (the tab): a
 *   count that is negative, fractional or beyond an Apex Integer, a date that is not an ISO date-time, an Id that is
 *   not one, a My Domain that is not an https origin, and two rows with the same key in one list (@uniqueBy: the
 *   properties that identify a row). The value types below carry these constraints into the generated schema and,
 *   through it, into contractFields.ts, the list the engine's parser checks.
 *
 * Version 2: authorizations are per app (token uses and a sample) instead of one row per token, and the holders of
 * API Enabled only are counted instead of listed.
 */

export const SNAPSHOT_SCHEMA_VERSION = 2;

/** A count or number as an Apex Integer holds it: a whole number from 0 to 2,147,483,647.
 * @asType integer
 * @minimum 0
 * @maximum 2147483647 */
export type Count = number;

/** An ISO 8601 date-time as JSR_ReadinessValues.iso writes a Datetime, e.g. "2026-11-29T04:20:00.000Z". Every date the
 * reader reads is a Datetime field (ExpirationDate and TrialExpirationDate included, per the objects' describe).
 * @format date-time */
export type DateTimeText = string;

/** A Salesforce record Id, 15 or 18 characters.
 * @pattern ^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$ */
export type SalesforceId = string;

/** An ISO 8601 calendar day as JSR_ReadinessValues.iso writes a Date, e.g. "2026-11-29" (DAY_ONLY in SOQL).
 * @pattern ^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$ */
export type DayText = string;

/** "https://" and a host name, nothing else: what the reader builds from a DomainCreator host name.
 * @pattern ^https://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$ */
export type HttpsOrigin = string;

/** ok: read in full. partial: read, but capped or some optional field absent (see reason). unavailable: not read. */
export type SectionStatus = 'ok' | 'partial' | 'unavailable';

/** One independently read part of the snapshot. */
export interface Section<T> {
    status: SectionStatus;
    /** Why the section is partial or unavailable, in words an admin can act on; null when ok. */
    reason: string | null;
    /** Org permissions the running user lacks for this section, as API names, e.g. "PermissionsCustomizeApplication". */
    missingPermissions: string[];
    /** Fields absent from this org's describe, e.g. "PermissionSet.PermissionsCanApproveUninstalledApps"; or a whole
     * object that could not be queried (not queryable per describe, or its query failed), e.g.
     * "ExternalClientApplication". Whatever depends on a named field or object is "cannot determine". */
    missingFields: string[];
    /** True when a row cap was reached and the data is a prefix of what exists. */
    truncated: boolean;
    /** null when unavailable. */
    data: T | null;
}

// Named list types keep the generated schema's definition names stable (Section<AppInstallList>).
/** @uniqueBy developerName */
export type CatalogEntryList = CatalogEntry[];
/** @uniqueBy catalogName */
export type AppInstallList = AppInstall[];
/** One entry per app, assignable and path (direct, or through one component set of a group).
 * @uniqueBy catalogName appId grantedTo.permissionSetId via componentPermissionSetName */
export type AppGrantList = AppGrant[];
/** A user may hold several tokens of one app: rows have no key. */
export type OauthTokenRowList = OauthTokenRow[];
/** One entry per OauthToken.AppName.
 * @uniqueBy appName */
export type AppTokensList = AppTokens[];
/** @uniqueBy application status userId */
export type SignInOutcomeList = SignInOutcome[];
/** @uniqueBy application status userId */
export type SignInRefusalList = SignInRefusal[];
/** @uniqueBy assignable.permissionSetId */
export type UserAssignmentList = UserAssignment[];
/** One entry per OauthToken.AppName.
 * @uniqueBy appName */
export type AppInUseList = AppInUse[];

export interface OrgSnapshot {
    schemaVersion: 2;
    /** When Apex read the snapshot (System.now()). */
    capturedAt: DateTimeText;
    /** Facts about the reader itself, for support and for the SOQL budget. */
    reader: ReaderInfo;
    org: Section<OrgInfo>;
    runningUser: Section<RunningUserInfo>;
    catalog: Section<CatalogEntryList>;
    apps: Section<AppInstallList>;
    grants: Section<AppGrantList>;
    permissionHolders: Section<PermissionHolders>;
    /** The tokens of every app, grouped by OauthToken.AppName (the engine keeps the catalog's). */
    authorizations: Section<AppTokensList>;
    signIns: Section<SignInOutcomeList>;
    /** Active frozen users and which of them signed in to a catalog app lately (needs Manage Users: UserLogin). */
    frozenUsers: Section<FrozenUsers>;
    /** Sign-ins to catalog apps refused by Login IP Ranges, Login Hours or an app's IP restrictions, per user and profile. */
    signInRefusals: Section<SignInRefusalList>;
    /** Every app the org's users hold OAuth tokens for, installed or not (read by the activity call, getActivity;
     * getSnapshot alone reports it unavailable, "not read"). */
    appsInUse: Section<AppInUseList>;
    /** Failed sign-ins per day, application and status (read by the activity call, like appsInUse). */
    signInDays: Section<SignInDays>;
}

export interface ReaderInfo {
    /** The Apex class that produced the snapshot (or "fixture" / "generator" for samples). */
    source: string;
    /** Limits.getQueries() at the end of the read. */
    soqlQueries: Count;
    /** Limits.getQueryRows() at the end of the read. */
    queryRows: Count;
    /** Row caps the reader applied, so the engine can say "at least N". */
    caps: ReaderCaps;
}

export interface ReaderCaps {
    /** OauthToken rows read at most (the platform serves at most 2,500 through queryMore). */
    oauthTokens: Count;
    /** PermissionSet rows (profiles, permission sets, group aggregates) read at most. */
    permissionSets: Count;
    /** Sample users read per holder of a bypass permission. */
    holderSampleUsers: Count;
    /** LoginHistory groups (application x status) read at most. */
    signInGroups: Count;
    /** Frozen active users read at most (User with a semi-join on UserLogin). */
    frozenUsers: Count;
    /** LoginHistory groups (user x application x status, ordered by status) read at most for the refusals. */
    refusalGroups: Count;
    /** LoginHistory groups (day x application x status) read at most per window of the activity call. */
    signInDayGroups: Count;
}

// ---------------------------------------------------------------------------------------------------
// org
// ---------------------------------------------------------------------------------------------------

export interface OrgInfo {
    /** Organization.Id */
    id: SalesforceId;
    /** Organization.Name */
    name: string;
    /** Organization.OrganizationType (label "Edition"), e.g. "Enterprise Edition", "Developer Edition". */
    edition: string;
    /** Organization.IsSandbox */
    isSandbox: boolean;
    /** Organization.InstanceName, e.g. "USA123". */
    instanceName: string | null;
    /** Organization.TrialExpirationDate; set on scratch and trial orgs. */
    trialExpirationDate: DateTimeText | null;
    /** "https://" + DomainCreator.getOrgMyDomainHostname(), e.g. "https://acme.my.salesforce.com". */
    myDomainUrl: HttpsOrigin;
    /** "https://" + DomainCreator.getLightningHostname(), for absolute Setup links in exports. */
    lightningUrl: HttpsOrigin | null;
}

// ---------------------------------------------------------------------------------------------------
// running user
// ---------------------------------------------------------------------------------------------------

export interface RunningUserInfo {
    userId: SalesforceId;
    username: string;
    name: string;
    /** One row per org permission the reader checks (UserPermissionAccess), held or not.
     * @uniqueBy name */
    permissions: PermissionCheck[];
}

export interface PermissionCheck {
    /** Field API name on UserPermissionAccess / PermissionSet, e.g. "PermissionsViewSetup". */
    name: string;
    held: boolean;
}

// ---------------------------------------------------------------------------------------------------
// catalog (Custom Metadata Types JSR_App__mdt and, for the admin's usage choice, JSR_App_Usage__mdt)
// ---------------------------------------------------------------------------------------------------

export type AppKind = 'ConnectedApp' | 'ExternalClientApp';

/** The way of connecting to Jetstream an app serves; null for apps an org added to its own catalog. */
export type WayId = 'web' | 'desktop' | 'loginWithSalesforce' | 'inOrgPackage';

/** Whether this org uses an app: the picklist values of JSR_App__mdt.Default_Usage__c and JSR_App_Usage__mdt.Usage__c. */
export type UsageSetting = 'expected' | 'notUsed';

/** Whether an org uses an app, as configured: the package's default and the admin's choice, each with where it is set. */
export interface UsageConfig {
    /** JSR_App__mdt.Default_Usage__c: the default the package ships (packaged: an upgrade resets it). null when empty. */
    packageDefault: UsageSetting | null;
    /** JSR_App_Usage__mdt.Usage__c of the record whose DeveloperName is this entry's developerName: an admin's choice, in
     * a type the package ships without records, so an upgrade leaves it alone. null when the org has no such record. */
    adminChoice: UsageSetting | null;
    /** Id of that JSR_App_Usage__mdt record, for a link to it; null without one. */
    adminRecordId: SalesforceId | null;
}

export interface CatalogEntry {
    /** JSR_App__mdt.DeveloperName, stable key used across the snapshot. */
    developerName: string;
    /** JSR_App__mdt.MasterLabel, e.g. "Jetstream Desktop". */
    label: string;
    kind: AppKind;
    /** Names to match against ConnectedApplication.Name / ExternalClientApplication.MasterLabel or
     * DeveloperName / OauthToken.AppName / LoginHistory.Application, compared case-insensitively. */
    matchNames: string[];
    way: WayId | null;
    /** What the app is for, in one sentence an admin reads. */
    purpose: string;
    /** app_id of the manual install link (AppInstallApprovalPage.apexp), e.g. "0Ci4S000000CaUB". */
    installAppId: string | null;
    /** app_org_id of the manual install link, e.g. "00D4S000000pHDF". */
    installAppOrgId: string | null;
    /** The app's documented outbound IP addresses, if it calls Salesforce from fixed servers. */
    egressIps: string[];
    sortOrder: number;
    /** Whether this org uses the app, as configured (evidence is the engine's to weigh). */
    usage: UsageConfig;
}

// ---------------------------------------------------------------------------------------------------
// apps: one entry per catalog entry, installed or not
// ---------------------------------------------------------------------------------------------------

export interface AppInstall {
    /** CatalogEntry.developerName */
    catalogName: string;
    /** A ConnectedApplication / ExternalClientApplication row matched one of the catalog names. false means no row
     * was seen: when this section's missingFields names ExternalClientApplication (or one of its fields), an External
     * Client App's install cannot be determined, and false is not "not installed". */
    installed: boolean;
    objectType: 'ConnectedApplication' | 'ExternalClientApplication' | null;
    /** Id of the matched row (0H4... for connected apps, 0xI... for external client apps). */
    id: SalesforceId | null;
    /** ConnectedApplication.Name or ExternalClientApplication.MasterLabel of the matched row. */
    name: string | null;
    createdDate: DateTimeText | null;
    lastModifiedDate: DateTimeText | null;
    /** ConnectedApplication.OptionsAllowAdminApprovedUsersOnly: true = "Admin approved users are
     * pre-authorized", false = "All users may self-authorize". null for ECAs and when not installed. */
    optionsAllowAdminApprovedUsersOnly: boolean | null;
    /** ConnectedApplication.OptionsRefreshTokenValidityMetric: true = expiry by inactivity, false = by lifetime. */
    optionsRefreshTokenValidityMetric: boolean | null;
    /** ConnectedApplication.RefreshTokenValidityPeriod (unit not exposed by the API). */
    refreshTokenValidityPeriod: Count | null;
    /** ConnectedApplication.OptionsHasSessionLevelPolicy: High Assurance session required. */
    optionsHasSessionLevelPolicy: boolean | null;
    /** ECA only (ExtlClntAppOauthPlcyCnfg); null for connected apps or when the policy is not readable. */
    ecaPolicy: EcaOauthPolicy | null;
}

/** ExtlClntAppOauthPlcyCnfg values, raw. */
export interface EcaOauthPolicy {
    /** e.g. "AdminApprovedPreAuthorized" or "AllSelfAuthorized". */
    permittedUsersPolicyType: string | null;
    /** e.g. "Enforce", "Bypass", "BypassTwoFactor", "EnforceRelaxRefresh". */
    ipRelaxationPolicyType: string | null;
    /** e.g. "Infinite", "Zero", "SpecificLifetime", "SpecificInactivity". */
    refreshTokenPolicyType: string | null;
    refreshTokenValidityPeriod: Count | null;
    /** e.g. "Hours", "Days", "Months". */
    refreshTokenValidityUnit: string | null;
    /** e.g. "STANDARD", "HIGH_ASSURANCE". */
    requiredSessionLevel: string | null;
}

// ---------------------------------------------------------------------------------------------------
// grants: which profiles / permission sets / groups are granted each installed app
// ---------------------------------------------------------------------------------------------------

export type AssignableKind = 'Profile' | 'PermissionSet' | 'PermissionSetGroup';

export interface AppGrant {
    catalogName: string;
    /** SetupEntityAccess.SetupEntityId */
    appId: SalesforceId;
    /** Who receives the app. For a grant on a permission set that sits in a group, one extra entry per
     * group is added with via = "group" and componentPermissionSetName naming the set that holds the grant. */
    grantedTo: Assignable;
    via: 'direct' | 'group';
    componentPermissionSetName: string | null;
}

export interface Assignable {
    /** PermissionSet.Id of the profile's / set's / group's permission set. */
    permissionSetId: SalesforceId;
    kind: AssignableKind;
    /** Profile.Name, PermissionSet.Name or PermissionSetGroup.DeveloperName. */
    name: string;
    /** Profile.Name, PermissionSet.Label or PermissionSetGroup.MasterLabel. */
    label: string;
    /** Profile.Id for profiles, PermissionSetGroup.Id for groups, else null. */
    parentId: SalesforceId | null;
    /** PermissionSet.IsCustom (false for standard profiles and standard permission sets). UNVERIFIED for profile-owned
     * sets: documented for permission sets, assumed to follow the profile (OrgCheck reads it so). */
    isCustom: boolean | null;
    /** PermissionSet.HasActivationRequired: session-based, grants nothing until activated. */
    hasActivationRequired: boolean;
    /** PermissionSetGroup.Status ("Updated", "Outdated", "Updating", "Failed") for groups, else null. */
    groupStatus: string | null;
    /** Active users assigned (COUNT of PermissionSetAssignment with Assignee.IsActive = true). */
    activeAssignees: Count;
    /** Of those, assignments with an ExpirationDate. */
    expiringAssignees: Count;
}

// ---------------------------------------------------------------------------------------------------
// permission holders
// ---------------------------------------------------------------------------------------------------

export interface PermissionHolders {
    /** Whether each optional permission field exists in this org's PermissionSet describe. When false,
     * the matching flag on every holder is null: "cannot determine", never "nobody". */
    fieldsAvailable: OptionalPermissionFields;
    /** Profiles, permission sets and groups holding Approve Uninstalled Connected Apps or Use Any API Client (every one
     * read), or Modify All Data or Customize Application (the ones with the most active assignees, up to a cap).
     * @uniqueBy assignable.permissionSetId */
    holders: PermissionHolder[];
    /** Every profile, permission set and group read that grants API Enabled, as counts: the engine only counts them. */
    apiEnabled: ApiEnabledHolders;
    /** A capped sample of active users holding one of the bypass permissions (a few per holder).
     * @uniqueBy userId permissionSetId */
    sampleUsers: HolderSampleUser[];
}

export interface ApiEnabledHolders {
    /** How many grant API Enabled, among those read (the section's truncated flag says whether that is all). */
    holders: Count;
    /** The sum of their active assignees, among those counted (a user assigned through two counts twice). */
    activeAssignees: Count;
    /** The ones with the most active assignees, at most 5, largest first.
     * @uniqueBy assignable.permissionSetId */
    largest: PermissionHolder[];
}

export interface OptionalPermissionFields {
    /** PermissionSet.PermissionsCanApproveUninstalledApps ("Approve Uninstalled Connected Apps"). */
    canApproveUninstalledApps: boolean;
    /** PermissionSet.PermissionsUseAnyApiClient ("Use Any API Client"; exists with API Access Control). */
    useAnyApiClient: boolean;
}

export interface PermissionHolder {
    assignable: Assignable;
    /** Profile.Name when the set is owned by a profile, else null. */
    profileName: string | null;
    apiEnabled: boolean;
    modifyAllData: boolean;
    customizeApplication: boolean;
    /** null when the field is absent from describe. */
    canApproveUninstalledApps: boolean | null;
    /** null when the field is absent from describe. */
    useAnyApiClient: boolean | null;
}

export interface HolderSampleUser {
    userId: SalesforceId;
    name: string;
    username: string;
    /** The holder (Assignable.permissionSetId) the assignment is through. */
    permissionSetId: SalesforceId;
    expirationDate: DateTimeText | null;
}

// ---------------------------------------------------------------------------------------------------
// existing authorizations (OauthToken) and sign-ins (LoginHistory)
// ---------------------------------------------------------------------------------------------------

/** One app's tokens (OauthToken rows sharing an AppName), most recently used first. */
export interface AppTokens {
    /** OauthToken.AppName, the label of the connected app. */
    appName: string;
    /** OauthToken.AppMenuItem.ApplicationId of the newest token; null when the app has no App Launcher entry (not
     * installed). */
    applicationId: SalesforceId | null;
    /** One entry per token: who holds it and when it was last used. */
    uses: TokenUse[];
    /** The most recently used tokens in full, at most 10: the ones the report names. */
    sample: OauthTokenRow[];
}

export interface TokenUse {
    /** OauthToken.UserId */
    userId: SalesforceId;
    /** OauthToken.LastUsedDate, or CreatedDate for a token never used; null when neither is set. */
    lastUse: DateTimeText | null;
}

export interface OauthTokenRow {
    /** OauthToken.AppName, the label of the connected app. */
    appName: string;
    /** OauthToken.AppMenuItem.ApplicationId; null when the app has no App Launcher entry (not installed). */
    applicationId: SalesforceId | null;
    userId: SalesforceId;
    /** User.Name. Not "userName": Apex is case-insensitive, so a DTO cannot hold both userName and username. */
    userFullName: string;
    username: string;
    createdDate: DateTimeText | null;
    lastUsedDate: DateTimeText | null;
    useCount: Count | null;
}

export interface SignInOutcome {
    /** LoginHistory.Application */
    application: string;
    /** LoginHistory.Status, e.g. "Success" or "Failed: Not approved for access". */
    status: string;
    /** null when the reader grouped without the user (aggregate over all users). */
    userId: SalesforceId | null;
    userName: string | null;
    attempts: Count;
    lastAttempt: DateTimeText | null;
}

// ---------------------------------------------------------------------------------------------------
// frozen users (UserLogin) and refused sign-ins (LoginHistory by status)
// ---------------------------------------------------------------------------------------------------

/** Frozen users: UserLogin.IsFrozen is true ("If a user's account is frozen, they can't log in, but their account isn't
 * deactivated", Object Reference UserLogin; reading it needs Manage Users). Salesforce freezes users itself since 2026
 * (help 005318944, 005319571) and then revokes every refresh token they hold. */
export interface FrozenUsers {
    /** Active users whose UserLogin.IsFrozen is true, at most ReaderCaps.frozenUsers (truncated beyond). */
    users: FrozenUserList;
    /** Those users' LoginHistory of the last 30 days for catalog apps, grouped by user, application and status: who of
     * them connects Jetstream, including users whose tokens the freeze revoked. */
    signIns: SignInOutcomeList;
}

/** @uniqueBy userId */
export type FrozenUserList = FrozenUser[];

export interface FrozenUser {
    userId: SalesforceId;
    /** User.Name */
    name: string;
    username: string;
    profileId: SalesforceId | null;
    profileName: string | null;
}

/** LoginHistory rows of the last 30 days for a catalog app whose Status is a refusal by Login IP Ranges, Login Hours or
 * the app's IP restrictions ("Restricted IP", "Restricted time", "Failed: IP Address Not Allowed"), grouped by user,
 * with the user's profile (User.ProfileId): which profiles refuse Jetstream. */
export interface SignInRefusal {
    /** LoginHistory.Application */
    application: string;
    /** LoginHistory.Status, raw. */
    status: string;
    userId: SalesforceId;
    /** User.Name; null when the user could not be read. Not "userName": Apex is case-insensitive (see OauthTokenRow). */
    userFullName: string | null;
    username: string | null;
    profileId: SalesforceId | null;
    profileName: string | null;
    attempts: Count;
}

// ---------------------------------------------------------------------------------------------------
// Activity (JSR_ReadinessController.getActivity): every app in use, and failed sign-ins per day
// ---------------------------------------------------------------------------------------------------

/** One app the org's users hold OAuth tokens for (every OauthToken.AppName, not only the catalog's), with what the org
 * shows about its install. */
export interface AppInUse {
    /** OauthToken.AppName, the label of the connected app. */
    appName: string;
    /** OauthToken.AppMenuItem.ApplicationId of the most recently used token that has an App Launcher entry; null when
     * no token has one, which public reports observe for apps that are not installed (not documented). */
    applicationId: SalesforceId | null;
    /** AppMenuItem.NamespacePrefix of that entry: the namespace of the package that installed the app, e.g.
     * "sf_com_apps" (Salesforce Connected Apps) or "sf_chttr_apps" (Salesforce and Chatter Apps); null when the entry
     * has none or there is no entry. */
    namespacePrefix: string | null;
    /** ConnectedApplication.Id of the connected app named appName (ConnectedApplication.Name); null when none. */
    connectedAppId: SalesforceId | null;
    /** Id of the External Client App whose MasterLabel or DeveloperName is appName; null when none, or when External
     * Client Apps could not be read (the section's missingFields then names the object). */
    externalClientAppId: SalesforceId | null;
    /** OauthToken rows of the app. */
    tokens: Count;
    /** The most recent OauthToken.LastUsedDate (CreatedDate for a token never used) of its tokens; null without either. */
    lastUsed: DateTimeText | null;
    /** The users holding its tokens (OauthToken.UserId), each once: who will be refused is counted from them (the ids
     * alone: 2,500 tokens stay under 60 KB). */
    userIds: SalesforceId[];
}

/** Failed sign-ins per day (LoginHistory grouped by DAY_ONLY(convertTimezone(LoginTime)), Application and Status, in
 * the running user's time zone), every application, the successes left out. Applications and statuses are sent once
 * and referred to by position, so 4,000 groups stay under 200 KB. */
export interface SignInDays {
    /** The reads, newest first: one LoginHistory query per window of days, each capped at ReaderCaps.signInDayGroups
     * groups, newest day first. */
    windows: SignInWindow[];
    /** LoginHistory.Application values the failures name. */
    applications: string[];
    /** LoginHistory.Status values of the failures (anything but "Success"). */
    statuses: string[];
    /** @uniqueBy day application status */
    failures: FailedSignInDay[];
}

export interface SignInWindow {
    /** First and last day the window asked for. */
    firstDay: DayText;
    lastDay: DayText;
    /** The window's query reached its cap: days before oldestDayRead are missing and oldestDayRead is partial. */
    truncated: boolean;
    /** The oldest day among the groups read (successes included); null when the window had none. */
    oldestDayRead: DayText | null;
}

export interface FailedSignInDay {
    day: DayText;
    /** Position in SignInDays.applications. */
    application: Count;
    /** Position in SignInDays.statuses. */
    status: Count;
    attempts: Count;
}

/** What the activity call (JSR_ReadinessController.getActivity) returns: the OrgSnapshot sections it reads, merged into
 * the snapshot (parse.ts, withActivity). It is read beside getSnapshot, so each call keeps its SOQL budget and the first
 * verdict does not wait for it. */
export interface ActivityFacts {
    schemaVersion: 2;
    capturedAt: DateTimeText;
    reader: ReaderInfo;
    frozenUsers: Section<FrozenUsers>;
    signInRefusals: Section<SignInRefusalList>;
    appsInUse: Section<AppInUseList>;
    signInDays: Section<SignInDays>;
}

// ---------------------------------------------------------------------------------------------------
// One user (JSR_ReadinessController.getUserFacts)
// ---------------------------------------------------------------------------------------------------

export interface UserFacts {
    schemaVersion: 2;
    capturedAt: DateTimeText;
    /** UserInfo.getOrganizationId(): the org the facts were read in, so facts are never checked against another org's
     * snapshot. */
    orgId: SalesforceId;
    reader: ReaderInfo;
    user: Section<UserInfo>;
    /** Every permission set assignment of the user, the profile's included. */
    assignments: Section<UserAssignmentList>;
    /** Catalog-app grants that reach this user (same shape as OrgSnapshot.grants, filtered to the user). The reader looks
     * the installed apps up again for this section: when it cannot query ExternalClientApplication it names it (or its
     * fields) in missingFields and returns no External Client App grant, which is "cannot determine", not "not granted". */
    grants: Section<AppGrantList>;
    authorizations: Section<OauthTokenRowList>;
    signIns: Section<SignInOutcomeList>;
    /** The user's UserLogin (read with the user, only when the running user has Manage Users). */
    userLogin: Section<UserLoginInfo>;
}

export interface UserLoginInfo {
    /** UserLogin.IsFrozen: the user cannot log in until an admin unfreezes them. */
    isFrozen: boolean;
}

export interface UserInfo {
    userId: SalesforceId;
    name: string;
    username: string;
    isActive: boolean;
    /** User.UserType, e.g. "Standard". */
    userType: string | null;
    profileId: SalesforceId | null;
    profileName: string | null;
}

export interface UserAssignment {
    assignable: Assignable;
    /** PermissionSetAssignment.ExpirationDate */
    expirationDate: DateTimeText | null;
    apiEnabled: boolean;
    modifyAllData: boolean;
    customizeApplication: boolean;
    canApproveUninstalledApps: boolean | null;
    useAnyApiClient: boolean | null;
}

/** A row of JSR_ReadinessController.searchUsers. */
export interface UserSearchResult {
    userId: SalesforceId;
    name: string;
    username: string;
    isActive: boolean;
    profileName: string | null;
}
