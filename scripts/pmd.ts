#!/usr/bin/env -S npx tsx
// Gate `pmd`: PMD 7 Apex rules from config/pmd-ruleset.xml on every class and trigger, through the PMD wrapper
// of @salesforce/code-analyzer-pmd-engine (no sf CLI, no network). Fails on any violation, any file PMD cannot
// process, a ruleset that does not load, or a suppression without a reason.
//
//   npx tsx scripts/pmd.ts            all .cls/.trigger under force-app
//   npx tsx scripts/pmd.ts PATH...    files or folders (the gate self-test)
//
// Output: `file:line:col pmd/<Rule> message`, paths relative to the working directory.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { apexKindOf, findApexFiles } from './lib/apexParse';
import {
    formatProblem,
    parseRunResults,
    rulesFromRuleset,
    rulesetDiagnostics,
    unexplainedSuppressions,
    violationProblems,
    type GateProblem,
    type PmdRuleInfo,
    type RulesetDiagnostic
} from './lib/pmdReport';
import { PMD_ENGINE_LIB, PROJECT_ROOT, runJava } from './java';

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

interface RulesetLoad {
    rules: PmdRuleInfo[];
    diagnostics: RulesetDiagnostic[];
}

/**
 * `describe` loads the ruleset the way `run` does but reports load errors and warnings (misspelled, deprecated
 * rules), which `run` silently swallows. Its answer depends only on the ruleset text and the jars, so it is
 * cached under node_modules/.cache by their hash.
 */
async function loadRuleset(work: string): Promise<RulesetLoad> {
    const key = createHash('sha256')
        .update(await readFile(RULESET))
        .update(await readFile(join(PMD_ENGINE_LIB, '../../package.json')))
        .digest('hex')
        .slice(0, 16);
    const cacheFile = join(PROJECT_ROOT, 'node_modules/.cache/jetstream-readiness', `pmd-describe-${key}.json`);
    const cached = await readFile(cacheFile, 'utf8').catch(() => null);
    if (cached) return JSON.parse(cached) as RulesetLoad;
    const load = await describeWithJava(work);
    await mkdir(dirname(cacheFile), { recursive: true });
    await writeFile(`${cacheFile}.${process.pid}`, JSON.stringify(load));
    await rename(`${cacheFile}.${process.pid}`, cacheFile);
    return load;
}

async function describeWithJava(work: string): Promise<RulesetLoad> {
    const list = join(work, 'customRulesets.txt');
    const out = join(work, 'ruleInfo.json');
    await writeFile(list, RULESET);
    const result = await runJava(PMD_WRAPPER, ['describe', out, list, 'apex']);
    const diagnostics = rulesetDiagnostics(result.stdout);
    if (result.code !== 0) {
        if (!diagnostics.some((d) => d.severity === 'error'))
            diagnostics.push({
                severity: 'error',
                line: 1,
                column: 1,
                message: `PmdWrapper describe exited ${result.code}: ${result.stderr.split('\n')[0]}`
            });
        return { rules: [], diagnostics };
    }
    return { rules: JSON.parse(await readFile(out, 'utf8')) as PmdRuleInfo[], diagnostics };
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
        const [ruleset, violations] = await Promise.all([loadRuleset(work), runPmd(work, files)]);
        const active = rulesFromRuleset(ruleset.rules, rulesetName);
        const problems: GateProblem[] = ruleset.diagnostics.map((d) => ({
            file: RULESET,
            line: d.line,
            column: d.column,
            rule: d.severity === 'error' ? 'pmd/ruleset-error' : 'pmd/ruleset-warning',
            message: d.message
        }));
        if (active.length === 0)
            problems.push({
                file: RULESET,
                line: 1,
                rule: 'pmd/ruleset-error',
                message: `no Apex rule loaded from ruleset "${rulesetName}"`
            });
        problems.push(...violations);
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
