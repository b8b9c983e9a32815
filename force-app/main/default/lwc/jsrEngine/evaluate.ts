// evaluateSnapshot: OrgSnapshot -> ReadinessReport. Everything is derived here; nothing outside the engine decides
// a verdict. `now` defaults to the snapshot's capturedAt so the same snapshot always gives the same report.
import { buildOrgFacts, type OrgFacts } from './facts';
import type { Finding, ReadinessReport } from './report';
import { RULES, type RuleContext, type RuleDefinition } from './rules';
import { overallStatus, SEVERITY_ORDER } from './score';
import type { OrgSnapshot } from './snapshot';
import { appVerdicts, bypassPermissionViews, readerGaps, sandboxRefreshView, wayVerdicts } from './verdicts';

export interface EvaluateOptions {
    /** The moment to judge dates against (expirations, idle tokens); defaults to snapshot.capturedAt. */
    now?: Date;
}

export function resolveNow(capturedAt: string, options?: EvaluateOptions): Date {
    if (options?.now) return options.now;
    const t = Date.parse(capturedAt);
    return Number.isNaN(t) ? new Date(0) : new Date(t);
}

/** Runs the rules of the given scopes and turns each match into a Finding, sorted by severity, rule and app. */
export function runRules(ctx: RuleContext, scopes: ReadonlyArray<RuleDefinition['scope']>): Finding[] {
    const findings: { finding: Finding; rank: number; ruleIndex: number; appOrder: number }[] = [];
    RULES.forEach((rule, ruleIndex) => {
        if (!scopes.includes(rule.scope)) return;
        for (const m of rule.evaluate(ctx)) {
            findings.push({
                finding: {
                    ruleId: rule.id,
                    severity: rule.severity,
                    title: rule.headline(m, ctx),
                    catalogName: m.catalogName,
                    explanation: rule.explain(m, ctx),
                    evidence: m.evidence,
                    remediation: rule.remediation(m, ctx),
                    source: rule.source
                },
                rank: SEVERITY_ORDER.indexOf(rule.severity),
                ruleIndex,
                appOrder: m.app ? m.app.entry.sortOrder : -1
            });
        }
    });
    findings.sort((a, b) => a.rank - b.rank || a.ruleIndex - b.ruleIndex || a.appOrder - b.appOrder);
    return findings.map((f) => f.finding);
}

export function reportFromFacts(facts: OrgFacts): ReadinessReport {
    const snapshot = facts.snapshot;
    const findings = runRules({ org: facts, user: null }, ['org', 'app']);
    const ways = wayVerdicts(facts);
    return {
        reportSchemaVersion: 1,
        capturedAt: snapshot.capturedAt,
        org: {
            id: facts.org?.id ?? null,
            name: facts.org?.name ?? null,
            isSandbox: facts.isSandbox,
            myDomainUrl: facts.myDomainUrl
        },
        overall: overallStatus(findings, ways, facts.isSandbox),
        apps: appVerdicts(facts),
        ways,
        findings,
        bypassPermissions: bypassPermissionViews(facts),
        sandboxRefresh: sandboxRefreshView(facts),
        readerGaps: readerGaps(facts)
    };
}

export function evaluateSnapshot(snapshot: OrgSnapshot, options?: EvaluateOptions): ReadinessReport {
    return reportFromFacts(buildOrgFacts(snapshot, resolveNow(snapshot.capturedAt, options)));
}
