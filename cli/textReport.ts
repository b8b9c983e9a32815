// Plain-text rendering of a readiness report for the terminal (npm run readiness -- --format text): the verdict and
// the action plan first, then the ways, the findings (one per rule, a row per app or holder) and the rest.
import type { DecodedError, Finding, ReadinessReport, RemediationStep, UserReport } from '../force-app/main/default/lwc/jsrEngine/report';
import { absoluteUrl, INSTALL_LABELS, PERMITTED_USERS_LABELS, sentences } from '../force-app/main/default/lwc/jsrEngine/exporters';
import {
    ANSWER_LABELS,
    CAN_CONNECT_LABELS,
    SEVERITY_LABELS,
    USAGE_LABELS,
    VERDICT_LABELS
} from '../force-app/main/default/lwc/jsrEngine/words';

const INDENT = '    ';

function stepLine(step: RemediationStep, baseUrl: string | null): string {
    return step.link ? `${step.text} -> ${absoluteUrl(step.link.url, baseUrl)}` : step.text;
}

function findingLines(finding: Finding, baseUrl: string | null): string[] {
    const neutral = finding.counts ? '' : ' (about ways this org does not use)';
    const lines = [`  ${SEVERITY_LABELS[finding.severity].toUpperCase()} ${finding.title}${neutral}`, `${INDENT}${finding.explanation}`];
    for (const item of finding.items) {
        const links = item.links.length > 0 ? ` -> ${item.links.map((link) => absoluteUrl(link.url, baseUrl)).join(' , ')}` : '';
        lines.push(`${INDENT}- ${item.label}${item.counts ? '' : ' (not used)'}: ${item.detail}${links}`);
    }
    finding.remediation.forEach((step, index) => lines.push(`${INDENT}${index + 1}. ${stepLine(step, baseUrl)}`));
    const source = finding.howWeKnow.source;
    lines.push(`${INDENT}Source: ${source.title}, effective ${source.effectiveDate} <${source.url}>`);
    return lines;
}

function pad(text: string, width: number): string {
    return text.length >= width ? `${text} ` : text.padEnd(width);
}

/** The report as terminal text. */
export function reportToText(
    report: ReadinessReport,
    userReport: UserReport | null,
    baseUrl: string | null = report.org.myDomainUrl
): string {
    const org = report.org;
    const orgType = org.isSandbox === null ? 'org type unknown' : org.isSandbox ? 'sandbox' : 'production';
    const lines: string[] = [
        `Jetstream readiness: ${org.name ?? 'unknown org'} (${org.id ?? 'id unknown'}, ${orgType})`,
        `Snapshot captured ${report.capturedAt}${org.myDomainUrl ? ` from ${org.myDomainUrl}` : ''}`,
        `Status: ${VERDICT_LABELS[report.overall.verdict].toUpperCase()}. ${sentences(report.overall.headline)}`,
        report.overall.countsLine,
        '',
        'Action plan'
    ];
    if (report.plan.length === 0) lines.push('  Nothing to do.');
    report.plan.forEach((step, index) => {
        lines.push(`  ${index + 1}. ${step.title}`, `${INDENT}${step.why}`);
        for (const link of step.links) lines.push(`${INDENT}-> ${link.label}: ${absoluteUrl(link.url, baseUrl)}`);
    });

    lines.push('', 'Ways of connecting');
    const wayWidth = Math.max(0, ...report.ways.map((way) => way.label.length)) + 2;
    for (const way of report.ways) lines.push(`  ${pad(way.label, wayWidth)}${pad(VERDICT_LABELS[way.verdict], 18)}${way.summary}`);

    lines.push('', 'Findings');
    if (report.findings.length === 0) lines.push('  None.');
    for (const finding of [...report.findings.filter((f) => f.counts), ...report.findings.filter((f) => !f.counts)])
        lines.push(...findingLines(finding, baseUrl), '');

    lines.push('Apps');
    for (const app of report.apps) {
        const auth = app.authorizations;
        const tokens =
            auth === null
                ? 'authorizations unknown'
                : `${auth.atLeast ? 'at least ' : ''}${auth.users} user(s) authorized, ${auth.atLeast ? 'at least ' : ''}${auth.liveUsers} still connected${auth.usedButNotInstalled ? ' (app not installed)' : ''}`;
        lines.push(
            `  ${app.label}: ${VERDICT_LABELS[app.verdict]}; ${USAGE_LABELS[app.usage.usage].toLowerCase()} (${app.usage.reason}) ${INSTALL_LABELS[app.install]}; permitted users: ${PERMITTED_USERS_LABELS[app.permittedUsers]}; ${tokens}`
        );
        lines.push(`${INDENT}Who can make a new connection: ${app.whoCanConnect}`);
        lines.push(`${INDENT}Refresh tokens: ${sentences(app.refreshTokenPolicy, app.reconnectCadence)}`);
        if (app.installRecommended && app.installLink) lines.push(`${INDENT}Install it: ${app.installLink.url}`);
    }

    lines.push('');
    for (const view of report.bypassPermissions) {
        const holders = view.determinable
            ? `${view.totalActiveAssignees} active assignee(s) through ${view.holders.length} profile(s)/permission set(s). `
            : '';
        lines.push(`${view.label}: ${holders}${view.advice}`);
    }
    lines.push(`Sandbox refresh: ${report.sandboxRefresh.summary}`);
    for (const option of report.sandboxRefresh.options) lines.push(`  - ${option.title}: ${option.tradeOff}`);
    for (const gap of report.readerGaps) lines.push(`Not read without ${gap.label}: ${gap.unlocks}`);

    if (userReport) {
        lines.push('', `User check: ${userReport.name} (${userReport.username})`);
        for (const way of userReport.ways) {
            const status = way.usage === 'notUsed' ? 'not used by this org' : CAN_CONNECT_LABELS[way.canConnect].toLowerCase();
            lines.push(`  ${pad(way.label, wayWidth)}${status}${way.unblockAction ? `; to unblock: ${way.unblockAction}` : ''}`);
            for (const link of way.unblockLinks) lines.push(`${INDENT}-> ${link.label}: ${absoluteUrl(link.url, baseUrl)}`);
            if (way.usage === 'notUsed' || way.usage === 'notApplicable') continue;
            for (const step of way.chain) lines.push(`${INDENT}${step.question} ${ANSWER_LABELS[step.answer]}. ${step.detail}`);
        }
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
