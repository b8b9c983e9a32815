// Snapshot -> normalised facts: one pass over every list, indexed by id with Maps, so the rules and verdicts never
// join lists with nested loops (the largest snapshot has 100k users behind 5k holders and 2,500 tokens).
import type { InstallState, PermittedUsers } from './report';
import type {
    UsageSetting,
    ApiEnabledHolders,
    AppGrant,
    AppInstall,
    AppTokens,
    Assignable,
    CatalogEntry,
    FrozenUser,
    HolderSampleUser,
    OauthTokenRow,
    OrgInfo,
    OrgSnapshot,
    PermissionHolder,
    Section,
    SignInOutcome,
    SignInRefusal
} from './snapshot';

/** More active users than this holding a bypass permission is "broad distribution". */
export const BROAD_HOLDER_THRESHOLD = 10;
/** The idle limit of the refresh tokens of Jetstream's apps: a setting of the app's developer ("As an app developer,
 * when you turn on this limit, it affects refresh token policies for your subscribers", help
 * connected_app_limit_idle_ttl), which Jetstream turned on (jetstreamapp/jetstream#1905, 2026-08-03). Not a rule for
 * every connected app: an app an org adds to the catalog (issue 17) needs its own value before this applies to it. */
export const IDLE_LIMIT_DAYS = 30;
const DAY_MS = 86_400_000;

/** The objects the reader queries for External Client Apps. When it cannot query one (not queryable in this org,
 * fields absent, query failed), it names the object or "Object.Field" in the apps section's missingFields
 * (JSR_ExternalClientAppReader.cls): the ECA entries are then "cannot determine", never "not installed". */
export const ECA_OBJECT = 'ExternalClientApplication';
export const ECA_POLICY_OBJECT = 'ExtlClntAppOauthPlcyCnfg';

/** The missingFields entries about one object: the object itself or one of its fields ("Object.Field"). */
export function missingEntriesOf(section: Section<unknown>, objectName: string): string[] {
    return section.missingFields.filter((f) => f === objectName || f.startsWith(`${objectName}.`));
}

export type SnapshotSectionName =
    | 'org'
    | 'runningUser'
    | 'catalog'
    | 'apps'
    | 'grants'
    | 'permissionHolders'
    | 'authorizations'
    | 'signIns'
    | 'frozenUsers'
    | 'signInRefusals';

export const SECTION_ORDER: readonly SnapshotSectionName[] = [
    'org',
    'runningUser',
    'catalog',
    'apps',
    'grants',
    'permissionHolders',
    'authorizations',
    'signIns',
    'frozenUsers',
    'signInRefusals'
];

export type RefreshPolicyKind = 'untilRevoked' | 'immediate' | 'lifetime' | 'inactivity' | 'unknown' | 'notInstalled';

export interface RefreshPolicy {
    kind: RefreshPolicyKind;
    period: number | null;
    /** "Hours" / "Days" / "Months" for external client apps; null when the API does not expose it (connected apps). */
    unit: string | null;
    /** The kind is read from an empty or zero RefreshTokenValidityPeriod, an encoding no document states. */
    encodingAssumed: boolean;
}

export interface AppFacts {
    entry: CatalogEntry;
    install: AppInstall | null;
    installState: InstallState;
    /** Why installState is cannotDetermine, in one sentence; null when it is known. */
    installUnknownReason: string | null;
    permittedUsers: PermittedUsers;
    /** Grants of this app; empty when the grants section is unavailable (see grantsReadable). */
    grants: AppGrant[];
    grantsReadable: boolean;
    /** The grants section was read in full (not partial, not capped): an empty list is proof of "no grant". */
    grantsComplete: boolean;
    /** Sum of active assignees over grants that grant something without activation (upper bound: a user assigned
     * through two grants counts twice). */
    effectiveAssignees: number;
    /** Tokens of this app. */
    tokenCount: number;
    /** The most recently used tokens in full (the reader sends at most 10 per app name), most recent first. */
    tokenSample: OauthTokenRow[];
    tokenUserIds: Set<string>;
    /** The names of the sample's users, most recent use first (tokenUserIds.size says how many hold one). */
    tokenUserNames: string[];
    lastTokenUse: string | null;
    /** Tokens unused for more than IDLE_LIMIT_DAYS at `now` (expired under the idle limit; see isLiveToken). */
    idleTokens: number;
    /** Distinct users holding at least one live token (isLiveToken): the ones whose connection still works. */
    liveTokenUsers: number;
    signIns: SignInOutcome[];
    failedSignIns: SignInOutcome[];
    /** Frozen users who hold a token of the app or signed in to it in the last 30 days: they cannot connect. */
    frozenConnectors: FrozenConnector[];
    /** Sign-ins to the app refused by Login IP Ranges or the app's IP restrictions ("Restricted IP", "Failed: IP
     * Address Not Allowed"), per user with their profile. */
    ipRefusals: SignInRefusal[];
    /** Sign-ins to the app refused outside the profile's Login Hours ("Restricted time"), per user with their profile. */
    hoursRefusals: SignInRefusal[];
    refresh: RefreshPolicy;
    /** null: not installed or not readable. */
    highAssurance: boolean | null;
    usage: UsageFacts;
}

/** Whether the org uses an app: the configuration (admin's choice over the package default) and the evidence. */
export interface UsageFacts {
    configured: UsageSetting;
    /** admin: a JSR_App_Usage__mdt record; package: JSR_App__mdt.Default_Usage__c (or, when empty, "expected"). */
    configuredBy: 'admin' | 'package';
    adminRecordId: string | null;
    /** Distinct users holding a token for the app or with a sign-in (any outcome) in the snapshot. */
    evidenceUsers: number;
    /** Some token or sign-in row exists for the app: proof of use, whatever the sections' completeness. */
    hasEvidence: boolean;
}

/** A frozen user who connects an app. */
export interface FrozenConnector {
    user: FrozenUser;
    /** Holds a token of the app (an admin's freeze keeps them; Salesforce's 2026 containment revokes every one). */
    holdsToken: boolean;
    /** Sign-in attempts to the app in the last 30 days, any outcome (0 when known only by a token). */
    signInAttempts: number;
}

export interface BypassFacts {
    permission: 'canApproveUninstalledApps' | 'useAnyApiClient';
    label: string;
    /** The holders section was read, the permission field exists in this org's describe, and the list shows a holder
     * or is complete: a capped list without a holder does not show that nobody holds it. */
    determinable: boolean;
    /** The field exists in describe (false: absent, or unknown because the section was not read). */
    fieldExists: boolean | null;
    /** The holders list was read only partly (capped or partial) and shows no holder of this permission. */
    cappedWithoutHolder: boolean;
    /** Holders read (all permissions): the N of "none among the first N read". */
    holdersRead: number;
    holders: PermissionHolder[];
    /** Sum of active assignees over the holders (upper bound). */
    totalActiveAssignees: number;
}

export interface OrgFacts {
    snapshot: OrgSnapshot;
    now: Date;
    org: OrgInfo | null;
    isSandbox: boolean | null;
    myDomainUrl: string | null;
    catalogReadable: boolean;
    /** The apps section's missingFields entries about ExternalClientApplication: ECA installs cannot be determined. */
    ecaObjectMissing: string[];
    /** The apps section's missingFields entries about ExtlClntAppOauthPlcyCnfg: ECA policies are (partly) unknown. */
    ecaPolicyMissing: string[];
    /** Jetstream's apps: the catalog entries with a way of connecting. */
    apps: AppFacts[];
    appByCatalogName: Map<string, AppFacts>;
    /** Apps an org added to its catalog (no way of connecting): shown with the other connected apps (otherApps.ts),
     * never judged as a way of connecting Jetstream. */
    catalogOthers: AppFacts[];
    holdersReadable: boolean;
    holders: PermissionHolder[];
    sampleUsersByHolder: Map<string, HolderSampleUser[]>;
    /** Profiles, permission sets and groups that grant API Enabled, counted (not listed) by the reader. */
    apiEnabled: ApiEnabledHolders;
    approve: BypassFacts;
    useAny: BypassFacts;
    /** The standard System Administrator profile: profile-owned, not custom, Modify All Data. */
    standardSysAdminProfiles: PermissionHolder[];
    /** Custom profiles with admin rights (Modify All Data or Customize Application) that lack Approve Uninstalled. */
    customAdminProfilesWithoutApprove: PermissionHolder[];
    authorizationsReadable: boolean;
    /** The tokens were read in full: no token of an app is proof that nobody holds one. */
    authorizationsComplete: boolean;
    signInsReadable: boolean;
    signInsComplete: boolean;
    /** The frozen users section was read (possibly only partly). */
    frozenReadable: boolean;
    /** Who connects among the frozen users is known in full: the frozen users were read in full with their sign-ins, and
     * (when there are any) the tokens too. No frozen connector then means none. */
    frozenComplete: boolean;
    /** Active frozen users read (connecting Jetstream or not). */
    frozenUsers: FrozenUser[];
    /** Distinct frozen users who connect a catalog app. */
    frozenConnectorIds: Set<string>;
    refusalsReadable: boolean;
    /** The refusals were read in full: none for an app means none in the last 30 days. */
    refusalsComplete: boolean;
    /** Tokens whose app name matches no catalog entry are ignored; counted for support. */
    unmatchedTokens: number;
}

export function readable<T>(section: Section<T>): section is Section<T> & { data: T } {
    return section.status !== 'unavailable' && section.data !== null;
}

/** Read in full: a missing row is proof of absence (not partial, not capped). */
export function complete(section: Section<unknown>): boolean {
    return section.status === 'ok' && section.data !== null && !section.truncated;
}

export function isStandardSystemAdministrator(a: Assignable, modifyAllData: boolean): boolean {
    // Salesforce granted Approve Uninstalled Connected Apps to the *standard* System Administrator profile only
    // (help 005132365). Detected structurally, not by the (translatable) name. UNVERIFIED: PermissionSet.IsCustom is
    // documented for permission sets; for profile-owned sets it is assumed to follow the profile (secondary: OrgCheck
    // reads a profile's isCustom from its PermissionSet row with IsOwnedByProfile = true). Users see it worded as
    // "identified as the standard profile with Modify All Data" (words.ts, STANDARD_SYS_ADMIN_WORDS).
    return a.kind === 'Profile' && a.isCustom === false && modifyAllData;
}

/** A period in days, or null when the unit is not exposed (connected apps) or unknown. */
export function periodDays(value: number, unit: string | null): number | null {
    switch ((unit ?? '').toLowerCase()) {
        case 'hours':
            return value / 24;
        case 'days':
            return value;
        case 'months':
            return value * 30;
        default:
            return null;
    }
}

/** Interprets the raw refresh-token fields. Connected apps expose only OptionsRefreshTokenValidityMetric and
 * RefreshTokenValidityPeriod (no unit, no explicit "until revoked" / "immediately"): those readings are assumptions
 * (encodingAssumed), which the report states as caveats. External client apps expose the policy type and unit. */
export function refreshPolicyOf(install: AppInstall | null, installState: InstallState): RefreshPolicy {
    const policy = (kind: RefreshPolicyKind, period: number | null = null, unit: string | null = null, encodingAssumed = false) => ({
        kind,
        period,
        unit,
        encodingAssumed
    });
    if (installState === 'notInstalled') return policy('notInstalled');
    if (!install || installState !== 'installed') return policy('unknown');
    if (install.objectType === 'ExternalClientApplication') {
        const p = install.ecaPolicy;
        const period = p?.refreshTokenValidityPeriod ?? null;
        switch (p?.refreshTokenPolicyType) {
            case 'Infinite':
                return policy('untilRevoked');
            case 'Zero':
                return policy('immediate', 0);
            case 'SpecificLifetime':
                return period === null ? policy('unknown') : policy('lifetime', period, p.refreshTokenValidityUnit);
            case 'SpecificInactivity':
                return period === null ? policy('unknown') : policy('inactivity', period, p.refreshTokenValidityUnit);
            default:
                return policy('unknown');
        }
    }
    const byInactivity = install.optionsRefreshTokenValidityMetric;
    const period = install.refreshTokenValidityPeriod;
    if (byInactivity === null) return policy('unknown');
    if (byInactivity) return period === null || period <= 0 ? policy('unknown') : policy('inactivity', period);
    if (period === null) return policy('untilRevoked', null, null, true);
    if (period === 0) return policy('immediate', 0, null, true);
    return policy('lifetime', period);
}

function permittedUsersOf(install: AppInstall | null, installState: InstallState): PermittedUsers {
    if (installState === 'notInstalled') return 'notInstalled';
    if (!install || installState !== 'installed') return 'unknown';
    if (install.objectType === 'ExternalClientApplication') {
        switch (install.ecaPolicy?.permittedUsersPolicyType) {
            case 'AdminApprovedPreAuthorized':
                return 'adminApproved';
            case 'AllSelfAuthorized':
                return 'selfAuthorize';
            default:
                return 'unknown';
        }
    }
    if (install.optionsAllowAdminApprovedUsersOnly === null) return 'unknown';
    return install.optionsAllowAdminApprovedUsersOnly ? 'adminApproved' : 'selfAuthorize';
}

function highAssuranceOf(install: AppInstall | null, installState: InstallState): boolean | null {
    if (!install || installState !== 'installed') return null;
    if (install.objectType === 'ExternalClientApplication') {
        const level = install.ecaPolicy?.requiredSessionLevel;
        return level ? level.toUpperCase() === 'HIGH_ASSURANCE' : null;
    }
    return install.optionsHasSessionLevelPolicy;
}

/** A grant that grants nothing by itself: session-based sets need activation in the session. */
export function grantIsConditional(grant: AppGrant): boolean {
    return grant.grantedTo.hasActivationRequired;
}

export function isFailedSignIn(status: string): boolean {
    return status.trim().toLowerCase() !== 'success';
}

/** Why Salesforce refused a sign-in, from its Login History status (Object Reference, LOGIN_STATUS values; compared
 * without case: "Restricted time" is also written "Restricted Time"). ipRestriction: "Restricted IP" (the profile's Login
 * IP Ranges) or "Failed: IP Address Not Allowed" (the app's IP restrictions, which enforce those ranges); loginHours:
 * "Restricted time" (the profile's Login Hours). */
export type RefusalCause = 'ipRestriction' | 'loginHours';

export function refusalCauseOf(status: string): RefusalCause | null {
    const s = status.trim().toLowerCase();
    if (s === 'restricted ip' || s === 'failed: ip address not allowed') return 'ipRestriction';
    if (s === 'restricted time') return 'loginHours';
    return null;
}

function bypassFacts(
    permission: BypassFacts['permission'],
    label: string,
    read: { readable: boolean; truncated: boolean; count: number },
    fieldExists: boolean | null,
    holding: PermissionHolder[]
): BypassFacts {
    const cappedWithoutHolder = read.readable && fieldExists === true && read.truncated && holding.length === 0;
    return {
        permission,
        label,
        determinable: read.readable && fieldExists === true && !cappedWithoutHolder,
        fieldExists,
        cappedWithoutHolder,
        holdersRead: read.count,
        holders: holding,
        totalActiveAssignees: holding.reduce((sum, h) => sum + h.assignable.activeAssignees, 0)
    };
}

function nameKey(name: string): string {
    return name.trim().toLowerCase();
}

/** Memoises a function of a string: token, sign-in and grant rows repeat a handful of app names and statuses
 * thousands of times, so each distinct value is worked out once instead of once per row. */
function memoByString<T>(compute: (value: string) => T): (value: string) => T {
    const known = new Map<string, T>();
    return (value) => {
        let result = known.get(value);
        if (result === undefined && !known.has(value)) {
            result = compute(value);
            known.set(value, result);
        }
        return result as T;
    };
}

/**
 * The first `limit` items of a stable sort by `key`, largest first: the same items in the same order as
 * `[...items].sort((a, b) => key(b) - key(a)).slice(0, limit)`, without copying or sorting the whole list (one pass,
 * O(n) for the small limits the evidence and summaries use). Keys are numbers, never NaN.
 */
export function largestFirst<T>(items: readonly T[], limit: number, key: (item: T) => number): T[] {
    const top: T[] = [];
    const keys: number[] = [];
    if (limit <= 0) return top;
    for (const item of items) {
        const k = key(item);
        // A key equal to the smallest kept one ranks after it (stable): only a larger key displaces it.
        if (top.length === limit && !(k > (keys[limit - 1] as number))) continue;
        let at = top.length;
        while (at > 0 && (keys[at - 1] as number) < k) at--;
        top.splice(at, 0, item);
        keys.splice(at, 0, k);
        if (top.length > limit) {
            top.pop();
            keys.pop();
        }
    }
    return top;
}

function first15(id: string | null): string | null {
    return id ? id.slice(0, 15) : null;
}

/** Most recently used first, never-used last. Plain comparison of the ISO strings: localeCompare (ICU collation) is
 * an order of magnitude slower and dates need no collation. */
function byLastUseDescending(a: OauthTokenRow, b: OauthTokenRow): number {
    const x = a.lastUsedDate ?? '';
    const y = b.lastUsedDate ?? '';
    return x === y ? 0 : x < y ? 1 : -1;
}

/** What the apps section says about reading installs at all. */
export interface AppsRead {
    readable: boolean;
    reason: string | null;
    ecaObjectMissing: string[];
}

export function appsReadOf(snapshot: OrgSnapshot): AppsRead {
    return {
        readable: readable(snapshot.apps),
        reason: snapshot.apps.reason,
        ecaObjectMissing: missingEntriesOf(snapshot.apps, ECA_OBJECT)
    };
}

/** Install state of one catalog entry. An External Client App whose object the reader could not query is "cannot
 * determine": its installed = false only means that no row was seen. */
export function installStateOf(
    entry: Pick<CatalogEntry, 'developerName' | 'label' | 'kind'>,
    install: AppInstall | null,
    apps: AppsRead
): { installState: InstallState; installUnknownReason: string | null } {
    const unknown = (installUnknownReason: string) => ({ installState: 'cannotDetermine' as const, installUnknownReason });
    if (!apps.readable) return unknown(apps.reason ?? 'The installed apps could not be read.');
    if (entry.kind === 'ExternalClientApp' && apps.ecaObjectMissing.length > 0) {
        return unknown(
            `External Client Apps could not be read in this org (${apps.ecaObjectMissing.join(', ')}), so whether ${entry.label} is installed cannot be determined.`
        );
    }
    if (!install) return unknown(`The reader returned no install row for ${entry.developerName}.`);
    return { installState: install.installed ? 'installed' : 'notInstalled', installUnknownReason: null };
}

/** Grants by catalog name, in snapshot order. */
function groupGrants(rows: readonly AppGrant[]): Map<string, AppGrant[]> {
    const grantsByApp = new Map<string, AppGrant[]>();
    const grantListOf = memoByString((catalogName) => {
        const list: AppGrant[] = [];
        grantsByApp.set(catalogName, list);
        return list;
    });
    for (const grant of rows) grantListOf(grant.catalogName).push(grant);
    return grantsByApp;
}

/** Token and sign-in rows name the app by its label; the catalog lists the names to match (case-insensitive). */
function catalogNameOfAppNameIn(catalog: readonly CatalogEntry[]): (appName: string) => string | undefined {
    const catalogByAppName = new Map<string, string>();
    for (const entry of catalog) {
        for (const name of [...entry.matchNames, entry.label]) {
            if (!catalogByAppName.has(nameKey(name))) catalogByAppName.set(nameKey(name), entry.developerName);
        }
    }
    return memoByString((appName) => catalogByAppName.get(nameKey(appName)));
}

/** The reader's per-app-name token groups by catalog name (by app name, else by the installed app's id); tokens of
 * other apps are only counted. */
function groupTokens(
    groups: readonly AppTokens[],
    catalogNameOfAppName: (appName: string) => string | undefined,
    installByName: Map<string, AppInstall>
): { tokensByApp: Map<string, AppTokens[]>; unmatchedTokens: number } {
    const catalogByApplicationId = new Map<string, string>();
    for (const install of installByName.values()) {
        const id15 = first15(install.id);
        if (id15 && install.installed) catalogByApplicationId.set(id15, install.catalogName);
    }
    const tokensByApp = new Map<string, AppTokens[]>();
    let unmatchedTokens = 0;
    for (const group of groups) {
        const catalogName = catalogNameOfAppName(group.appName) ?? catalogByApplicationId.get(first15(group.applicationId) ?? '');
        if (!catalogName) {
            unmatchedTokens += group.uses.length;
            continue;
        }
        const list = tokensByApp.get(catalogName);
        if (list) list.push(group);
        else tokensByApp.set(catalogName, [group]);
    }
    return { tokensByApp, unmatchedTokens };
}

/** Login History rows (sign-ins, refusals) by catalog name, in snapshot order; rows of other apps are left out. */
function groupSignIns<T extends { application: string }>(
    rows: readonly T[],
    catalogNameOfAppName: (appName: string) => string | undefined
): Map<string, T[]> {
    const signInsByApp = new Map<string, T[]>();
    for (const row of rows) {
        const catalogName = catalogNameOfAppName(row.application);
        if (!catalogName) continue;
        const list = signInsByApp.get(catalogName);
        if (list) list.push(row);
        else signInsByApp.set(catalogName, [row]);
    }
    return signInsByApp;
}

/** What one app's tokens say: how many, who holds them, who still can use them, and the sample the report names. */
function tokenFactsOf(
    groups: readonly AppTokens[],
    now: Date
): Pick<AppFacts, 'tokenCount' | 'tokenSample' | 'tokenUserIds' | 'tokenUserNames' | 'lastTokenUse' | 'idleTokens' | 'liveTokenUsers'> {
    const tokenUserIds = new Set<string>();
    const liveUserIds = new Set<string>();
    let [tokenCount, idleTokens] = [0, 0];
    for (const group of groups) {
        for (const use of group.uses) {
            tokenCount++;
            tokenUserIds.add(use.userId);
            if (isLiveUse(use.lastUse, now)) liveUserIds.add(use.userId);
            else idleTokens++;
        }
    }
    const tokenSample = groups.flatMap((g) => g.sample).sort(byLastUseDescending);
    const tokenUserNames = [...new Map(tokenSample.map((t) => [t.userId, t.userFullName])).values()];
    const lastTokenUse = tokenSample[0]?.lastUsedDate ?? null;
    return { tokenCount, tokenSample, tokenUserIds, tokenUserNames, lastTokenUse, idleTokens, liveTokenUsers: liveUserIds.size };
}

function effectiveAssigneesOf(grants: readonly AppGrant[]): number {
    let effectiveAssignees = 0;
    for (const g of grants) if (!grantIsConditional(g)) effectiveAssignees += g.grantedTo.activeAssignees;
    return effectiveAssignees;
}

interface AppRows {
    now: Date;
    frozenById: Map<string, FrozenUser>;
    frozenSignInsByApp: Map<string, SignInOutcome[]>;
    refusalsByApp: Map<string, SignInRefusal[]>;
    appsRead: AppsRead;
    installByName: Map<string, AppInstall>;
    grantsReadable: boolean;
    grantsComplete: boolean;
    grantsByApp: Map<string, AppGrant[]>;
    tokensByApp: Map<string, AppTokens[]>;
    signInsByApp: Map<string, SignInOutcome[]>;
    failedStatus: (status: string) => boolean;
}

function appFactsOf(entry: CatalogEntry, rows: AppRows): AppFacts {
    const install = rows.installByName.get(entry.developerName) ?? null;
    const { installState, installUnknownReason } = installStateOf(entry, install, rows.appsRead);
    const grants = rows.grantsByApp.get(entry.developerName) ?? [];
    const tokens = tokenFactsOf(rows.tokensByApp.get(entry.developerName) ?? [], rows.now);
    const signIns = rows.signInsByApp.get(entry.developerName) ?? [];
    const refusals = rows.refusalsByApp.get(entry.developerName) ?? [];
    return {
        entry,
        install,
        installState,
        installUnknownReason,
        permittedUsers: permittedUsersOf(install, installState),
        grants,
        grantsReadable: rows.grantsReadable,
        grantsComplete: rows.grantsComplete,
        effectiveAssignees: effectiveAssigneesOf(grants),
        ...tokens,
        signIns,
        failedSignIns: signIns.filter((s) => rows.failedStatus(s.status)),
        frozenConnectors: frozenConnectorsOf(tokens.tokenUserIds, rows.frozenSignInsByApp.get(entry.developerName) ?? [], rows.frozenById),
        ipRefusals: refusals.filter((r) => refusalCauseOf(r.status) === 'ipRestriction'),
        hoursRefusals: refusals.filter((r) => refusalCauseOf(r.status) === 'loginHours'),
        refresh: refreshPolicyOf(install, installState),
        highAssurance: highAssuranceOf(install, installState),
        usage: usageFactsOf(entry, tokens.tokenUserIds, signIns)
    };
}

/** The frozen users among an app's token holders and among the frozen users who signed in to it lately, in that order. */
function frozenConnectorsOf(
    tokenUserIds: ReadonlySet<string>,
    frozenSignIns: readonly SignInOutcome[],
    frozenById: Map<string, FrozenUser>
): FrozenConnector[] {
    const byUser = new Map<string, FrozenConnector>();
    if (frozenById.size === 0) return [];
    for (const userId of tokenUserIds) {
        const user = frozenById.get(userId);
        if (user && !byUser.has(user.userId)) byUser.set(user.userId, { user, holdsToken: true, signInAttempts: 0 });
    }
    for (const s of frozenSignIns) {
        const user = s.userId ? frozenById.get(s.userId) : undefined;
        if (!user) continue;
        const known = byUser.get(user.userId);
        if (known) known.signInAttempts += s.attempts;
        else byUser.set(user.userId, { user, holdsToken: false, signInAttempts: s.attempts });
    }
    return [...byUser.values()];
}

/** The admin's choice wins over the package default; an entry with neither is judged as expected (never silently
 * skipped). Evidence is every token and every sign-in of the app, whatever its outcome. */
function usageFactsOf(entry: CatalogEntry, tokenUserIds: Set<string>, signIns: readonly SignInOutcome[]): UsageFacts {
    const users = new Set(tokenUserIds);
    let anonymousSignIns = false;
    for (const s of signIns) {
        if (s.userId) users.add(s.userId);
        else anonymousSignIns = true;
    }
    const admin = entry.usage.adminChoice;
    return {
        configured: admin ?? entry.usage.packageDefault ?? 'expected',
        configuredBy: admin ? 'admin' : 'package',
        adminRecordId: admin ? entry.usage.adminRecordId : null,
        evidenceUsers: users.size === 0 && anonymousSignIns ? 1 : users.size,
        hasEvidence: users.size > 0 || anonymousSignIns
    };
}

type HolderLists = Pick<OrgFacts, 'standardSysAdminProfiles' | 'customAdminProfilesWithoutApprove'> & {
    approveHolders: PermissionHolder[];
    useAnyHolders: PermissionHolder[];
};

/** One pass over the holders (bypass and admin ones; API Enabled ones are counted by the reader) sorts them into
 * every list the rules use. */
function holderLists(holders: readonly PermissionHolder[]): HolderLists {
    const approveHolders: PermissionHolder[] = [];
    const useAnyHolders: PermissionHolder[] = [];
    const standardSysAdminProfiles: PermissionHolder[] = [];
    const customAdminProfilesWithoutApprove: PermissionHolder[] = [];
    for (const h of holders) {
        const a = h.assignable;
        if (h.canApproveUninstalledApps === true) approveHolders.push(h);
        if (h.useAnyApiClient === true) useAnyHolders.push(h);
        if (isStandardSystemAdministrator(a, h.modifyAllData)) standardSysAdminProfiles.push(h);
        if (
            a.kind === 'Profile' &&
            a.isCustom === true &&
            (h.modifyAllData || h.customizeApplication) &&
            h.canApproveUninstalledApps === false
        ) {
            customAdminProfilesWithoutApprove.push(h);
        }
    }
    return {
        approveHolders,
        useAnyHolders,
        standardSysAdminProfiles,
        customAdminProfilesWithoutApprove
    };
}

/** The snapshot in the shape the rules and verdicts read. Built in small steps, one function per list of rows: the
 * JIT optimises each quickly, where one large function took it hundreds of milliseconds (measured) and so ran
 * unoptimised for the first several evaluations. */
export function buildOrgFacts(snapshot: OrgSnapshot, now: Date): OrgFacts {
    const org = readable(snapshot.org) ? snapshot.org.data : null;
    const catalogReadable = readable(snapshot.catalog);
    const catalog = catalogReadable ? [...(snapshot.catalog.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder) : [];
    const appsRead = appsReadOf(snapshot);
    const installByName = new Map<string, AppInstall>();
    for (const install of snapshot.apps.data ?? []) installByName.set(install.catalogName, install);

    const catalogNameOfAppName = catalogNameOfAppNameIn(catalog);
    const { tokensByApp, unmatchedTokens } = groupTokens(snapshot.authorizations.data ?? [], catalogNameOfAppName, installByName);
    const frozenData = readable(snapshot.frozenUsers) ? snapshot.frozenUsers.data : null;
    const frozenUsers = frozenData?.users ?? [];
    const frozenById = new Map(frozenUsers.map((u) => [u.userId, u]));
    const rows: AppRows = {
        now,
        frozenById,
        frozenSignInsByApp: groupSignIns(frozenData?.signIns ?? [], catalogNameOfAppName),
        refusalsByApp: groupSignIns(readable(snapshot.signInRefusals) ? snapshot.signInRefusals.data : [], catalogNameOfAppName),
        appsRead,
        installByName,
        grantsReadable: readable(snapshot.grants),
        grantsComplete: complete(snapshot.grants),
        grantsByApp: groupGrants(snapshot.grants.data ?? []),
        tokensByApp,
        signInsByApp: groupSignIns(snapshot.signIns.data ?? [], catalogNameOfAppName),
        failedStatus: memoByString(isFailedSignIn)
    };
    const apps = catalog.filter((entry) => entry.way !== null).map((entry) => appFactsOf(entry, rows));
    const catalogOthers = catalog.filter((entry) => entry.way === null).map((entry) => appFactsOf(entry, rows));
    const appByCatalogName = new Map<string, AppFacts>();
    const frozenConnectorIds = new Set<string>();
    for (const app of apps) {
        appByCatalogName.set(app.entry.developerName, app);
        for (const c of app.frozenConnectors) frozenConnectorIds.add(c.user.userId);
    }

    const holdersReadable = readable(snapshot.permissionHolders);
    const holderData = snapshot.permissionHolders.data;
    const holders = holderData?.holders ?? [];
    const lists = holderLists(holders);
    const sampleUsersByHolder = new Map<string, HolderSampleUser[]>();
    for (const u of holderData?.sampleUsers ?? []) {
        const list = sampleUsersByHolder.get(u.permissionSetId);
        if (list) list.push(u);
        else sampleUsersByHolder.set(u.permissionSetId, [u]);
    }
    const fields = holderData?.fieldsAvailable ?? null;
    // Partly read (a cap, or holders the reader could not see): a list without a holder does not prove "nobody". Read:
    // at least the listed holders and the API Enabled ones it counted (the two lists overlap).
    const holdersRead = {
        readable: holdersReadable,
        truncated: !complete(snapshot.permissionHolders),
        count: Math.max(holders.length, holderData?.apiEnabled.holders ?? 0)
    };

    return {
        snapshot,
        now,
        org,
        isSandbox: org ? org.isSandbox : null,
        myDomainUrl: org ? org.myDomainUrl : null,
        catalogReadable,
        ecaObjectMissing: appsRead.ecaObjectMissing,
        ecaPolicyMissing: missingEntriesOf(snapshot.apps, ECA_POLICY_OBJECT),
        apps,
        appByCatalogName,
        catalogOthers,
        holdersReadable,
        holders,
        sampleUsersByHolder,
        apiEnabled: holderData?.apiEnabled ?? { holders: 0, activeAssignees: 0, largest: [] },
        approve: bypassFacts(
            'canApproveUninstalledApps',
            'Approve Uninstalled Connected Apps',
            holdersRead,
            fields ? fields.canApproveUninstalledApps : null,
            lists.approveHolders
        ),
        useAny: bypassFacts(
            'useAnyApiClient',
            'Use Any API Client',
            holdersRead,
            fields ? fields.useAnyApiClient : null,
            lists.useAnyHolders
        ),
        standardSysAdminProfiles: lists.standardSysAdminProfiles,
        customAdminProfilesWithoutApprove: lists.customAdminProfilesWithoutApprove,
        authorizationsReadable: readable(snapshot.authorizations),
        authorizationsComplete: complete(snapshot.authorizations),
        signInsReadable: readable(snapshot.signIns),
        signInsComplete: complete(snapshot.signIns),
        frozenReadable: frozenData !== null,
        // A frozen user could hold a token the check did not see: with frozen users and a partial token list, "none of
        // them connects" is not proven.
        frozenComplete: complete(snapshot.frozenUsers) && (frozenUsers.length === 0 || complete(snapshot.authorizations)),
        frozenUsers,
        frozenConnectorIds,
        refusalsReadable: readable(snapshot.signInRefusals),
        refusalsComplete: complete(snapshot.signInRefusals),
        unmatchedTokens
    };
}

/** Whole days between an ISO date and now (negative: in the future); null for a missing or invalid date. */
export function daysSince(iso: string | null, now: Date): number | null {
    if (!iso) return null;
    const t = Date.parse(iso);
    return Number.isNaN(t) ? null : Math.floor((now.getTime() - t) / DAY_MS);
}

/** A token not yet expired under Salesforce's idle limit: used within IDLE_LIMIT_DAYS of `now` (a never-used token:
 * created within it). A token without either date counts as live: nothing shows that it expired. */
export function isLiveToken(token: OauthTokenRow, now: Date): boolean {
    return isLiveUse(token.lastUsedDate ?? token.createdDate, now);
}

/** isLiveToken on a token's last use (LastUsedDate, else CreatedDate). */
export function isLiveUse(lastUse: string | null, now: Date): boolean {
    const idleDays = daysSince(lastUse, now);
    return idleDays === null || idleDays <= IDLE_LIMIT_DAYS;
}

/** The connected apps of the catalog (the ones the September 2025 install requirement applies to). */
export function connectedApps(facts: OrgFacts): AppFacts[] {
    return facts.apps.filter((a) => a.entry.kind === 'ConnectedApp');
}

/** Connected apps this org needs installed: Jetstream Auth only logs in to Jetstream with a production org, so a
 * sandbox does not need it; the in-org package's External Client App is optional. */
export function neededConnectedApps(facts: OrgFacts): AppFacts[] {
    return connectedApps(facts).filter((a) => !(a.entry.way === 'loginWithSalesforce' && facts.isSandbox === true));
}

/** The production My Domain of a sandbox My Domain ("acme--uat.sandbox.my.salesforce.com" -> "acme.my.salesforce.com"),
 * from the documented enhanced-domain format; null when the URL does not have that shape. */
export function productionMyDomainUrl(sandboxMyDomainUrl: string | null): string | null {
    const m = sandboxMyDomainUrl ? /^https:\/\/([a-z0-9-]+?)--[a-z0-9]+\.sandbox\.my\.salesforce\.com\/?$/i.exec(sandboxMyDomainUrl) : null;
    return m ? `https://${m[1]}.my.salesforce.com` : null;
}
