// A deterministic, seedable "large org" snapshot for the engine tests, the preview and the size check: 100k active
// users, 5k profiles / permission sets / groups holding the permissions the reader looks at, OauthToken rows at the
// platform's 2,500 cap, and every list the reader sends at the reader's cap (frozen users and refused sign-ins included), in the shape the reader sends it (bypass
// and admin holders listed, API Enabled ones counted, tokens grouped by app). The caps come from the Apex reader's
// constants (force-app/main/default/classes) when present, else from the defaults below. generateLargeUserFacts is the
// one-user response at its caps.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { activityOf, withoutActivity } from '../../force-app/main/default/lwc/jsrEngine/parse';
import type {
    AppGrant,
    AppInUse,
    AppInstall,
    Assignable,
    AssignableKind,
    CatalogEntry,
    FrozenUser,
    HolderSampleUser,
    OauthTokenRow,
    OrgSnapshot,
    PermissionHolder,
    ReaderCaps,
    Section,
    SignInDays,
    SignInOutcome,
    SignInRefusal,
    UserFacts
} from '../../force-app/main/default/lwc/jsrEngine/snapshot';
import { appTokensOf, countToken, daysBefore, defaultCatalog, FIXTURE_READER_CAPS, permissionChecks, SIGN_IN_WINDOWS } from './kit';
import { makeId } from './salesforceId';

/** Used for a cap the Apex classes do not declare (the platform serves at most 2,500 OauthToken rows). */
export const DEFAULT_READER_CAPS: ReaderCaps = { ...FIXTURE_READER_CAPS };

/** The caps of the lists the reader sends (beyond ReaderCaps, which the snapshot reports). */
export interface ListCaps {
    /** Grant rows (JSR_GrantsReader.CAP_GRANTS). */
    grants: number;
    /** Holders of a bypass permission (JSR_HoldersReader.CAP_BYPASS_HOLDERS). */
    bypassHolders: number;
    /** Holders of Modify All Data or Customize Application listed (JSR_HoldersReader.CAP_ADMIN_HOLDERS). */
    adminHolders: number;
    /** Sign-in groups of catalog apps sent (JSR_SignInsReader.CAP_SIGN_INS_SENT). */
    signInsSent: number;
    /** Failure groups per day sent per window of the activity call (JSR_SignInDaysReader.CAP_FAILURES_SENT). */
    signInDayFailuresSent: number;
    /** One user's assignments and tokens (JSR_UserAssignmentsReader.CAP_USER_ASSIGNMENTS, JSR_AuthorizationsReader.CAP_USER_TOKENS). */
    userAssignments: number;
    userTokens: number;
}
export const DEFAULT_LIST_CAPS: ListCaps = {
    grants: 500,
    bypassHolders: 100,
    adminHolders: 200,
    signInsSent: 300,
    signInDayFailuresSent: 1000,
    userAssignments: 500,
    userTokens: 500
};

export interface ApexCaps {
    caps: ReaderCaps;
    lists: ListCaps;
    /** Which values came from Apex source (the others are defaults). */
    fromApex: string[];
}

const APEX_CAP_CONSTANTS: { key: keyof ReaderCaps | keyof ListCaps; pattern: RegExp }[] = [
    { key: 'oauthTokens', pattern: /\b(?:CAP_OAUTH_TOKENS|PLATFORM_MAX_ROWS)\s*=\s*(\d+)\s*;/ },
    { key: 'permissionSets', pattern: /\bCAP_PERMISSION_SETS\s*=\s*(\d+)\s*;/ },
    { key: 'holderSampleUsers', pattern: /\bCAP_HOLDER_SAMPLE_USERS\s*=\s*(\d+)\s*;/ },
    { key: 'signInGroups', pattern: /\b(?:CAP_SIGN_IN_GROUPS|MAX_GROUPS)\s*=\s*(\d+)\s*;/ },
    { key: 'frozenUsers', pattern: /\bCAP_FROZEN_USERS\s*=\s*(\d+)\s*;/ },
    { key: 'refusalGroups', pattern: /\bCAP_REFUSAL_GROUPS\s*=\s*(\d+)\s*;/ },
    { key: 'signInDayGroups', pattern: /\b(?:CAP_SIGN_IN_DAY_GROUPS|MAX_GROUPS)\s*=\s*(\d+)\s*;/ },
    { key: 'grants', pattern: /\bCAP_GRANTS\s*=\s*(\d+)\s*;/ },
    { key: 'bypassHolders', pattern: /\bCAP_BYPASS_HOLDERS\s*=\s*(\d+)\s*;/ },
    { key: 'adminHolders', pattern: /\bCAP_ADMIN_HOLDERS\s*=\s*(\d+)\s*;/ },
    { key: 'signInsSent', pattern: /\bCAP_SIGN_INS_SENT\s*=\s*(\d+)\s*;/ },
    { key: 'signInDayFailuresSent', pattern: /\bCAP_FAILURES_SENT\s*=\s*(\d+)\s*;/ },
    { key: 'userAssignments', pattern: /\bCAP_USER_ASSIGNMENTS\s*=\s*(\d+)\s*;/ },
    { key: 'userTokens', pattern: /\bCAP_USER_TOKENS\s*=\s*(\d+)\s*;/ }
];

/** The row caps declared as Integer constants in the Apex reader (e.g. JSR_HoldersReader.CAP_PERMISSION_SETS). */
export function readApexCaps(classesDir: string = join(__dirname, '../../force-app/main/default/classes')): ApexCaps {
    let sources = '';
    try {
        sources = readdirSync(classesDir)
            .filter((name) => name.endsWith('.cls') && !/Test\.cls$/i.test(name))
            .sort()
            .map((name) => readFileSync(join(classesDir, name), 'utf8'))
            .join('\n');
    } catch {
        // No Apex yet: defaults only.
    }
    const caps: ReaderCaps = { ...DEFAULT_READER_CAPS };
    const lists: ListCaps = { ...DEFAULT_LIST_CAPS };
    const fromApex: string[] = [];
    for (const { key, pattern } of APEX_CAP_CONSTANTS) {
        const match = pattern.exec(sources);
        if (!match) continue;
        if (key in caps) caps[key as keyof ReaderCaps] = Number(match[1]);
        else lists[key as keyof ListCaps] = Number(match[1]);
        fromApex.push(key);
    }
    return { caps, lists, fromApex };
}

/** mulberry32: small, fast, good enough for spreading synthetic data; same seed, same snapshot. */
export function seededRandom(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export interface LargeSnapshotOptions {
    seed?: number;
    activeUsers?: number;
    /** Profiles + permission sets + permission set groups holding one of the read permissions. */
    holders?: number;
    oauthTokens?: number;
    signInGroups?: number;
    grants?: number;
    capturedAt?: string;
    /** Defaults to the Apex reader's caps; holders above caps.permissionSets raise that cap in the snapshot's reader
     * info (the snapshot is then larger than the Apex reader would return, which the summary says). */
    apexCaps?: ApexCaps;
}

export interface LargeSnapshotSummary {
    activeUsers: number;
    holders: number;
    oauthTokens: number;
    grants: number;
    signInGroups: number;
    sampleUsers: number;
    caps: ReaderCaps;
    capsFromApex: string[];
    /** Apex's own permission-set cap when the generated holders exceed it. */
    holdersBeyondApexCap: number | null;
}

function section<T>(data: T, truncated: boolean, reason: string | null): Section<T> {
    return {
        status: truncated ? 'partial' : 'ok',
        reason: truncated ? reason : null,
        missingPermissions: [],
        missingFields: [],
        truncated,
        data
    };
}

const DAY_MS = 86_400_000;
const POD = '5g';

/** Generates the snapshot and what it holds. */
export function generateLargeSnapshotWithSummary(options: LargeSnapshotOptions = {}): {
    snapshot: OrgSnapshot;
    summary: LargeSnapshotSummary;
} {
    const apex = options.apexCaps ?? readApexCaps();
    const random = seededRandom(options.seed ?? 1);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const chance = (p: number): boolean => random() < p;
    const activeUsers = options.activeUsers ?? 100_000;
    const holderCount = options.holders ?? 5_000;
    const caps: ReaderCaps = { ...apex.caps, permissionSets: Math.max(apex.caps.permissionSets, holderCount) };
    const tokenCount = Math.min(options.oauthTokens ?? caps.oauthTokens, caps.oauthTokens);
    const signInCount = Math.min(options.signInGroups ?? caps.signInGroups, caps.signInGroups);
    const grantCap = Math.min(options.grants ?? apex.lists.grants, apex.lists.grants);
    const capturedAt = options.capturedAt ?? '2026-11-29T06:00:00.000Z';
    const capturedMs = Date.parse(capturedAt);
    const daysAgo = (days: number): string => new Date(capturedMs - Math.floor(days * DAY_MS)).toISOString();

    const userId = (n: number): string => makeId('005', POD, n);
    const userName = (n: number): string => `User ${n}`;
    const username = (n: number): string => `user${n}@large.example.com`;

    // --- holders: profiles (every active user has one), permission sets, groups --------------------------------
    const profileCount = Math.max(2, Math.round(holderCount * 0.03));
    const groupCount = Math.max(1, Math.round(holderCount * 0.05));
    const holders: PermissionHolder[] = [];
    let profileUsersLeft = activeUsers;
    for (let i = 0; i < holderCount; i++) {
        const kind: AssignableKind = i < profileCount ? 'Profile' : i < profileCount + groupCount ? 'PermissionSetGroup' : 'PermissionSet';
        const isStandardAdmin = i === 0;
        let activeAssignees: number;
        if (kind === 'Profile') {
            activeAssignees =
                i === profileCount - 1
                    ? profileUsersLeft
                    : Math.min(profileUsersLeft, Math.floor((activeUsers / profileCount) * (0.5 + random())));
            profileUsersLeft -= activeAssignees;
        } else activeAssignees = Math.floor(random() * random() * 800);
        const name = isStandardAdmin ? 'System Administrator' : `${kind}_${i}`;
        const assignable: Assignable = {
            permissionSetId: makeId('0PS', POD, i + 1),
            kind,
            name,
            label: isStandardAdmin ? 'System Administrator' : `${kind} ${i}`,
            parentId: kind === 'Profile' ? makeId('00e', POD, i + 1) : kind === 'PermissionSetGroup' ? makeId('0PG', POD, i + 1) : null,
            // The first few profiles are standard ones (System Administrator first); the rest are custom clones.
            isCustom: !(kind === 'Profile' && i < 5),
            hasActivationRequired: kind === 'PermissionSet' && chance(0.02),
            groupStatus: kind === 'PermissionSetGroup' ? (chance(0.9) ? 'Updated' : 'Outdated') : null,
            activeAssignees,
            // Assignment expiry is used sparingly: a few sets (temporary access) have some expiring assignments.
            expiringAssignees: kind === 'PermissionSet' && chance(0.05) ? Math.ceil(activeAssignees * random() * 0.2) : 0
        };
        holders.push({
            assignable,
            profileName: kind === 'Profile' ? name : null,
            apiEnabled: isStandardAdmin || chance(0.8),
            modifyAllData: isStandardAdmin || chance(0.04),
            customizeApplication: isStandardAdmin || chance(0.08),
            canApproveUninstalledApps: isStandardAdmin || chance(0.03),
            useAnyApiClient: chance(0.02)
        });
    }
    // What the reader sends: the bypass holders and the admin holders with the most active assignees, up to their caps;
    // the API Enabled ones counted, with the 5 largest.
    const allBypass = holders.filter((holder) => holder.canApproveUninstalledApps || holder.useAnyApiClient);
    const bypassHolders = allBypass.slice(0, apex.lists.bypassHolders);
    const allAdmin = holders.filter((h) => !allBypass.includes(h) && (h.modifyAllData || h.customizeApplication));
    const adminHolders = largestFirst(allAdmin).slice(0, apex.lists.adminHolders);
    const apiEnabled = holders.filter((h) => h.apiEnabled);
    const listsCut = allBypass.length > bypassHolders.length || allAdmin.length > adminHolders.length;
    // The reader samples up to caps.holderSampleUsers active users per bypass holder.
    const sampleUsers: HolderSampleUser[] = [];
    let sampleCut = false;
    for (const holder of bypassHolders) {
        const count = Math.min(caps.holderSampleUsers, holder.assignable.activeAssignees);
        sampleCut ||= count === caps.holderSampleUsers;
        // An assignment appears once: a user drawn twice for one holder is drawn again (bounded, for tiny orgs).
        const drawn = new Set<number>();
        for (let i = 0; i < count * 10 && drawn.size < count; i++) {
            const n = 1 + Math.floor(random() * activeUsers);
            if (drawn.has(n)) continue;
            drawn.add(n);
            sampleUsers.push({
                userId: userId(n),
                name: userName(n),
                username: username(n),
                permissionSetId: holder.assignable.permissionSetId,
                expirationDate: chance(0.1) ? `${daysAgo(-30 * random()).slice(0, 10)}T00:00:00.000Z` : null
            });
        }
    }

    // --- catalog and installs: web admin-approved, desktop self-authorize, auth not installed, ECA installed -------
    const catalog: CatalogEntry[] = defaultCatalog();
    const installs: AppInstall[] = catalog.map((entry, index) => {
        const installed = entry.developerName !== 'Jetstream_Auth';
        const isEca = entry.kind === 'ExternalClientApp';
        return {
            catalogName: entry.developerName,
            installed,
            objectType: !installed ? null : isEca ? 'ExternalClientApplication' : 'ConnectedApplication',
            id: !installed ? null : makeId(isEca ? '0xI' : '0H4', POD, index + 1),
            name: !installed ? null : isEca ? 'Jetstream_Canvas' : entry.label,
            createdDate: installed ? daysAgo(400) : null,
            lastModifiedDate: installed ? daysAgo(30) : null,
            optionsAllowAdminApprovedUsersOnly: !installed || isEca ? null : entry.developerName === 'Jetstream_Web',
            optionsRefreshTokenValidityMetric: !installed || isEca ? null : true,
            refreshTokenValidityPeriod: !installed || isEca ? null : 30,
            optionsHasSessionLevelPolicy: !installed || isEca ? null : false,
            ecaPolicy: isEca
                ? {
                      permittedUsersPolicyType: 'AdminApprovedPreAuthorized',
                      ipRelaxationPolicyType: 'Enforce',
                      refreshTokenPolicyType: 'SpecificLifetime',
                      refreshTokenValidityPeriod: 7,
                      refreshTokenValidityUnit: 'Days',
                      requiredSessionLevel: 'STANDARD'
                  }
                : null
        };
    });

    // --- grants on the admin-approved apps, up to the reader's grant cap ------------------------------------------
    const grantable = holders.filter((holder) => holder.assignable.kind !== 'Profile' || chance(0.3));
    const adminApproved = installs.filter((install) => install.installed && install.optionsAllowAdminApprovedUsersOnly !== false);
    const grants: AppGrant[] = [];
    const granted = new Set<string>();
    for (let i = 0; grants.length < grantCap && adminApproved.length > 0 && i < grantCap * 2; i++) {
        const app = adminApproved[i % adminApproved.length] as AppInstall;
        const holder = pick(grantable);
        // SetupEntityAccess holds one row per (app, permission set): no duplicate grants.
        const key = `${app.catalogName}:${holder.assignable.permissionSetId}`;
        if (granted.has(key)) continue;
        granted.add(key);
        const viaGroup = holder.assignable.kind === 'PermissionSetGroup';
        grants.push({
            catalogName: app.catalogName,
            appId: app.id ?? '',
            grantedTo: holder.assignable,
            via: viaGroup ? 'group' : 'direct',
            componentPermissionSetName: viaGroup ? `PermissionSet_${profileCount + groupCount + Math.floor(random() * 100)}` : null
        });
    }

    // --- OauthToken rows at the platform cap (installed apps and one "used but not installed"), sent per app ----------
    const tokenApps = catalog.filter((entry) => entry.kind === 'ConnectedApp');
    const tokenRows: OauthTokenRow[] = [];
    for (let i = 0; i < tokenCount; i++) {
        const entry = pick(tokenApps);
        const install = installs.find((row) => row.catalogName === entry.developerName);
        const n = 1 + Math.floor(random() * activeUsers);
        const created = 30 + random() * 700;
        tokenRows.push({
            appName: entry.label,
            applicationId: install?.id ?? null,
            userId: userId(n),
            userFullName: userName(n),
            username: username(n),
            createdDate: daysAgo(created),
            lastUsedDate: chance(0.9) ? daysAgo(random() * Math.min(created, 120)) : null,
            useCount: Math.floor(random() * 5000)
        });
    }

    tokenRows.sort((a, b) => (b.lastUsedDate ?? '').localeCompare(a.lastUsedDate ?? ''));
    const authorizations = appTokensOf(tokenRows);

    // --- LoginHistory groups (application x status, every user) of the catalog apps, at the reader's cap -----------
    const signIns = signInGroups(catalog, Math.min(signInCount, apex.lists.signInsSent), random);

    // --- frozen users at the reader's cap, a few of them connecting Jetstream; refusals at the reader's cap ------
    const profiles = holders.filter((h) => h.assignable.kind === 'Profile').map((h) => h.assignable);
    // Each list holds a row once (the contract's @uniqueBy): draw distinct users and distinct refusal keys.
    const frozenUsers: FrozenUser[] = [];
    const frozenNumbers = new Set<number>();
    while (frozenUsers.length < caps.frozenUsers) {
        const n = 1 + Math.floor(random() * activeUsers);
        if (frozenNumbers.has(n)) continue;
        frozenNumbers.add(n);
        const profile = pick(profiles);
        frozenUsers.push({
            userId: userId(n),
            name: userName(n),
            username: username(n),
            profileId: profile.parentId,
            profileName: profile.label
        });
    }
    const frozenSignIns: SignInOutcome[] = frozenUsers
        .filter(() => chance(0.05))
        .map((u) => ({
            application: pick(catalog.flatMap((entry) => entry.matchNames)),
            status: chance(0.5) ? 'Success' : 'User is frozen',
            userId: u.userId,
            userName: u.name,
            attempts: 1 + Math.floor(random() * 5),
            lastAttempt: null
        }));
    const refusalStatuses = ['Restricted IP', 'Restricted time', 'Failed: IP Address Not Allowed'];
    const refusals: SignInRefusal[] = [];
    const refusalKeys = new Set<string>();
    while (refusals.length < caps.refusalGroups) {
        const n = 1 + Math.floor(random() * activeUsers);
        const application = pick(catalog.flatMap((entry) => entry.matchNames));
        const status = pick(refusalStatuses);
        const key = `${application}\u0000${status}\u0000${n}`;
        if (refusalKeys.has(key)) continue;
        refusalKeys.add(key);
        const profile = pick(profiles);
        refusals.push({
            application,
            status,
            userId: userId(n),
            userFullName: userName(n),
            username: username(n),
            profileId: profile.parentId,
            profileName: profile.label,
            attempts: 1 + Math.floor(random() * 20)
        });
    }

    const snapshot: OrgSnapshot = {
        schemaVersion: 2,
        capturedAt,
        reader: { source: 'generator', soqlQueries: 10, queryRows: holders.length + tokenCount + signInCount + grants.length, caps },
        org: section(
            {
                id: makeId('00D', POD, 1),
                name: 'Large Org (generated)',
                edition: 'Unlimited Edition',
                isSandbox: false,
                instanceName: 'USA999',
                trialExpirationDate: null,
                myDomainUrl: 'https://large-org.my.salesforce.com',
                lightningUrl: 'https://large-org.lightning.force.com'
            },
            false,
            null
        ),
        runningUser: section(
            {
                userId: userId(1),
                name: userName(1),
                username: username(1),
                // Every permission the Apex reader checks (JSR_RunningUserPermissions.CHECKED), all held.
                permissions: permissionChecks([])
            },
            false,
            null
        ),
        catalog: section(catalog, false, null),
        apps: section(installs, false, null),
        grants: section(grants, grants.length >= grantCap, `More than ${grantCap} grants: the list is cut.`),
        permissionHolders: section(
            {
                fieldsAvailable: { canApproveUninstalledApps: true, useAnyApiClient: true },
                holders: [...bypassHolders, ...adminHolders],
                apiEnabled: {
                    holders: apiEnabled.length,
                    activeAssignees: apiEnabled.reduce((sum, h) => sum + h.assignable.activeAssignees, 0),
                    largest: largestFirst(apiEnabled).slice(0, 5)
                },
                sampleUsers
            },
            holders.length >= caps.permissionSets || sampleCut || listsCut,
            `More than ${caps.permissionSets} profiles, permission sets and groups hold these permissions, more holders than the lists show, or more than ${caps.holderSampleUsers} users per bypass holder: the list is cut.`
        ),
        authorizations: section(
            authorizations,
            tokenCount >= caps.oauthTokens,
            `OauthToken rows stop at ${caps.oauthTokens} (platform limit).`
        ),
        signIns: section(signIns, signIns.length >= apex.lists.signInsSent, `Sign-in groups stop at ${apex.lists.signInsSent}.`),
        frozenUsers: section(
            { users: frozenUsers, signIns: frozenSignIns },
            frozenUsers.length >= caps.frozenUsers,
            `Frozen users stop at ${caps.frozenUsers}: some are missing.`
        ),
        signInRefusals: section(
            refusals,
            refusals.length >= caps.refusalGroups,
            `Refused sign-ins stop at ${caps.refusalGroups} groups: some are missing.`
        ),
        ...largeActivity(tokenRows, caps, apex.lists.signInDayFailuresSent, capturedAt, random)
    };
    const summary: LargeSnapshotSummary = {
        activeUsers,
        holders: holders.length,
        oauthTokens: tokenRows.length,
        grants: grants.length,
        signInGroups: signIns.length,
        sampleUsers: sampleUsers.length,
        caps,
        capsFromApex: apex.fromApex,
        holdersBeyondApexCap: holderCount > apex.caps.permissionSets ? apex.caps.permissionSets : null
    };
    return { snapshot, summary };
}

/** The activity call at its caps: every token of every app (2,500, the platform's cap) spread over 250 apps besides
 * Jetstream's, and both windows of failed sign-ins per day full (every group read a failure: as many as the reader
 * sends, the worst case for size). */
function largeActivity(
    catalogTokens: readonly OauthTokenRow[],
    caps: ReaderCaps,
    failuresSent: number,
    capturedAt: string,
    random: () => number
): Pick<OrgSnapshot, 'appsInUse' | 'signInDays'> {
    const appNames = Array.from({ length: 250 }, (_, i) => `Third-Party Integration App Number ${String(i + 1).padStart(3, '0')}`);
    const byName = new Map<string, AppInUse>();
    catalogTokens.forEach((row, i) => {
        // Half the tokens are Jetstream's (as read by getSnapshot), the rest spread over the other apps.
        const appName = i % 2 === 0 ? row.appName : (appNames[i % appNames.length] as string);
        let app = byName.get(appName);
        if (!app)
            byName.set(
                appName,
                (app = {
                    appName,
                    applicationId: i % 3 === 0 ? null : makeId('0H4', POD, 9000 + i),
                    namespacePrefix: i % 7 === 0 ? 'sf_chttr_apps' : null,
                    connectedAppId: i % 3 === 0 ? null : makeId('0H4', POD, 9000 + i),
                    externalClientAppId: null,
                    tokens: 0,
                    lastUsed: null,
                    userIds: []
                })
            );
        countToken(app, row);
    });
    const today = capturedAt.slice(0, 10);
    const statuses = [
        'Failed: Not approved for access',
        'Invalid Password',
        'Restricted IP',
        'User is Frozen',
        'Failed: Computer activation required'
    ];
    const applications = [...new Set([...catalogTokens.map((t) => t.appName), ...appNames])];
    const days: SignInDays = { windows: [], applications, statuses, failures: [] };
    for (const w of SIGN_IN_WINDOWS) {
        const span = w.from - w.to + 1;
        for (let g = 0; g < Math.min(caps.signInDayGroups, failuresSent); g++)
            days.failures.push({
                day: daysBefore(today, w.to + (g % span)),
                application: Math.floor(g / span) % applications.length,
                status: Math.floor(g / span / applications.length) % statuses.length,
                attempts: 1 + Math.floor(random() * 400)
            });
        days.windows.push({
            firstDay: daysBefore(today, w.from),
            lastDay: daysBefore(today, w.to),
            truncated: true,
            oldestDayRead: daysBefore(today, w.from)
        });
    }
    return {
        appsInUse: section([...byName.values()], catalogTokens.length >= caps.oauthTokens, `OauthToken rows stop at ${caps.oauthTokens}.`),
        signInDays: section(days, true, `Login History groups per day stop at ${caps.signInDayGroups} per window.`)
    };
}

function largestFirst(holders: PermissionHolder[]): PermissionHolder[] {
    return [...holders].sort((a, b) => b.assignable.activeAssignees - a.assignable.activeAssignees);
}

/** `count` LoginHistory groups of the catalog apps (the reader keeps only those), every user together. */
function signInGroups(catalog: CatalogEntry[], count: number, random: () => number): SignInOutcome[] {
    const applications = catalog.flatMap((entry) => entry.matchNames);
    const statuses = ['Success', 'Failed: Not approved for access', 'Invalid Password', 'Failed: API security token required'];
    const rows: SignInOutcome[] = [];
    for (let i = 0; rows.length < count; i++) {
        const application = applications[i % applications.length] as string;
        const round = Math.floor(i / applications.length);
        // Beyond the common statuses, numbered ones: an org at the cap has that many distinct (application, status) pairs.
        const status = round < statuses.length ? (statuses[round] as string) : `Failed: status ${round}`;
        rows.push({ application, status, userId: null, userName: null, attempts: 1 + Math.floor(random() * 4000), lastAttempt: null });
    }
    return rows.sort((a, b) => b.attempts - a.attempts);
}

/** getUserFacts' response at its caps: a user with every list the reader sends for one user full. */
export function generateLargeUserFacts(snapshot: OrgSnapshot, apex: ApexCaps = readApexCaps()): UserFacts {
    const holders = snapshot.permissionHolders.data?.holders ?? [];
    const pool = [...holders, ...(snapshot.permissionHolders.data?.apiEnabled.largest ?? [])];
    const base = pool[0];
    if (!base) throw new Error('generateLargeUserFacts: the snapshot has no holders');
    const assignments = Array.from({ length: apex.lists.userAssignments }, (_, i) => {
        const holder = pool[i % pool.length] as PermissionHolder;
        const permissionSetId = makeId('0PS', 'u1', i + 1);
        return { ...holder, assignable: { ...holder.assignable, permissionSetId }, expirationDate: null };
    }).map(
        ({ assignable, expirationDate, apiEnabled, modifyAllData, customizeApplication, canApproveUninstalledApps, useAnyApiClient }) => ({
            assignable,
            expirationDate,
            apiEnabled,
            modifyAllData,
            customizeApplication,
            canApproveUninstalledApps,
            useAnyApiClient
        })
    );
    const grants = (snapshot.grants.data ?? []).slice(0, apex.lists.grants);
    const user = { userId: makeId('005', 'u1', 1), name: 'User One', username: 'user.one@large.example.com' };
    const tokenTemplate = snapshot.authorizations.data?.[0]?.sample[0];
    const tokens: OauthTokenRow[] = tokenTemplate
        ? Array.from({ length: apex.lists.userTokens }, () => ({
              ...tokenTemplate,
              userId: user.userId,
              userFullName: user.name,
              username: user.username
          }))
        : [];
    return {
        schemaVersion: 2,
        capturedAt: snapshot.capturedAt,
        orgId: snapshot.org.data?.id ?? makeId('00D', POD, 1),
        reader: { ...snapshot.reader, soqlQueries: 10 },
        user: section({ ...user, isActive: true, userType: 'Standard', profileId: null, profileName: base.profileName }, false, null),
        assignments: section(assignments, true, `The user has more than ${apex.lists.userAssignments} assignments: the list is cut.`),
        grants: section(grants, grants.length >= apex.lists.grants, 'More grants reach this user: the list is cut.'),
        authorizations: section(tokens, true, 'More tokens: these are the most recently used.'),
        signIns: section(
            signInGroups(snapshot.catalog.data ?? [], 30, seededRandom(2)).map((s) => ({ ...s, userId: user.userId, userName: user.name })),
            false,
            null
        ),
        userLogin: section({ isFrozen: false }, false, null)
    };
}

export function generateLargeSnapshot(options: LargeSnapshotOptions = {}): OrgSnapshot {
    return generateLargeSnapshotWithSummary(options).snapshot;
}

/** The most JSON one @AuraEnabled response may carry at the reader's caps (issue 13: heap and size by design). */
export const RESPONSE_LIMIT_BYTES = 1_000_000;

/** Each JSR_ReadinessController entry point's response at the reader's caps (100k users, 3,000 holders, every list
 * full), as the JSON text Apex returns. */
export function responsesAtTheCaps(apex: ApexCaps = readApexCaps()): Record<string, string> {
    const snapshot = generateLargeSnapshot({ activeUsers: 100_000, holders: apex.caps.permissionSets, apexCaps: apex });
    const search = Array.from({ length: 25 }, (_, i) => ({
        userId: makeId('005', POD, i + 1),
        name: `User With A Long Name ${i}`,
        username: `user.with.a.long.name.${i}@large.example.com`,
        isActive: true,
        profileName: 'Custom: Sales Operations Profile'
    }));
    // The activity call's sections come from their own call; getSnapshot reports them not read.
    return {
        getSnapshot: JSON.stringify(withoutActivity(snapshot)),
        getActivity: JSON.stringify(activityOf(snapshot)),
        getUserFacts: JSON.stringify(generateLargeUserFacts(snapshot, apex)),
        searchUsers: JSON.stringify(search)
    };
}

/** The responses over the budget, one message each: name, size and budget. */
export function oversizedResponses(responses: Record<string, string>, limit = RESPONSE_LIMIT_BYTES): string[] {
    return Object.entries(responses)
        .filter(([, json]) => Buffer.byteLength(json) > limit)
        .map(
            ([name, json]) =>
                `${name}: ${Buffer.byteLength(json).toLocaleString('en-US')} bytes of JSON at the caps, over ${limit.toLocaleString('en-US')}`
        );
}

/** One line per fact, for the generator's output. */
export function describeSummary(summary: LargeSnapshotSummary, bytes: number): string {
    const beyond =
        summary.holdersBeyondApexCap === null
            ? ''
            : ` (more than the Apex reader's cap of ${summary.holdersBeyondApexCap}: a stress case beyond what the reader returns)`;
    const apex =
        summary.capsFromApex.length > 0
            ? `caps from Apex: ${summary.capsFromApex.join(', ')}`
            : 'caps: contract defaults (no Apex constants found)';
    return [
        `snapshot: ${(bytes / 1024 / 1024).toFixed(1)} MiB of JSON`,
        `  ${summary.activeUsers.toLocaleString('en-US')} active users, ${summary.holders.toLocaleString('en-US')} holders${beyond}`,
        `  ${summary.oauthTokens} OauthToken rows, ${summary.grants} grants, ${summary.signInGroups} sign-in groups, ${summary.sampleUsers} sample users`,
        `  ${apex}`
    ].join('\n');
}

/** npm run generate:large -- OUT.json [--seed N] [--users N] [--holders N] */
export function generateLargeMain(argv: string[], write: (path: string, text: string) => void, log: (text: string) => void): number {
    const out = argv.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg));
    const number = (flag: string): number | undefined => {
        const index = argv.indexOf(flag);
        if (index < 0) return undefined;
        const value = Number(argv[index + 1]);
        return Number.isInteger(value) && value > 0 ? value : Number.NaN;
    };
    const seed = number('--seed');
    const activeUsers = number('--users');
    const holders = number('--holders');
    if (out === undefined || [seed, activeUsers, holders].some((value) => Number.isNaN(value))) {
        log('Usage: npm run generate:large -- OUT.json [--seed N] [--users N] [--holders N]');
        return 2;
    }
    const { snapshot, summary } = generateLargeSnapshotWithSummary({ seed, activeUsers, holders });
    const text = JSON.stringify(snapshot);
    write(out, text);
    log(`wrote ${out}\n${describeSummary(summary, Buffer.byteLength(text))}`);
    return 0;
}

// npm run generate:large -- OUT.json [--seed N] [--users N] [--holders N] (not committed: several MB of JSON)
if (require.main === module)
    process.exitCode = generateLargeMain(
        process.argv.slice(2),
        (path, text) => writeFileSync(path, text),
        (text) => console.log(text)
    );
