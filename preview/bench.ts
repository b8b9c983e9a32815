// npm run bench: what the tab gets at the reader's caps. Prints the size of each JSR_ReadinessController response on
// generated data with every list at its cap (samples/build/largeOrg.ts, the data the size check in npm test uses), then
// times, in headless Chromium as the tab runs, JSON.parse of the snapshot and the engine's cold first run on the same
// text in the same fresh page: parseSnapshot + evaluateSnapshot, then parseUserFacts + evaluateUser. A benchmark, not a
// test: it fails nothing; docs/performance.md records its figures with the machine's load.
//
//   npm run bench [-- --runs N]
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { rollup, type Plugin } from 'rollup';
import { RESPONSE_LIMIT_BYTES, responsesAtTheCaps } from '../samples/build/largeOrg';

const ENGINE = join(__dirname, '../force-app/main/default/lwc/jsrEngine/jsrEngine.js');
const runsIndex = process.argv.indexOf('--runs');
const RUNS = runsIndex > 0 ? Number(process.argv[runsIndex + 1]) : 7;

/** The engine's compiled modules (npm run build) as one script: relative imports are written without extension. */
async function engineScript(): Promise<string> {
    const resolveJs: Plugin = {
        name: 'relative-js',
        resolveId: (source, importer) => (source.startsWith('.') && importer ? resolve(dirname(importer), `${source}.js`) : null)
    };
    const bundle = await rollup({ input: ENGINE, plugins: [resolveJs] });
    const { output } = await bundle.generate({ format: 'iife', name: 'jsrEngine' });
    await bundle.close();
    return output[0].code;
}

interface Run {
    jsonParse: number;
    engine: number;
    userCheck: number;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (values: number[]): string =>
    `${median(values).toFixed(1)} ms (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;

async function main(): Promise<void> {
    const responses = responsesAtTheCaps();
    console.log("Responses at the reader's caps (generated: 100k users, 3,000 holders, every list full):");
    for (const [name, json] of Object.entries(responses)) {
        const bytes = Buffer.byteLength(json);
        // Aura carries the returned String inside its own JSON, escaped again.
        const aura = Buffer.byteLength(JSON.stringify(json));
        const verdict = bytes <= RESPONSE_LIMIT_BYTES ? 'within' : 'OVER';
        console.log(
            `  ${name.padEnd(13)} ${bytes.toLocaleString('en-US').padStart(9)} bytes of JSON (${aura.toLocaleString('en-US')} as the Aura response string): ${verdict} the 1,000,000-byte budget`
        );
    }
    const script = await engineScript();
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    const runs: Run[] = [];
    try {
        for (let i = 0; i < RUNS; i++) {
            // A fresh context and page per run: nothing compiled or optimised before, as when the tab opens.
            const context = await browser.newContext();
            const page = await context.newPage();
            await page.setContent('<!doctype html><title>bench</title>');
            await page.addScriptTag({ content: script });
            runs.push(
                await page.evaluate(
                    ({ snapshotJson, factsJson }) => {
                        const engine = (
                            window as unknown as { jsrEngine: typeof import('../force-app/main/default/lwc/jsrEngine/jsrEngine') }
                        ).jsrEngine;
                        const t0 = performance.now();
                        JSON.parse(snapshotJson);
                        const t1 = performance.now();
                        const snapshot = engine.parseSnapshot(snapshotJson);
                        engine.evaluateSnapshot(snapshot);
                        const t2 = performance.now();
                        engine.evaluateUser(snapshot, engine.parseUserFacts(factsJson));
                        const t3 = performance.now();
                        return { jsonParse: t1 - t0, engine: t2 - t1, userCheck: t3 - t2 };
                    },
                    { snapshotJson: responses.getSnapshot!, factsJson: responses.getUserFacts! }
                )
            );
            await context.close();
        }
    } finally {
        await browser.close();
    }
    console.log(`Headless Chromium, a fresh page per run, median of ${RUNS} (min–max):`);
    console.log(`  JSON.parse(getSnapshot)                            ${ms(runs.map((r) => r.jsonParse))}`);
    console.log(`  engine, first run: parseSnapshot + evaluateSnapshot ${ms(runs.map((r) => r.engine))}`);
    console.log(`  user check, first run: parseUserFacts + evaluateUser ${ms(runs.map((r) => r.userCheck))}`);
    console.log(`  engine / JSON.parse: ${(median(runs.map((r) => r.engine)) / median(runs.map((r) => r.jsonParse))).toFixed(1)}×`);
    console.log(`load: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
}

void main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
