// Reads apex-ls 6.0.2 `CheckForIssues -f json` output (io.github.apexdevtools.apexls, in the
// @salesforce/code-analyzer-pmd-engine jars) and turns it into the gate's `file:line:col rule message` lines.
// Pure functions: the Java call itself is in scripts/apex-ls.ts.
import type { GateProblem } from './pmdReport';

interface ApexLsPosition {
    line: number;
    /** 0-based */
    offset: number;
}
export interface ApexLsMessage {
    start: ApexLsPosition;
    end: ApexLsPosition;
    /** Error, Missing, Warning, Unused, Syntax ... */
    category: string;
    message: string;
}
export interface ApexLsFile {
    path: string;
    messages: ApexLsMessage[];
}

/**
 * A known apex-ls gap on a real platform field or type, accepted with a citation. Matched on the exact
 * message, so it cannot hide any other finding; an entry that matches nothing is itself a failure (stale).
 */
export interface ApexLsAllowEntry {
    message: string;
    reason: string;
    source: string;
}

export function parseApexLsJson(stdout: string): ApexLsFile[] {
    const start = stdout.indexOf('{');
    if (start < 0) {
        if (stdout.trim() === '') return [];
        throw new Error(`apex-ls printed no JSON: ${stdout.slice(0, 200)}`);
    }
    const data = JSON.parse(stdout.slice(start)) as { files?: unknown };
    if (!Array.isArray(data.files)) throw new Error('apex-ls JSON has no "files" array');
    return data.files as ApexLsFile[];
}

/** A rule id per kind of finding, so the output names what is wrong. */
export function apexLsRule(message: ApexLsMessage): string {
    // Findings of the SOQL field probe already carry their rule (apex-ls/soql-...) as category.
    if (message.category.startsWith('apex-ls/')) return message.category;
    if (/^Unknown field\b/.test(message.message)) return 'apex-ls/unknown-field';
    if (/^No type declaration found\b/.test(message.message)) return 'apex-ls/unknown-type';
    if (/^No matching method found\b/.test(message.message)) return 'apex-ls/unknown-method';
    if (/meta file is missing/.test(message.message)) return 'apex-ls/missing-meta';
    return `apex-ls/${message.category.toLowerCase()}`;
}

export function validateAllowList(entries: ApexLsAllowEntry[]): string[] {
    return entries.flatMap((entry, index) =>
        entry.message && entry.reason?.trim() && /^https:\/\//.test(entry.source ?? '')
            ? []
            : [
                  `config/apex-ls-allow.json entry ${index + 1} needs "message", "reason" and an https "source" that shows the field or type is real`
              ]
    );
}

export interface ApexLsOutcome {
    problems: GateProblem[];
    allowed: number;
    staleEntries: ApexLsAllowEntry[];
}

export function apexLsProblems(files: ApexLsFile[], allowList: ApexLsAllowEntry[]): ApexLsOutcome {
    const used = new Set<ApexLsAllowEntry>();
    const problems: GateProblem[] = [];
    let allowed = 0;
    for (const file of files) {
        for (const message of file.messages) {
            const entry = allowList.find((e) => e.message === message.message);
            if (entry) {
                used.add(entry);
                allowed++;
                continue;
            }
            problems.push({
                file: file.path,
                line: message.start.line,
                column: message.start.offset + 1,
                rule: apexLsRule(message),
                message: message.message
            });
        }
    }
    problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
    return { problems, allowed, staleEntries: allowList.filter((e) => !used.has(e)) };
}
