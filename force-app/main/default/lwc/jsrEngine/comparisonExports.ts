// Markdown and CSV of the two comparisons (compare.ts: two checks of an org; orgs.ts: many orgs at once). Pure
// functions of the engine's results; every value from an org is escaped for its medium (markdownText, csvText).
import { toCsv } from './csvText';
import { escapeMarkdown } from './markdownText';
import type { ChangeDirection, ComparedCheck, OrgsOverview, ReadinessComparison } from './report';
import { plural, VERDICT_LABELS } from './words';

export const DIRECTION_LABELS: Record<ChangeDirection, string> = { better: 'better', worse: 'worse', changed: 'changed' };

/** How a grant or a holder changed, in words. */
export const CHANGE_LABELS: Record<'added' | 'removed' | 'assigneesChanged', string> = {
    added: 'added',
    removed: 'removed',
    assigneesChanged: 'users changed'
};

function cell(text: string | number | null | undefined): string {
    return text === null || text === undefined || text === '' ? '-' : escapeMarkdown(String(text));
}

function table(headers: string[], rows: (string | number | null)[][]): string[] {
    return [
        `| ${headers.join(' | ')} |`,
        `|${headers.map(() => ' --- ').join('|')}|`,
        ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)
    ];
}

function checkWords(check: ComparedCheck): string {
    return `${check.orgName ?? 'unknown org'} (${check.orgId ?? 'unknown Id'}), captured ${check.capturedAt}`;
}

/** "12 → 15", "- → 3", "4 → -". */
export function countChange(before: number | null, after: number | null): string {
    return `${before ?? '-'} → ${after ?? '-'}`;
}

/** The comparison as the sections a reader scans: verdicts, apps, grants, bypass holders, new failed sign-ins. */
export function comparisonToMarkdown(c: ReadinessComparison): string {
    const lines = [
        `# What changed: ${escapeMarkdown(c.newer.orgName ?? 'unknown org')}`,
        '',
        `**${escapeMarkdown(c.summary)}**`,
        '',
        `- Newer: ${escapeMarkdown(checkWords(c.newer))}: ${escapeMarkdown(c.newer.headline)}`,
        `- Older: ${escapeMarkdown(checkWords(c.older))}: ${escapeMarkdown(c.older.headline)}`,
        ''
    ];
    const section = (title: string, headers: string[], rows: (string | number | null)[][]) => {
        lines.push(`## ${title}`, '');
        lines.push(...(rows.length === 0 ? ['No change.'] : table(headers, rows)), '');
    };
    section(
        'Verdicts',
        ['Of', 'Before', 'After', 'Change'],
        c.verdicts.map((v) => [v.label, VERDICT_LABELS[v.before], VERDICT_LABELS[v.after], DIRECTION_LABELS[v.direction]])
    );
    section(
        'Apps installed or uninstalled',
        ['App', 'Jetstream’s', 'Change', 'Direction'],
        c.apps.map((a) => [a.appName, a.jetstream ? 'yes' : 'no', a.change, DIRECTION_LABELS[a.direction]])
    );
    section(
        'Grants',
        ['App', 'Granted to', 'Change', 'Active users', 'Direction'],
        c.grants.map((g) => [
            g.app,
            g.grantedTo,
            g.change,
            countChange(g.activeAssigneesBefore, g.activeAssigneesAfter),
            DIRECTION_LABELS[g.direction]
        ])
    );
    section(
        'Holders of the bypass permissions',
        ['Permission', 'Holder', 'Change', 'Active users', 'Direction'],
        c.bypassHolders.map((h) => [
            h.permission,
            h.holder,
            h.change,
            countChange(h.activeAssigneesBefore, h.activeAssigneesAfter),
            DIRECTION_LABELS[h.direction]
        ])
    );
    const basis =
        c.newFailedSignIns.basis === 'perDay'
            ? `on the days after ${c.older.capturedAt.slice(0, 10)}`
            : c.newFailedSignIns.basis === 'totals'
              ? 'more than the older check counted over its 30 days'
              : 'not compared';
    section(
        `New failed sign-ins (${basis})`,
        ['Application', 'Status', 'Attempts', 'Jetstream’s'],
        c.newFailedSignIns.rows.map((r) => [r.application, r.status, r.attempts, r.jetstream ? 'yes' : 'no'])
    );
    lines.push('## First step', '', `- Before: ${cell(c.firstStep.before)}`, `- After: ${cell(c.firstStep.after)}`, '');
    if (c.notes.length > 0) lines.push('## Not compared', '', ...c.notes.map((n) => `- ${escapeMarkdown(n)}`), '');
    return lines.join('\n');
}

/** The overview's cells, shared by Markdown, CSV and the CLI's text. */
export function overviewCells(o: OrgsOverview): string[][] {
    return o.rows.map((r) => [
        r.orgName ?? 'unknown org',
        r.type,
        r.verdictLabel,
        r.firstStep ?? 'Nothing to do',
        r.appsInstalled === null ? 'cannot determine' : `${r.appsInstalled} of ${r.appsNeeded}`,
        r.bypassUsers === null ? 'cannot determine' : `${plural(r.bypassUsers, 'user')} (${plural(r.bypassHolders ?? 0, 'holder')})`,
        r.otherAppsRefusing === null ? 'not read' : String(r.otherAppsRefusing)
    ]);
}

export const OVERVIEW_HEADERS = [
    'Org',
    'Type',
    'Verdict',
    'First step',
    'Jetstream apps installed',
    'Approve Uninstalled Connected Apps',
    'Other apps refusing users'
];

export function overviewToMarkdown(o: OrgsOverview): string {
    return [
        '# Jetstream readiness of every org',
        '',
        `**${escapeMarkdown(o.summary)}**`,
        '',
        ...table(OVERVIEW_HEADERS, overviewCells(o)),
        ''
    ].join('\n');
}

export function overviewToCsv(o: OrgsOverview): string {
    return toCsv(
        [
            'org',
            'orgId',
            'type',
            'capturedAt',
            'verdict',
            'firstStep',
            'appsInstalled',
            'appsNeeded',
            'bypassUsers',
            'bypassHolders',
            'otherAppsRefusing'
        ],
        o.rows.map((r) => [
            r.orgName,
            r.orgId,
            r.type,
            r.capturedAt,
            r.verdictLabel,
            r.firstStep,
            r.appsInstalled,
            r.appsNeeded,
            r.bypassUsers,
            r.bypassHolders,
            r.otherAppsRefusing
        ])
    );
}
