/**
 * Exports of a readiness report: a Markdown document an admin attaches to a change ticket, and CSV tables for a
 * spreadsheet. Pure functions of the report (the same text in the tab, the preview and the CLI).
 */
import type {
    AppVerdict,
    BypassPermissionView,
    Finding,
    InstallState,
    Link,
    PermittedUsers,
    ReadinessReport,
    ReasonStep,
    RemediationStep,
    Severity,
    UserReport,
    Verdict
} from './report';
import { STANDARD_SYS_ADMIN_WORDS } from './facts';

export type CsvTable = 'findings' | 'apps' | 'holders' | 'authorizations';
export const CSV_TABLES: readonly CsvTable[] = ['findings', 'apps', 'holders', 'authorizations'];

export interface MarkdownOptions {
    /** Base for org-relative Setup links, e.g. the org's Lightning URL; defaults to the report's My Domain URL. */
    baseUrl?: string | null;
}

export const VERDICT_LABELS: Record<Verdict, string> = {
    ready: 'Ready',
    actionNeeded: 'Action needed',
    blocked: 'Blocked',
    cannotDetermine: 'Cannot determine'
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info', pass: 'Pass' };

export const INSTALL_LABELS: Record<InstallState, string> = {
    installed: 'Installed',
    notInstalled: 'Not installed',
    cannotDetermine: 'Cannot determine'
};

export const PERMITTED_USERS_LABELS: Record<PermittedUsers, string> = {
    adminApproved: 'Admin approved users are pre-authorized',
    selfAuthorize: 'All users may self-authorize',
    unknown: 'Unknown',
    notInstalled: 'Not installed (no policy)'
};

const ANSWER_LABELS: Record<ReasonStep['answer'], string> = { yes: 'Yes', no: 'No', unknown: 'Unknown', notApplicable: 'n/a' };

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'pass'];

/** Sentences joined with a space, each ending in a full stop (texts from the engine may or may not have one). */
export function sentences(...parts: string[]): string {
    return parts
        .map((part) => part.trim())
        .filter((part) => part.length > 0)
        .map((part) => (/[.!?:]$/.test(part) ? part : `${part}.`))
        .join(' ');
}

// ---------------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------------

/** Escapes text from the org (names, labels) and from rules so it renders as typed and cannot inject markup. */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

/** A table cell: escaped, single line. */
function cell(text: string | number | null | undefined): string {
    if (text === null || text === undefined || text === '') return '-';
    return escapeMarkdown(String(text));
}

/** Org-relative links ("/lightning/setup/...") become absolute when a base URL is known. */
export function absoluteUrl(url: string, baseUrl: string | null): string {
    if (!url.startsWith('/') || url.startsWith('//') || !baseUrl) return url;
    return `${baseUrl.replace(/\/+$/, '')}${url}`;
}

/** A link destination in angle brackets (keeps parentheses intact); characters that would end it are escaped. */
function linkDestination(url: string): string {
    return `<${url.replace(/[<>\s]/g, (ch) => encodeURIComponent(ch))}>`;
}

function markdownLink(link: Link, baseUrl: string | null): string {
    return `[${escapeMarkdown(link.label)}](${linkDestination(absoluteUrl(link.url, baseUrl))})`;
}

function remediationLine(step: RemediationStep, baseUrl: string | null): string {
    return step.link ? `${escapeMarkdown(step.text)} ${markdownLink(step.link, baseUrl)}` : escapeMarkdown(step.text);
}

function table(headers: string[], rows: (string | number | null)[][]): string[] {
    return [
        `| ${headers.join(' | ')} |`,
        `|${headers.map(() => ' --- ').join('|')}|`,
        ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)
    ];
}

function appLabel(report: ReadinessReport, catalogName: string | null): string | null {
    if (catalogName === null) return null;
    return report.apps.find((app) => app.catalogName === catalogName)?.label ?? catalogName;
}

function sortedFindings(findings: Finding[]): Finding[] {
    return [...findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

function findingMarkdown(report: ReadinessReport, finding: Finding, baseUrl: string | null): string[] {
    const lines = [`### ${SEVERITY_LABELS[finding.severity]}: ${escapeMarkdown(finding.title)}`, ''];
    const app = appLabel(report, finding.catalogName);
    lines.push(`- Rule: \`${finding.ruleId.replace(/`/g, '')}\``);
    if (app !== null) lines.push(`- App: ${escapeMarkdown(app)}`);
    lines.push('', escapeMarkdown(finding.explanation), '');
    if (finding.evidence.length > 0) {
        lines.push('Evidence:', '', ...finding.evidence.map((line) => `- ${escapeMarkdown(line)}`), '');
    }
    if (finding.remediation.length > 0) {
        lines.push('Remediation:', '', ...finding.remediation.map((step, index) => `${index + 1}. ${remediationLine(step, baseUrl)}`), '');
    }
    const source = finding.source;
    lines.push(
        `Source: [${escapeMarkdown(source.title)}](${linkDestination(source.url)}), effective ${escapeMarkdown(source.effectiveDate)}`,
        ''
    );
    return lines;
}

function authorizationCell(app: AppVerdict): string {
    const auth = app.authorizations;
    if (auth === null) return 'Unknown';
    const atLeast = auth.atLeast ? 'at least ' : '';
    const users = `${atLeast}${auth.users} user${auth.users === 1 ? '' : 's'}, ${auth.tokens} token${auth.tokens === 1 ? '' : 's'}`;
    return auth.usedButNotInstalled ? `${users} (used but not installed)` : users;
}

function appsMarkdown(report: ReadinessReport, baseUrl: string | null): string[] {
    const lines = ['## Apps', ''];
    lines.push(
        ...table(
            ['App', 'Installed', 'Permitted users', 'Who can make a new connection', 'Refresh tokens', 'Existing authorizations'],
            report.apps.map((app) => [
                app.label,
                INSTALL_LABELS[app.install],
                PERMITTED_USERS_LABELS[app.permittedUsers],
                app.whoCanConnect,
                sentences(app.refreshTokenPolicy, app.reconnectCadence),
                authorizationCell(app)
            ])
        ),
        ''
    );
    for (const app of report.apps) {
        const links = [app.installLink, app.manageLink].filter((link): link is Link => link !== null);
        const grants = app.grants.map((grant) => {
            const notes = grant.notes.length > 0 ? ` (${grant.notes.join('; ')})` : '';
            const via = grant.via === 'group' && grant.componentPermissionSetName ? `, through ${grant.componentPermissionSetName}` : '';
            return `${grant.kind} ${grant.label}: ${grant.activeAssignees} active${via}${notes}`;
        });
        lines.push(`### ${escapeMarkdown(app.label)}`, '', `- Purpose: ${escapeMarkdown(app.purpose)}`);
        lines.push(`- Session policy: ${escapeMarkdown(app.sessionPolicy)}`);
        if (!app.grantsReadable) {
            lines.push(
                `- Granted to: cannot be determined (${escapeMarkdown(app.grantsUnreadableReason ?? 'the grants could not be read')})`
            );
        } else if (grants.length > 0) {
            const atLeast = app.grantsAtLeast ? ' (at least these: the list was cut)' : '';
            lines.push(`- Granted to${atLeast}: ${grants.map(escapeMarkdown).join('; ')}`);
        }
        if (app.installRecommended && app.installLink) lines.push(`- Next step: install it: ${markdownLink(app.installLink, baseUrl)}`);
        if (links.length > 0) lines.push(`- Links: ${links.map((link) => markdownLink(link, baseUrl)).join(', ')}`);
        lines.push('');
    }
    return lines;
}

function waysMarkdown(report: ReadinessReport): string[] {
    const lines = ['## Ways of connecting', ''];
    lines.push(
        ...table(
            ['Way', 'Verdict', 'Summary'],
            report.ways.map((way) => [way.label, VERDICT_LABELS[way.verdict], way.summary])
        ),
        ''
    );
    for (const way of report.ways) {
        if (way.reasons.length === 0) continue;
        lines.push(`**${escapeMarkdown(way.label)}**`, '');
        lines.push(
            ...way.reasons.map(
                (step) => `- ${escapeMarkdown(step.question)} ${ANSWER_LABELS[step.answer]}. ${escapeMarkdown(step.detail)}`
            ),
            ''
        );
    }
    return lines;
}

function bypassMarkdown(view: BypassPermissionView): string[] {
    const lines = [`### ${escapeMarkdown(view.label)}`, '', escapeMarkdown(view.advice), ''];
    if (!view.determinable) {
        // The advice above says why (field absent, holders unreadable, or none in a capped list).
        lines.push('Holders cannot be determined.', '');
        return lines;
    }
    if (view.holders.length === 0) {
        lines.push('No profile, permission set or group holds it.', '');
        return lines;
    }
    lines.push(
        ...table(
            ['Kind', 'Name', 'Active assignees', 'Expiring', 'Notes', 'Sample users'],
            view.holders.map((holder) => {
                const notes = [
                    holder.isStandardSystemAdministrator ? STANDARD_SYS_ADMIN_WORDS : '',
                    holder.sessionBased ? 'session-based' : ''
                ]
                    .filter((note) => note)
                    .join('; ');
                return [
                    holder.kind,
                    holder.label,
                    holder.activeAssignees,
                    holder.expiringAssignees,
                    notes,
                    holder.sampleUsers.map((user) => user.username).join(', ')
                ];
            })
        ),
        '',
        `Total active assignees: ${view.totalActiveAssignees}`,
        ''
    );
    return lines;
}

function userMarkdown(user: UserReport, report: ReadinessReport, baseUrl: string | null): string[] {
    const lines = [`## User check: ${escapeMarkdown(user.name)} (${escapeMarkdown(user.username)})`, ''];
    lines.push(
        ...table(
            ['Way', 'Can connect', 'Action that unblocks'],
            user.ways.map((way) => [way.label, ANSWER_LABELS[way.canConnect], way.unblockAction])
        ),
        ''
    );
    for (const way of user.ways) {
        lines.push(`**${escapeMarkdown(way.label)}**`, '');
        lines.push(
            ...way.chain.map((step) => `- ${escapeMarkdown(step.question)} ${ANSWER_LABELS[step.answer]}. ${escapeMarkdown(step.detail)}`),
            ''
        );
    }
    if (user.findings.length > 0) {
        lines.push(`### Findings for ${escapeMarkdown(user.name)}`, '');
        for (const finding of sortedFindings(user.findings))
            lines.push(...findingMarkdown(report, finding, baseUrl).map((l) => l.replace(/^### /, '#### ')));
    }
    return lines;
}

/** The report as a Markdown document for a change ticket. Setup links are made absolute with options.baseUrl or the
 * report's My Domain URL when known. */
export function reportToMarkdown(report: ReadinessReport, userReport?: UserReport | null, options: MarkdownOptions = {}): string {
    const baseUrl = options.baseUrl ?? report.org.myDomainUrl;
    const org = report.org;
    const orgType = org.isSandbox === null ? 'unknown org type' : org.isSandbox ? 'Sandbox' : 'Production';
    const counts = report.overall.counts;
    const lines: string[] = [
        `# Jetstream readiness: ${escapeMarkdown(org.name ?? 'unknown org')}`,
        '',
        `- Org: ${cell(org.name)} (${cell(org.id)}), ${orgType}`,
        `- My Domain: ${org.myDomainUrl ? `<${org.myDomainUrl}>` : 'unknown'}`,
        `- Snapshot captured: ${escapeMarkdown(report.capturedAt)}`,
        `- Status: **${VERDICT_LABELS[report.overall.verdict]}**, score ${report.overall.score}/100. ${escapeMarkdown(report.overall.headline)}`,
        `- Findings: ${counts.error} error, ${counts.warning} warning, ${counts.info} info, ${counts.pass} pass`,
        ''
    ];
    lines.push(...waysMarkdown(report), ...appsMarkdown(report, baseUrl));

    const actionable = sortedFindings(report.findings.filter((finding) => finding.severity !== 'pass'));
    const passed = report.findings.filter((finding) => finding.severity === 'pass');
    lines.push('## Findings', '');
    if (actionable.length === 0) lines.push('No errors, warnings or notes.', '');
    for (const finding of actionable) lines.push(...findingMarkdown(report, finding, baseUrl));
    if (passed.length > 0) {
        lines.push(
            '### Checks that passed',
            '',
            ...passed.map((finding) => `- ${escapeMarkdown(finding.title)} (\`${finding.ruleId.replace(/`/g, '')}\`)`),
            ''
        );
    }

    lines.push('## Bypass permission holders', '');
    for (const view of report.bypassPermissions) lines.push(...bypassMarkdown(view));

    lines.push('## Sandbox refresh', '', escapeMarkdown(report.sandboxRefresh.summary), '');
    lines.push(...report.sandboxRefresh.checklist.map((item) => `- [ ] ${escapeMarkdown(item)}`), '');

    if (report.readerGaps.length > 0) {
        lines.push('## What this read could not see', '');
        lines.push(
            ...table(
                ['Permission', 'Label', 'Would unlock'],
                report.readerGaps.map((gap) => [gap.permission, gap.label, gap.unlocks])
            ),
            ''
        );
    }
    if (userReport) lines.push(...userMarkdown(userReport, report, baseUrl));
    lines.push(
        '---',
        '',
        `Generated by Jetstream Readiness (report schema ${report.reportSchemaVersion}) from the snapshot captured ${escapeMarkdown(report.capturedAt)}.`,
        ''
    );
    return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------------

type CsvValue = string | number | boolean | null;

/** One RFC 4180 field. Text starting with = + - @ (or a tab / carriage return) gets a leading apostrophe so
 * spreadsheets show it instead of evaluating it as a formula (OWASP CSV injection). */
export function csvField(value: CsvValue): string {
    if (value === null) return '';
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF line breaks, a header row, a trailing CRLF. */
export function toCsv(headers: string[], rows: CsvValue[][]): string {
    return [headers, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function findingsCsv(report: ReadinessReport): string {
    return toCsv(
        [
            'severity',
            'ruleId',
            'title',
            'catalogName',
            'app',
            'explanation',
            'evidence',
            'remediation',
            'sourceTitle',
            'sourceUrl',
            'effectiveDate'
        ],
        sortedFindings(report.findings).map((finding) => [
            finding.severity,
            finding.ruleId,
            finding.title,
            finding.catalogName,
            appLabel(report, finding.catalogName),
            finding.explanation,
            finding.evidence.join('\n'),
            finding.remediation
                .map((step) => (step.link ? `${step.text} ${absoluteUrl(step.link.url, report.org.myDomainUrl)}` : step.text))
                .join('\n'),
            finding.source.title,
            finding.source.url,
            finding.source.effectiveDate
        ])
    );
}

function appsCsv(report: ReadinessReport): string {
    return toCsv(
        [
            'catalogName',
            'label',
            'kind',
            'way',
            'install',
            'permittedUsers',
            'whoCanConnect',
            'grants',
            'grantsReadable',
            'grantsAreLowerBound',
            'refreshTokenPolicy',
            'reconnectCadence',
            'sessionPolicy',
            'authorizedUsers',
            'tokens',
            'lastUsed',
            'countsAreLowerBounds',
            'usedButNotInstalled',
            'installRecommended',
            'installLink',
            'manageLink'
        ],
        report.apps.map((app) => {
            const auth = app.authorizations;
            return [
                app.catalogName,
                app.label,
                app.kind,
                app.way,
                app.install,
                app.permittedUsers,
                app.whoCanConnect,
                app.grants.map((grant) => `${grant.kind} ${grant.name} (${grant.activeAssignees} active)`).join('; '),
                app.grantsReadable,
                app.grantsAtLeast,
                app.refreshTokenPolicy,
                app.reconnectCadence,
                app.sessionPolicy,
                auth ? auth.users : null,
                auth ? auth.tokens : null,
                auth ? auth.lastUsed : null,
                auth ? auth.atLeast : null,
                auth ? auth.usedButNotInstalled : null,
                app.installRecommended,
                app.installLink ? app.installLink.url : null,
                absoluteUrl(app.manageLink.url, report.org.myDomainUrl)
            ];
        })
    );
}

function holdersCsv(report: ReadinessReport): string {
    const rows: CsvValue[][] = [];
    for (const view of report.bypassPermissions) {
        if (!view.determinable) {
            // One row that says so, instead of an absence a reader would take for "nobody".
            rows.push([view.permission, view.label, false, null, null, null, null, null, null, null, null]);
            continue;
        }
        for (const holder of view.holders) {
            rows.push([
                view.permission,
                view.label,
                true,
                holder.kind,
                holder.name,
                holder.label,
                holder.activeAssignees,
                holder.expiringAssignees,
                holder.isStandardSystemAdministrator,
                holder.sessionBased,
                holder.sampleUsers.map((user) => user.username).join('; ')
            ]);
        }
    }
    return toCsv(
        [
            'permission',
            'permissionLabel',
            'determinable',
            'kind',
            'name',
            'label',
            'activeAssignees',
            'expiringAssignees',
            'isStandardSystemAdministrator',
            'sessionBased',
            'sampleUsernames'
        ],
        rows
    );
}

function authorizationsCsv(report: ReadinessReport): string {
    const rows: CsvValue[][] = [];
    for (const app of report.apps) {
        const auth = app.authorizations;
        if (auth === null) continue;
        for (const user of auth.sample) {
            rows.push([
                app.catalogName,
                app.label,
                auth.appInstalled,
                user.userId,
                user.name,
                user.username,
                user.lastUsed,
                user.useCount,
                auth.users,
                auth.atLeast
            ]);
        }
    }
    return toCsv(
        ['catalogName', 'app', 'appInstalled', 'userId', 'name', 'username', 'lastUsed', 'useCount', 'appUsersTotal', 'totalIsLowerBound'],
        rows
    );
}

/** One table of the report as RFC 4180 CSV, safe to open in a spreadsheet. */
export function reportToCsv(report: ReadinessReport, tableName: CsvTable): string {
    switch (tableName) {
        case 'findings':
            return findingsCsv(report);
        case 'apps':
            return appsCsv(report);
        case 'holders':
            return holdersCsv(report);
        default:
            // 'authorizations' (TypeScript narrows tableName to it here).
            return authorizationsCsv(report);
    }
}
