// Plain-text rendering of a readiness report for the terminal (npm run readiness -- --format text): the verdict and
// the action plan first, then the ways, the findings (one per rule, a row per app or holder) and the rest.
// Every line goes through the terminal sanitiser, and a URL is printed only where safeLinks allows it.
import type {
    DecodedError,
    Finding,
    Link,
    ReadinessReport,
    RemediationStep,
    RuleSource,
    UserReport
} from '../force-app/main/default/lwc/jsrEngine/report';
import { INSTALL_LABELS, otherAppCells, PERMITTED_USERS_LABELS, sentences } from '../force-app/main/default/lwc/jsrEngine/exporters';
import { columns } from './comparisonText';
import { isSalesforceUrl, printableLinkUrl, unlinkedNote } from '../force-app/main/default/lwc/jsrEngine/safeLinks';
import { terminalLine } from '../force-app/main/default/lwc/jsrEngine/terminalText';
import {
    ANSWER_LABELS,
    CAN_CONNECT_LABELS,
    SEVERITY_LABELS,
    USAGE_LABELS,
    VERDICT_LABELS
} from '../force-app/main/default/lwc/jsrEngine/words';

const INDENT = '    ';

/** A link's URL when it may be printed (https on a Salesforce or documentation domain), else why it has none. */
function linkText(link: Link, baseUrl: string | null): string {
    return printableLinkUrl(link, baseUrl) ?? `(${unlinkedNote(link)})`;
}

function stepLine(step: RemediationStep, baseUrl: string | null): string {
    return step.link ? `${step.text} -> ${linkText(step.link, baseUrl)}` : step.text;
}

function sourceLine(source: RuleSource): string {
    const url = printableLinkUrl({ url: source.url, kind: 'doc' }, null);
    return `Source: ${source.title}, effective ${source.effectiveDate} ${url === null ? '(no link)' : `<${url}>`}`;
}

/** Every line made safe for a terminal: a value's line breaks and control characters cannot act on it. */
function terminalText(lines: readonly string[]): string {
    return `${lines.map(terminalLine).join('\n')}\n`;
}

function myDomainText(url: string | null): string {
    if (!url) return '';
    return isSalesforceUrl(url) ? ` from ${url}` : ' (the My Domain in the snapshot is not a Salesforce https address)';
}

function findingLines(finding: Finding, baseUrl: string | null): string[] {
    const neutral = finding.counts ? '' : ' (about ways this org does not use)';
    const lines = [`  ${SEVERITY_LABELS[finding.severity].toUpperCase()} ${finding.title}${neutral}`, `${INDENT}${finding.explanation}`];
    for (const item of finding.items) {
        const links = item.links.length > 0 ? ` -> ${item.links.map((link) => linkText(link, baseUrl)).join(' , ')}` : '';
        lines.push(`${INDENT}- ${item.label}${item.counts ? '' : ' (not used)'}: ${item.detail}${links}`);
    }
    finding.remediation.forEach((step, index) => lines.push(`${INDENT}${index + 1}. ${stepLine(step, baseUrl)}`));
    lines.push(`${INDENT}${sourceLine(finding.howWeKnow.source)}`);
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
        `Snapshot captured ${report.capturedAt}${myDomainText(org.myDomainUrl)}`,
        `Status: ${VERDICT_LABELS[report.overall.verdict].toUpperCase()}. ${sentences(report.overall.headline)}`,
        report.overall.countsLine,
        '',
        'Action plan'
    ];
    if (report.plan.length === 0) lines.push('  Nothing to do.');
    report.plan.forEach((step, index) => {
        lines.push(`  ${index + 1}. ${step.title}`, `${INDENT}${step.why}`);
        for (const link of step.links) lines.push(`${INDENT}-> ${link.label}: ${linkText(link, baseUrl)}`);
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
        if (app.installRecommended && app.installLink) lines.push(`${INDENT}Install it: ${linkText(app.installLink, null)}`);
    }

    const other = report.otherApps;
    lines.push('', 'Other connected apps', `  ${other.summary}`);
    if (other.rows.length > 0)
        lines.push(
            ...columns([
                ['App', 'Status', 'Users', 'Refused next time', 'Last used', 'Failed sign-ins'],
                ...other.rows.map((row) => {
                    const c = otherAppCells(row, other.atLeast);
                    return [row.appName, row.statusLabel, c.users, c.refused, c.lastUsed, c.failed];
                })
            ]).map((line) => `  ${line}`)
        );
    lines.push(`Failed Jetstream sign-ins per day: ${report.signInTrend.summary}`);

    lines.push('');
    for (const view of report.bypassPermissions) {
        const holders = view.determinable
            ? `${view.totalActiveAssignees} active assignee(s) through ${view.holders.length} profile(s)/permission set(s). `
            : '';
        lines.push(`${view.label}: ${holders}${view.advice}`);
        if (view.sourcesDiffer) lines.push(`${INDENT}${view.sourcesDiffer.text}`);
    }
    const blockers = report.signInBlockers;
    lines.push(`Frozen users: ${blockers.frozen.summary}`);
    for (const user of blockers.frozen.users)
        lines.push(
            `  - ${user.name} (${user.username}${user.profileName ? `, ${user.profileName}` : ''}): ${user.evidence} -> ${linkText(user.link, baseUrl)}`
        );
    lines.push(`Refused sign-ins: ${blockers.refusals.summary}`);
    for (const row of blockers.refusals.rows)
        lines.push(
            `  - ${row.app}, profile ${row.profileName ?? 'not read'}: ${row.users} user(s), ${row.attempts} attempt(s) ${row.statuses.map((s) => `“${s}”`).join(', ')}; ${row.cause}`
        );
    lines.push(`Sandbox refresh: ${report.sandboxRefresh.summary}`);
    for (const option of report.sandboxRefresh.options) lines.push(`  - ${option.title}: ${option.tradeOff}`);
    for (const gap of report.readerGaps) lines.push(`Not read without ${gap.label}: ${gap.unlocks}`);

    if (userReport) {
        lines.push('', `User check: ${userReport.name} (${userReport.username})`);
        for (const way of userReport.ways) {
            const status = way.usage === 'notUsed' ? 'not used by this org' : CAN_CONNECT_LABELS[way.canConnect].toLowerCase();
            lines.push(`  ${pad(way.label, wayWidth)}${status}${way.unblockAction ? `; to unblock: ${way.unblockAction}` : ''}`);
            for (const link of way.unblockLinks) lines.push(`${INDENT}-> ${link.label}: ${linkText(link, baseUrl)}`);
            if (way.usage === 'notUsed' || way.usage === 'notApplicable') continue;
            for (const step of way.chain) lines.push(`${INDENT}${step.question} ${ANSWER_LABELS[step.answer]}. ${step.detail}`);
        }
    }
    return terminalText(lines);
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
    if (decoded.source) lines.push('', sourceLine(decoded.source));
    return terminalText(lines);
}
