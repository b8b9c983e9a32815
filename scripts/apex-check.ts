#!/usr/bin/env -S npx tsx
// Gate `apex-check`: every Apex class and trigger parses (@apexdevtools/apex-parser 5.2.0, the grammar of the
// platform compiler), no SOQL, SOSL or DML runs once per loop iteration, fields/objects that not every org has are
// only named inside strings (dynamic SOQL), never statically — and, on the whole project, the SOQL budget of each
// @AuraEnabled method (scripts/lib/soqlBudgets.ts), counted on the same parse: ANTLR spends seconds warming up in
// each process, so one process parses once for both.
//
//   npx tsx scripts/apex-check.ts                  all .cls/.trigger under force-app, and the SOQL budgets
//   npx tsx scripts/apex-check.ts PATH...          files or folders (used by the gate self-test), no budgets
//
// Output: one line per problem, `file:line:col rule message`, paths relative to the working directory; then the
// budget report (`soql-budget:` lines, problems as `file:line[:col] message`).
// Rules: apex-check/syntax, apex-check/soql-in-loop, apex-check/sosl-in-loop, apex-check/dml-in-loop,
// apex-check/static-feature-gated-name.
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { apexKindOf, findApexFiles, parseApex } from './lib/apexParse';
import { findLimitsInLoops } from './lib/apexLimitsInLoops';
import { findFeatureGatedReferences } from './lib/apexFeatureGated';
import type { ApexSource } from './lib/soqlBudget';
import { reportSoqlBudgets } from './lib/soqlBudgets';

async function collectFiles(targets: string[]): Promise<string[]> {
    const files: string[] = [];
    for (const target of targets) {
        const info = await stat(target).catch(() => null);
        if (!info) throw new Error(`apex-check: ${target} does not exist`);
        if (info.isDirectory()) files.push(...(await findApexFiles(target)));
        else if (apexKindOf(target)) files.push(resolve(target));
    }
    return [...new Set(files)].sort();
}

async function main(): Promise<number> {
    const started = Date.now();
    const targets = process.argv.slice(2);
    const files = await collectFiles(targets.length ? targets : ['force-app']);
    if (files.length === 0) {
        // A gate that silently checks nothing would pass a mistyped path; the product has Apex.
        console.error(`apex-check: no .cls or .trigger found under ${targets.join(', ') || 'force-app'}`);
        return 1;
    }
    let problems = 0;
    const classes: ApexSource[] = [];
    for (const file of files) {
        const kind = apexKindOf(file);
        if (!kind) continue;
        const name = relative(process.cwd(), file);
        const source = await readFile(file, 'utf8');
        const parsed = parseApex(source, kind);
        if (kind === 'class') classes.push({ path: name, source, parsed });
        for (const error of parsed.syntaxErrors) {
            console.error(`${name}:${error.line}:${error.column} apex-check/syntax ${error.message}`);
            problems++;
        }
        // After a syntax error the tree is ANTLR's recovery guess; loop findings on it would be noise.
        if (parsed.syntaxErrors.length) continue;
        for (const finding of findLimitsInLoops(parsed)) {
            console.error(`${name}:${finding.line}:${finding.column} apex-check/${finding.rule} ${finding.message}`);
            problems++;
        }
        for (const finding of findFeatureGatedReferences(parsed)) {
            console.error(`${name}:${finding.line}:${finding.column} apex-check/static-feature-gated-name ${finding.message}`);
            problems++;
        }
    }
    // The budgets need every class (they follow calls across them): only on the whole project.
    if (targets.length === 0) problems += reportSoqlBudgets(classes);
    const summary = `apex-check: ${files.length} Apex file(s), ${problems} problem(s) (${Date.now() - started} ms)`;
    if (problems) console.error(summary);
    else console.log(summary);
    return problems ? 1 : 0;
}

main().then(
    (code) => process.exit(code),
    (err: unknown) => {
        console.error(err instanceof Error ? err.message : String(err));
        process.exit(2);
    }
);
