// What a rule is and the helpers every rule family uses. A rule is one data entry: stable id, title, severity,
// scope, plan hint, dated source, catalog texts, and the functions that find matches in the normalised facts and word
// the finding. runRules turns each rule's matches into ONE finding with one row per match (app, holder, section).
import type { UserAppAssessment, UserView } from './assess';
import { isStandardSystemAdministrator, largestFirst, type AppFacts, type OrgFacts } from './facts';
import { appPageLink } from './links';
import type { Finding, FindingItem, Link, RemediationStep, RuleSource, Severity } from './report';
import type { OtherAppsFacts } from './otherApps';
import type { AppJudgement } from './ways';
import type { PermissionHolder, WayId } from './snapshot';
import { assignableWords, joinAnd, plural, STANDARD_SYS_ADMIN_HOW } from './words';

export type RuleScope = 'org' | 'app' | 'user';
export type RuleParams = Record<string, string | number | boolean | null>;

export interface RuleContext {
    org: OrgFacts;
    /** Usage and decision of every catalog app, computed before the rules run (ways.ts). */
    judged: Map<string, AppJudgement>;
    /** Set only when evaluating one user (evaluateUser); org and app rules ignore it. */
    user: UserView | null;
    /** The other connected apps (otherApps.ts); absent for the user check. */
    otherApps?: OtherAppsFacts;
}

/** How a finding becomes a step of the action plan (plan.ts). */
export interface PlanHint {
    /** unblock: it blocks or limits new connections on a used way (rank 1 or 2); fix: other action needed (3);
     * complete: something could not be read (4); recommend: never changes a verdict (5); otherApps: about the other
     * connected apps the org's users connect with, one step below all of Jetstream's (6). */
    kind: 'unblock' | 'fix' | 'complete' | 'recommend' | 'otherApps';
    /** Findings with the same action merge into one step: "install", "pre-authorize", … (default: the rule id). */
    action?: string;
    /** The step's title for a rule-specific action (recommendations). */
    title?: string;
}

export interface RuleMatch {
    /** The app the row is about, or null for an org-wide row. */
    app: AppFacts | null;
    /** The row's label; default: the app's label, or "This org". */
    label?: string;
    /** What the rule found for this row, in one sentence. */
    detail: string;
    /** Links to the thing itself; default for an app: its own Setup page. */
    links?: Link[];
    /** Facts behind the row, for "How we know". */
    evidence: string[];
    /** A severity other than the rule's for this row (e.g. not installed: error when nobody can connect, warning when
     * some can); rows of different severities become separate findings of the same rule. */
    severity?: Severity;
    /** The values the wording uses. */
    params: RuleParams;
    /** For user rules: the user's assessment for the app. */
    assessment?: UserAppAssessment | null;
    /** Whether the row counts, when it is not one app's (default: the app's usage; org-wide rows count). */
    counts?: boolean;
    /** The ways the row is about, when it is not one app's (default: the app's way, if it counts). */
    ways?: WayId[];
}

export interface RuleDefinition {
    readonly id: string;
    readonly title: string;
    readonly severity: Severity;
    readonly scope: RuleScope;
    /** What the rule checks, for the catalog document. */
    readonly description: string;
    /** What an admin does when it fires, for the catalog document. */
    readonly remediationSummary: string;
    readonly source: RuleSource;
    /** What the rule assumes or cannot verify, shown under "How we know". */
    readonly caveats?: readonly string[];
    readonly plan: PlanHint | null;
    evaluate(ctx: RuleContext): RuleMatch[];
    /** The finding's title for its rows. */
    headline(matches: RuleMatch[], ctx: RuleContext): string;
    explain(matches: RuleMatch[], ctx: RuleContext): string;
    remediation(matches: RuleMatch[], ctx: RuleContext): RemediationStep[];
}

export function rule(scope: RuleScope, def: Omit<RuleDefinition, 'scope'>): RuleDefinition {
    return { ...def, scope };
}

// ---------------------------------------------------------------------------------------------------
// matches
// ---------------------------------------------------------------------------------------------------

export function appMatch(app: AppFacts, detail: string, evidence: string[], extra: Partial<RuleMatch> = {}): RuleMatch {
    return { app, detail, evidence, params: {}, ...extra };
}

export function orgMatch(label: string, detail: string, evidence: string[], extra: Partial<RuleMatch> = {}): RuleMatch {
    return { app: null, label, detail, evidence, params: {}, ...extra };
}

export function appOf(m: RuleMatch): AppFacts {
    if (!m.app) throw new Error('An app rule matched without an app');
    return m.app;
}

/** The labels of the apps of the matches, "Jetstream, Jetstream Desktop and Jetstream Auth". */
export function appLabels(matches: readonly RuleMatch[]): string {
    const labels = matches.flatMap((m) => (m.app ? [m.app.entry.label] : []));
    return joinAnd([...new Set(labels)]);
}

/** The first match's number param (headline counts of single-row rules). */
export function param(matches: readonly RuleMatch[], name: string): number {
    return Number(matches[0]?.params[name] ?? 0);
}

// ---------------------------------------------------------------------------------------------------
// the facts rules share
// ---------------------------------------------------------------------------------------------------

export function installed(app: AppFacts): boolean {
    return app.installState === 'installed';
}

/** The app's way counts toward the overall verdict (expected or in use). */
export function counts(ctx: RuleContext, app: AppFacts): boolean {
    return ctx.judged.get(app.entry.developerName)?.usage.counts ?? true;
}

/** Catalog apps the org uses (apps without a way count as used: an org adds them to have them checked). */
export function usedApps(ctx: RuleContext): AppFacts[] {
    return ctx.org.apps.filter((a) => counts(ctx, a));
}

/** The app's way is used and its decision is a proven problem (blocked or action needed): the only apps a warning or an
 * error may name, so that the severity of a finding and the verdict of its way always agree. */
export function provenProblem(ctx: RuleContext, app: AppFacts): boolean {
    const j = ctx.judged.get(app.entry.developerName);
    return !!j && j.usage.counts && (j.decision.verdict === 'blocked' || j.decision.verdict === 'actionNeeded');
}

/** Connected apps the org uses that are known not to be installed, where that is a proven problem (log in with
 * Salesforce when whether the org is production is unknown is not). */
export function usedUninstalledConnectedApps(ctx: RuleContext): AppFacts[] {
    return usedApps(ctx).filter((a) => a.entry.kind === 'ConnectedApp' && a.installState === 'notInstalled' && provenProblem(ctx, a));
}

export function textStep(text: string): RemediationStep {
    return { text, link: null };
}

/** At most EVIDENCE_LINES lines of evidence, the rest summarised: a 5,000-holder org must not produce 5,000 lines. */
export const EVIDENCE_LINES = 20;

/** One evidence line per item, largest key first, capped at EVIDENCE_LINES with the rest summarised; only the lines
 * kept are worded (a large org has thousands of grants or sign-in groups). */
export function largestLines<T>(items: readonly T[], key: (item: T) => number, line: (item: T) => string, noun: string): string[] {
    const lines = largestFirst(items, EVIDENCE_LINES, key).map(line);
    if (items.length > EVIDENCE_LINES) lines.push(`…and ${items.length - EVIDENCE_LINES} more ${noun}.`);
    return lines;
}

export function holderWords(h: PermissionHolder): string {
    const std = isStandardSystemAdministrator(h.assignable, h.modifyAllData)
        ? `; the standard System Administrator profile, ${STANDARD_SYS_ADMIN_HOW}`
        : '';
    return `${assignableWords(h.assignable)} (${plural(h.assignable.activeAssignees, 'active user')}${std})`;
}

/** Holders largest first, at most `max` named. */
export function holderList(holders: readonly PermissionHolder[], max = 10): string {
    const named = largestFirst(holders, max, (h) => h.assignable.activeAssignees)
        .map(holderWords)
        .join(', ');
    return holders.length > max ? `${named} and ${holders.length - max} more` : named;
}

/** Rows beyond this many are summarised in one row: a 5,000-holder org must not list 5,000 rows. */
export const ITEM_ROWS = 100;

// ---------------------------------------------------------------------------------------------------
// matches -> findings
// ---------------------------------------------------------------------------------------------------

function itemOf(m: RuleMatch, ctx: RuleContext): FindingItem {
    const app = m.app;
    return {
        label: m.label ?? app?.entry.label ?? 'This org',
        detail: m.detail,
        catalogName: app ? app.entry.developerName : null,
        way: app ? app.entry.way : null,
        counts: m.counts ?? (app ? counts(ctx, app) : true),
        links: m.links ?? (app ? [appPageLink(app.entry, app.install)] : [])
    };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, recommendation: 2, info: 3 };
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'recommendation', 'info'];

/** Runs the rules of the given scopes: one finding per rule (and per severity, when rows differ), rows in match order,
 * findings sorted by severity, counting before not counting, then rule order. */
export function runRules(rules: readonly RuleDefinition[], ctx: RuleContext, scopes: readonly RuleScope[]): Finding[] {
    const out: { finding: Finding; order: number }[] = [];
    rules.forEach((r, order) => {
        if (!scopes.includes(r.scope)) return;
        const matches = r.evaluate(ctx);
        if (matches.length === 0) return;
        const bySeverity = new Map<Severity, RuleMatch[]>();
        for (const m of matches) {
            const severity = m.severity ?? r.severity;
            const list = bySeverity.get(severity);
            if (list) list.push(m);
            else bySeverity.set(severity, [m]);
        }
        for (const [severity, group] of bySeverity) out.push({ finding: findingOf(r, severity, group, ctx), order });
    });
    out.sort(
        (a, b) =>
            SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
            Number(b.finding.counts) - Number(a.finding.counts) ||
            a.order - b.order
    );
    return out.map((f) => f.finding);
}

function findingOf(r: RuleDefinition, severity: Severity, matches: RuleMatch[], ctx: RuleContext): Finding {
    const shown = matches.slice(0, ITEM_ROWS);
    const items = shown.map((m) => itemOf(m, ctx));
    if (matches.length > ITEM_ROWS) {
        items.push({
            label: `…and ${matches.length - ITEM_ROWS} more`,
            detail: `Only the first ${ITEM_ROWS} are listed.`,
            catalogName: null,
            way: null,
            counts: items.some((i) => i.counts),
            links: []
        });
    }
    const ways = new Set<WayId>();
    for (const m of matches) {
        if (m.ways) for (const w of m.ways) ways.add(w);
        else if (m.app?.entry.way && counts(ctx, m.app)) ways.add(m.app.entry.way);
    }
    const lines = matches.flatMap((m) => m.evidence);
    const evidence =
        lines.length > EVIDENCE_LINES + 1
            ? [...lines.slice(0, EVIDENCE_LINES), `…and ${lines.length - EVIDENCE_LINES} more lines.`]
            : lines;
    return {
        ruleId: r.id,
        severity,
        title: r.headline(matches, ctx),
        explanation: r.explain(matches, ctx),
        ways: [...ways],
        counts: items.some((i) => i.counts),
        items,
        remediation: r.remediation(matches, ctx),
        howWeKnow: { evidence, caveats: [...(r.caveats ?? [])], source: r.source }
    };
}
