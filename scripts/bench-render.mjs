#!/usr/bin/env node
// npm run bench:render: how long the preview takes to build, and how long the real tab takes from navigation to
// fully rendered (preview/browser.mjs tabIsRendered: header with the overall status, the ways-of-connecting
// cards, no spinner) for the smallest sample org and for the generated 100k-user org. A benchmark, not a test:
// it prints figures and checks them against the targets (largest <= 3x smallest, largest < 1 s), exit code 0.
//
//   npm run bench:render [-- --runs 7] [--skip-cold] [--json FILE]
//
// Builds go to private folders under .cache/preview (never preview/dist). "Cold" rebuilds everything (vendor
// bundle of the base components, generated large snapshot); "warm" is the rebuild right after it, which
// reuses them. Each render run is a fresh browser context (no HTTP or code cache), runs alternate between the
// two orgs so machine noise hits both alike, and the first run of each is a discarded warm-up.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildPreview } from '../preview/build.mjs';
import { launchChromium, waitForTabRendered } from '../preview/browser.mjs';
import { ROOT } from '../preview/rollup.config.mjs';
import { startServer } from '../preview/server.mjs';

const argv = process.argv.slice(2);
const valueOf = (flag) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
};
const RUNS = Number(valueOf('--runs') ?? 7);
const JSON_OUT = valueOf('--json');
if (!Number.isInteger(RUNS) || RUNS < 1) {
    console.error('bench-render: --runs must be a positive integer');
    process.exit(2);
}

const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (ms) => Math.round(ms);
const scratch = mkdtempSync(join(ROOT, '.cache/preview-bench-'));

async function timedBuild(label, options) {
    const lines = [];
    const result = await buildPreview({ ...options, outDir: join(scratch, label), log: (line) => lines.push(line) });
    const steps = Object.fromEntries(
        lines
            .map((line) => line.match(/^\s+(\w+)\s+(\d+) ms/))
            .filter(Boolean)
            .map((match) => [match[1], Number(match[2])])
    );
    console.log(`  ${label.padEnd(5)} build ${(result.totalMs / 1000).toFixed(1).padStart(5)} s   ${JSON.stringify(steps)}`);
    return { totalMs: result.totalMs, steps, outDir: result.outDir, scenarios: result.scenarios };
}

async function renderOnce(browser, url) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
        await page.goto(url, { waitUntil: 'commit' });
        const ms = await waitForTabRendered(page);
        if (errors.length) throw new Error(`page errors on ${url}: ${errors.join('; ')}`);
        return ms;
    } finally {
        await context.close();
    }
}

try {
    console.log(
        `bench-render: ${cpus().length} cores, load average ${loadavg()
            .map((n) => n.toFixed(1))
            .join(' ')}, ${RUNS} runs each`
    );
    const builds = {};
    if (!argv.includes('--skip-cold')) builds.cold = await timedBuild('cold', { useCache: false });
    builds.warm = await timedBuild('warm', {});

    const scenarios = builds.warm.scenarios;
    const fileSize = (scenario) => statSync(join(builds.warm.outDir, scenario.snapshotUrl)).size;
    const samples = scenarios.filter((scenario) => !scenario.generated);
    const smallest = samples.reduce((best, scenario) => (fileSize(scenario) < fileSize(best) ? scenario : best), samples[0]);
    const largest = scenarios.find((scenario) => scenario.generated);
    if (!smallest || !largest) throw new Error('needs the sample orgs (fixtures/) and the generated large org (npm run generate:large)');

    const { server, url } = await startServer({ port: 0, distDir: builds.warm.outDir });
    const browser = await launchChromium();
    const targets = [
        { role: 'smallest', scenario: smallest },
        { role: 'largest', scenario: largest }
    ];
    const times = { smallest: [], largest: [] };
    try {
        for (let run = 0; run <= RUNS; run++) {
            for (const { role, scenario } of targets) {
                const ms = await renderOnce(browser, `${url}?scenario=${scenario.id}`);
                if (run > 0) times[role].push(ms); // run 0 warms up Chromium and the OS file cache
            }
        }
    } finally {
        await browser.close();
        server.close();
    }

    const result = {
        machine: { cores: cpus().length, loadAverage: loadavg().map((n) => Number(n.toFixed(2))) },
        build: Object.fromEntries(Object.entries(builds).map(([kind, build]) => [kind, { totalMs: build.totalMs, steps: build.steps }])),
        render: Object.fromEntries(
            targets.map(({ role, scenario }) => [
                role,
                {
                    scenario: scenario.id,
                    snapshotBytes: fileSize(scenario),
                    medianMs: round(median(times[role])),
                    minMs: round(Math.min(...times[role])),
                    maxMs: round(Math.max(...times[role])),
                    runsMs: times[role].map(round)
                }
            ])
        )
    };
    const ratio = result.render.largest.medianMs / result.render.smallest.medianMs;
    result.targets = {
        largestOverSmallest: Number(ratio.toFixed(2)),
        largestAtMost3xSmallest: ratio <= 3,
        largestUnder1s: result.render.largest.medianMs < 1000
    };

    console.log('\nnavigation -> fully rendered tab (median of runs, fresh browser context each):');
    for (const { role } of targets) {
        const r = result.render[role];
        console.log(
            `  ${role.padEnd(8)} ${r.scenario.padEnd(34)} ${(r.snapshotBytes / 1e6).toFixed(2).padStart(6)} MB  median ${String(r.medianMs).padStart(5)} ms  (min ${r.minMs}, max ${r.maxMs})`
        );
    }
    const mark = (ok) => (ok ? 'met' : 'MISSED');
    console.log(`  largest / smallest = ${ratio.toFixed(2)}x  (target <= 3x: ${mark(result.targets.largestAtMost3xSmallest)})`);
    console.log(`  largest ${result.render.largest.medianMs} ms  (target < 1000 ms: ${mark(result.targets.largestUnder1s)})`);
    if (JSON_OUT) writeFileSync(JSON_OUT, `${JSON.stringify(result, null, 2)}\n`);
} finally {
    rmSync(scratch, { recursive: true, force: true });
}
