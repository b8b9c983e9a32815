/**
 * The readiness report: what the engine derives from an OrgSnapshot (and, for one user, UserFacts).
 * The tab renders it, the CLI prints it (--format json is this shape; schema/readiness-report.schema.json
 * is generated from it), the preview shows it. Nothing outside the engine decides a verdict.
 *
 * Report schema 2 (the decision model): every way of connecting has a usage and one verdict from one vocabulary; the
 * overall verdict is the worst verdict among the ways the org uses; findings are grouped by rule with one item per app,
 * holder or section; the action plan is ranked and de-duplicated, and the header's "start here" is its first step.
 * Schema 1 had a numeric score and one finding per app; it is gone (docs/report-contract.md).
 */
import type { AppKind, UsageSetting, WayId } from './snapshot';

export const REPORT_SCHEMA_VERSION = 2;

/** error: blocks a way the org uses. warning: action needed on a way the org uses. recommendation: worth doing, never
 * changes a verdict. info: for information (what could not be read, what to check by hand). */
export type Severity = 'error' | 'warning' | 'recommendation' | 'info';

/** One vocabulary for ways, apps, the org and the exports. ready: the users who should connect can make a new
 * connection today. actionNeeded: only some can, or a proven problem needs fixing. blocked: no new connection can
 * succeed (proven). cannotDetermine: a fact it depends on was not read, and the rest proves no verdict. notApplicable:
 * the way does not exist for this org (log in with Salesforce in a sandbox). notUsed: the org does not use the way. */
export type Verdict = 'ready' | 'actionNeeded' | 'blocked' | 'cannotDetermine' | 'notApplicable' | 'notUsed';

/** expected: the org means to use the way (package default or admin). inUse: evidence shows it is used (tokens or
 * sign-ins). notUsed: configured not used, no evidence. notApplicable: the way does not exist here. */
export type Usage = 'expected' | 'inUse' | 'notUsed' | 'notApplicable';

export interface Link {
    label: string;
    /** Absolute for installs (My Domain), org-relative ("/lightning/setup/...") for Setup pages, absolute for docs. */
    url: string;
    kind: 'setup' | 'install' | 'doc';
}

export interface RemediationStep {
    text: string;
    link: Link | null;
}

/** Where a rule's fact comes from, and since when it is true. */
export interface RuleSource {
    title: string;
    url: string;
    /** ISO date the fact took effect (or the document's date), e.g. "2025-12-08". */
    effectiveDate: string;
}

/** How the report knows what it says: the facts read from the org, the caveats of reading them, and the source. */
export interface HowWeKnow {
    /** Facts from the snapshot, one per line. */
    evidence: string[];
    /** What is assumed or unverified about them (e.g. a unit the API does not expose). */
    caveats: string[];
    source: RuleSource;
}

/** One row of a finding: one app, holder, profile, permission set or section. */
export interface FindingItem {
    /** What the row is about, e.g. "Jetstream Desktop" or "permission set “Jetstream Admins”". */
    label: string;
    /** What the rule found for it, in one sentence. */
    detail: string;
    /** The app the row is about, or null. */
    catalogName: string | null;
    /** The way the row is about, or null (org-wide). */
    way: WayId | null;
    /** The row is about a way the org uses, or is org-wide. */
    counts: boolean;
    /** Links to the thing itself (the app's Setup page, the permission set's assignments, an install page). */
    links: Link[];
}

export interface Finding {
    /** Stable rule id, e.g. "app.not-installed". */
    ruleId: string;
    severity: Severity;
    title: string;
    explanation: string;
    /** The ways the org uses that the finding is about. */
    ways: WayId[];
    /** false: every row is about a way the org does not use (shown neutral, never counted). */
    counts: boolean;
    items: FindingItem[];
    remediation: RemediationStep[];
    howWeKnow: HowWeKnow;
}

export type InstallState = 'installed' | 'notInstalled' | 'cannotDetermine';
export type PermittedUsers = 'adminApproved' | 'selfAuthorize' | 'unknown' | 'notInstalled';

/** A yes/no question answered from the snapshot; "unknown" when a fact it needs was not read. */
export type Answer = 'yes' | 'no' | 'unknown' | 'notApplicable';

export interface ReasonStep {
    /** The question, e.g. "Is Jetstream installed?" */
    question: string;
    answer: Answer;
    detail: string;
}

export interface GrantView {
    kind: 'Profile' | 'PermissionSet' | 'PermissionSetGroup';
    name: string;
    label: string;
    activeAssignees: number;
    via: 'direct' | 'group';
    componentPermissionSetName: string | null;
    /** e.g. "session-based", "group status Outdated", "12 assignments expire". */
    notes: string[];
    /** The permission set's assignments, the group's or the profile's Setup page. */
    link: Link;
}

export interface AuthorizationSummary {
    /** Distinct users holding a token for the app. */
    users: number;
    /** Of those, users holding a token used within the idle limit: their connection still works. */
    liveUsers: number;
    tokens: number;
    lastUsed: string | null;
    /** Whether the tokens' app is installed (false also when its install state cannot be determined). */
    appInstalled: boolean;
    /** Tokens exist and the app is known not to be installed: new connections are blocked; only tokens used within the
     * idle limit keep working. false when the install state cannot be determined. */
    usedButNotInstalled: boolean;
    /** Most recently used first, capped for display. */
    sample: { userId: string; name: string; username: string; lastUsed: string | null; useCount: number | null; link: Link }[];
    /** The reader hit its row cap, or saw only some tokens: numbers are lower bounds. */
    atLeast: boolean;
}

/** Whether the org uses a way (or an app), why, and where an admin changes it. */
export interface UsageView {
    usage: Usage;
    /** The configured value and who set it: the package's default or an admin. */
    configured: UsageSetting;
    configuredBy: 'package' | 'admin';
    /** In plain words, e.g. "Marked not used by an admin, but 3 users connected in the last 30 days." */
    reason: string;
    /** Where an admin changes it (the admin's record, or Setup: Custom Metadata Types). */
    changeLink: Link;
    /** The way counts toward the overall verdict (expected or in use). */
    counts: boolean;
}

export interface AppVerdict {
    catalogName: string;
    label: string;
    kind: AppKind;
    way: WayId | null;
    purpose: string;
    usage: UsageView;
    /** The same verdict as the app's way (one verdict per fact); for apps without a way, computed the same way. */
    verdict: Verdict;
    install: InstallState;
    permittedUsers: PermittedUsers;
    /** Plain words: who can make a NEW connection today. */
    whoCanConnect: string;
    grants: GrantView[];
    /** false: the grants could not be read, and an empty `grants` means "cannot determine", not "nobody". */
    grantsReadable: boolean;
    /** Why the grants could not be read (or were read only partly); null when read in full. */
    grantsUnreadableReason: string | null;
    /** The grants section was read only partly (a cap, or group grants that could not be read): more may be granted
     * than `grants` lists. */
    grantsAtLeast: boolean;
    refreshTokenPolicy: string;
    /** e.g. "Users reconnect after 30 days without use." */
    reconnectCadence: string;
    sessionPolicy: string;
    authorizations: AuthorizationSummary | null;
    /** The manual install page (My Domain + AppInstallApprovalPage); null when installed or when ids are absent. */
    installLink: Link | null;
    /** Installing is the next step: the app is known not to be installed and the org uses its way. */
    installRecommended: boolean;
    /** The app's own Setup page (its Manage page when its Id is known, else the list it is on). */
    manageLink: Link;
    /** Caveats of what the card says (e.g. the unit of a refresh period the API does not expose), for "How we know". */
    caveats: string[];
}

export interface WayVerdict {
    way: WayId;
    label: string;
    catalogName: string | null;
    usage: UsageView;
    /** notUsed / notApplicable for ways that do not count; else the verdict of the facts. */
    verdict: Verdict;
    /** For a way that does not count: the verdict it would have if used (null for not applicable). */
    verdictIfUsed: Verdict | null;
    /** One sentence; for a way the org does not use, what it would need ("If you start using it: …"). */
    summary: string;
    reasons: ReasonStep[];
}

export interface HolderView {
    kind: 'Profile' | 'PermissionSet' | 'PermissionSetGroup';
    name: string;
    label: string;
    activeAssignees: number;
    expiringAssignees: number;
    isStandardSystemAdministrator: boolean;
    sessionBased: boolean;
    sampleUsers: { userId: string; name: string; username: string; expirationDate: string | null }[];
    /** The permission set's assignments, the group's or the profile's Setup page. */
    link: Link;
}

export interface BypassPermissionView {
    permission: 'canApproveUninstalledApps' | 'useAnyApiClient';
    label: string;
    /** false: holders cannot be determined (field absent from describe, holders unreadable, or none found in a list
     * the reader capped). */
    determinable: boolean;
    holders: HolderView[];
    totalActiveAssignees: number;
    advice: string;
    /** Where Jetstream's own docs say otherwise than Salesforce, what is true today and why, with both sources; null when
     * they agree. */
    sourcesDiffer: { text: string; links: Link[] } | null;
}

/** A frozen user who connects Jetstream (holds a token of a catalog app or signed in to one in the last 30 days). */
export interface FrozenUserView {
    userId: string;
    name: string;
    username: string;
    profileName: string | null;
    /** The catalog apps they connect, by label. */
    apps: string[];
    /** How the check knows they connect, e.g. "holds a Jetstream authorization". */
    evidence: string;
    /** Their user page, where Unfreeze is. */
    link: Link;
}

export interface FrozenUsersView {
    /** false: who is frozen could not be read (the reader lacks Manage Users, or the query failed). */
    determinable: boolean;
    /** Frozen users who connect Jetstream: the count of `users`. */
    connectors: number;
    /** The count is a lower bound: part of the facts was not read (a cap, or their sign-ins or tokens only partly). */
    atLeast: boolean;
    /** Active frozen users read in the org, connecting Jetstream or not. */
    inOrg: number;
    /** One sentence, e.g. "2 users who connect Jetstream are frozen: they cannot sign in until unfrozen." */
    summary: string;
    users: FrozenUserView[];
}

/** Sign-ins refused by an IP restriction or Login Hours, per app and profile of the refused users. */
export interface RefusalView {
    app: string;
    way: WayId | null;
    /** null when the user's profile could not be read. */
    profileName: string | null;
    /** The profile's Setup page (Login IP Ranges, Login Hours), or the list of profiles. */
    profileLink: Link;
    /** The Login History statuses, e.g. ["Restricted IP"]. */
    statuses: string[];
    /** What probably refused them, in words. */
    cause: string;
    users: number;
    attempts: number;
}

export interface RefusalsView {
    /** false: Login History could not be read for it. */
    determinable: boolean;
    /** Read only partly: rows are a lower bound. */
    atLeast: boolean;
    summary: string;
    rows: RefusalView[];
}

/** Users who connect Jetstream but cannot sign in: frozen, or refused by where or when they sign in. */
export interface SignInBlockersView {
    frozen: FrozenUsersView;
    refusals: RefusalsView;
}

/** One way to get the apps into a sandbox, with what it costs. */
export interface SandboxOption {
    title: string;
    /** What it fixes and what it costs, in one or two sentences. */
    tradeOff: string;
    links: Link[];
}

export interface SandboxRefreshView {
    /** null: whether the org is a sandbox could not be read. */
    isSandbox: boolean | null;
    summary: string;
    /** The choices an admin has (install here now; install in production before the next refresh). Empty when
     * nothing is missing. */
    options: SandboxOption[];
    /** What a refresh does to existing Jetstream connections, with sources; "unverified" where no source says it. */
    refreshEffects: string[];
    checklist: string[];
}

/** One step of the action plan. */
export interface PlanStep {
    /** Stable key of the action, e.g. "install", "pre-authorize", "complete-check", or a rule id. */
    id: string;
    /** 1: unblock users already failing or about to lose their connection; 2: what blocks new users on a used way;
     * 3: other action needed; 4: complete the check; 5: recommendations; 6: the other connected apps the org's users
     * connect with (always below Jetstream's own steps). */
    rank: 1 | 2 | 3 | 4 | 5 | 6;
    /** Imperative, e.g. "Install the Jetstream apps". */
    title: string;
    /** Who it unblocks, e.g. "3 users are failing; 12 more will lose their connection." */
    why: string;
    /** The Setup pages of the exact things, install buttons. */
    links: Link[];
    /** Rule ids of the findings the step resolves. */
    findings: string[];
    /** The ways it unblocks (or is about). */
    ways: WayId[];
}

export interface OverallCounts {
    /** Ways by verdict. */
    ways: Record<Verdict, number>;
    /** Findings that count, by severity. */
    findings: Record<Severity, number>;
}

export interface OverallStatus {
    /** The worst verdict among the ways the org uses (blocked > actionNeeded > cannotDetermine > ready); notUsed when
     * the org uses none. */
    verdict: Verdict;
    /** "Blocked — start with: Pre-authorize users for Jetstream". */
    headline: string;
    /** "2 blocked ways · 3 recommendations". */
    countsLine: string;
    /** The plan's first step (the same object as plan[0]); null when there is nothing to do. */
    startHere: PlanStep | null;
    counts: OverallCounts;
}

/** willBeRefused: not installed, and some token holders will be refused at their next new authorization.
 * cannotDetermine: whether it is installed could not be read. notInstalled: not installed, nobody would be refused
 * (every holder can bypass it). installed: installed. salesforceProvided: installed by one of Salesforce's packages. */
export type OtherAppStatus = 'willBeRefused' | 'cannotDetermine' | 'notInstalled' | 'installed' | 'salesforceProvided';

/** One connected app (not Jetstream's) the org's users connect with, or one the org added to its catalog. */
export interface OtherAppView {
    /** OauthToken.AppName (or the catalog entry's label). */
    appName: string;
    /** The catalog entry the org added for it, or null. */
    catalogName: string | null;
    status: OtherAppStatus;
    statusLabel: string;
    install: InstallState;
    /** Installed by one of Salesforce's own packages (the basis says which). */
    salesforceProvided: boolean;
    /** How the install state (and Salesforce's provenance) is known, in one sentence. */
    basis: string;
    /** Distinct users holding a token. */
    users: number;
    tokens: number;
    /** The most recent use of any of its tokens. */
    lastUsed: string | null;
    /** Failed sign-ins over the days Login History was read; null when it was not. */
    failedSignIns: number | null;
    /** Not installed: token holders who will be refused at their next new authorization (all but those holding Approve
     * Uninstalled Connected Apps). null when installed or unknown. */
    refusedAtNextAuthorization: number | null;
    /** refusedAtNextAuthorization is an upper bound (who holds the bypass is only partly known). */
    refusedAtMost: boolean;
    /** What it means and what to do, in one or two sentences. */
    detail: string;
    /** Install (the catalog's install link, or Connected Apps OAuth Usage), or the installed app's own page. */
    links: Link[];
}

/** The "Other connected apps" section: worst first (users who will be refused, then unknown, then the rest). */
export interface OtherAppsView {
    /** false: the apps in use were not read (the activity call failed or was not made; reason says which). */
    readable: boolean;
    reason: string | null;
    /** Tokens were read only partly (the running user's own, or capped): user counts are lower bounds. */
    atLeast: boolean;
    /** Failed sign-ins per day were read. */
    signInsRead: boolean;
    summary: string;
    rows: OtherAppView[];
    /** What the section assumes, for "How we know". */
    caveats: string[];
    sources: RuleSource[];
}

/** One Jetstream app's failed sign-ins per day. */
export interface SignInTrendSeries {
    catalogName: string;
    label: string;
    /** One count per day of SignInTrendView.days. */
    counts: number[];
    total: number;
}

/** Blocked or failed sign-ins to Jetstream's apps per day, over the days Login History was read (the tab's chart). */
export interface SignInTrendView {
    readable: boolean;
    reason: string | null;
    /** Every day read, oldest first (ISO dates). */
    days: string[];
    /** Days whose groups were cut by the reader's cap (their counts are lower bounds), oldest first. */
    partialDays: string[];
    series: SignInTrendSeries[];
    /** Per day, all Jetstream apps together. */
    totals: number[];
    /** none: no failure; stopped: none in the last 7 days after some before; falling / rising / steady: the last 7
     * days' daily rate against the days before. */
    trend: 'none' | 'stopped' | 'falling' | 'rising' | 'steady' | 'unknown';
    /** The chart's text alternative: the period, the totals, the trend and the last failure, in words. */
    summary: string;
    /** The statuses behind the failures, most attempts first. */
    statuses: { status: string; attempts: number }[];
}

export interface ReadinessReport {
    reportSchemaVersion: 2;
    /** OrgSnapshot.capturedAt */
    capturedAt: string;
    org: { id: string | null; name: string | null; isSandbox: boolean | null; myDomainUrl: string | null };
    overall: OverallStatus;
    plan: PlanStep[];
    ways: WayVerdict[];
    apps: AppVerdict[];
    findings: Finding[];
    bypassPermissions: BypassPermissionView[];
    /** Frozen users among those who connect Jetstream, and sign-ins refused by IP ranges or Login Hours. */
    signInBlockers: SignInBlockersView;
    sandboxRefresh: SandboxRefreshView;
    /** Every other connected app the org's users connect with (read by the activity call). */
    otherApps: OtherAppsView;
    /** Failed sign-ins to Jetstream's apps per day (read by the activity call). */
    signInTrend: SignInTrendView;
    /** Permissions the running user lacks for a full read, with what each would unlock. */
    readerGaps: { permission: string; label: string; unlocks: string }[];
}

/** Whether one user can make a new connection: "unknown" when a fact it needs was not read. */
export type CanConnect = 'yes' | 'no' | 'unknown' | 'notApplicable';

export interface UserWayVerdict {
    way: WayId;
    label: string;
    /** The org's usage of the way (the user check shows a way the org does not use as neutral). */
    usage: Usage;
    canConnect: CanConnect;
    chain: ReasonStep[];
    /** The single action that would unblock the user, or null when they can connect. */
    unblockAction: string | null;
    /** Where to take that action (Setup page, install page). */
    unblockLinks: Link[];
}

export interface UserReport {
    userId: string;
    name: string;
    username: string;
    /** The user's Setup page. */
    link: Link | null;
    ways: UserWayVerdict[];
    findings: Finding[];
}

/** The OAuth error decoder's answer. */
export interface DecodedError {
    /** Stable id of the matched pattern, or "unknown". */
    id: string;
    matched: boolean;
    /** What the user saw, normalised (URL parameters decoded). */
    normalized: string;
    cause: string;
    fix: RemediationStep[];
    source: RuleSource | null;
}

/** What the command-line report prints with --format json (cli/readiness.ts). */
export interface ReadinessCliOutput {
    report: ReadinessReport;
    /** The one-user check when --user or --user-facts was given, else null. */
    userReport: UserReport | null;
}

// ---------------------------------------------------------------------------------------------------
// Two checks compared (compare.ts) and many orgs at once (orgs.ts): schema/readiness-comparison.schema.json
// ---------------------------------------------------------------------------------------------------

/** better / worse: for Jetstream's readiness or the org's exposure; changed: neither (e.g. a way now not used). */
export type ChangeDirection = 'better' | 'worse' | 'changed';

/** One check of the two compared. */
export interface ComparedCheck {
    orgId: string | null;
    orgName: string | null;
    isSandbox: boolean | null;
    capturedAt: string;
    verdict: Verdict;
    headline: string;
}

export interface VerdictChange {
    /** "overall", or the way of connecting. */
    subject: 'overall' | WayId;
    label: string;
    before: Verdict;
    after: Verdict;
    direction: ChangeDirection;
}

export interface AppInstallChange {
    appName: string;
    /** One of Jetstream's apps (else another connected app the org's users connect with). */
    jetstream: boolean;
    change: 'installed' | 'uninstalled';
    direction: ChangeDirection;
}

export interface GrantChange {
    /** The app's label. */
    app: string;
    /** Who is granted it, e.g. permission set “Jetstream Users”. */
    grantedTo: string;
    change: 'added' | 'removed' | 'assigneesChanged';
    activeAssigneesBefore: number | null;
    activeAssigneesAfter: number | null;
    direction: ChangeDirection;
}

export interface HolderChange {
    /** The permission's label, e.g. Approve Uninstalled Connected Apps. */
    permission: string;
    /** e.g. profile “Stark Support Admin”. */
    holder: string;
    change: 'added' | 'removed' | 'assigneesChanged';
    activeAssigneesBefore: number | null;
    activeAssigneesAfter: number | null;
    direction: ChangeDirection;
}

export interface FailedSignInChange {
    application: string;
    status: string;
    /** Attempts after the older check (per day), or more than it counted (30-day totals). */
    attempts: number;
    jetstream: boolean;
}

export interface ReadinessComparison {
    comparisonSchemaVersion: 1;
    newer: ComparedCheck;
    older: ComparedCheck;
    /** Both checks read the same org (same Organization Id); a sandbox and its production are not. */
    sameOrg: boolean;
    /** Something changed for the worse (the CLI's exit code 1). */
    worse: boolean;
    /** Anything changed that the comparison looks at. */
    changed: boolean;
    /** One line: the overall verdicts and how many changes each way. */
    summary: string;
    verdicts: VerdictChange[];
    apps: AppInstallChange[];
    grants: GrantChange[];
    bypassHolders: HolderChange[];
    newFailedSignIns: {
        /** perDay: failures on the days after the older check; totals: the 30-day totals each check read; none: not read. */
        basis: 'perDay' | 'totals' | 'none';
        rows: FailedSignInChange[];
    };
    firstStep: { before: string | null; after: string | null };
    /** What could not be compared (a section either check could not read), in words. */
    notes: string[];
}

export type OrgType = 'Production' | 'Sandbox' | 'Developer Edition' | 'Scratch or trial org' | 'Unknown';

/** One org of many, in one row (npm run readiness with several --snapshot). */
export interface OrgOverviewRow {
    orgName: string | null;
    orgId: string | null;
    type: OrgType;
    capturedAt: string;
    verdict: Verdict;
    verdictLabel: string;
    /** The plan's first step, or null when there is nothing to do. */
    firstStep: string | null;
    /** Jetstream's connected apps this org needs that are installed, of appsNeeded; null when unknown. */
    appsInstalled: number | null;
    appsNeeded: number;
    /** Active users holding Approve Uninstalled Connected Apps (the bypass that still works); null: cannot determine. */
    bypassUsers: number | null;
    /** Profiles, permission sets and groups granting it. */
    bypassHolders: number | null;
    /** Other connected apps not installed whose users will be refused; null when they were not read. */
    otherAppsRefusing: number | null;
}

export interface OrgsOverview {
    overviewSchemaVersion: 1;
    /** The worst overall verdict among the orgs (blocked > action needed > cannot determine > ready). */
    verdict: Verdict;
    summary: string;
    rows: OrgOverviewRow[];
}
