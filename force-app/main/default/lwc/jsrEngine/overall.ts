// The overall status: the worst verdict among the ways the org uses (blocked > actionNeeded > cannotDetermine >
// ready: a proven problem outranks an unknown, and an unknown prevents "ready"); notUsed when the org uses none.
// Recommendations never change it. There is no numeric score: the verdict is the product (report schema 2).
import type { Finding, OverallStatus, PlanStep, Severity, Verdict, WayVerdict } from './report';
import { plural, SEVERITY_LABELS, VERDICT_LABELS } from './words';

/** Worst first: the order the overall verdict is taken in. */
export const VERDICT_SEVERITY: readonly Verdict[] = ['blocked', 'actionNeeded', 'cannotDetermine', 'ready'];

export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
    for (const v of VERDICT_SEVERITY) if (verdicts.includes(v)) return v;
    return 'notUsed';
}

function countsLine(ways: Record<Verdict, number>, findings: Record<Severity, number>): string {
    const parts: string[] = [];
    if (ways.blocked > 0) parts.push(`${plural(ways.blocked, 'blocked way')}`);
    if (ways.actionNeeded > 0) parts.push(`${plural(ways.actionNeeded, 'way')} needing action`);
    if (ways.cannotDetermine > 0) parts.push(`${plural(ways.cannotDetermine, 'way')} that cannot be determined`);
    if (ways.ready > 0) parts.push(`${ways.ready} ready`);
    if (ways.notUsed + ways.notApplicable > 0) parts.push(`${ways.notUsed + ways.notApplicable} not used or not applicable`);
    if (findings.recommendation > 0) parts.push(plural(findings.recommendation, SEVERITY_LABELS.recommendation.toLowerCase()));
    return parts.join(' · ');
}

export function overallStatus(ways: readonly WayVerdict[], findings: readonly Finding[], plan: readonly PlanStep[]): OverallStatus {
    const verdict = worstVerdict(ways.filter((w) => w.usage.counts).map((w) => w.verdict));
    const wayCounts: Record<Verdict, number> = { ready: 0, actionNeeded: 0, blocked: 0, cannotDetermine: 0, notApplicable: 0, notUsed: 0 };
    for (const w of ways) wayCounts[w.verdict]++;
    const findingCounts: Record<Severity, number> = { error: 0, warning: 0, recommendation: 0, info: 0 };
    for (const f of findings) if (f.counts) findingCounts[f.severity]++;
    const startHere = plan[0] ?? null;
    const label = VERDICT_LABELS[verdict];
    let headline: string;
    if (verdict === 'notUsed')
        headline = `${label}: this org marks every way of connecting Jetstream as not used, so there is nothing to check.`;
    else if (verdict === 'ready')
        headline =
            findingCounts.recommendation > 0
                ? `${label} — ${plural(findingCounts.recommendation, 'recommendation')}; start with: ${startHere?.title ?? ''}`
                : `${label} — every way of connecting this org uses works.`;
    else headline = startHere ? `${label} — start with: ${startHere.title}` : `${label}.`;
    return {
        verdict,
        headline,
        countsLine: countsLine(wayCounts, findingCounts),
        startHere,
        counts: { ways: wayCounts, findings: findingCounts }
    };
}
