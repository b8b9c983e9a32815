#!/usr/bin/env node
// Runs every gate in scripts/gates.mjs, one after the other, and keeps going after a failure so one run
// shows everything that is wrong. Exit code 1 if any gate failed.
//
//   node scripts/run-gates.mjs                 all gates
//   node scripts/run-gates.mjs --only jest,pmd  some gates
//   node scripts/run-gates.mjs --list           list the gates
import { spawn } from 'node:child_process';
import { GATES } from './gates.mjs';

const args = process.argv.slice(2);
if (args.includes('--list')) {
    for (const g of GATES) console.log(`${g.id.padEnd(18)} ${g.title}`);
    process.exit(0);
}
const onlyIdx = args.indexOf('--only');
const only = onlyIdx >= 0 ? new Set((args[onlyIdx + 1] || '').split(',').filter(Boolean)) : null;
const selected = only ? GATES.filter((g) => only.has(g.id)) : GATES;
if (only && selected.length !== only.size) {
    const known = new Set(GATES.map((g) => g.id));
    console.error(`run-gates: unknown gate(s): ${[...only].filter((id) => !known.has(id)).join(', ')}; see --list`);
    process.exit(2);
}

function run(gate) {
    return new Promise((resolve) => {
        const started = Date.now();
        const child = spawn(gate.cmd[0], gate.cmd.slice(1), {
            stdio: ['ignore', 'pipe', 'pipe'],
            // GATES_PASSED_IN_THIS_RUN: gate-selftest skips re-running a gate on an unchanged copy of this tree.
            env: {
                ...process.env,
                FORCE_COLOR: '0',
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

const started = Date.now();
const results = [];
for (const gate of selected) {
    process.stdout.write(`▶ ${gate.id}: ${gate.title}\n`);
    const result = await run(gate);
    results.push(result);
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
const failed = results.filter((r) => !r.ok);
console.log('');
console.log(
    `Gates took ${((Date.now() - started) / 1000).toFixed(1)} s.${failed.length ? ` Failed: ${failed.map((r) => r.gate.id).join(', ')}` : ''}`
);
console.log(`gates: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
