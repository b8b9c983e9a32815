// The decision per app and way of connecting: whether the org uses it (configuration + evidence), and the verdict
// of the facts with the chain of questions that decides it. The way card, the app card, the rules (their severity and
// rows), the plan and the overall status all read this one decision, so no two parts of a report can disagree.
import { IDLE_LIMIT_DAYS, largestFirst, type AppFacts, type OrgFacts } from './facts';
import { appPageLink, assignableLink, installLink, userLink, usageSettingLink } from './links';
import type { AppVerdict, AuthorizationSummary, GrantView, ReasonStep, Usage, UsageView, Verdict, WayVerdict } from './report';
import type { WayId } from './snapshot';
import { LOGIN_WITH_SALESFORCE_PRODUCTION_ONLY } from './sources';
import { assignableWords, cappedWithoutHolderWords, listNames, plural, refreshWords } from './words';

export const WAY_ORDER: readonly WayId[] = ['web', 'desktop', 'loginWithSalesforce', 'inOrgPackage'];

export const WAY_LABELS: Record<WayId, string> = {
    web: 'Jetstream web app',
    desktop: 'Jetstream desktop app',
    loginWithSalesforce: 'Log in to Jetstream with Salesforce',
    inOrgPackage: 'Jetstream in-org package'
};

/** The verdict of the facts for one app, whatever its usage. */
export interface Decision {
    verdict: Exclude<Verdict, 'notApplicable' | 'notUsed'>;
    summary: string;
    reasons: ReasonStep[];
}

/** One app, judged: its usage and its decision. */
export interface AppJudgement {
    app: AppFacts;
    usage: UsageView;
    decision: Decision;
    /** What the report shows: the decision's verdict for an app that counts, else notUsed / notApplicable. */
    verdict: Verdict;
}

/** How many token rows an AuthorizationSummary samples for display. */
export const AUTHORIZATION_SAMPLE_SIZE = 10;

/** Grants with active users, largest first, at most GRANT_LIST_SIZE named (a large org can have thousands). */
export const GRANT_LIST_SIZE = 10;

function step(question: string, answer: ReasonStep['answer'], detail: string): ReasonStep {
    return { question, answer, detail };
}

// ---------------------------------------------------------------------------------------------------
// usage
// ---------------------------------------------------------------------------------------------------

/** Whether the org uses the app: not applicable (log in with Salesforce in a sandbox), in use (evidence), or as
 * configured. An unread evidence section never changes the configured value: only rows read are evidence. */
export function usageOf(facts: OrgFacts, app: AppFacts): UsageView {
    const u = app.usage;
    const by = u.configuredBy === 'admin' ? 'by an admin' : 'by default';
    const changeLink = usageSettingLink(u.adminRecordId);
    const view = (usage: Usage, reason: string): UsageView => ({
        usage,
        configured: u.configured,
        configuredBy: u.configuredBy,
        reason,
        changeLink,
        counts: usage === 'expected' || usage === 'inUse'
    });
    if (app.entry.way === 'loginWithSalesforce' && facts.isSandbox === true) {
        return view('notApplicable', `Not applicable in a sandbox: ${LOGIN_WITH_SALESFORCE_PRODUCTION_ONLY}.`);
    }
    if (u.hasEvidence) {
        const who = `${plural(u.evidenceUsers, 'user')} ${u.evidenceUsers === 1 ? 'holds' : 'hold'} ${app.entry.label} authorizations or signed in with it in the last ${IDLE_LIMIT_DAYS} days`;
        return u.configured === 'notUsed' ? view('inUse', `Marked not used ${by}, but ${who}.`) : view('inUse', `${who}.`);
    }
    return u.configured === 'expected'
        ? view('expected', `Expected ${by}.`)
        : view('notUsed', u.configuredBy === 'admin' ? 'Marked not used by an admin.' : 'Not used (the package’s default).');
}

// ---------------------------------------------------------------------------------------------------
// the decision
// ---------------------------------------------------------------------------------------------------

/** The app's grants with active users, named (largest first beyond GRANT_LIST_SIZE); worded once per app. */
const grantListOf = new WeakMap<AppFacts, string>();

export function grantList(app: AppFacts): string {
    const known = grantListOf.get(app);
    if (known !== undefined) return known;
    const effective = app.grants.filter((g) => !g.grantedTo.hasActivationRequired);
    const named = (
        effective.length > GRANT_LIST_SIZE ? largestFirst(effective, GRANT_LIST_SIZE, (g) => g.grantedTo.activeAssignees) : effective
    )
        .map((g) => `${assignableWords(g.grantedTo)} (${g.grantedTo.activeAssignees})`)
        .join(', ');
    const list = effective.length > GRANT_LIST_SIZE ? `${named} and ${effective.length - GRANT_LIST_SIZE} more` : named;
    grantListOf.set(app, list);
    return list;
}

/** Use Any API Client reaches an admin-approved External Client App without a grant: whether anyone holds it.
 * The field absent from describe means the permission does not exist here: nobody holds it. */
function useAnyHolders(facts: OrgFacts): 'some' | 'none' | 'unknown' {
    const u = facts.useAny;
    if (u.fieldExists === false) return 'none';
    if (!u.determinable) return 'unknown';
    return u.holders.length > 0 ? 'some' : 'none';
}

/** The verdict of the facts for one app: its configuration (installed, who may connect), then the users who connect it
 * but cannot (frozen, refused by an IP restriction). */
export function decide(facts: OrgFacts, app: AppFacts): Decision {
    const decision = decideConfiguration(facts, app);
    // Log in with Salesforce matters only in production: not (or not known to be) production, nothing more to ask.
    if (app.entry.way === 'loginWithSalesforce' && facts.isSandbox !== false) return decision;
    return withUserBlockers(facts, app, decision);
}

/** Users refused by an IP restriction, and their attempts, among refusal rows. */
function refusedUsers(rows: AppFacts['ipRefusals']): { users: number; attempts: number } {
    return { users: new Set(rows.map((r) => r.userId)).size, attempts: rows.reduce((n, r) => n + r.attempts, 0) };
}

/** "profile “Contractors” (2 users), profile “Sales” (1 user)": the profiles of refused users, largest first. */
export function refusedProfilesWords(rows: AppFacts['ipRefusals']): string {
    const byProfile = new Map<string, Set<string>>();
    for (const r of rows) {
        const key = r.profileName ?? 'a profile the check could not read';
        const users = byProfile.get(key) ?? new Set<string>();
        users.add(r.userId);
        byProfile.set(key, users);
    }
    const named = [...byProfile.entries()]
        .sort((a, b) => b[1].size - a[1].size)
        .map(([profile, users]) => `${profile.startsWith('a profile') ? profile : `profile “${profile}”`} (${plural(users.size, 'user')})`);
    return listNames(named, 3);
}

function frozenStep(facts: OrgFacts, app: AppFacts): ReasonStep {
    const name = app.entry.label;
    const question = `Are users who connect ${name} frozen?`;
    const frozen = app.frozenConnectors;
    if (frozen.length > 0) {
        const names = frozen.map((c) => c.user.name);
        return step(
            question,
            'yes',
            `${listNames(names)} ${frozen.length === 1 ? 'is' : 'are'} frozen: a frozen user cannot log in until an admin unfreezes them.`
        );
    }
    if (!facts.frozenReadable) return step(question, 'unknown', facts.snapshot.frozenUsers.reason ?? 'Who is frozen could not be read.');
    if (!facts.frozenComplete)
        return step(question, 'unknown', 'None among the users this check could read; some could not be read, so this is not a “no”.');
    return step(question, 'no', `No frozen user holds a ${name} authorization or signed in to it in the last 30 days.`);
}

function ipRefusalStep(facts: OrgFacts, app: AppFacts): ReasonStep {
    const name = app.entry.label;
    const question = `Did IP restrictions refuse users connecting ${name} in the last 30 days?`;
    if (app.ipRefusals.length > 0) {
        const { users } = refusedUsers(app.ipRefusals);
        const statuses = [...new Set(app.ipRefusals.map((r) => `“${r.status}”`))].join(', ');
        return step(question, 'yes', `${plural(users, 'user')} refused (${statuses}): ${refusedProfilesWords(app.ipRefusals)}.`);
    }
    if (!facts.refusalsReadable)
        return step(question, 'unknown', facts.snapshot.signInRefusals.reason ?? 'Refused sign-ins could not be read.');
    if (!facts.refusalsComplete)
        return step(question, 'unknown', 'None among the sign-ins this check could read; some could not be read, so this is not a “no”.');
    return step(question, 'no', 'Login History shows no sign-in refused by an IP restriction.');
}

/** Frozen users and users refused by an IP restriction are users already failing: a proven problem, so the way needs
 * action (a way already blocked stays blocked). Not read, their steps say "unknown" and the verdict rests on the rest. */
function withUserBlockers(facts: OrgFacts, app: AppFacts, decision: Decision): Decision {
    const frozen = frozenStep(facts, app);
    const refused = ipRefusalStep(facts, app);
    // The chain ends in the deciding fact: these steps join it when they find someone, or cannot tell.
    const reasons = [...decision.reasons, ...[frozen, refused].filter((r) => r.answer !== 'no')];
    const blockers: string[] = [];
    if (frozen.answer === 'yes') {
        const n = app.frozenConnectors.length;
        blockers.push(`${plural(n, 'user')} who ${n === 1 ? 'connects' : 'connect'} ${app.entry.label} ${n === 1 ? 'is' : 'are'} frozen`);
    }
    if (refused.answer === 'yes') {
        const { users } = refusedUsers(app.ipRefusals);
        blockers.push(`${plural(users, 'user')} ${users === 1 ? 'was' : 'were'} refused by an IP restriction`);
    }
    if (blockers.length === 0 || decision.verdict === 'blocked' || decision.verdict === 'actionNeeded') {
        const summary = blockers.length === 0 ? decision.summary : `${decision.summary} Also: ${blockers.join('; ')}.`;
        return { ...decision, summary, reasons };
    }
    const rest = decision.summary.replace(/^Ready\b/, 'ready').replace(/^Cannot\b/, 'cannot');
    return { verdict: 'actionNeeded', summary: `${capitalise(blockers.join('; '))}. Otherwise ${rest}`, reasons };
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function decideConfiguration(facts: OrgFacts, app: AppFacts): Decision {
    const name = app.entry.label;
    const reasons: ReasonStep[] = [];
    const done = (verdict: Decision['verdict'], summary: string): Decision => ({ verdict, summary, reasons });

    if (app.entry.way === 'loginWithSalesforce') {
        const sandbox = facts.isSandbox;
        reasons.push(
            step(
                'Is this a production org?',
                sandbox === null ? 'unknown' : sandbox ? 'no' : 'yes',
                `${name} logs people in to Jetstream itself (it does not connect orgs), and ${LOGIN_WITH_SALESFORCE_PRODUCTION_ONLY}.`
            )
        );
        if (sandbox === null)
            return done('cannotDetermine', `Cannot determine whether this org is production, the only kind ${name} works with.`);
        if (sandbox) return done('ready', `Not needed here: ${name} only works with production orgs.`);
    }

    if (app.installState === 'cannotDetermine') {
        reasons.push(step(`Is ${name} installed?`, 'unknown', app.installUnknownReason ?? 'The installed apps could not be read.'));
        return done('cannotDetermine', `Cannot determine whether ${name} is installed.`);
    }
    if (app.installState === 'installed') {
        reasons.push(
            step(
                `Is ${name} installed?`,
                'yes',
                `Installed${app.install?.createdDate ? ` on ${app.install.createdDate.slice(0, 10)}` : ''}.`
            )
        );
        const decision = installedDecision(facts, app, reasons);
        if (app.highAssurance === true) {
            reasons.push(
                step(
                    `Does ${name} require a High Assurance session?`,
                    'yes',
                    'Users are asked to verify their identity again on Jetstream’s links into Salesforce.'
                )
            );
        }
        return decision;
    }

    reasons.push(
        step(`Is ${name} installed?`, 'no', 'Since September 2025 a new connection needs the app installed, or a bypass permission.')
    );
    if (app.entry.kind === 'ExternalClientApp') {
        return done('blocked', `${name} is not installed: it comes with the Jetstream for Salesforce package.`);
    }
    const a = facts.approve;
    reasons.push(
        step(
            'Does anyone hold Approve Uninstalled Connected Apps?',
            !a.determinable ? 'unknown' : a.holders.length > 0 ? 'yes' : 'no',
            !a.determinable
                ? a.fieldExists === false
                    ? 'The permission is not in this org’s describe: who holds it cannot be read.'
                    : a.cappedWithoutHolder
                      ? `None ${cappedWithoutHolderWords(a)}: cannot determine.`
                      : 'Holders could not be read.'
                : a.holders.length > 0
                  ? `${plural(a.totalActiveAssignees, 'active user')} through ${a.holders.map((h) => `“${h.assignable.label}”`).join(', ')}.`
                  : 'Nobody (custom admin profiles, including clones of System Administrator, did not receive it).'
        )
    );
    reasons.push(existingAuthorizationsStep(facts, app));
    if (!a.determinable) {
        return done(
            'actionNeeded',
            `${name} is not installed: only holders of Approve Uninstalled Connected Apps can connect, and who holds it cannot be read here.`
        );
    }
    if (a.holders.length === 0) {
        return done(
            'blocked',
            `${name} is not installed and nobody holds Approve Uninstalled Connected Apps: no new connection can succeed.`
        );
    }
    return done(
        'actionNeeded',
        `${name} is not installed: only the ${plural(a.totalActiveAssignees, 'holder')} of Approve Uninstalled Connected Apps can connect.`
    );
}

/** Who keeps working on an uninstalled app: only tokens within the idle limit; expired ones are named, not counted. */
function existingAuthorizationsStep(facts: OrgFacts, app: AppFacts): ReasonStep {
    const question = `Do users already have ${app.entry.label} authorizations?`;
    if (!facts.authorizationsReadable) return step(question, 'unknown', 'Existing authorizations could not be read.');
    if (app.tokenCount === 0) {
        return facts.authorizationsComplete
            ? step(question, 'no', 'No existing authorizations.')
            : step(question, 'unknown', 'None among the authorizations this check could see (only part of them were readable).');
    }
    const atLeast = facts.authorizationsComplete ? '' : 'at least ';
    if (app.liveTokenUsers === 0 && !facts.authorizationsComplete) {
        return step(question, 'unknown', `Only expired authorizations among those this check could see (only part of them were readable).`);
    }
    if (app.liveTokenUsers === 0) {
        const lastUsed = app.lastTokenUse?.slice(0, 10) ?? 'never';
        return step(
            question,
            'no',
            `${atLeast}${plural(app.tokenUserIds.size, 'user')} ${app.tokenUserIds.size === 1 ? 'holds' : 'hold'} authorizations unused for more than ${IDLE_LIMIT_DAYS} days (last used ${lastUsed}), so probably expired: none keeps working.`
        );
    }
    const expired =
        app.idleTokens > 0
            ? ` ${plural(app.idleTokens, 'other token')} probably expired (unused for more than ${IDLE_LIMIT_DAYS} days).`
            : '';
    return step(
        question,
        'yes',
        `${atLeast}${plural(app.liveTokenUsers, 'user')} ${app.liveTokenUsers === 1 ? 'keeps' : 'keep'} working until their authorization expires or is revoked; they cannot reconnect.${expired}`
    );
}

function installedDecision(facts: OrgFacts, app: AppFacts, reasons: ReasonStep[]): Decision {
    const name = app.entry.label;
    const done = (verdict: Decision['verdict'], summary: string): Decision => ({ verdict, summary, reasons });
    const question = `Can users self-authorize ${name}?`;
    if (app.permittedUsers === 'selfAuthorize') {
        const who = app.entry.way === 'loginWithSalesforce' ? 'any active user' : 'any user with API Enabled';
        reasons.push(step(question, 'yes', `Permitted Users is “All users may self-authorize”: ${who} can connect.`));
        return done('ready', `Ready: ${who} can connect.`);
    }
    if (app.permittedUsers === 'unknown') {
        reasons.push(step(question, 'unknown', 'The Permitted Users policy could not be read.'));
        return done('cannotDetermine', `Cannot determine who may connect ${name}.`);
    }
    reasons.push(step(question, 'no', 'Permitted Users is “Admin approved users are pre-authorized”.'));
    const granted = `Is ${name} granted to profiles, permission sets or groups with active users?`;
    if (!app.grantsReadable) {
        reasons.push(step(granted, 'unknown', facts.snapshot.grants.reason ?? 'The grants could not be read.'));
        return done('cannotDetermine', `Cannot determine who is pre-authorized for ${name}.`);
    }
    const atLeast = app.grantsComplete ? '' : 'at least ';
    if (app.effectiveAssignees > 0) {
        reasons.push(step(granted, 'yes', `${grantList(app)}.`));
        return done('ready', `Ready for the pre-authorized users: ${atLeast}up to ${plural(app.effectiveAssignees, 'user')}.`);
    }
    if (!app.grantsComplete) {
        // Review DEF-1: the grants read have no active user, but the section is partial or capped (e.g. a group's
        // permission set could not be read): "nobody" is not proven.
        reasons.push(
            step(
                granted,
                'unknown',
                `None among the grants read; some could not be read (${facts.snapshot.grants.reason ?? 'the list was cut'}).`
            )
        );
        return done(
            'cannotDetermine',
            `Cannot determine who is pre-authorized for ${name}: at least the grants read have no active users.`
        );
    }
    reasons.push(
        step(
            granted,
            'no',
            app.grants.length === 0 ? 'No grants.' : 'Only grants without active users, or through session-based permission sets.'
        )
    );
    if (app.entry.kind === 'ExternalClientApp') {
        const useAny = useAnyHolders(facts);
        if (useAny !== 'none') {
            return done(
                'actionNeeded',
                useAny === 'some'
                    ? `Nobody is pre-authorized for ${name}; only holders of Use Any API Client can reach it.`
                    : `Nobody is pre-authorized for ${name}; who holds Use Any API Client (which reaches it) cannot be read.`
            );
        }
    }
    return done('blocked', `${name} is admin-approved but nobody is pre-authorized: every connection fails.`);
}

// ---------------------------------------------------------------------------------------------------
// judging every app, and the ways and app cards of the report
// ---------------------------------------------------------------------------------------------------

export function judge(facts: OrgFacts): Map<string, AppJudgement> {
    const judged = new Map<string, AppJudgement>();
    for (const app of facts.apps) {
        const usage = usageOf(facts, app);
        const decision = decide(facts, app);
        const verdict: Verdict = usage.counts ? decision.verdict : usage.usage === 'notApplicable' ? 'notApplicable' : 'notUsed';
        judged.set(app.entry.developerName, { app, usage, decision, verdict });
    }
    return judged;
}

function noAppUsage(): UsageView {
    return {
        usage: 'expected',
        configured: 'expected',
        configuredBy: 'package',
        reason: 'Expected by default.',
        changeLink: usageSettingLink(null),
        counts: true
    };
}

export function wayVerdicts(facts: OrgFacts, judged: Map<string, AppJudgement>): WayVerdict[] {
    return WAY_ORDER.map((way) => {
        const app = facts.apps.find((a) => a.entry.way === way);
        const j = app ? judged.get(app.entry.developerName) : undefined;
        if (!app || !j) {
            const reason = facts.catalogReadable
                ? 'No catalog entry has this way.'
                : (facts.snapshot.catalog.reason ?? 'The catalog could not be read.');
            return {
                way,
                label: WAY_LABELS[way],
                catalogName: null,
                usage: noAppUsage(),
                verdict: 'cannotDetermine',
                verdictIfUsed: null,
                summary: facts.catalogReadable
                    ? 'The catalog has no app for this way of connecting.'
                    : 'The Jetstream app catalog could not be read.',
                reasons: [step('Which app serves this way of connecting?', 'unknown', reason)]
            };
        }
        return {
            way,
            label: WAY_LABELS[way],
            catalogName: app.entry.developerName,
            usage: j.usage,
            verdict: j.verdict,
            verdictIfUsed: j.usage.counts || j.usage.usage === 'notApplicable' ? null : j.decision.verdict,
            summary: summaryOf(j),
            reasons: j.decision.reasons
        };
    });
}

function summaryOf(j: AppJudgement): string {
    if (j.usage.counts) return j.decision.summary;
    if (j.usage.usage === 'notApplicable') return j.usage.reason;
    return j.decision.verdict === 'ready'
        ? `${j.usage.reason} It would work if you start using it.`
        : `${j.usage.reason} If you start using it: ${lowerFirst(j.decision.summary)}`;
}

function lowerFirst(text: string): string {
    // "Cannot determine…" and "Jetstream Desktop is…": only a leading common word is lowered.
    return /^(Cannot|Nobody|Ready|Not)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function whoCanConnect(facts: OrgFacts, app: AppFacts): string {
    if (app.installState === 'cannotDetermine')
        return `Cannot determine: ${app.installUnknownReason ?? 'the installed apps could not be read.'}`;
    if (app.installState === 'notInstalled') {
        if (app.entry.kind === 'ExternalClientApp') return 'Nobody: the in-org package is not installed.';
        const a = facts.approve;
        if (!a.determinable)
            return 'Only holders of Approve Uninstalled Connected Apps, who cannot be listed here (plus existing authorizations until they expire).';
        if (a.holders.length === 0) return 'Nobody: the app is not installed and nobody holds Approve Uninstalled Connected Apps.';
        return `Only the ${plural(a.totalActiveAssignees, 'user')} holding Approve Uninstalled Connected Apps (through ${a.holders.map((h) => `“${h.assignable.label}”`).join(', ')}).`;
    }
    switch (app.permittedUsers) {
        case 'selfAuthorize': {
            if (app.entry.way === 'loginWithSalesforce') return 'Any active user can log in to Jetstream with it (self-authorize).';
            if (!facts.holdersReadable) return 'Any user with API Enabled (self-authorize).';
            const n = facts.apiEnabled.holders;
            return `Any user with API Enabled (self-authorize): up to ${plural(facts.apiEnabled.activeAssignees, 'active user')} through ${n} ${n === 1 ? 'profile, permission set or group' : 'profiles, permission sets or groups'}.`;
        }
        case 'adminApproved': {
            if (!app.grantsReadable) return 'Only pre-authorized users; the grants could not be read.';
            const useAny =
                app.entry.kind === 'ExternalClientApp' && facts.useAny.holders.length > 0
                    ? `, plus ${plural(facts.useAny.totalActiveAssignees, 'holder')} of Use Any API Client`
                    : '';
            if (app.effectiveAssignees === 0) {
                return app.grantsComplete ? `Nobody is pre-authorized${useAny}.` : `Cannot determine: none among the grants read${useAny}.`;
            }
            return `Only users assigned ${grantList(app)}: ${app.grantsComplete ? '' : 'at least '}up to ${plural(app.effectiveAssignees, 'user')}${useAny}.`;
        }
        default:
            return 'Cannot determine: the Permitted Users policy could not be read.';
    }
}

function grantViews(app: AppFacts): GrantView[] {
    return app.grants.map((g) => {
        const notes: string[] = [];
        if (g.grantedTo.hasActivationRequired) notes.push('session-based');
        if (g.grantedTo.groupStatus && g.grantedTo.groupStatus !== 'Updated') notes.push(`group status ${g.grantedTo.groupStatus}`);
        if (g.grantedTo.expiringAssignees > 0) notes.push(`${plural(g.grantedTo.expiringAssignees, 'assignment')} expire`);
        return {
            kind: g.grantedTo.kind,
            name: g.grantedTo.name,
            label: g.grantedTo.label,
            activeAssignees: g.grantedTo.activeAssignees,
            via: g.via,
            componentPermissionSetName: g.componentPermissionSetName,
            notes,
            link: assignableLink(g.grantedTo)
        };
    });
}

function authorizationSummary(facts: OrgFacts, app: AppFacts): AuthorizationSummary | null {
    if (!facts.authorizationsReadable) return null;
    return {
        users: app.tokenUserIds.size,
        liveUsers: app.liveTokenUsers,
        tokens: app.tokenCount,
        lastUsed: app.lastTokenUse,
        appInstalled: app.installState === 'installed',
        // Only a known "not installed": tokens for an app whose install could not be read prove nothing about it.
        usedButNotInstalled: app.tokenCount > 0 && app.installState === 'notInstalled',
        sample: app.tokenSample.slice(0, AUTHORIZATION_SAMPLE_SIZE).map((t) => ({
            userId: t.userId,
            name: t.userFullName,
            username: t.username,
            lastUsed: t.lastUsedDate,
            useCount: t.useCount,
            link: userLink(t.userId, t.userFullName)
        })),
        atLeast: !facts.authorizationsComplete
    };
}

function sessionPolicy(app: AppFacts): string {
    if (app.installState === 'notInstalled') return 'Not installed.';
    if (app.highAssurance === true) return 'High Assurance session required.';
    if (app.highAssurance === false) return 'Standard session (no High Assurance requirement).';
    return 'Cannot determine the session policy.';
}

export function appVerdicts(facts: OrgFacts, judged: Map<string, AppJudgement>): AppVerdict[] {
    return facts.apps.map((app) => {
        const j = judged.get(app.entry.developerName);
        if (!j) throw new Error(`No judgement for ${app.entry.developerName}`);
        const refresh = refreshWords(app.refresh);
        const notInstalled = app.installState === 'notInstalled';
        return {
            catalogName: app.entry.developerName,
            label: app.entry.label,
            kind: app.entry.kind,
            way: app.entry.way,
            purpose: app.entry.purpose,
            usage: j.usage,
            verdict: j.verdict,
            install: app.installState,
            permittedUsers: app.permittedUsers,
            whoCanConnect: whoCanConnect(facts, app),
            grants: grantViews(app),
            grantsReadable: app.grantsReadable,
            grantsUnreadableReason: app.grantsComplete ? null : (facts.snapshot.grants.reason ?? 'The grants could not be read.'),
            grantsAtLeast: app.grantsReadable && !app.grantsComplete,
            refreshTokenPolicy: refresh.description,
            reconnectCadence: refresh.cadence,
            sessionPolicy: sessionPolicy(app),
            authorizations: authorizationSummary(facts, app),
            installLink: notInstalled ? installLink(facts.myDomainUrl, app.entry) : null,
            installRecommended: notInstalled && j.usage.counts && app.entry.kind === 'ConnectedApp',
            manageLink: appPageLink(app.entry, app.install),
            caveats: refresh.caveats
        };
    });
}
