#!/usr/bin/env -S npx tsx
// Gate `apex-ls`: semantic check of all Apex with apex-ls 6.0.2 (CheckForIssues) from the PMD-engine jars:
// unknown types, methods and fields (standard objects from its sobject-types 65.0 jar, custom objects and
// custom metadata types from force-app/**/objects), type errors, missing -meta.xml. Field names inside SOQL
// select lists are NOT checked by apex-ls (toolchain.md §6 B); only references in Apex code are.
//
//   npx tsx scripts/apex-ls.ts               the project (the folder with sfdx-project.json = cwd)
//   npx tsx scripts/apex-ls.ts WORKSPACE     another sfdx project folder (the gate self-test)
//
// A finding apex-ls gets wrong about a real platform field can be accepted in config/apex-ls-allow.json with
// the exact message, a reason and a source; unused or unexplained entries fail the gate.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { apexLsProblems, parseApexLsJson, validateAllowList, type ApexLsAllowEntry } from './lib/apexLsReport';
import { formatProblem } from './lib/pmdReport';
import { runJava } from './java';

async function main(): Promise<number> {
    const started = Date.now();
    const workspace = resolve(process.argv[2] ?? '.');
    // Without sfdx-project.json apex-ls finds no package directories, checks nothing and reports success.
    if (!(await readFile(join(workspace, 'sfdx-project.json'), 'utf8').catch(() => null))) {
        console.error(`${join(workspace, 'sfdx-project.json')}:1 apex-ls/no-project apex-ls needs an sfdx project folder`);
        return 1;
    }
    const allowFile = join(workspace, 'config/apex-ls-allow.json');
    const allowList = (JSON.parse(await readFile(allowFile, 'utf8').catch(() => '{"allow":[]}')) as { allow: ApexLsAllowEntry[] }).allow;
    const allowListErrors = validateAllowList(allowList);

    // -n: no cache (~/.apexlink_cache), so every run sees the files as they are; -d warnings: errors and
    // warnings but not "unused" (which misreports DTO fields that only JSON.serialize reads).
    const result = await runJava('io.github.apexdevtools.apexls.CheckForIssues', ['-w', workspace, '-d', 'warnings', '-n', '-f', 'json']);
    // Exit 0 = no issues, 4 = issues found; anything else means apex-ls itself failed.
    if (result.code !== 0 && result.code !== 4) {
        console.error(`apex-ls: CheckForIssues exited ${result.code}\n${result.stdout}${result.stderr}`);
        return 2;
    }
    const { problems, allowed, staleEntries } = apexLsProblems(parseApexLsJson(result.stdout), allowList);
    for (const problem of problems) console.error(formatProblem(problem, process.cwd()));
    for (const message of allowListErrors) console.error(message);
    for (const entry of staleEntries)
        console.error(
            `config/apex-ls-allow.json apex-ls/stale-allow-entry no finding matches "${entry.message}" any more; remove the entry`
        );
    if (result.code === 4 && problems.length === 0 && allowed === 0) {
        console.error(`apex-ls: CheckForIssues reported issues that the gate could not read:\n${result.stdout}`);
        return 1;
    }
    const failures = problems.length + allowListErrors.length + staleEntries.length;
    const summary = `apex-ls: ${failures} problem(s)${allowed ? `, ${allowed} accepted by config/apex-ls-allow.json` : ''} (${Date.now() - started} ms)`;
    if (failures) console.error(summary);
    else console.log(summary);
    return failures ? 1 : 0;
}

main().then(
    (code) => process.exit(code),
    (err: unknown) => {
        console.error(err instanceof Error ? err.message : String(err));
        process.exit(2);
    }
);
