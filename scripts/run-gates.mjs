#!/usr/bin/env node
// Runs every gate in scripts/gates.mjs and keeps going after a failure, so one run shows everything that is
// wrong. Exit code 1 if any gate failed.
//
// Gates run 2 at a time (the machine this must stay fast on has 2 cores): a gate starts once the gates it runs
// `after` have finished (pass or fail), and among the ready ones the one heading the longest remaining chain of
// `cost` goes first, so the long gates never start last. Each gate's output is printed in one block when it ends.
//
//   node scripts/run-gates.mjs                   all gates
//   node scripts/run-gates.mjs --only jest,pmd    some gates (their `after` order still holds among them)
//   node scripts/run-gates.mjs --jobs 1           one at a time (also: GATES_JOBS=1)
//   node scripts/run-gates.mjs --list             list the gates
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GATES } from './gates.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const args = process.argv.slice(2);
const argValue = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
};
if (args.includes('--list')) {
    for (const g of GATES) console.log(`${g.id.padEnd(18)} ${g.title}`);
    process.exit(0);
}
const only = args.includes('--only') ? new Set((argValue('--only') || '').split(',').filter(Boolean)) : null;
const selected = only ? GATES.filter((g) => only.has(g.id)) : GATES;
if (only && selected.length !== only.size) {
    const known = new Set(GATES.map((g) => g.id));
    console.error(`run-gates: unknown gate(s): ${[...only].filter((id) => !known.has(id)).join(', ')}; see --list`);
    process.exit(2);
}
const jobs = Number(argValue('--jobs') ?? process.env.GATES_JOBS ?? 2);
if (!Number.isInteger(jobs) || jobs < 1) {
    console.error('run-gates: --jobs needs a whole number >= 1');
    process.exit(2);
}

// `after: '*'` = after every other selected gate (gate-selftest: it needs to know which gates passed).
const selectedIds = new Set(selected.map((g) => g.id));
const afterOf = new Map(
    selected.map((g) => [
        g.id,
        g.after === '*'
            ? selected.filter((o) => o.id !== g.id && o.after !== '*').map((o) => o.id)
            : (g.after ?? []).filter((id) => selectedIds.has(id))
    ])
);
// Priority: the gate's own cost plus the costliest chain of gates waiting on it.
const rank = new Map();
const rankOf = (id) => {
    if (!rank.has(id)) {
        const own = GATES.find((g) => g.id === id).cost ?? 1;
        const waiting = selected.filter((g) => afterOf.get(g.id).includes(id)).map((g) => rankOf(g.id));
        rank.set(id, own + Math.max(0, ...waiting));
    }
    return rank.get(id);
};

const results = [];
const finished = new Set();

function run(gate) {
    return new Promise((resolve) => {
        const started = Date.now();
        const child = spawn(gate.cmd[0], gate.cmd.slice(1), {
            stdio: ['ignore', 'pipe', 'pipe'],
            cwd: ROOT,
            // GATES_PASSED_IN_THIS_RUN: gates that passed on this tree (GATES_RUN_ROOT) earlier in this run:
            // gate-selftest does not repeat their unbroken run; the browser gate reuses the build gate's output.
            env: {
                ...process.env,
                FORCE_COLOR: '0',
                GATES_RUN_ROOT: ROOT,
                GATES_PASSED_IN_THIS_RUN: results
                    .filter((r) => r.ok)
                    .map((r) => r.gate.id)
                    .join(',')
            }
        });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('error', (err) => resolve({ gate, ok: false, ms: Date.now() - started, output: `${output}\n${err.message}` }));
        child.on('close', (code) => resolve({ gate, ok: code === 0, ms: Date.now() - started, output }));
    });
}

function report(result) {
    const { gate } = result;
    const text = result.output.trimEnd();
    if (result.ok) {
        const last = text.split('\n').filter(Boolean).slice(-3).join('\n    ');
        process.stdout.write(`  ✔ ${gate.id} (${(result.ms / 1000).toFixed(1)} s)${last ? `\n    ${last}` : ''}\n`);
    } else {
        process.stdout.write(
            `  ✘ ${gate.id} FAILED (${(result.ms / 1000).toFixed(1)} s)\n${text
                .split('\n')
                .map((l) => `    ${l}`)
                .join('\n')}\n`
        );
    }
}

const started = Date.now();
const waiting = [...selected];
const running = new Set();
await new Promise((allDone) => {
    const startReady = () => {
        while (running.size < jobs) {
            const ready = waiting.filter((g) => afterOf.get(g.id).every((id) => finished.has(id)));
            if (ready.length === 0) break;
            // Highest rank first; on a tie, the order of scripts/gates.mjs.
            const gate = ready.reduce((best, g) => (rankOf(g.id) > rankOf(best.id) ? g : best));
            waiting.splice(waiting.indexOf(gate), 1);
            process.stdout.write(`▶ ${gate.id}: ${gate.title}\n`);
            const promise = run(gate).then((result) => {
                running.delete(promise);
                results.push(result);
                finished.add(gate.id);
                report(result);
                startReady();
            });
            running.add(promise);
        }
        if (running.size === 0 && waiting.length > 0) {
            console.error(`run-gates: ${waiting.map((g) => g.id).join(', ')} wait on each other (a cycle in "after")`);
            process.exit(2);
        }
        if (running.size === 0) allDone();
    };
    startReady();
});

const failed = results.filter((r) => !r.ok);
console.log('');
console.log(
    `Gates took ${((Date.now() - started) / 1000).toFixed(1)} s (${jobs} at a time).${failed.length ? ` Failed: ${failed.map((r) => r.gate.id).join(', ')}` : ''}`
);
console.log(`gates: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
