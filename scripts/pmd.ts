#!/usr/bin/env -S npx tsx
// Gate `pmd`: PMD 7 Apex rules from config/pmd-ruleset.xml on every class and trigger, through the PMD wrapper
// of @salesforce/code-analyzer-pmd-engine (no sf CLI, no network). Fails on any violation, any file PMD cannot
// process, a ruleset that does not load, or a suppression without a reason.
//
//   npx tsx scripts/pmd.ts            all .cls/.trigger under force-app
//   npx tsx scripts/pmd.ts PATH...    files or folders (the gate self-test)
//
// Output: `file:line:col pmd/<Rule> message`, paths relative to the working directory.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { apexKindOf, findApexFiles } from './lib/apexParse';
import {
    formatProblem,
    parseRunResults,
    rulesFromRuleset,
    unexplainedSuppressions,
    violationProblems,
    type GateProblem,
    type PmdRuleInfo
} from './lib/pmdReport';
import { runJava } from './java';

const PMD_WRAPPER = 'com.salesforce.sfca.pmdwrapper.PmdWrapper';
const RULESET = resolve('config/pmd-ruleset.xml');

async function collectFiles(targets: string[]): Promise<string[]> {
    const files: string[] = [];
    for (const target of targets) {
        const info = await stat(target).catch(() => null);
        if (!info) throw new Error(`pmd: ${target} does not exist`);
        if (info.isDirectory()) files.push(...(await findApexFiles(target)));
        else if (apexKindOf(target)) files.push(resolve(target));
    }
    return [...new Set(files)].sort();
}

/** `describe` loads the ruleset the way `run` does but reports load errors, which `run` silently swallows. */
async function describeRules(work: string): Promise<PmdRuleInfo[]> {
    const list = join(work, 'customRulesets.txt');
    const out = join(work, 'ruleInfo.json');
    await writeFile(list, RULESET);
    const result = await runJava(PMD_WRAPPER, ['describe', out, list, 'apex']);
    if (result.code !== 0) {
        // "[Error] PMD errored ... Error at /abs/config/pmd-ruleset.xml:8:3 ... ^^^^^ Unable to find referenced rule X"
        const text = (result.stdout + result.stderr).replace(/n {2}\|/g, '\n  |');
        const at = /Error at [^\n]*?:(\d+):(\d+)/.exec(text);
        const why = /\^+ ([^\n]+)/.exec(text)?.[1] ?? text.split('\n').find((l) => l.includes('Exception')) ?? 'ruleset does not load';
        throw new Error(`config/pmd-ruleset.xml:${at ? `${at[1]}:${at[2]}` : '1'} pmd/ruleset ${why.trim()}`);
    }
    return JSON.parse(await readFile(out, 'utf8')) as PmdRuleInfo[];
}

async function runPmd(work: string, files: string[]): Promise<GateProblem[]> {
    const input = join(work, 'pmdRunInput.json');
    const out = join(work, 'resultsFile.json');
    await writeFile(input, JSON.stringify({ ruleSetInputFile: RULESET, runDataPerLanguage: { apex: { filesToScan: files } } }));
    const result = await runJava(PMD_WRAPPER, ['run', input, out]);
    if (result.code !== 0) throw new Error(`pmd: PmdWrapper run exited ${result.code}\n${result.stdout}${result.stderr}`);
    return violationProblems(parseRunResults(await readFile(out, 'utf8')));
}

async function main(): Promise<number> {
    const started = Date.now();
    const targets = process.argv.slice(2);
    const files = await collectFiles(targets.length ? targets : ['force-app']);
    if (files.length === 0) {
        console.error(`pmd: no .cls or .trigger found under ${targets.join(', ') || 'force-app'}`);
        return 1;
    }
    const rulesetName = /<ruleset[^>]*\sname="([^"]+)"/.exec(await readFile(RULESET, 'utf8'))?.[1] ?? '';
    const work = await mkdtemp(join(tmpdir(), 'pmd-gate-'));
    try {
        // Two JVMs side by side: together about as long as one (Java start-up dominates).
        const [rules, violations] = await Promise.all([describeRules(work), runPmd(work, files)]);
        const active = rulesFromRuleset(rules, rulesetName);
        if (active.length === 0) throw new Error(`config/pmd-ruleset.xml:1 pmd/ruleset no Apex rule loaded from ruleset "${rulesetName}"`);
        const problems = [...violations];
        for (const file of files) problems.push(...unexplainedSuppressions(file, await readFile(file, 'utf8')));
        for (const problem of problems) console.error(formatProblem(problem, process.cwd()));
        const seen = new Set(problems.map((p) => p.rule.replace(/^pmd\//, '')));
        for (const rule of active.filter((r) => seen.has(r.name) && r.externalInfoUrl))
            console.error(`  ${rule.name}: ${rule.externalInfoUrl}`);
        const summary = `pmd: ${active.length} rule(s) on ${files.length} Apex file(s), ${problems.length} problem(s) (${Date.now() - started} ms)`;
        if (problems.length) console.error(summary);
        else console.log(summary);
        return problems.length ? 1 : 0;
    } finally {
        await rm(work, { recursive: true, force: true });
    }
}

main().then(
    (code) => process.exit(code),
    (err: unknown) => {
        console.error(err instanceof Error ? err.message : String(err));
        process.exit(2);
    }
);
