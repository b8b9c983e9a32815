// Plain-text rendering of a readiness report for the terminal (npm run readiness -- --format text).
import type {
    DecodedError,
    Finding,
    ReadinessReport,
    RemediationStep,
    Severity,
    UserReport
} from '../force-app/main/default/lwc/jsrEngine/report';
import {
    absoluteUrl,
    INSTALL_LABELS,
    PERMITTED_USERS_LABELS,
    SEVERITY_LABELS,
    sentences,
    VERDICT_LABELS
} from '../force-app/main/default/lwc/jsrEngine/exporters';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'pass'];
const INDENT = '    ';

function stepLine(step: RemediationStep, baseUrl: string | null): string {
    return step.link ? `${step.text} -> ${absoluteUrl(step.link.url, baseUrl)}` : step.text;
}

function findingLines(finding: Finding, appLabels: Map<string, string>, baseUrl: string | null): string[] {
    const app = finding.catalogName === null ? '' : ` [${appLabels.get(finding.catalogName) ?? finding.catalogName}]`;
    const lines = [`  ${SEVERITY_LABELS[finding.severity].toUpperCase()} ${finding.title}${app} (${finding.ruleId})`];
    lines.push(`${INDENT}${finding.explanation}`);
    for (const line of finding.evidence) lines.push(`${INDENT}- ${line}`);
    finding.remediation.forEach((step, index) => lines.push(`${INDENT}${index + 1}. ${stepLine(step, baseUrl)}`));
    lines.push(`${INDENT}Source: ${finding.source.title}, effective ${finding.source.effectiveDate} <${finding.source.url}>`);
    return lines;
}

function pad(text: string, width: number): string {
    return text.length >= width ? `${text} ` : text.padEnd(width);
}

/** The report as terminal text; pass findings are listed by title only. */
export function reportToText(
    report: ReadinessReport,
    userReport: UserReport | null,
    baseUrl: string | null = report.org.myDomainUrl
): string {
    const org = report.org;
    const orgType = org.isSandbox === null ? 'org type unknown' : org.isSandbox ? 'sandbox' : 'production';
    const counts = report.overall.counts;
    const appLabels = new Map(report.apps.map((app) => [app.catalogName, app.label]));
    const lines: string[] = [
        `Jetstream readiness: ${org.name ?? 'unknown org'} (${org.id ?? 'id unknown'}, ${orgType})`,
        `Snapshot captured ${report.capturedAt}${org.myDomainUrl ? ` from ${org.myDomainUrl}` : ''}`,
        `Status: ${VERDICT_LABELS[report.overall.verdict].toUpperCase()}, score ${report.overall.score}/100. ${sentences(report.overall.headline)}`,
        `Findings: ${counts.error} error, ${counts.warning} warning, ${counts.info} info, ${counts.pass} pass`,
        '',
        'Ways of connecting'
    ];
    const wayWidth = Math.max(0, ...report.ways.map((way) => way.label.length)) + 2;
    for (const way of report.ways) lines.push(`  ${pad(way.label, wayWidth)}${pad(VERDICT_LABELS[way.verdict], 18)}${way.summary}`);

    lines.push('', 'Apps');
    for (const app of report.apps) {
        const auth = app.authorizations;
        const tokens =
            auth === null
                ? 'authorizations unknown'
                : `${auth.atLeast ? 'at least ' : ''}${auth.users} user(s) authorized${auth.usedButNotInstalled ? ' (used but not installed)' : ''}`;
        lines.push(
            `  ${app.label}: ${INSTALL_LABELS[app.install]}; permitted users: ${PERMITTED_USERS_LABELS[app.permittedUsers]}; ${tokens}`
        );
        lines.push(`${INDENT}Who can make a new connection: ${app.whoCanConnect}`);
        lines.push(`${INDENT}Refresh tokens: ${sentences(app.refreshTokenPolicy, app.reconnectCadence)}`);
        if (app.installLink)
            lines.push(`${INDENT}${app.installRecommended ? 'Install it (next step)' : 'Install link'}: ${app.installLink.url}`);
    }

    const sorted = [...report.findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
    const actionable = sorted.filter((finding) => finding.severity !== 'pass');
    lines.push('', 'Findings');
    if (actionable.length === 0) lines.push('  No errors, warnings or notes.');
    for (const finding of actionable) lines.push(...findingLines(finding, appLabels, baseUrl), '');
    const passed = sorted.filter((finding) => finding.severity === 'pass');
    if (passed.length > 0) lines.push(`Passed: ${passed.map((finding) => finding.ruleId).join(', ')}`);

    for (const view of report.bypassPermissions) {
        const holders = view.determinable
            ? `${view.totalActiveAssignees} active assignee(s) through ${view.holders.length} profile(s)/permission set(s)`
            : 'cannot be determined (field absent)';
        lines.push(sentences(`${view.label}: ${holders}`, view.advice));
    }
    lines.push(`Sandbox refresh: ${report.sandboxRefresh.summary}`);
    for (const gap of report.readerGaps) lines.push(`Not read without ${gap.label} (${gap.permission}): ${gap.unlocks}`);

    if (userReport) {
        lines.push('', `User check: ${userReport.name} (${userReport.username})`);
        for (const way of userReport.ways) {
            lines.push(
                `  ${pad(way.label, wayWidth)}can connect: ${way.canConnect}${way.unblockAction ? `; unblock: ${way.unblockAction}` : ''}`
            );
            for (const step of way.chain) lines.push(`${INDENT}${step.question} ${step.answer}. ${step.detail}`);
        }
        for (const finding of userReport.findings) lines.push(...findingLines(finding, appLabels, baseUrl));
    }
    return `${lines.join('\n')}\n`;
}

/** A decoded OAuth error as terminal text. */
export function decodedErrorToText(decoded: DecodedError, baseUrl: string | null): string {
    const lines = [
        decoded.matched ? `Recognised: ${decoded.id}` : 'Not recognised (unknown error)',
        `You saw: ${decoded.normalized || '(nothing)'}`,
        '',
        `Cause: ${decoded.cause}`,
        '',
        'Fix:'
    ];
    decoded.fix.forEach((step, index) => lines.push(`  ${index + 1}. ${stepLine(step, baseUrl)}`));
    if (decoded.source)
        lines.push('', `Source: ${decoded.source.title}, effective ${decoded.source.effectiveDate} <${decoded.source.url}>`);
    return `${lines.join('\n')}\n`;
}
