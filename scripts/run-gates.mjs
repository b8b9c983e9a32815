#!/usr/bin/env node
// Runs every gate in scripts/gates.mjs and keeps going after a failure, so one run shows everything that is
// wrong. Exit code 1 if any gate failed.
//
// Gates run 2 at a time (the machine this must stay fast on has 2 cores): a gate starts once the gates it runs
// `after` have finished (pass or fail), and among the ready ones the one heading the longest remaining chain of
// `cost` goes first, so the long gates never start last. Each gate's output is printed in one block when it ends.
//
// A gate with `perGate: true` (gate-selftest) runs in parts: its command with `--checks-only` once, and with
// `--only <gate> --jobs 1` for every other gate, each part as soon as that gate has finished; so the self-test
// of a fast gate runs while the slow ones still run, instead of all of it after the last gate. It passes when
// every part passes.
//
//   node scripts/run-gates.mjs                   all gates except the opt-in gate-selftest (= npm test)
//   node scripts/run-gates.mjs --with-selftest   all gates, each followed by its self-test cases (.ci/run)
//   node scripts/run-gates.mjs --only jest,pmd    some gates (their `after` order still holds among them)
//   node scripts/run-gates.mjs --only pmd,gate-selftest   pmd and its self-test cases (gate-selftest alone: all;
//                                                          `--only pmd --with-selftest` is the same)
//   node scripts/run-gates.mjs --jobs 1           one at a time (also: GATES_JOBS=1)
//   node scripts/run-gates.mjs --list             list the gates
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { GATES } from './gates.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// strict: a mistyped flag (say --with-selftes) or a flag without its value must not quietly run less than asked for.
let values;
try {
    ({ values } = parseArgs({
        options: { only: { type: 'string' }, jobs: { type: 'string' }, 'with-selftest': { type: 'boolean' }, list: { type: 'boolean' } },
        strict: true
    }));
} catch (error) {
    console.error(`run-gates: ${error.message} (--only IDS, --jobs N, --with-selftest, --list)`);
    process.exit(2);
}
if (values.list) {
    for (const g of GATES) console.log(`${g.id.padEnd(18)} ${g.title}`);
    process.exit(0);
}
const withSelftest = values['with-selftest'] === true;
const only = values.only === undefined ? null : new Set(values.only.split(',').filter(Boolean));
if (only?.size === 0) {
    console.error('run-gates: --only names no gate; see --list');
    process.exit(2);
}
// --only some gates --with-selftest: those gates and their self-test cases.
if (only && withSelftest) only.add('gate-selftest');
const selected = only ? GATES.filter((g) => only.has(g.id)) : GATES.filter((g) => !g.optIn || withSelftest);
if (only && selected.length !== only.size) {
    const known = new Set(GATES.map((g) => g.id));
    console.error(`run-gates: unknown gate(s): ${[...only].filter((id) => !known.has(id)).join(', ')}; see --list`);
    process.exit(2);
}
const jobs = Number(values.jobs ?? process.env.GATES_JOBS ?? 2);
if (!Number.isInteger(jobs) || jobs < 1) {
    console.error('run-gates: --jobs needs a whole number >= 1');
    process.exit(2);
}

// What runs: one task per selected gate, or its parts (perGate). `after: '*'` = after every other selected gate.
const selectedIds = new Set(selected.map((g) => g.id));
const tasks = selected.flatMap((g) => {
    if (!g.perGate)
        return [
            {
                id: g.id,
                gate: g,
                cmd: g.cmd,
                after:
                    g.after === '*'
                        ? selected.filter((o) => o.id !== g.id && o.after !== '*' && !o.perGate).map((o) => o.id)
                        : (g.after ?? []).filter((id) => selectedIds.has(id)),
                cost: g.cost ?? 1
            }
        ];
    // With --only, the cases of the selected gates; alone (--only gate-selftest), every gate's cases.
    const others = (selected.length === 1 ? GATES : selected).filter((o) => o.id !== g.id);
    return [
        { id: g.id, gate: g, cmd: [...g.cmd, '--checks-only'], after: [], cost: 1 },
        ...others.map((o) => ({
            id: `${g.id}:${o.id}`,
            gate: g,
            cmd: [...g.cmd, '--only', o.id, '--jobs', '1'],
            // Also after build: each part copies the project, and the build writes the .js beside the .ts.
            after: [o.id, 'build'].filter((id, i, ids) => selectedIds.has(id) && ids.indexOf(id) === i),
            // Most cases run the gate's command narrowed to the planted files.
            cost: Math.max(1, Math.round((o.cost ?? 2) / 2))
        }))
    ];
});
const taskById = new Map(tasks.map((t) => [t.id, t]));
// Priority: the task's own cost plus the costliest chain of tasks waiting on it.
const rank = new Map();
const rankOf = (id) => {
    if (!rank.has(id)) {
        const waiting = tasks.filter((t) => t.after.includes(id)).map((t) => rankOf(t.id));
        rank.set(id, taskById.get(id).cost + Math.max(0, ...waiting));
    }
    return rank.get(id);
};

const results = [];
const finished = new Set();

function run(task) {
    return new Promise((resolve) => {
        const started = Date.now();
        const child = spawn(task.cmd[0], task.cmd.slice(1), {
            stdio: ['ignore', 'pipe', 'pipe'],
            cwd: ROOT,
            // GATES_PASSED_IN_THIS_RUN: gates that passed on this tree (GATES_RUN_ROOT) earlier in this run:
            // gate-selftest does not repeat their unbroken run; the browser gate reuses the build gate's output.
            env: {
                ...process.env,
                FORCE_COLOR: '0',
                GATES_RUN_ROOT: ROOT,
                GATES_PASSED_IN_THIS_RUN: results
                    .filter((r) => r.ok && r.task.id === r.task.gate.id)
                    .map((r) => r.task.id)
                    .join(',')
            }
        });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('error', (err) => resolve({ task, ok: false, ms: Date.now() - started, output: `${output}\n${err.message}` }));
        child.on('close', (code) => resolve({ task, ok: code === 0, ms: Date.now() - started, output }));
    });
}

function report(result) {
    const { task } = result;
    const text = result.output.trimEnd();
    if (result.ok) {
        const last = text.split('\n').filter(Boolean).slice(-3).join('\n    ');
        process.stdout.write(`  ✔ ${task.id} (${(result.ms / 1000).toFixed(1)} s)${last ? `\n    ${last}` : ''}\n`);
    } else {
        process.stdout.write(
            `  ✘ ${task.id} FAILED (${(result.ms / 1000).toFixed(1)} s)\n${text
                .split('\n')
                .map((l) => `    ${l}`)
                .join('\n')}\n`
        );
    }
}

const started = Date.now();
const waiting = [...tasks];
const running = new Set();
await new Promise((allDone) => {
    const startReady = () => {
        while (running.size < jobs) {
            const ready = waiting.filter((t) => t.after.every((id) => finished.has(id)));
            if (ready.length === 0) break;
            // Highest rank first; on a tie, the order of scripts/gates.mjs.
            const task = ready.reduce((best, t) => (rankOf(t.id) > rankOf(best.id) ? t : best));
            waiting.splice(waiting.indexOf(task), 1);
            const title =
                task.id === task.gate.id
                    ? task.gate.title
                    : `${task.id.slice(task.gate.id.length + 1)} rejects its broken sample(s) naming file and rule`;
            process.stdout.write(`▶ ${task.id}: ${title}\n`);
            const promise = run(task).then((result) => {
                running.delete(promise);
                results.push(result);
                finished.add(task.id);
                report(result);
                startReady();
            });
            running.add(promise);
        }
        if (running.size === 0 && waiting.length > 0) {
            console.error(`run-gates: ${waiting.map((t) => t.id).join(', ')} wait on each other (a cycle in "after")`);
            process.exit(2);
        }
        if (running.size === 0) allDone();
    };
    startReady();
});

// A gate run in parts fails when any part fails.
const failedGates = selected.filter((g) => results.some((r) => r.task.gate === g && !r.ok)).map((g) => g.id);
const failedParts = results.filter((r) => !r.ok).map((r) => r.task.id);
console.log('');
console.log(
    `Gates took ${((Date.now() - started) / 1000).toFixed(1)} s (${jobs} at a time).${failedParts.length ? ` Failed: ${failedParts.join(', ')}` : ''}`
);
console.log(`gates: ${selected.length - failedGates.length} passed, ${failedGates.length} failed`);
process.exit(failedGates.length ? 1 : 0);
