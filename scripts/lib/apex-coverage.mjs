#!/usr/bin/env node
// Reads the JSON of `sf apex run test --code-coverage --json` and decides pass/fail: every test passed, and the
// package's own non-test classes are covered at least --min-coverage percent in total (lines covered / lines).
// A package class that no test executed has no coverage row at all; it counts as a failure, not as "not measured".
// Salesforce requires 75 % to promote an unlocked package version; this project asks for 90 %.
//
//   node scripts/lib/apex-coverage.mjs RESULT.json [--min-coverage 90]
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Names of the non-test Apex classes under the package directories (a class annotated @isTest is a test class). */
export function packageClasses(root, packageDirs = ['force-app']) {
    const out = [];
    const walk = (dir) => {
        for (const e of readdirSync(dir, { withFileTypes: true })) {
            const full = join(dir, e.name);
            if (e.isDirectory()) walk(full);
            else if (e.name.endsWith('.cls')) {
                const src = readFileSync(full, 'utf8')
                    .replace(/\/\*[\s\S]*?\*\//g, '')
                    .replace(/\/\/[^\n]*/g, '');
                const head = src.slice(0, src.search(/\bclass\b/i));
                if (!/@isTest\b/i.test(head)) out.push(basename(e.name, '.cls'));
            }
        }
    };
    for (const d of packageDirs) {
        try {
            walk(join(root, d));
        } catch {
            /* a missing package directory has no classes */
        }
    }
    return out.sort();
}

/**
 * @param {unknown} json  stdout of `sf apex run test --json` ({ status, result: { summary, tests, coverage } })
 * @param {{ classes: string[], minCoverage?: number | null }} options
 * @returns {{ ok: boolean, lines: string[], problems: string[], percent: number | null }}
 */
export function summarizeApexRun(json, { classes, minCoverage = null }) {
    const problems = [];
    const lines = [];
    const result = json && typeof json === 'object' ? json.result : undefined;
    if (!result || !result.summary || !Array.isArray(result.tests)) {
        const message = json && typeof json === 'object' && 'message' in json ? json.message : 'no "result.summary" in the sf output';
        return { ok: false, lines, problems: [`sf apex run test did not return a test result: ${message}`], percent: null };
    }
    const s = result.summary;
    lines.push(
        `Apex tests: ${s.outcome} - ${s.testsRan} ran, ${s.passing} passed, ${s.failing} failed, ${s.skipped ?? 0} skipped (org ${s.orgId ?? '?'})`
    );
    for (const t of result.tests) {
        if (t.Outcome !== 'Pass')
            problems.push(`test ${t.FullName ?? `${t.ApexClass?.Name}.${t.MethodName}`} ${t.Outcome}: ${t.Message ?? ''}`.trim());
    }
    if (s.testsRan === 0) problems.push('no Apex test ran (RunLocalTests found no test classes)');

    const rows = new Map((result.coverage?.coverage ?? []).map((c) => [c.name, c]));
    let covered = 0;
    let total = 0;
    for (const name of classes) {
        const row = rows.get(name);
        if (!row) {
            problems.push(`class ${name} has no coverage data: no test executed it`);
            lines.push(`  ${name.padEnd(40)}   no coverage data`);
            continue;
        }
        covered += row.totalCovered;
        total += row.totalLines;
        const pct = row.totalLines ? (100 * row.totalCovered) / row.totalLines : 100;
        lines.push(`  ${name.padEnd(40)} ${pct.toFixed(1).padStart(5)} %  (${row.totalCovered}/${row.totalLines} lines)`);
    }
    const percent = total ? (100 * covered) / total : null;
    if (percent !== null)
        lines.push(`Package Apex coverage: ${percent.toFixed(1)} % (${covered}/${total} lines in ${classes.length} classes)`);
    if (s.testRunCoverage || s.orgWideCoverage)
        lines.push(`sf summary: test run coverage ${s.testRunCoverage ?? '?'}, org-wide ${s.orgWideCoverage ?? '?'}`);
    if (minCoverage != null) {
        if (percent === null) problems.push(`coverage cannot be measured: no coverage rows for ${classes.join(', ') || 'any class'}`);
        else if (percent < minCoverage)
            problems.push(`package Apex coverage ${percent.toFixed(1)} % is below the required ${minCoverage} %`);
    }
    return { ok: problems.length === 0, lines, problems, percent };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const args = process.argv.slice(2);
    const option = (name) => {
        const i = args.indexOf(name);
        if (i < 0) return null;
        const value = args[i + 1];
        args.splice(i, 2);
        return value ?? '';
    };
    const min = option('--min-coverage');
    const classList = option('--classes');
    const minCoverage = min === null ? null : Number(min);
    const [file] = args;
    if (!file || args.length !== 1 || (min !== null && !Number.isFinite(minCoverage))) {
        console.error(
            'usage: node scripts/lib/apex-coverage.mjs RESULT.json [--min-coverage PERCENT] [--classes A,B (default: non-test classes in force-app)]'
        );
        process.exit(2);
    }
    const root = join(fileURLToPath(import.meta.url), '../../..');
    const classes = classList === null ? packageClasses(root) : classList.split(',').filter(Boolean);
    const summary = summarizeApexRun(JSON.parse(readFileSync(file, 'utf8')), { classes, minCoverage });
    for (const l of summary.lines) console.log(l);
    for (const p of summary.problems) console.error(`apex-coverage: ${p}`);
    process.exit(summary.ok ? 0 : 1);
}
