// evaluateSnapshot: OrgSnapshot -> ReadinessReport. Everything is derived here, in order: facts (the snapshot
// normalised), the judgement of every app (usage and decision), the findings, the plan, the overall status.
// `now` defaults to the snapshot's capturedAt so the same snapshot always gives the same report.
import { buildOrgFacts, type OrgFacts } from './facts';
import { otherAppsViewOf } from './otherAppRules';
import { otherAppFacts } from './otherApps';
import { overallStatus } from './overall';
import { buildPlan } from './plan';
import type { ReadinessReport } from './report';
import { runRules } from './ruleKit';
import { RULES } from './rules';
import type { OrgSnapshot } from './snapshot';
import { signInTrendView } from './trend';
import { bypassPermissionViews, readerGaps, sandboxRefreshView, signInBlockersView } from './views';
import { appVerdicts, judge, wayVerdicts } from './ways';

export interface EvaluateOptions {
    /** The moment to judge dates against (expirations, idle tokens); defaults to snapshot.capturedAt. */
    now?: Date;
}

export function resolveNow(capturedAt: string, options?: EvaluateOptions): Date {
    if (options?.now) return options.now;
    const t = Date.parse(capturedAt);
    return Number.isNaN(t) ? new Date(0) : new Date(t);
}

export function reportFromFacts(facts: OrgFacts): ReadinessReport {
    const judged = judge(facts);
    const ctx = { org: facts, judged, user: null, otherApps: otherAppFacts(facts) };
    const findings = runRules(RULES, ctx, ['org', 'app']);
    const ways = wayVerdicts(facts, judged);
    const plan = buildPlan({ facts, judged, ways, findings, rules: RULES });
    return {
        reportSchemaVersion: 2,
        capturedAt: facts.snapshot.capturedAt,
        org: { id: facts.org?.id ?? null, name: facts.org?.name ?? null, isSandbox: facts.isSandbox, myDomainUrl: facts.myDomainUrl },
        overall: overallStatus(ways, findings, plan),
        plan,
        ways,
        apps: appVerdicts(facts, judged),
        findings,
        bypassPermissions: bypassPermissionViews(facts),
        signInBlockers: signInBlockersView(facts),
        sandboxRefresh: sandboxRefreshView(facts, judged),
        otherApps: otherAppsViewOf(ctx)!,
        signInTrend: signInTrendView(facts),
        readerGaps: readerGaps(facts)
    };
}

export function evaluateSnapshot(snapshot: OrgSnapshot, options?: EvaluateOptions): ReadinessReport {
    return reportFromFacts(buildOrgFacts(snapshot, resolveNow(snapshot.capturedAt, options)));
}
