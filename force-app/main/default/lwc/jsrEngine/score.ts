// The overall readiness score and status. Documented formula, deterministic for the same snapshot:
//   score = max(0, 100 - 15 x (error findings) - 5 x (warning findings)); info and pass findings cost nothing.
//   verdict: cannotDetermine when no primary way's install state could be read; blocked when every primary way
//   is blocked; actionNeeded when any error or warning finding exists or a primary way is not ready; else ready.
//   Primary ways: web, desktop and (in production) log in with Salesforce. The in-org package is optional.
import type { Finding, OverallStatus, Severity, Verdict, WayVerdict } from './report';

export const SCORE_PENALTY: Record<Severity, number> = { error: 15, warning: 5, info: 0, pass: 0 };
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'pass'];

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, pass: 0 };
    for (const f of findings) counts[f.severity]++;
    return counts;
}

export function readinessScore(findings: readonly Finding[]): number {
    const penalty = findings.reduce((sum, f) => sum + SCORE_PENALTY[f.severity], 0);
    return Math.max(0, 100 - penalty);
}

/** The ways an org is judged on: the in-org package is optional, and login with Salesforce is production-only
 * (Jetstream docs, Team Management: SOURCES.jetstreamLoginWithSalesforce). */
export function primaryWays(ways: readonly WayVerdict[], isSandbox: boolean | null): WayVerdict[] {
    return ways.filter((w) => w.way === 'web' || w.way === 'desktop' || (w.way === 'loginWithSalesforce' && isSandbox !== true));
}

export function overallStatus(findings: readonly Finding[], ways: readonly WayVerdict[], isSandbox: boolean | null): OverallStatus {
    const counts = severityCounts(findings);
    const score = readinessScore(findings);
    const primary = primaryWays(ways, isSandbox);
    let verdict: Verdict;
    if (primary.length === 0 || primary.every((w) => w.verdict === 'cannotDetermine')) verdict = 'cannotDetermine';
    else if (primary.every((w) => w.verdict === 'blocked')) verdict = 'blocked';
    else if (counts.error + counts.warning > 0 || primary.some((w) => w.verdict !== 'ready')) verdict = 'actionNeeded';
    else verdict = 'ready';
    const top = findings.find((f) => f.severity === 'error') ?? findings.find((f) => f.severity === 'warning');
    const of = `(score ${score}/100)`;
    let headline: string;
    switch (verdict) {
        case 'ready':
            headline = `Ready: every way of connecting Jetstream works ${of}.`;
            break;
        case 'blocked':
            headline = `Blocked: no new Jetstream connection can succeed${top ? `; start with “${top.title}”` : ''} ${of}.`;
            break;
        case 'cannotDetermine':
            headline = `Cannot determine: which Jetstream apps are installed could not be read ${of}.`;
            break;
        default:
            headline = `Action needed: ${counts.error} error${counts.error === 1 ? '' : 's'} and ${counts.warning} warning${counts.warning === 1 ? '' : 's'}${top ? `; start with “${top.title}”` : ''} ${of}.`;
    }
    return { verdict, score, counts, headline };
}
