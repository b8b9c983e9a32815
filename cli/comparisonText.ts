// Terminal text of the two comparisons (--compare: two checks of an org; several --snapshot: many orgs at once). The
// engine decides every change and row (compare.ts, orgs.ts); this only lays them out. Every line goes through the
// terminal sanitiser: org names and statuses come from the inputs.
import {
    CHANGE_LABELS,
    countChange,
    DIRECTION_LABELS,
    OVERVIEW_HEADERS,
    overviewCells
} from '../force-app/main/default/lwc/jsrEngine/comparisonExports';
import type { OrgsOverview, ReadinessComparison } from '../force-app/main/default/lwc/jsrEngine/report';
import { terminalLine } from '../force-app/main/default/lwc/jsrEngine/terminalText';
import { VERDICT_LABELS } from '../force-app/main/default/lwc/jsrEngine/words';

const INDENT = '    ';

/** Rows of cells as aligned columns (the widest cell of each column sets its width). */
export function columns(rows: readonly (readonly string[])[]): string[] {
    const widths: number[] = [];
    for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
    return rows.map((row) =>
        row
            .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd((widths[i] ?? 0) + 2)))
            .join('')
            .trimEnd()
    );
}

function text(lines: readonly string[]): string {
    return `${lines.map(terminalLine).join('\n')}\n`;
}

export function comparisonToText(c: ReadinessComparison): string {
    const lines = [
        `What changed: ${c.newer.orgName ?? 'unknown org'}`,
        c.summary,
        `  Newer: ${c.newer.capturedAt} ${c.newer.orgName ?? ''} (${c.newer.orgId ?? 'Id unknown'}): ${c.newer.headline}`,
        `  Older: ${c.older.capturedAt} ${c.older.orgName ?? ''} (${c.older.orgId ?? 'Id unknown'}): ${c.older.headline}`,
        ''
    ];
    const section = (title: string, rows: string[]) => lines.push(title, ...(rows.length === 0 ? [`${INDENT}No change.`] : rows), '');
    section(
        'Verdicts',
        c.verdicts.map(
            (v) => `${INDENT}${v.label}: ${VERDICT_LABELS[v.before]} -> ${VERDICT_LABELS[v.after]} (${DIRECTION_LABELS[v.direction]})`
        )
    );
    section(
        'Apps installed or uninstalled',
        c.apps.map((a) => `${INDENT}${a.appName}${a.jetstream ? '' : ' (other app)'}: ${a.change} (${DIRECTION_LABELS[a.direction]})`)
    );
    section(
        'Grants',
        c.grants.map(
            (g) =>
                `${INDENT}${g.app} -> ${g.grantedTo}: ${CHANGE_LABELS[g.change]}, active users ${countChange(g.activeAssigneesBefore, g.activeAssigneesAfter)}`
        )
    );
    section(
        'Holders of the bypass permissions',
        c.bypassHolders.map(
            (h) =>
                `${INDENT}${h.permission}: ${h.holder} ${CHANGE_LABELS[h.change]}, active users ${countChange(h.activeAssigneesBefore, h.activeAssigneesAfter)} (${DIRECTION_LABELS[h.direction]})`
        )
    );
    const basis =
        c.newFailedSignIns.basis === 'perDay'
            ? `since ${c.older.capturedAt.slice(0, 10)}`
            : c.newFailedSignIns.basis === 'totals'
              ? 'more than the older check counted'
              : 'not compared';
    section(
        `New failed sign-ins (${basis})`,
        c.newFailedSignIns.rows.map((r) => `${INDENT}${r.application}${r.jetstream ? '' : ' (other app)'}: ${r.attempts} x ${r.status}`)
    );
    lines.push(`First step: ${c.firstStep.before ?? 'nothing to do'} -> ${c.firstStep.after ?? 'nothing to do'}`);
    for (const note of c.notes) lines.push(`Note: ${note}`);
    return text(lines);
}

export function overviewToText(o: OrgsOverview): string {
    return text([o.summary, '', ...columns([OVERVIEW_HEADERS, ...overviewCells(o)])]);
}
