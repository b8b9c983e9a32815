// The decision model's invariants as functions that list what is wrong (an empty list: coherent), and the inputs they
// run on: every sample org, generated orgs (fast-check), and the same snapshots with one section degraded (partly
// read, capped, unavailable). coherence.test.ts runs them.
import fc from 'fast-check';
import { appTokensOf, FixtureOrg, fixtureReader, holdersSection, ok, permissionChecks } from '../../../../../../samples/build/kit';
import { evaluateSnapshot } from '../evaluate';
import { SECTION_ORDER, type SnapshotSectionName } from '../facts';
import type { ReadinessReport, Verdict, WayVerdict } from '../report';
import type { Assignable, OrgSnapshot, Section, UsageSetting, UserFacts, WayId } from '../snapshot';
import { evaluateUser } from '../user';

export const NOW = new Date('2026-11-28T12:00:00.000Z');

// ---------------------------------------------------------------------------------------------------
// coherence of one report
// ---------------------------------------------------------------------------------------------------

const WORST_FIRST: Verdict[] = ['blocked', 'actionNeeded', 'cannotDetermine', 'ready'];

/** Raw enum values and rule ids must never reach the text an admin reads. */
const INTERNAL_WORDS =
    /\b(?:notApplicable|notInstalled|notUsed|adminApproved|selfAuthorize|cannotDetermine|actionNeeded|inOrgPackage|loginWithSalesforce|(?:app|eca|grant|bypass|org|reader|signin|user)\.[a-z]+(?:-[a-z]+)+)\b/;

export function coherenceProblems(report: ReadinessReport): string[] {
    const problems: string[] = [];
    const used = report.ways.filter((w) => w.usage.counts);
    // The header's start here is plan step 1.
    if (JSON.stringify(report.overall.startHere) !== JSON.stringify(report.plan[0] ?? null)) problems.push('start here is not plan step 1');
    if (report.overall.startHere && report.overall.verdict !== 'ready' && !report.overall.headline.includes(report.overall.startHere.title))
        problems.push('the headline does not name plan step 1');
    // Overall = worst verdict among used ways (notUsed when none).
    const worst = WORST_FIRST.find((v) => used.some((w) => w.verdict === v)) ?? 'notUsed';
    if (report.overall.verdict !== worst) problems.push(`overall ${report.overall.verdict}, worst used way ${worst}`);
    for (const way of report.ways) {
        // A way the org does not use is never red, never counted.
        if (!way.usage.counts && way.verdict !== 'notUsed' && way.verdict !== 'notApplicable')
            problems.push(`${way.way} is not used but ${way.verdict}`);
        if (way.usage.counts && (way.verdict === 'notUsed' || way.verdict === 'notApplicable'))
            problems.push(`${way.way} counts but is ${way.verdict}`);
        // The app card shows the way's verdict.
        const app = report.apps.find((a) => a.catalogName === way.catalogName);
        if (app && app.verdict !== way.verdict) problems.push(`${way.way}: way ${way.verdict}, app card ${app.verdict}`);
    }
    // No install button for an installed app, here or in the plan.
    for (const app of report.apps) {
        if (app.install === 'installed' && (app.installLink !== null || app.installRecommended))
            problems.push(`${app.label} is installed but offers an install`);
        if (app.installRecommended && !app.usage.counts) problems.push(`${app.label} is not used but recommends installing`);
    }
    const installed = report.apps.filter((a) => a.install === 'installed').map((a) => a.label);
    for (const step of report.plan)
        for (const link of step.links)
            if (
                link.kind === 'install' &&
                installed.some((label) => link.label === `Install ${label}` || link.label === `Install ${label} in production`)
            )
                problems.push(`plan step "${step.title}" offers ${link.label}, which is installed`);
    // Severity invariant: a used way is blocked <=> an error finding names it; action needed <=> a warning and no error.
    const counting = report.findings.filter((f) => f.counts);
    for (const way of used) {
        const error = counting.some((f) => f.severity === 'error' && f.ways.includes(way.way));
        const warning = counting.some((f) => f.severity === 'warning' && f.ways.includes(way.way));
        if ((way.verdict === 'blocked') !== error) problems.push(`${way.way} is ${way.verdict}; error finding names it: ${error}`);
        if ((way.verdict === 'actionNeeded') !== (warning && !error))
            problems.push(`${way.way} is ${way.verdict}; warning (no error) names it: ${warning && !error}`);
    }
    if (report.overall.verdict === 'ready' && counting.some((f) => f.severity === 'error' || f.severity === 'warning'))
        problems.push('ready org with an error or warning');
    for (const f of report.findings) {
        for (const w of f.ways) if (!used.some((u) => u.way === w)) problems.push(`finding ${f.ruleId} names ${w}, which does not count`);
        // A row about a way the org does not use is shown neutral and never counts; a finding counts only through its rows.
        for (const item of f.items)
            if (item.way && item.counts && !used.some((u) => u.way === item.way))
                problems.push(`finding ${f.ruleId}: the row about ${item.way} counts, but the org does not use it`);
        if (f.counts !== f.items.some((i) => i.counts)) problems.push(`finding ${f.ruleId} counts: ${f.counts}, its rows disagree`);
    }
    // Words an admin reads.
    const texts = [
        report.overall.headline,
        report.overall.countsLine,
        ...report.plan.flatMap((s) => [s.title, s.why]),
        ...report.ways.flatMap((w) => [w.summary, w.usage.reason, ...w.reasons.flatMap((r) => [r.question, r.detail])]),
        ...report.findings.flatMap((f) => [f.title, f.explanation, ...f.items.flatMap((i) => [i.label, i.detail])]),
        ...report.apps.flatMap((a) => [a.whoCanConnect, a.usage.reason])
    ];
    for (const text of texts) if (INTERNAL_WORDS.test(text)) problems.push(`internal word in “${text}”`);
    return problems;
}

/** A user with no special access: active, API Enabled through their profile, nothing else. */
export function plainUserFacts(snapshot: OrgSnapshot): UserFacts {
    const fields = snapshot.permissionHolders.data?.fieldsAvailable;
    const profile: Assignable = {
        permissionSetId: '0PS4x00000PLAINAAA',
        kind: 'Profile',
        name: 'Plain Profile',
        label: 'Plain Profile',
        parentId: '00e4x00000PLAINAAA',
        isCustom: true,
        hasActivationRequired: false,
        groupStatus: null,
        activeAssignees: 1,
        expiringAssignees: 0
    };
    return {
        schemaVersion: 2,
        capturedAt: snapshot.capturedAt,
        orgId: snapshot.org.data?.id ?? '00D000000000000AAA',
        reader: snapshot.reader,
        user: ok({
            userId: '0054x00000PLAINAAA',
            name: 'Pat Plain',
            username: 'pat.plain@example.com',
            isActive: true,
            userType: 'Standard',
            profileId: profile.parentId,
            profileName: profile.name
        }),
        assignments: ok([
            {
                assignable: profile,
                expirationDate: null,
                apiEnabled: true,
                modifyAllData: false,
                customizeApplication: false,
                canApproveUninstalledApps: fields?.canApproveUninstalledApps === false ? null : false,
                useAnyApiClient: fields?.useAnyApiClient === true ? false : null
            }
        ]),
        grants: ok([]),
        authorizations: ok([]),
        signIns: ok([]),
        userLogin: ok({ isFrozen: false })
    };
}

/** The way verdict and the user check agree for a user with no special access. */
export function userAgreementProblems(snapshot: OrgSnapshot, report: ReadinessReport): string[] {
    const problems: string[] = [];
    const user = evaluateUser(snapshot, plainUserFacts(snapshot), { now: NOW });
    for (const way of report.ways) {
        const u = user.ways.find((w) => w.way === way.way);
        if (!u) continue;
        if (way.verdict === 'blocked' && u.canConnect !== 'no') problems.push(`${way.way} blocked, the plain user: ${u.canConnect}`);
        if (way.verdict === 'notApplicable' && u.canConnect !== 'notApplicable')
            problems.push(`${way.way} not applicable, the plain user: ${u.canConnect}`);
        if (way.verdict !== 'notApplicable' && u.canConnect === 'notApplicable')
            problems.push(`${way.way} ${way.verdict}, the plain user: not applicable`);
        const app = report.apps.find((a) => a.catalogName === way.catalogName);
        if (way.verdict === 'ready' && app?.permittedUsers === 'selfAuthorize' && u.canConnect !== 'yes')
            problems.push(`${way.way} ready (self-authorize), the plain user: ${u.canConnect}`);
        if (u.usage !== way.usage.usage) problems.push(`${way.way}: usage ${way.usage.usage}, user check ${u.usage}`);
    }
    return problems;
}

// ---------------------------------------------------------------------------------------------------
// unknown is never "no": one section degraded
// ---------------------------------------------------------------------------------------------------

export type SectionName = SnapshotSectionName;
/** Every section of the snapshot, in the engine's order. */
export const SECTIONS: readonly SectionName[] = SECTION_ORDER;
export type Degradation = 'unavailable' | 'partial' | 'truncated';
export const DEGRADATIONS: Degradation[] = ['unavailable', 'partial', 'truncated'];

/** Which rows a partly read section keeps (the rest is what the reader did not see). */
export type Keep = (index: number) => boolean;
export const KEEP_EVEN: Keep = (i) => i % 2 === 0;
export const KEEP_NONE: Keep = () => false;

function degradeSection<T>(section: Section<T>, how: Degradation, keep: Keep, drop: (data: T, keep: Keep) => T): Section<T> {
    if (how === 'unavailable' || section.data === null)
        return {
            status: 'unavailable',
            reason: 'Test: not read.',
            missingPermissions: ['PermissionsViewSetup'],
            missingFields: [],
            truncated: false,
            data: null
        };
    return {
        ...section,
        status: 'partial',
        reason: 'Test: read only partly.',
        truncated: how === 'truncated',
        data: drop(section.data, keep)
    };
}

function dropRows<T>(data: T, keep: Keep): T {
    return (Array.isArray(data) ? data.filter((_, i) => keep(i)) : data) as T;
}

export function degrade(snapshot: OrgSnapshot, name: SectionName, how: Degradation, keep: Keep): OrgSnapshot {
    const copy = JSON.parse(JSON.stringify(snapshot)) as OrgSnapshot;
    if (name === 'org' || name === 'runningUser') {
        (copy as unknown as Record<string, Section<unknown>>)[name] = degradeSection(
            copy[name] as Section<unknown>,
            'unavailable',
            keep,
            (d) => d
        );
    } else if (name === 'frozenUsers') {
        copy.frozenUsers = degradeSection(copy.frozenUsers, how, keep, (d, k) => {
            const users = d.users.filter((_, i) => k(i));
            return { users, signIns: d.signIns.filter((s) => users.some((u) => u.userId === s.userId)) };
        });
    } else if (name === 'permissionHolders') {
        copy.permissionHolders = degradeSection(copy.permissionHolders, how, keep, (d, k) => ({
            ...d,
            holders: d.holders.filter((_, i) => k(i)),
            sampleUsers: d.sampleUsers.filter((u) => d.holders.some((h, i) => k(i) && h.assignable.permissionSetId === u.permissionSetId))
        }));
    } else {
        (copy as unknown as Record<string, Section<unknown>>)[name] = degradeSection(copy[name] as Section<unknown>, how, keep, dropRows);
    }
    return copy;
}

export type UserSectionName = 'user' | 'assignments' | 'grants' | 'authorizations' | 'signIns' | 'userLogin';
export const USER_SECTIONS: UserSectionName[] = ['user', 'assignments', 'grants', 'authorizations', 'signIns', 'userLogin'];

export function degradeUser(facts: UserFacts, name: UserSectionName, how: Degradation, keep: Keep): UserFacts {
    const copy = JSON.parse(JSON.stringify(facts)) as UserFacts;
    (copy as unknown as Record<string, Section<unknown>>)[name] = degradeSection(
        copy[name] as Section<unknown>,
        name === 'user' ? 'unavailable' : how,
        keep,
        dropRows
    );
    return copy;
}

/** The report of the snapshot with nobody frozen or refused: what the configuration and the usage prove without the
 * evidence of individual users who cannot sign in. A degraded read may lose that evidence (the frozen users' section,
 * or the tokens that show a frozen user connects); its verdict then rests on the rest (report-contract.md). */
export function baselineWithoutBlockers(snapshot: OrgSnapshot): ReadinessReport {
    const copy = JSON.parse(JSON.stringify(snapshot)) as OrgSnapshot;
    const ok = { status: 'ok' as const, reason: null, missingPermissions: [], missingFields: [], truncated: false };
    copy.frozenUsers = { ...ok, data: { users: [], signIns: [] } };
    copy.signInRefusals = { ...ok, data: [] };
    return reportOf(copy);
}

/** What a degraded read may say of a way, given what the full read says (and `baseline`, the way's verdict with nobody
 * frozen or refused: baselineWithoutBlockers). */
export function allowedDegradedVerdict(full: WayVerdict, degraded: WayVerdict, section: SectionName, baseline?: WayVerdict): boolean {
    if (degraded.verdict === full.verdict || degraded.verdict === 'cannotDetermine') return true;
    // Frozen or refused users make a way need action; when the degraded read no longer shows them, the verdict rests on
    // the rest.
    if (baseline && degraded.verdict === baseline.verdict) return true;
    // A proven problem stays one: "not installed" is action needed at least when who may bypass it is unknown.
    if (full.verdict === 'blocked' && degraded.verdict === 'actionNeeded') return true;
    // Neither counts: a way an admin marked not used reads "not used" when whether the org is a sandbox is unknown.
    const neutral = (v: Verdict) => v === 'notUsed' || v === 'notApplicable';
    if (neutral(full.verdict) && neutral(degraded.verdict)) return true;
    // Usage falls back to the configured value when the evidence was not (fully) read (decision model §1).
    const evidence = section === 'authorizations' || section === 'signIns';
    if (evidence && degraded.verdict === 'notUsed' && degraded.usage.configured === 'notUsed') return true;
    return false;
}

/** No "no" in a degraded report's chains that the full report answers otherwise; "Nobody" likewise. `baseline`: the report
 * of the snapshot with nobody frozen or refused (baselineWithoutBlockers). */
export function degradedProblems(
    full: ReadinessReport,
    degraded: ReadinessReport,
    section: SectionName,
    baseline?: ReadinessReport
): string[] {
    const problems: string[] = [];
    for (const d of degraded.ways) {
        const f = full.ways.find((w) => w.way === d.way);
        if (!f) continue;
        const b = baseline?.ways.find((w) => w.way === d.way);
        if (!allowedDegradedVerdict(f, d, section, b)) problems.push(`${section}: ${d.way} ${f.verdict} in full, ${d.verdict} degraded`);
        for (const r of d.reasons) {
            // A "no" the full read answers otherwise was not proven by what remained.
            if (r.answer === 'no' && f.reasons.some((fr) => fr.question === r.question && fr.answer !== 'no'))
                problems.push(`${section}: ${d.way} says no to “${r.question}”, the full read does not`);
        }
    }
    for (const d of degraded.apps) {
        const f = full.apps.find((a) => a.catalogName === d.catalogName);
        if (f && /^Nobody/.test(d.whoCanConnect) && !/^Nobody/.test(f.whoCanConnect))
            problems.push(`${section}: ${d.label} “${d.whoCanConnect}”, full “${f.whoCanConnect}”`);
    }
    return problems;
}

/** Per user and way: the degraded answer is the full one or unknown. */
export function degradedUserProblems(
    snapshot: OrgSnapshot,
    fullFacts: UserFacts,
    degradedSnapshot: OrgSnapshot,
    degradedFacts: UserFacts,
    label: string
): string[] {
    const full = evaluateUser(snapshot, fullFacts, { now: NOW });
    const degraded = evaluateUser(degradedSnapshot, degradedFacts, { now: NOW });
    const problems: string[] = [];
    for (const d of degraded.ways) {
        const f = full.ways.find((w) => w.way === d.way);
        if (f && d.canConnect !== f.canConnect && d.canConnect !== 'unknown')
            problems.push(`${label}: ${d.way} ${f.canConnect} in full, ${d.canConnect} degraded`);
        for (const r of d.chain) {
            if (r.answer === 'no' && f && f.chain.some((fr) => fr.question === r.question && fr.answer !== 'no'))
                problems.push(`${label}: ${d.way} says no to “${r.question}”`);
        }
    }
    return problems;
}

export function reportOf(snapshot: OrgSnapshot): ReadinessReport {
    return evaluateSnapshot(snapshot, { now: NOW });
}

// ---------------------------------------------------------------------------------------------------
// generated orgs
// ---------------------------------------------------------------------------------------------------

type AppState = 'none' | 'self' | 'admin' | 'policyUnknown';

export interface AppSpec {
    state: AppState;
    grants: { assignees: number; session: boolean }[];
    tokens: boolean[];
    failures: number;
    usage: UsageSetting | null;
    /** A token holder of the app is frozen (an admin's freeze), or a frozen user signed in to it (Salesforce's). */
    frozen: 'none' | 'tokenHolder' | 'signedIn';
    /** A user refused signing in to the app by this Login History status, or none. */
    refused: string | null;
}

export interface OrgSpec {
    sandbox: boolean;
    approveField: boolean;
    approveHolders: number[];
    useAnyField: boolean;
    useAnyHolders: number[];
    apps: [AppSpec, AppSpec, AppSpec, AppSpec];
}

const appSpec: fc.Arbitrary<AppSpec> = fc.record({
    state: fc.constantFrom<AppState>('none', 'self', 'admin', 'policyUnknown'),
    grants: fc.array(fc.record({ assignees: fc.integer({ min: 0, max: 3 }), session: fc.boolean() }), { maxLength: 2 }),
    tokens: fc.array(fc.boolean(), { maxLength: 3 }),
    failures: fc.integer({ min: 0, max: 2 }),
    usage: fc.constantFrom<UsageSetting | null>(null, null, 'expected', 'notUsed'),
    frozen: fc.constantFrom<AppSpec['frozen']>('none', 'none', 'tokenHolder', 'signedIn'),
    refused: fc.constantFrom<string | null>(null, null, 'Restricted IP', 'Failed: IP Address Not Allowed', 'Restricted time')
});

export const orgSpec: fc.Arbitrary<OrgSpec> = fc.record({
    sandbox: fc.boolean(),
    approveField: fc.boolean(),
    approveHolders: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 2 }),
    useAnyField: fc.boolean(),
    useAnyHolders: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 2 }),
    apps: fc.tuple(appSpec, appSpec, appSpec, appSpec)
});

const CATALOG_NAMES = ['Jetstream_Web', 'Jetstream_Desktop', 'Jetstream_Auth', 'Jetstream_In_Org_Package'];

/** A snapshot from a generated spec, built with the same kit as the sample orgs (so it fits the contract). */
export function buildSnapshot(spec: OrgSpec): OrgSnapshot {
    const org = new FixtureOrg(
        'Zz',
        {
            name: 'Generated',
            edition: 'Enterprise Edition',
            isSandbox: spec.sandbox,
            instanceName: 'USA1',
            trialExpirationDate: null,
            myDomainUrl: spec.sandbox ? 'https://gen--uat.sandbox.my.salesforce.com' : 'https://gen.my.salesforce.com',
            lightningUrl: null
        },
        NOW.toISOString()
    );
    const plain = org.assignable({
        kind: 'Profile',
        name: 'Standard User',
        isCustom: false,
        activeAssignees: 10,
        perms: { apiEnabled: true }
    });
    spec.approveHolders.forEach((n, i) =>
        org.assignable({
            kind: 'PermissionSet',
            name: `Approve ${i}`,
            isCustom: true,
            activeAssignees: n,
            perms: { canApproveUninstalledApps: true }
        })
    );
    spec.useAnyHolders.forEach((n, i) =>
        org.assignable({
            kind: 'PermissionSet',
            name: `Use Any ${i}`,
            isCustom: true,
            activeAssignees: n,
            perms: { useAnyApiClient: true }
        })
    );
    spec.apps.forEach((app, index) => {
        const name = CATALOG_NAMES[index] as string;
        const entry = org.catalog.find((e) => e.developerName === name);
        if (!entry) return;
        if (app.usage) org.setUsage(name, app.usage);
        if (app.state !== 'none') {
            if (entry.kind === 'ConnectedApp') {
                org.connectedApp(name, {
                    installed: true,
                    adminApproved: (app.state === 'policyUnknown' ? null : app.state === 'admin') as boolean,
                    refreshByInactivity: true,
                    refreshPeriod: 30,
                    highAssurance: false,
                    createdDate: '2026-01-01T00:00:00.000Z'
                });
            } else {
                org.externalClientApp(name, {
                    installed: true,
                    createdDate: '2026-01-01T00:00:00.000Z',
                    policy: {
                        permittedUsersPolicyType:
                            app.state === 'admin' ? 'AdminApprovedPreAuthorized' : app.state === 'self' ? 'AllSelfAuthorized' : null,
                        ipRelaxationPolicyType: 'Enforce',
                        refreshTokenPolicyType: 'SpecificInactivity',
                        refreshTokenValidityPeriod: 30,
                        refreshTokenValidityUnit: 'Days',
                        requiredSessionLevel: 'STANDARD'
                    }
                });
            }
            app.grants.forEach((g, i) => {
                const set = org.assignable({
                    kind: 'PermissionSet',
                    name: `${name} set ${i}`,
                    isCustom: true,
                    activeAssignees: g.assignees,
                    hasActivationRequired: g.session,
                    perms: { apiEnabled: true }
                });
                org.grant(name, set);
            });
        }
        const appName = entry.matchNames[0] ?? entry.label;
        app.tokens.forEach((live, i) => {
            const user = org.user({ name: `${name} user ${i}`, username: `${name.toLowerCase()}.${i}@gen.example`, profile: plain });
            org.token({
                appName,
                user,
                createdDate: '2026-01-01T00:00:00.000Z',
                lastUsedDate: live ? '2026-11-20T00:00:00.000Z' : '2026-09-01T00:00:00.000Z',
                useCount: 3
            });
        });
        if (app.frozen !== 'none') {
            const user = org.user({
                name: `${name} frozen`,
                username: `${name.toLowerCase()}.frozen@gen.example`,
                profile: plain,
                frozen: true
            });
            if (app.frozen === 'tokenHolder')
                org.token({
                    appName,
                    user,
                    createdDate: '2026-11-01T00:00:00.000Z',
                    lastUsedDate: '2026-11-25T00:00:00.000Z',
                    useCount: 2
                });
            else org.signIn({ application: appName, status: 'Success', user, attempts: 4, lastAttempt: '2026-11-20T00:00:00.000Z' });
        }
        if (app.refused) {
            const user = org.user({ name: `${name} refused`, username: `${name.toLowerCase()}.refused@gen.example`, profile: plain });
            org.signIn({ application: appName, status: app.refused, user, attempts: 3, lastAttempt: '2026-11-26T00:00:00.000Z' });
        }
        for (let i = 0; i < app.failures; i++) {
            const user = org.user({ name: `${name} failing ${i}`, username: `${name.toLowerCase()}.f${i}@gen.example`, profile: plain });
            org.signIn({
                application: appName,
                status: 'Failed: Not approved for access',
                user,
                attempts: 2,
                lastAttempt: '2026-11-27T00:00:00.000Z'
            });
        }
    });
    const fields = { canApproveUninstalledApps: spec.approveField, useAnyApiClient: spec.useAnyField };
    const runner = org.user({ name: 'Runner', username: 'runner@gen.example', profile: plain });
    return {
        ...org.snapshotBase(),
        reader: fixtureReader(10, 100),
        runningUser: ok({ userId: runner.key, username: runner.username, name: runner.name, permissions: permissionChecks([]) }),
        apps: ok(org.appInstalls()),
        grants: ok(org.grantRows()),
        permissionHolders: ok(holdersSection(org.holders(fields), fields, org.sampleUsers(fields))),
        authorizations: ok(appTokensOf(org.tokenRows())),
        signIns: ok(org.signInRows()),
        frozenUsers: ok(org.frozenUsersData()),
        signInRefusals: ok(org.refusalRows()),
        appsInUse: ok(org.appsInUse()),
        signInDays: ok(org.signInDays())
    };
}

export const generatedSnapshot: fc.Arbitrary<OrgSnapshot> = orgSpec.map(buildSnapshot);

export function wayOf(report: ReadinessReport, way: WayId): WayVerdict {
    const found = report.ways.find((w) => w.way === way);
    if (!found) throw new Error(`no way ${way}`);
    return found;
}
