#!/usr/bin/env -S npx tsx
// Gate `soql-budget`: the number of SOQL statements that can run when each @AuraEnabled method is called stays
// within its budget below, whatever the org size (a constant number of statements, counted by following calls
// through the Apex classes: every branch counts, so the numbers are upper bounds). Also fails on SOQL/SOSL/DML or
// a call reaching them inside a loop, on any DML reachable from an entry point, and on recursion.
//
//   npx tsx scripts/soql-budget.ts            all classes under force-app
//   npx tsx scripts/soql-budget.ts PATH...    other files or folders (tests of the gate)
//
// Output: per entry point its count, budget and every statement it can reach (file:line object), then problems
// as `file:line message`.
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { findApexFiles } from './lib/apexParse';
import { ApexProgram, checkBudgets, type ApexSource } from './lib/soqlBudget';

/**
 * SOQL statements each @AuraEnabled method may run at most. Justified query by query in ReadinessController's
 * header comment; raise a budget only together with that list.
 */
const SOQL_BUDGETS: Record<string, number> = {
    'ReadinessController.getSnapshot': 14,
    'ReadinessController.getUserFacts': 10,
    'ReadinessController.searchUsers': 1
};

async function collectSources(targets: string[]): Promise<ApexSource[]> {
    const files: string[] = [];
    for (const target of targets) {
        const info = await stat(target).catch(() => null);
        if (!info) throw new Error(`soql-budget: ${target} does not exist`);
        if (info.isDirectory()) files.push(...(await findApexFiles(target)).filter((f) => f.endsWith('.cls')));
        else files.push(resolve(target));
    }
    return Promise.all(
        [...new Set(files)].sort().map(async (file) => ({ path: relative(process.cwd(), file), source: await readFile(file, 'utf8') }))
    );
}

async function main(): Promise<number> {
    const targets = process.argv.slice(2);
    const sources = await collectSources(targets.length ? targets : ['force-app']);
    if (!sources.length) {
        console.error('soql-budget: no Apex class found');
        return 1;
    }
    const program = ApexProgram.analyze(sources);
    const { results, problems } = checkBudgets(program, SOQL_BUDGETS);
    console.log('soql-budget: SOQL statements reachable from each @AuraEnabled method (upper bound: every branch counted)');
    for (const result of results.sort((a, b) => a.method.localeCompare(b.method))) {
        const budget = result.budget === null ? 'no budget' : `budget ${result.budget}`;
        console.log(
            `  ${result.method.padEnd(36)} ${String(result.soql).padStart(3)} SOQL (${budget}), ${result.sosl} SOSL, ${result.dml} DML`
        );
        for (const { site, path } of result.reached) {
            const dynamic = site.text.startsWith('[') ? '' : ' (dynamic)';
            const what = site.kind === 'soql' ? `${site.fromObject ?? '?'}${dynamic}` : `${site.kind.toUpperCase()}: ${site.text}`;
            console.log(`      ${what.padEnd(36)} ${`${site.file}:${site.line}`.padEnd(60)} via ${path.slice(1).join(' > ')}`);
        }
    }
    for (const problem of problems) console.error(problem);
    const summary = `soql-budget: ${results.length} entry point(s), ${sources.length} class file(s), ${problems.length} problem(s)`;
    if (problems.length) console.error(summary);
    else console.log(summary);
    return problems.length ? 1 : 0;
}

main().then(
    (code) => process.exit(code),
    (error: unknown) => {
        console.error(error instanceof Error ? error.message : String(error));
        process.exit(1);
    }
);
