/**
 * Exports of a readiness report: a Markdown document an admin attaches to a change ticket, and CSV tables for a
 * spreadsheet. Pure functions of the report (the same text in the tab, the preview and the CLI).
 */
import type {
    AppVerdict,
    BypassPermissionView,
    OtherAppView,
    OtherAppsView,
    SignInTrendView,
    Finding,
    InstallState,
    Link,
    PermittedUsers,
    PlanStep,
    ReadinessReport,
    ReasonStep,
    RemediationStep,
    SignInBlockersView,
    UserReport
} from './report';
import { ANSWER_LABELS, CAN_CONNECT_LABELS, SEVERITY_LABELS, STANDARD_SYS_ADMIN_WORDS, USAGE_LABELS, VERDICT_LABELS } from './words';
import { csvField, csvLinkText, toCsv, type CsvValue } from './csvText';
import { docLink } from './links';
import { escapeMarkdown, markdownLink } from './markdownText';
import { absoluteUrl, isSalesforceUrl } from './safeLinks';

export { absoluteUrl, csvField, escapeMarkdown, toCsv };

export { SEVERITY_LABELS, VERDICT_LABELS };

export type CsvTable = 'plan' | 'findings' | 'apps' | 'holders' | 'authorizations' | 'otherApps';
export const CSV_TABLES: readonly CsvTable[] = ['plan', 'findings', 'apps', 'holders', 'authorizations', 'otherApps'];

export interface MarkdownOptions {
    /** Base for org-relative Setup links, e.g. the org's Lightning URL; defaults to the report's My Domain URL. */
    baseUrl?: string | null;
}

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

/** A table cell: escaped, single line. */
function cell(text: string | number | null | undefined): string {
    if (text === null || text === undefined || text === '') return '-';
    return escapeMarkdown(String(text));
}

/** The org's My Domain as a link when it is an https Salesforce address, else as escaped text saying so. */
function myDomainMarkdown(url: string | null): string {
    if (url === null || url === '') return 'unknown';
    return isSalesforceUrl(url) ? `<${url}>` : `${escapeMarkdown(url)} (not a Salesforce https address)`;
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

function findingMarkdown(finding: Finding, baseUrl: string | null, level = '###'): string[] {
    const neutral = finding.counts ? '' : ' (about ways this org does not use)';
    const lines = [
        `${level} ${SEVERITY_LABELS[finding.severity]}: ${escapeMarkdown(finding.title)}${neutral}`,
        '',
        escapeMarkdown(finding.explanation),
        ''
    ];
    for (const item of finding.items) {
        const links = item.links.length > 0 ? ` ${item.links.map((link) => markdownLink(link, baseUrl)).join(', ')}` : '';
        lines.push(`- **${escapeMarkdown(item.label)}**${item.counts ? '' : ' (not used)'}: ${escapeMarkdown(item.detail)}${links}`);
    }
    lines.push('');
    if (finding.remediation.length > 0) {
        lines.push('What to do:', '', ...finding.remediation.map((step, index) => `${index + 1}. ${remediationLine(step, baseUrl)}`), '');
    }
    const how = finding.howWeKnow;
    lines.push('<details><summary>How we know</summary>', '');
    for (const line of [...how.evidence, ...how.caveats]) lines.push(`- ${escapeMarkdown(line)}`);
    lines.push(
        `- Source: ${markdownLink(docLink(how.source.title, how.source.url), null)}, effective ${escapeMarkdown(how.source.effectiveDate)}`,
        '',
        '</details>',
        ''
    );
    return lines;
}

function planMarkdown(plan: readonly PlanStep[], baseUrl: string | null): string[] {
    const lines = ['## Action plan', ''];
    if (plan.length === 0) return [...lines, 'Nothing to do.', ''];
    plan.forEach((step, index) => {
        lines.push(`${index + 1}. **${escapeMarkdown(step.title)}** ${escapeMarkdown(step.why)}`);
        if (step.links.length > 0) lines.push(`   ${step.links.map((link) => markdownLink(link, baseUrl)).join(' · ')}`);
    });
    lines.push('');
    return lines;
}

function authorizationCell(app: AppVerdict): string {
    const auth = app.authorizations;
    if (auth === null) return 'Unknown';
    const atLeast = auth.atLeast ? 'at least ' : '';
    const users = `${atLeast}${auth.users} user${auth.users === 1 ? '' : 's'} (${atLeast}${auth.liveUsers} still connected)`;
    return auth.usedButNotInstalled ? `${users}; app not installed` : users;
}

function appsMarkdown(report: ReadinessReport, baseUrl: string | null): string[] {
    const lines = ['## Apps', ''];
    lines.push(
        ...table(
            ['App', 'Verdict', 'Installed', 'Permitted users', 'Who can make a new connection', 'Existing authorizations'],
            report.apps.map((app) => [
                app.label,
                VERDICT_LABELS[app.verdict],
                INSTALL_LABELS[app.install],
                PERMITTED_USERS_LABELS[app.permittedUsers],
                app.whoCanConnect,
                authorizationCell(app)
            ])
        ),
        ''
    );
    for (const app of report.apps) {
        lines.push(`### ${escapeMarkdown(app.label)}`, '', `- Purpose: ${escapeMarkdown(app.purpose)}`);
        lines.push(
            `- Used by this org: ${USAGE_LABELS[app.usage.usage]}. ${escapeMarkdown(app.usage.reason)} Change it: ${markdownLink(app.usage.changeLink, baseUrl)}`
        );
        lines.push(`- Refresh tokens: ${escapeMarkdown(sentences(app.refreshTokenPolicy, app.reconnectCadence))}`);
        lines.push(`- Session policy: ${escapeMarkdown(app.sessionPolicy)}`);
        if (!app.grantsReadable)
            lines.push(
                `- Granted to: cannot be determined (${escapeMarkdown(app.grantsUnreadableReason ?? 'the grants could not be read')})`
            );
        else if (app.grants.length > 0) {
            const grants = app.grants.map((grant) => {
                const notes = grant.notes.length > 0 ? ` (${grant.notes.join('; ')})` : '';
                const via =
                    grant.via === 'group' && grant.componentPermissionSetName ? `, through ${grant.componentPermissionSetName}` : '';
                return `${markdownLink({ ...grant.link, label: `${grant.kind} ${grant.label}` }, baseUrl)}: ${grant.activeAssignees} active${escapeMarkdown(via + notes)}`;
            });
            lines.push(`- Granted to${app.grantsAtLeast ? ' (at least these: some grants could not be read)' : ''}: ${grants.join('; ')}`);
        }
        const links = [app.installRecommended ? app.installLink : null, app.manageLink].filter((link): link is Link => link !== null);
        lines.push(`- Links: ${links.map((link) => markdownLink(link, baseUrl)).join(', ')}`);
        for (const caveat of app.caveats) lines.push(`- Note: ${escapeMarkdown(caveat)}`);
        lines.push('');
    }
    return lines;
}

/** Numbers of the other apps' table, shared by Markdown, CSV and the CLI's text: "at least 4", "up to 3", "-". */
export function otherAppCells(row: OtherAppView, atLeast: boolean): { users: string; refused: string; failed: string; lastUsed: string } {
    return {
        users: `${atLeast ? 'at least ' : ''}${row.users}`,
        refused:
            row.refusedAtNextAuthorization === null
                ? '-'
                : `${row.refusedAtMost && row.refusedAtNextAuthorization > 0 ? 'up to ' : ''}${row.refusedAtNextAuthorization}`,
        failed: row.failedSignIns === null ? 'not read' : String(row.failedSignIns),
        lastUsed: row.lastUsed ? row.lastUsed.slice(0, 10) : 'never'
    };
}

function otherAppsMarkdown(view: OtherAppsView, baseUrl: string | null): string[] {
    const lines = ['## Other connected apps', '', escapeMarkdown(view.summary), ''];
    if (view.rows.length > 0) {
        lines.push(
            ...table(
                ['App', 'Status', 'Users with tokens', 'Refused at next authorization', 'Last used', 'Failed sign-ins (30 days)'],
                view.rows.map((row) => {
                    const cells = otherAppCells(row, view.atLeast);
                    return [row.appName, row.statusLabel, cells.users, cells.refused, cells.lastUsed, cells.failed];
                })
            ),
            ''
        );
        for (const row of view.rows)
            lines.push(
                `- **${escapeMarkdown(row.appName)}**: ${escapeMarkdown(row.detail)} ${row.links.map((link) => markdownLink(link, baseUrl)).join(', ')}`
            );
        lines.push('');
    }
    lines.push('<details><summary>How we know</summary>', '', ...view.caveats.map((c) => `- ${escapeMarkdown(c)}`));
    for (const source of view.sources) lines.push(`- Source: ${markdownLink(docLink(source.title, source.url), null)}`);
    lines.push('', '</details>', '');
    return lines;
}

function signInTrendMarkdown(trend: SignInTrendView): string[] {
    const lines = ['## Failed Jetstream sign-ins per day', '', escapeMarkdown(trend.summary), ''];
    const days = trend.days.map((day, i) => ({ day, total: trend.totals[i] ?? 0, i })).filter((d) => d.total > 0);
    if (days.length === 0) return lines;
    lines.push(
        ...table(
            ['Day', ...trend.series.map((s) => s.label), 'All'],
            days.map((d) => [d.day, ...trend.series.map((s) => s.counts[d.i] ?? 0), d.total])
        ),
        ''
    );
    return lines;
}

function chainLines(chain: readonly ReasonStep[]): string[] {
    return chain.map((step) => `- ${escapeMarkdown(step.question)} ${ANSWER_LABELS[step.answer]}. ${escapeMarkdown(step.detail)}`);
}

function waysMarkdown(report: ReadinessReport): string[] {
    const lines = ['## Ways of connecting', ''];
    lines.push(
        ...table(
            ['Way', 'Verdict', 'Used by this org', 'Summary'],
            report.ways.map((way) => [way.label, VERDICT_LABELS[way.verdict], USAGE_LABELS[way.usage.usage], way.summary])
        ),
        ''
    );
    for (const way of report.ways) {
        if (way.reasons.length === 0 || !way.usage.counts) continue;
        lines.push(`**${escapeMarkdown(way.label)}**`, '', ...chainLines(way.reasons), '');
    }
    return lines;
}

function bypassMarkdown(view: BypassPermissionView, baseUrl: string | null): string[] {
    const lines = [`### ${escapeMarkdown(view.label)}`, '', escapeMarkdown(view.advice), ''];
    if (view.sourcesDiffer)
        lines.push(
            `> ${escapeMarkdown(view.sourcesDiffer.text)} ${view.sourcesDiffer.links.map((link) => markdownLink(link, baseUrl)).join(', ')}`,
            ''
        );
    if (!view.determinable || view.holders.length === 0) return lines;
    lines.push(
        ...table(
            ['Kind', 'Name', 'Active assignees', 'Expiring', 'Notes', 'Sample users'],
            view.holders.map((holder) => [
                holder.kind,
                holder.label,
                holder.activeAssignees,
                holder.expiringAssignees,
                [holder.isStandardSystemAdministrator ? STANDARD_SYS_ADMIN_WORDS : '', holder.sessionBased ? 'session-based' : '']
                    .filter(Boolean)
                    .join('; '),
                holder.sampleUsers.map((user) => user.username).join(', ')
            ])
        ),
        '',
        `Total active assignees: ${view.totalActiveAssignees}. Open: ${view.holders
            .slice(0, 5)
            .map((h) => markdownLink(h.link, baseUrl))
            .join(', ')}`,
        ''
    );
    return lines;
}

function signInBlockersMarkdown(view: SignInBlockersView, baseUrl: string | null): string[] {
    const lines = ['## Users who connect Jetstream but cannot sign in', '', escapeMarkdown(view.frozen.summary), ''];
    if (view.frozen.users.length > 0)
        lines.push(
            ...table(
                ['Frozen user', 'Username', 'Profile', 'Connects', 'How we know'],
                view.frozen.users.map((user) => [user.name, user.username, user.profileName, user.apps.join(', '), user.evidence])
            ),
            '',
            `Unfreeze: ${view.frozen.users
                .slice(0, 5)
                .map((user) => markdownLink(user.link, baseUrl))
                .join(', ')}`,
            ''
        );
    lines.push(escapeMarkdown(view.refusals.summary), '');
    if (view.refusals.rows.length > 0)
        lines.push(
            ...table(
                ['App', 'Profile', 'Login History status', 'Likely cause', 'Users', 'Attempts'],
                view.refusals.rows.map((row) => [row.app, row.profileName, row.statuses.join(', '), row.cause, row.users, row.attempts])
            ),
            ''
        );
    return lines;
}

function userMarkdown(user: UserReport, baseUrl: string | null): string[] {
    const lines = [`## User check: ${escapeMarkdown(user.name)} (${escapeMarkdown(user.username)})`, ''];
    lines.push(
        ...table(
            ['Way', 'Can connect', 'To unblock'],
            user.ways.map((way) => [
                way.label,
                way.usage === 'notUsed' ? 'Not used' : CAN_CONNECT_LABELS[way.canConnect],
                way.unblockAction
            ])
        ),
        ''
    );
    for (const way of user.ways) {
        if (way.usage === 'notUsed' || way.usage === 'notApplicable') continue;
        lines.push(`**${escapeMarkdown(way.label)}**`, '', ...chainLines(way.chain));
        if (way.unblockLinks.length > 0)
            lines.push(`- To unblock: ${way.unblockLinks.map((link) => markdownLink(link, baseUrl)).join(', ')}`);
        lines.push('');
    }
    return lines;
}

/** The report as a Markdown document for a change ticket, starting with the plan. Setup links are made absolute with
 * options.baseUrl or the report's My Domain URL when known. */
export function reportToMarkdown(report: ReadinessReport, userReport?: UserReport | null, options: MarkdownOptions = {}): string {
    const baseUrl = options.baseUrl ?? report.org.myDomainUrl;
    const org = report.org;
    const orgType = org.isSandbox === null ? 'unknown org type' : org.isSandbox ? 'Sandbox' : 'Production';
    const lines: string[] = [
        `# Jetstream readiness: ${escapeMarkdown(org.name ?? 'unknown org')}`,
        '',
        `**${escapeMarkdown(report.overall.headline)}**`,
        '',
        `${escapeMarkdown(report.overall.countsLine)}`,
        '',
        ...planMarkdown(report.plan, baseUrl),
        `- Org: ${cell(org.name)} (${cell(org.id)}), ${orgType}`,
        `- My Domain: ${myDomainMarkdown(org.myDomainUrl)}`,
        `- Snapshot captured: ${escapeMarkdown(report.capturedAt)}`,
        ''
    ];
    lines.push(...waysMarkdown(report));
    const counting = report.findings.filter((f) => f.counts);
    const neutral = report.findings.filter((f) => !f.counts);
    lines.push('## Findings', '');
    if (report.findings.length === 0) lines.push('No findings.', '');
    for (const finding of [...counting, ...neutral]) lines.push(...findingMarkdown(finding, baseUrl));
    lines.push(...appsMarkdown(report, baseUrl));
    lines.push(...signInTrendMarkdown(report.signInTrend));
    lines.push(...otherAppsMarkdown(report.otherApps, baseUrl));
    lines.push('## Bypass permission holders', '');
    for (const view of report.bypassPermissions) lines.push(...bypassMarkdown(view, baseUrl));
    lines.push(...signInBlockersMarkdown(report.signInBlockers, baseUrl));
    const sandbox = report.sandboxRefresh;
    lines.push('## Sandbox refresh', '', escapeMarkdown(sandbox.summary), '');
    for (const option of sandbox.options) {
        lines.push(
            `- **${escapeMarkdown(option.title)}**: ${escapeMarkdown(option.tradeOff)}${option.links.length > 0 ? ` ${option.links.map((l) => markdownLink(l, baseUrl)).join(', ')}` : ''}`
        );
    }
    if (sandbox.options.length > 0) lines.push('');
    lines.push('What a refresh does to existing connections:', '', ...sandbox.refreshEffects.map((e) => `- ${escapeMarkdown(e)}`), '');
    lines.push(...sandbox.checklist.map((item) => `- [ ] ${escapeMarkdown(item)}`), '');
    if (report.readerGaps.length > 0) {
        lines.push('## What this read could not see', '');
        lines.push(
            ...table(
                ['Permission', 'Would unlock'],
                report.readerGaps.map((gap) => [gap.label, gap.unlocks])
            ),
            ''
        );
    }
    if (userReport) lines.push(...userMarkdown(userReport, baseUrl));
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

function planCsv(report: ReadinessReport): string {
    return toCsv(
        ['step', 'rank', 'title', 'why', 'ways', 'links', 'resolves'],
        report.plan.map((step, index) => [
            index + 1,
            step.rank,
            step.title,
            step.why,
            step.ways.join('; '),
            step.links.map((link) => `${link.label}: ${csvLinkText(link, report.org.myDomainUrl)}`).join('\n'),
            step.findings.join('; ')
        ])
    );
}

/** One row per finding row (app, holder, section), with the finding's fields repeated: a spreadsheet can filter. */
function findingsCsv(report: ReadinessReport): string {
    const base = report.org.myDomainUrl;
    const rows: CsvValue[][] = [];
    for (const finding of report.findings) {
        for (const item of finding.items) {
            rows.push([
                SEVERITY_LABELS[finding.severity],
                finding.counts && item.counts,
                finding.title,
                item.label,
                item.detail,
                item.links.map((link) => csvLinkText(link, base)).join('\n'),
                finding.explanation,
                finding.remediation.map((step) => (step.link ? `${step.text} ${csvLinkText(step.link, base)}` : step.text)).join('\n'),
                [...finding.howWeKnow.evidence, ...finding.howWeKnow.caveats].join('\n'),
                finding.howWeKnow.source.title,
                finding.howWeKnow.source.url,
                finding.howWeKnow.source.effectiveDate,
                finding.ruleId
            ]);
        }
    }
    return toCsv(
        [
            'severity',
            'counts',
            'finding',
            'item',
            'detail',
            'links',
            'explanation',
            'whatToDo',
            'howWeKnow',
            'sourceTitle',
            'sourceUrl',
            'effectiveDate',
            'ruleId'
        ],
        rows
    );
}

function appsCsv(report: ReadinessReport): string {
    return toCsv(
        [
            'catalogName',
            'label',
            'kind',
            'way',
            'usage',
            'usageReason',
            'verdict',
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
                USAGE_LABELS[app.usage.usage],
                app.usage.reason,
                VERDICT_LABELS[app.verdict],
                INSTALL_LABELS[app.install],
                PERMITTED_USERS_LABELS[app.permittedUsers],
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
                app.installLink ? csvLinkText(app.installLink, report.org.myDomainUrl) : null,
                csvLinkText(app.manageLink, report.org.myDomainUrl)
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

function otherAppsCsv(report: ReadinessReport): string {
    const view = report.otherApps;
    return toCsv(
        [
            'app',
            'catalogName',
            'status',
            'install',
            'salesforceProvided',
            'usersWithTokens',
            'tokens',
            'countsAreLowerBounds',
            'refusedAtNextAuthorization',
            'refusedIsUpperBound',
            'lastUsed',
            'failedSignIns',
            'basis',
            'whatToDo',
            'links'
        ],
        view.rows.map((row) => [
            row.appName,
            row.catalogName,
            row.statusLabel,
            INSTALL_LABELS[row.install],
            row.salesforceProvided,
            row.users,
            row.tokens,
            view.atLeast,
            row.refusedAtNextAuthorization,
            row.refusedAtMost,
            row.lastUsed,
            row.failedSignIns,
            row.basis,
            row.detail,
            row.links.map((link) => `${link.label}: ${csvLinkText(link, report.org.myDomainUrl)}`).join('\n')
        ])
    );
}

/** One table of the report as RFC 4180 CSV, safe to open in a spreadsheet. */
export function reportToCsv(report: ReadinessReport, tableName: CsvTable): string {
    switch (tableName) {
        case 'plan':
            return planCsv(report);
        case 'findings':
            return findingsCsv(report);
        case 'apps':
            return appsCsv(report);
        case 'holders':
            return holdersCsv(report);
        case 'otherApps':
            return otherAppsCsv(report);
        default:
            // 'authorizations' (TypeScript narrows tableName to it here).
            return authorizationsCsv(report);
    }
}
