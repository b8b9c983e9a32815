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
// Besides the time, each run records what does not depend on how busy the machine is: the requests and bytes
// the page loaded before it was rendered, and the renderer main thread's busy time (CDP Performance.getMetrics:
// TaskDuration, of which ScriptDuration ran JavaScript).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildPreview } from '../preview/build.mjs';
import { launchChromium, waitForTabRendered } from '../preview/browser.mjs';
import { ROOT } from '../preview/paths.mjs';
import { startServerThread } from '../preview/server.mjs';

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
    const stepLines = lines.map((line) => line.match(/^\s+(\w+)\s+(\d+) ms(?:\s+(.*))?$/)).filter(Boolean);
    const steps = Object.fromEntries(stepLines.map((match) => [match[1], Number(match[2])]));
    // What each step reused or redid, e.g. "223 of 223 module transforms reused", "reused .cache/preview/vendor-...".
    const notes = Object.fromEntries(stepLines.map((match) => [match[1], match[3] ?? '']));
    console.log(`  ${label.padEnd(5)} build ${(result.totalMs / 1000).toFixed(1).padStart(5)} s   ${JSON.stringify(steps)}`);
    for (const step of ['bundle', 'vendor']) if (notes[step]) console.log(`          ${step}: ${notes[step]}`);
    return { totalMs: result.totalMs, steps, notes, outDir: result.outDir, scenarios: result.scenarios };
}

async function renderOnce(browser, url) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const sizes = [];
    page.on('requestfinished', (request) => sizes.push(request.sizes().catch(() => null)));
    try {
        await page.goto(url, { waitUntil: 'commit' });
        const ms = await waitForTabRendered(page);
        const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
        // Requests finished by now; an icon set still arriving after "rendered" is not counted.
        const finished = (await Promise.all(sizes)).filter(Boolean);
        if (errors.length) throw new Error(`page errors on ${url}: ${errors.join('; ')}`);
        return {
            ms,
            requests: finished.length,
            bytes: finished.reduce((sum, size) => sum + size.responseBodySize + size.responseHeadersSize, 0),
            mainThreadMs: metrics.TaskDuration * 1000,
            scriptMs: metrics.ScriptDuration * 1000
        };
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

    // The server runs in its own thread, as `npm start` runs apart from the browser.
    const server = await startServerThread({ distDir: builds.warm.outDir });
    const { url } = server;
    const browser = await launchChromium();
    const targets = [
        { role: 'smallest', scenario: smallest },
        { role: 'largest', scenario: largest }
    ];
    const runs = { smallest: [], largest: [] };
    try {
        for (let run = 0; run <= RUNS; run++) {
            for (const { role, scenario } of targets) {
                const measured = await renderOnce(browser, `${url}?scenario=${scenario.id}`);
                if (run > 0) runs[role].push(measured); // run 0 warms up Chromium and the OS file cache
            }
        }
    } finally {
        await browser.close();
        await server.close();
    }

    const result = {
        machine: { cores: cpus().length, loadAverage: loadavg().map((n) => Number(n.toFixed(2))) },
        build: Object.fromEntries(
            Object.entries(builds).map(([kind, build]) => [kind, { totalMs: build.totalMs, steps: build.steps, notes: build.notes }])
        ),
        render: Object.fromEntries(
            targets.map(({ role, scenario }) => {
                const times = runs[role].map((run) => run.ms);
                const medianOf = (field) => round(median(runs[role].map((run) => run[field])));
                return [
                    role,
                    {
                        scenario: scenario.id,
                        snapshotBytes: fileSize(scenario),
                        medianMs: round(median(times)),
                        minMs: round(Math.min(...times)),
                        maxMs: round(Math.max(...times)),
                        runsMs: times.map(round),
                        medianRequests: medianOf('requests'),
                        medianTransferredBytes: medianOf('bytes'),
                        medianMainThreadMs: medianOf('mainThreadMs'),
                        medianScriptMs: medianOf('scriptMs')
                    }
                ];
            })
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
        console.log(
            `           ${r.medianRequests} requests, ${(r.medianTransferredBytes / 1024).toFixed(0)} KB transferred, main thread busy ${r.medianMainThreadMs} ms (JavaScript ${r.medianScriptMs} ms)`
        );
    }
    const mark = (ok) => (ok ? 'met' : 'MISSED');
    console.log(`  largest / smallest = ${ratio.toFixed(2)}x  (target <= 3x: ${mark(result.targets.largestAtMost3xSmallest)})`);
    console.log(`  largest ${result.render.largest.medianMs} ms  (target < 1000 ms: ${mark(result.targets.largestUnder1s)})`);
    if (JSON_OUT) writeFileSync(JSON_OUT, `${JSON.stringify(result, null, 2)}\n`);
} finally {
    rmSync(scratch, { recursive: true, force: true });
}
