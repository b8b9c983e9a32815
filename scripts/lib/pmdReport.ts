// Turns the JSON that PMD's wrapper (com.salesforce.sfca.pmdwrapper.PmdWrapper, in
// @salesforce/code-analyzer-pmd-engine) writes into the gate's `file:line:col rule message` lines, and audits
// in-source suppressions. Pure functions: the Java call itself is in scripts/pmd.ts.
import { relative } from 'node:path';
import { shortenExpectedTokens } from './apexParse';

export interface PmdCodeLocation {
    file: string;
    startLine: number;
    startCol?: number;
}
export interface PmdViolation {
    rule: string;
    message: string;
    codeLocation: PmdCodeLocation;
}
export interface PmdProcessingError {
    file: string;
    message: string;
}
/** resultsFile.json of `PmdWrapper run` */
export interface PmdRunResults {
    violations: PmdViolation[];
    processingErrors: PmdProcessingError[];
}
/** One element of `PmdWrapper describe`'s ruleInfo.json (only the fields the gate uses). */
export interface PmdRuleInfo {
    name: string;
    languageId: string;
    ruleSets: string[];
    ruleSetFile: string;
    externalInfoUrl?: string;
}

export interface GateProblem {
    file: string;
    line: number;
    column?: number;
    rule: string;
    message: string;
}

export function formatProblem(problem: GateProblem, cwd: string): string {
    const where = `${relative(cwd, problem.file)}:${problem.line}${problem.column ? `:${problem.column}` : ''}`;
    return `${where} ${problem.rule} ${problem.message}`;
}

/** Checks the shape of PMD's results file so a changed wrapper fails loudly instead of reporting nothing. */
export function parseRunResults(json: string): PmdRunResults {
    const data: unknown = JSON.parse(json);
    if (
        typeof data !== 'object' ||
        data === null ||
        !Array.isArray((data as PmdRunResults).violations) ||
        !Array.isArray((data as PmdRunResults).processingErrors)
    )
        throw new Error('PMD results file has no violations/processingErrors arrays');
    return data as PmdRunResults;
}

export function violationProblems(results: PmdRunResults): GateProblem[] {
    const problems = results.violations.map((v) => ({
        file: v.codeLocation.file,
        line: v.codeLocation.startLine,
        column: v.codeLocation.startCol,
        rule: `pmd/${v.rule}`,
        message: v.message.trim()
    }));
    for (const error of results.processingErrors) {
        // "... Failed to parse /x/A.cls:\nSyntax error at 2:34: mismatched input ';' expecting {...}"
        const at = /Syntax error at (\d+):(\d+): (.*)/.exec(error.message);
        problems.push({
            file: error.file,
            line: at ? Number(at[1]) : 1,
            column: at ? Number(at[2]) + 1 : undefined,
            rule: 'pmd/processing-error',
            message: at
                ? `PMD cannot parse the file: ${shortenExpectedTokens(at[3] ?? '')}`
                : (error.message.split('\n')[0] ?? error.message)
        });
    }
    return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

/** The rules PMD actually loaded from our ruleset (by its <ruleset name>), so a ruleset that loads nothing fails. */
export function rulesFromRuleset(rules: PmdRuleInfo[], rulesetName: string): PmdRuleInfo[] {
    return rules.filter((r) => r.languageId === 'apex' && r.ruleSets.includes(rulesetName));
}

const MIN_REASON_LENGTH = 10;

/**
 * A suppressed PMD finding must say why: `// NOPMD <reason>` on the line, or a comment on (or right above) an
 * `@SuppressWarnings('PMD...')` line. Returns the unexplained ones.
 */
export function unexplainedSuppressions(file: string, source: string): GateProblem[] {
    const problems: GateProblem[] = [];
    const lines = source.split('\n');
    lines.forEach((text, index) => {
        const nopmd = /NOPMD(.*)$/.exec(text);
        if (nopmd && (nopmd[1] ?? '').replace(/[\s:\-–—,.*/]/g, '').length < MIN_REASON_LENGTH)
            problems.push({
                file,
                line: index + 1,
                rule: 'pmd/unexplained-suppression',
                message: '// NOPMD needs a reason after it (e.g. // NOPMD reads setup objects that have no CRUD)'
            });
        if (/@SuppressWarnings\s*\(\s*'[^']*PMD/i.test(text)) {
            const previous = (lines[index - 1] ?? '').trim();
            const explained = /\/\/\s*\S{3,}/.test(text) || /^(\/\/|\*|\/\*)/.test(previous) || previous.endsWith('*/');
            if (!explained)
                problems.push({
                    file,
                    line: index + 1,
                    rule: 'pmd/unexplained-suppression',
                    message: "@SuppressWarnings('PMD...') needs a comment on the same line or the line above saying why"
                });
        }
    });
    return problems;
}

export interface RulesetDiagnostic {
    severity: 'error' | 'warning';
    line: number;
    column: number;
    message: string;
}

/**
 * Ruleset load errors and warnings (e.g. a misspelled or deprecated rule) from the stdout of `PmdWrapper describe`,
 * which prints them as `[Error] ...` / `[Warning] ...` lines with `{NEWLINE}` (and, nested, `n  |`) for line breaks:
 * `Error at /abs/ruleset.xml:34:5 ... ^^^^^ Unable to find referenced rule X; perhaps the rule name is misspelled?`
 */
export function rulesetDiagnostics(stdout: string): RulesetDiagnostic[] {
    const diagnostics: RulesetDiagnostic[] = [];
    for (const raw of stdout.split('\n')) {
        const marker = /^\[(Error|Warning)\] /.exec(raw);
        if (!marker) continue;
        const text = raw.replace(/\{NEWLINE\}/g, '\n').replace(/n {2}\|/g, '\n  |');
        const at = /(?:Error|Warning) at [^\n]*?:(\d+):(\d+)/.exec(text);
        const why = /\^+ ([^\n]+)/.exec(text)?.[1]?.trim() ?? text.slice(marker[0].length).split('\n')[0]?.trim() ?? '';
        diagnostics.push({
            severity: marker[1] === 'Error' ? 'error' : 'warning',
            line: at ? Number(at[1]) : 1,
            column: at ? Number(at[2]) : 1,
            message: why
        });
    }
    return diagnostics;
}
