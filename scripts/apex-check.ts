#!/usr/bin/env -S npx tsx
// Gate `apex-check`: every Apex class and trigger parses (@apexdevtools/apex-parser 5.2.0, the grammar of the
// platform compiler), no SOQL, SOSL or DML runs once per loop iteration, and fields/objects that not every
// org has are only named inside strings (dynamic SOQL), never statically.
//
//   npx tsx scripts/apex-check.ts                  all .cls/.trigger under force-app
//   npx tsx scripts/apex-check.ts PATH...          files or folders (used by the gate self-test)
//
// Output: one line per problem, `file:line:col rule message`, paths relative to the working directory.
// Rules: apex-check/syntax, apex-check/soql-in-loop, apex-check/sosl-in-loop, apex-check/dml-in-loop,
// apex-check/static-feature-gated-name.
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { apexKindOf, findApexFiles, parseApex } from './lib/apexParse';
import { findLimitsInLoops } from './lib/apexLimitsInLoops';
import { findFeatureGatedReferences } from './lib/apexFeatureGated';

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
    for (const file of files) {
        const kind = apexKindOf(file);
        if (!kind) continue;
        const name = relative(process.cwd(), file);
        const parsed = parseApex(await readFile(file, 'utf8'), kind);
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
