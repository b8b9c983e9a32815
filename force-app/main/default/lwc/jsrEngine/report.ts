/**
 * The readiness report: what the engine derives from an OrgSnapshot (and, for one user, UserFacts).
 * The tab renders it, the CLI prints it (--format json is this shape; schema/readiness-report.schema.json
 * is generated from it), the preview shows it. Nothing outside the engine decides a verdict.
 */
import type { AppKind, WayId } from './snapshot';

export const REPORT_SCHEMA_VERSION = 1;

export type Severity = 'error' | 'warning' | 'info' | 'pass';

/** ready: works today. actionNeeded: works for some, or will break (e.g. on sandbox refresh). blocked: no
 * new connection can succeed. cannotDetermine: a fact it depends on could not be read. */
export type Verdict = 'ready' | 'actionNeeded' | 'blocked' | 'cannotDetermine';

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

export interface Finding {
    /** Stable rule id, e.g. "app.not-installed". */
    ruleId: string;
    severity: Severity;
    title: string;
    /** The catalog entry the finding is about, or null for org-wide findings. */
    catalogName: string | null;
    explanation: string;
    /** The facts from the snapshot that made the rule fire, one per line. */
    evidence: string[];
    remediation: RemediationStep[];
    source: RuleSource;
}

export type InstallState = 'installed' | 'notInstalled' | 'cannotDetermine';
export type PermittedUsers = 'adminApproved' | 'selfAuthorize' | 'unknown' | 'notInstalled';

export interface GrantView {
    kind: 'Profile' | 'PermissionSet' | 'PermissionSetGroup';
    name: string;
    label: string;
    activeAssignees: number;
    via: 'direct' | 'group';
    componentPermissionSetName: string | null;
    /** e.g. "session-based", "group status Outdated", "12 assignments expire". */
    notes: string[];
}

export interface AuthorizationSummary {
    /** Distinct users holding a token for the app. */
    users: number;
    tokens: number;
    lastUsed: string | null;
    /** Whether the tokens' app is installed (false also when its install state cannot be determined). */
    appInstalled: boolean;
    /** Tokens exist (live or expired under the idle limit: either shows the app was used) and the app is known not to
     * be installed: new connections are blocked; only tokens used within the idle limit keep working.
     * false when the install state cannot be determined. */
    usedButNotInstalled: boolean;
    /** Most recently used first, capped for display. */
    sample: { userId: string; name: string; username: string; lastUsed: string | null; useCount: number | null }[];
    /** The reader hit its row cap: numbers are lower bounds. */
    atLeast: boolean;
}

export interface AppVerdict {
    catalogName: string;
    label: string;
    kind: AppKind;
    way: WayId | null;
    purpose: string;
    install: InstallState;
    permittedUsers: PermittedUsers;
    /** Plain words: who can make a NEW connection today. */
    whoCanConnect: string;
    grants: GrantView[];
    /** false: the grants could not be read, and an empty `grants` means "cannot determine", not "nobody". */
    grantsReadable: boolean;
    /** Why the grants could not be read, in the reader's words; null when grantsReadable. */
    grantsUnreadableReason: string | null;
    /** The reader hit its row cap: more may be granted than `grants` lists. */
    grantsAtLeast: boolean;
    refreshTokenPolicy: string;
    /** e.g. "Users reconnect after 30 days without use." */
    reconnectCadence: string;
    sessionPolicy: string;
    authorizations: AuthorizationSummary | null;
    /** My Domain + AppInstallApprovalPage with the catalog's app_id / app_org_id; null when ids are absent. */
    installLink: Link | null;
    /** Installing is the next step: the app is known not to be installed and this org needs it (the app.not-installed
     * finding). false when installed, when the install state cannot be determined, for the optional in-org package and
     * for Jetstream Auth in a sandbox. */
    installRecommended: boolean;
    /** The Setup page where this app's policies are edited. */
    manageLink: Link;
}

export interface ReasonStep {
    /** The question, e.g. "Is Jetstream installed?" */
    question: string;
    answer: 'yes' | 'no' | 'unknown' | 'notApplicable';
    detail: string;
}

export interface WayVerdict {
    way: WayId;
    label: string;
    catalogName: string | null;
    verdict: Verdict;
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
}

export interface SandboxRefreshView {
    /** null: whether the org is a sandbox could not be read. */
    isSandbox: boolean | null;
    summary: string;
    checklist: string[];
}

export interface OverallStatus {
    verdict: Verdict;
    /** 0..100; 100 = every rule passes. Stable for the same snapshot. */
    score: number;
    counts: Record<Severity, number>;
    headline: string;
}

export interface ReadinessReport {
    reportSchemaVersion: 1;
    /** OrgSnapshot.capturedAt */
    capturedAt: string;
    org: { id: string | null; name: string | null; isSandbox: boolean | null; myDomainUrl: string | null };
    overall: OverallStatus;
    apps: AppVerdict[];
    ways: WayVerdict[];
    findings: Finding[];
    bypassPermissions: BypassPermissionView[];
    sandboxRefresh: SandboxRefreshView;
    /** Permissions the running user lacks for a full read, with what each would unlock. */
    readerGaps: { permission: string; label: string; unlocks: string }[];
}

export interface UserWayVerdict {
    way: WayId;
    label: string;
    canConnect: 'yes' | 'no' | 'unknown';
    chain: ReasonStep[];
    /** The single action that would unblock the user, or null when they can connect. */
    unblockAction: string | null;
}

export interface UserReport {
    userId: string;
    name: string;
    username: string;
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

/** What the command-line report prints with --format json (scripts/readiness.ts). */
export interface ReadinessCliOutput {
    report: ReadinessReport;
    /** The one-user check when --user or --user-facts was given, else null. */
    userReport: UserReport | null;
}
