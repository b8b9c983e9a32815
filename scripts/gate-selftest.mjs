#!/usr/bin/env node
// Gate `gate-selftest`: proves that every other gate in scripts/gates.mjs can fail, and fails for the right reason.
//
// For each case under test-data/broken/<case>/ (case.json, see test-data/broken/README.md):
//   1. copy the project into a temp folder (node_modules symlinked, .git/coverage/test-data left out);
//   2. plant the case's good/ tree and good edits, run the gate's command there: it must PASS;
//   3. plant the bad/ tree and bad edits (one deliberate error per expectation), run the same command: it must
//      FAIL, and its output must name every expected file and rule.
// Every gate except this one must have at least one case; a gate without one fails this gate.
//
//   node scripts/gate-selftest.mjs                     all cases, 2 at a time
//   node scripts/gate-selftest.mjs --only pmd,apex-ls  the cases of some gates (and only their case.json checks)
//   node scripts/gate-selftest.mjs --checks-only       only the checks of the case.json files and that every gate
//                                                      has a case, no case run
//   node scripts/gate-selftest.mjs --jobs 1            one at a time
//   node scripts/gate-selftest.mjs --verbose           print every run's output
//   node scripts/gate-selftest.mjs --cpu               also measure each run's CPU time (GNU time)
//
// Output on failure: `file:line gate-selftest/<check> message`.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, symlink, unlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GATES } from './gates.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CASES_DIR = 'test-data/broken';
const SELF = 'gate-selftest';
const RUN_TIMEOUT_MS = 240_000;
// Top-level entries never copied: dependencies are symlinked; history, reports and the samples are not needed.
// .cache (input-keyed build caches: the preview's vendor bundle takes ~30 s cold) is copied only for cases that
// set "copyBuildCache"; its relative symlinks into the project are copied verbatim, so they point into the copy.
// "copyCache" copies only the named paths under .cache (state the gate's own tool keys by content, e.g. tsc's
// incremental build info, so that the copy re-checks only what the case planted).
const SKIP_TOP = new Set([
    '.cache',
    'node_modules',
    '.git',
    'coverage',
    'test-data',
    'test-results',
    'playwright-report',
    '.sf',
    '.sfdx',
    '.localdevserver'
]);
const SKIP_ANYWHERE = new Set(['node_modules', 'dist']);

let values;
try {
    ({ values } = parseArgs({
        options: {
            only: { type: 'string' },
            jobs: { type: 'string' },
            verbose: { type: 'boolean' },
            'checks-only': { type: 'boolean' },
            cpu: { type: 'boolean' }
        },
        strict: true
    }));
} catch (error) {
    console.error(`${SELF}: ${error.message} (--only IDS, --jobs N, --verbose, --checks-only, --cpu)`);
    process.exit(2);
}
const only = values.only ? new Set(values.only.split(',').filter(Boolean)) : null;
const jobs = Math.max(1, Number(values.jobs ?? process.env.GATE_SELFTEST_JOBS ?? 2));
const verbose = values.verbose === true;
// scripts/run-gates.mjs runs this gate in parts: `--checks-only` once, then `--only <gate>` as soon as that gate
// has passed, so that no self-test waits for every gate to finish.
const checksOnly = values['checks-only'] === true;
// --cpu: measure each run's CPU time with GNU time (for tuning; the numbers go to the report lines).
const measureCpu = values.cpu === true;
// Set by scripts/run-gates.mjs: gates that already passed on this very tree earlier in the same `npm test`.
const passedInThisRun = new Set((process.env.GATES_PASSED_IN_THIS_RUN ?? '').split(',').filter(Boolean));

const failures = [];
const fail = (file, line, check, message) => failures.push(`${file}:${line} ${SELF}/${check} ${message}`);

async function exists(path) {
    return stat(path).then(
        () => true,
        () => false
    );
}

async function listFiles(dir) {
    if (!(await exists(dir))) return [];
    const out = [];
    for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) out.push(...(await listFiles(full)));
        else out.push(full);
    }
    return out;
}

async function loadCases() {
    const cases = [];
    for (const entry of await readdir(join(ROOT, CASES_DIR), { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        const dir = join(CASES_DIR, entry.name);
        const file = join(dir, 'case.json');
        if (!(await exists(join(ROOT, file)))) continue;
        let spec;
        try {
            spec = JSON.parse(await readFile(join(ROOT, file), 'utf8'));
        } catch (err) {
            if (!only) fail(file, 1, 'case', `case.json is not JSON: ${err.message}`);
            continue;
        }
        if (only && !only.has(spec.gate)) continue;
        const problems = [];
        if (typeof spec.gate !== 'string') problems.push('"gate" (a gate id) is required');
        if (typeof spec.what !== 'string') problems.push('"what" (the deliberate error) is required');
        if (!Array.isArray(spec.expect) || spec.expect.length === 0) problems.push('"expect" needs at least one {file, rule}');
        else if (spec.expect.some((e) => typeof e.file !== 'string' || typeof e.rule !== 'string'))
            problems.push('every "expect" entry needs "file" and "rule"');
        if (spec.prepare && (!Array.isArray(spec.prepare) || spec.prepare.some((step) => !Array.isArray(step))))
            problems.push('"prepare" is a list of commands (arrays) run in the copy before the unbroken run');
        const changesGateCommand = Boolean(spec.cmd || spec.dropGateArgs !== undefined || spec.addGateArgs !== undefined);
        if (spec.cmdIsSubsetOfGate !== undefined && (spec.cmdIsSubsetOfGate !== true || !changesGateCommand))
            problems.push(
                '"cmdIsSubsetOfGate": true only with a "cmd", "dropGateArgs" or "addGateArgs" that runs part of what the gate command runs'
            );
        if (spec.dropGateArgs !== undefined && (typeof spec.dropGateArgs !== 'string' || spec.cmd || typeof spec.cmdWhy !== 'string'))
            problems.push('"dropGateArgs" (a regex) narrows the gate command instead of "cmd", with a "cmdWhy"');
        if (
            spec.addGateArgs !== undefined &&
            (!Array.isArray(spec.addGateArgs) ||
                spec.addGateArgs.some((a) => typeof a !== 'string') ||
                spec.cmd ||
                typeof spec.cmdWhy !== 'string')
        )
            problems.push('"addGateArgs" (strings) narrows the gate command instead of "cmd", with a "cmdWhy"');
        if (
            spec.copyCache !== undefined &&
            (!Array.isArray(spec.copyCache) ||
                spec.copyCache.some((p) => typeof p !== 'string' || !p.startsWith('.cache/') || p.includes('..')))
        )
            problems.push('"copyCache" is a list of paths under .cache/ to copy into the copy');
        if (spec.cmd && (!Array.isArray(spec.cmd) || typeof spec.cmdWhy !== 'string'))
            problems.push('"cmd" overrides the gate command only with a "cmdWhy" explaining why');
        const goodFiles = await listFiles(join(ROOT, dir, 'good'));
        const badFiles = await listFiles(join(ROOT, dir, 'bad'));
        if (badFiles.length === 0 && !(spec.bad?.edits ?? []).length) problems.push('a case needs a bad/ tree or bad edits');
        for (const p of problems) fail(file, 1, 'case', p);
        if (problems.length === 0) cases.push({ id: entry.name, dir, file, spec, goodFiles, badFiles });
    }
    return cases.sort((a, b) => a.id.localeCompare(b.id));
}

async function copyProject(withBuildCache, cachePaths = []) {
    const target = await mkdtemp(join(tmpdir(), 'gate-selftest-'));
    for (const entry of await readdir(ROOT, { withFileTypes: true })) {
        if (SKIP_TOP.has(entry.name) && !(withBuildCache && entry.name === '.cache')) continue;
        await cp(join(ROOT, entry.name), join(target, entry.name), {
            recursive: true,
            verbatimSymlinks: true,
            filter: (src) => !SKIP_ANYWHERE.has(src.split(sep).pop())
        });
    }
    // "copyCache": only these paths under .cache (e.g. tsc's incremental state), when the project has them.
    for (const path of withBuildCache ? [] : cachePaths) {
        if (await exists(join(ROOT, path))) await cp(join(ROOT, path), join(target, path), { recursive: true });
    }
    await symlink(join(ROOT, 'node_modules'), join(target, 'node_modules'), 'dir');
    return target;
}

/** Plants a good/ or bad/ tree (paths mirror the project) and applies the edits; returns problems. */
async function plant(kase, variant, copy) {
    const problems = [];
    const treeRoot = join(ROOT, kase.dir, variant);
    for (const file of variant === 'good' ? kase.goodFiles : kase.badFiles) {
        const to = join(copy, relative(treeRoot, file));
        await mkdir(dirname(to), { recursive: true });
        await cp(file, to);
    }
    for (const edit of kase.spec[variant]?.edits ?? []) {
        const target = join(copy, edit.file);
        if (!(await exists(target))) {
            problems.push(`${variant} edit: ${edit.file} does not exist in the project any more; update the case`);
            continue;
        }
        if (edit.delete) {
            await unlink(target);
            continue;
        }
        const text = await readFile(target, 'utf8');
        const count = text.split(edit.find).length - 1;
        if (count !== 1) {
            problems.push(`${variant} edit: "${edit.find}" occurs ${count} times in ${edit.file} (needs exactly 1); update the case`);
            continue;
        }
        await writeFile(
            target,
            text.replace(edit.find, () => edit.replace)
        );
    }
    return problems;
}

const CPU_MARK = '[gate-selftest cpu]';

function run(command, cwd) {
    const cmd = measureCpu ? ['/usr/bin/time', '-f', `${CPU_MARK} %U %S`, ...command] : command;
    return new Promise((resolve) => {
        const started = Date.now();
        const child = spawn(cmd[0], cmd.slice(1), {
            cwd,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, FORCE_COLOR: '0', CI: 'true' }
        });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        const timer = setTimeout(() => {
            output += `\n[${SELF}: killed after ${RUN_TIMEOUT_MS / 1000} s]`;
            try {
                process.kill(-child.pid, 'SIGKILL');
            } catch {
                /* already gone */
            }
        }, RUN_TIMEOUT_MS);
        child.on('error', (err) => {
            clearTimeout(timer);
            resolve({ code: 127, output: `${output}\n${err.message}`, ms: Date.now() - started });
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            const mark = output.lastIndexOf(CPU_MARK);
            const cpu =
                mark >= 0
                    ? output
                          .slice(mark + CPU_MARK.length)
                          .trim()
                          .split(/\s+/)
                          .slice(0, 2)
                          .map(Number)
                    : null;
            resolve({ code: code ?? 1, output, ms: Date.now() - started, cpuS: cpu ? cpu[0] + cpu[1] : null });
        });
    });
}

const tail = (text, lines = 25) =>
    text
        .trimEnd()
        .split('\n')
        .slice(-lines)
        .map((l) => `        ${l}`)
        .join('\n');

/** Does the output name the file and the rule (on one line, unless the tool prints them on separate lines)? */
// Some tools colour their output even with FORCE_COLOR=0 (picocolors treats any FORCE_COLOR as "on").
const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

function namesFileAndRule(rawOutput, expectation) {
    const output = stripAnsi(rawOutput);
    const lines = output.split('\n');
    if (expectation.sameLine === false) return output.includes(expectation.file) && output.includes(expectation.rule);
    return lines.some((line) => line.includes(expectation.file) && line.includes(expectation.rule));
}

async function runCase(kase) {
    const gate = GATES.find((g) => g.id === kase.spec.gate);
    // dropGateArgs / addGateArgs: the gate's own command minus some arguments (e.g. globs that cannot match the
    // planted files) and plus some (e.g. the planted files, or an ignore file that leaves only them), so the case
    // follows any change to the gate in scripts/gates.mjs and checks a subset of what the gate checks.
    const dropped = kase.spec.dropGateArgs
        ? gate.cmd.filter((arg, i) => i === 0 || !new RegExp(kase.spec.dropGateArgs).test(arg))
        : gate.cmd;
    const narrowed = kase.spec.dropGateArgs || kase.spec.addGateArgs ? [...dropped, ...(kase.spec.addGateArgs ?? [])] : null;
    const cmd = kase.spec.cmd ?? narrowed ?? gate.cmd;
    const copy = await copyProject(kase.spec.copyBuildCache === true, kase.spec.copyCache ?? []);
    const report = { kase, ok: true, goodMs: 0, badMs: 0 };
    const caseFail = (check, message) => {
        report.ok = false;
        fail(kase.file, 1, check, message);
    };
    try {
        for (const step of kase.spec.prepare ?? []) {
            const prepared = await run(step, copy);
            if (prepared.code !== 0) {
                caseFail('prepare', `"${step.join(' ')}" failed in the copy (exit ${prepared.code}):\n${tail(prepared.output)}`);
                return report;
            }
        }
        // In `npm test` the gate already passed on this very tree (GATES_PASSED_IN_THIS_RUN): that is the unbroken run
        // for a case whose command is the gate's own or a declared part of it, so it is not repeated. A good/ twin
        // (the fixed sample under a narrowed command) then runs only when the self-test runs on its own.
        // A narrowed command (dropGateArgs / addGateArgs / cmd) counts as part of the gate only when the case declares it.
        const spec = kase.spec;
        const sameOrPartOfGate =
            (!spec.cmd && spec.dropGateArgs === undefined && spec.addGateArgs === undefined) || spec.cmdIsSubsetOfGate === true;
        const unbrokenKnown = passedInThisRun.has(gate.id) && sameOrPartOfGate;
        if (unbrokenKnown) {
            report.unbrokenFromRun = true;
        } else {
            for (const p of await plant(kase, 'good', copy)) caseFail('plant', p);
            if (!report.ok) return report;
        }
        const good = unbrokenKnown ? { code: 0, output: '', ms: 0 } : await run(cmd, copy);
        report.goodMs = good.ms;
        report.goodCpu = good.cpuS ?? null;
        if (verbose && !unbrokenKnown) console.log(`--- ${kase.id}: unbroken run (exit ${good.code}, ${good.ms} ms)\n${good.output}`);
        if (good.code !== 0) {
            caseFail(
                'unbroken-copy-fails',
                `gate ${gate.id} fails on the unbroken copy (exit ${good.code}), so its rejection proves nothing:\n${tail(good.output)}`
            );
            return report;
        }
        for (const p of await plant(kase, 'bad', copy)) caseFail('plant', p);
        if (!report.ok) return report;
        const bad = await run(cmd, copy);
        report.badMs = bad.ms;
        report.badCpu = bad.cpuS ?? null;
        if (verbose) console.log(`--- ${kase.id}: broken run (exit ${bad.code}, ${bad.ms} ms)\n${bad.output}`);
        if (bad.code === 0) {
            caseFail('not-rejected', `gate ${gate.id} PASSED with the broken sample (${kase.spec.what}):\n${tail(bad.output)}`);
            return report;
        }
        for (const expectation of kase.spec.expect) {
            if (!namesFileAndRule(bad.output, expectation))
                caseFail(
                    'not-named',
                    `gate ${gate.id} failed (exit ${bad.code}) but its output does not name ${expectation.file} with "${expectation.rule}"${expectation.sameLine === false ? '' : ' on one line'}:\n${tail(bad.output)}`
                );
        }
        return report;
    } finally {
        await rm(copy, { recursive: true, force: true });
    }
}

async function gateLine(id) {
    const text = await readFile(join(ROOT, 'scripts/gates.mjs'), 'utf8');
    const index = text.indexOf(`id: '${id}'`);
    return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

async function main() {
    const started = Date.now();
    const cases = await loadCases();
    const gateIds = new Set(GATES.map((g) => g.id));
    for (const kase of cases) {
        if (!gateIds.has(kase.spec.gate)) fail(kase.file, 1, 'unknown-gate', `no gate "${kase.spec.gate}" in scripts/gates.mjs`);
    }
    for (const gate of GATES) {
        if (gate.id === SELF || (only && !only.has(gate.id))) continue;
        if (!cases.some((c) => c.spec.gate === gate.id))
            fail(
                'scripts/gates.mjs',
                await gateLine(gate.id),
                'no-broken-sample',
                `gate ${gate.id} has no case under ${CASES_DIR}/ proving it can fail`
            );
    }
    const selected = checksOnly
        ? []
        : cases.filter((c) => gateIds.has(c.spec.gate) && c.spec.gate !== SELF && (!only || only.has(c.spec.gate)));

    // Slowest first (by a rough cost hint), `jobs` at a time.
    const queue = [...selected].sort((a, b) => (b.spec.costHint ?? 1) - (a.spec.costHint ?? 1));
    const reports = [];
    await Promise.all(
        Array.from({ length: Math.min(jobs, queue.length) }, async () => {
            for (let kase = queue.shift(); kase; kase = queue.shift()) {
                const report = await runCase(kase);
                reports.push(report);
                const s = (ms, cpu) => `${(ms / 1000).toFixed(1)} s${cpu === null || cpu === undefined ? '' : `, ${cpu.toFixed(1)} s CPU`}`;
                console.log(
                    `${report.ok ? '✔' : '✘'} ${kase.spec.gate} [${kase.id}] ${kase.spec.what}${report.ok ? ` (unbroken ${report.unbrokenFromRun ? 'passed earlier in this run' : s(report.goodMs, report.goodCpu)}, broken ${s(report.badMs, report.badCpu)})` : ''}`
                );
            }
        })
    );
    for (const f of failures) console.error(f);
    const gatesCovered = new Set(selected.map((c) => c.spec.gate)).size;
    const summary = checksOnly
        ? `${SELF}: ${cases.length} case(s) checked${failures.length ? '' : ', every gate has one'}; ${failures.length} problem(s)`
        : `${SELF}: ${reports.filter((r) => r.ok).length}/${selected.length} case(s) for ${gatesCovered} gate(s) rejected their broken sample and passed unbroken; ${failures.length} problem(s) (${((Date.now() - started) / 1000).toFixed(1)} s)`;
    if (failures.length) console.error(summary);
    else console.log(summary);
    process.exit(failures.length ? 1 : 0);
}

await main();
