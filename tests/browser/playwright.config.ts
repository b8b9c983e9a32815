// Browser tests of the real tab in the local preview, in Debian's headless Chromium (/usr/bin/chromium; .ci/run
// installs it when missing). The web server is `npm start` itself (preview/start.mjs) on a free loopback port,
// building into test-results/preview, so every test shares one build.
import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** A port the OS reports free on 127.0.0.1. Chosen once in the runner; workers inherit it through the env. */
function freeLoopbackPort(): number {
    const script =
        "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
    return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}
process.env.PREVIEW_TEST_PORT ??= String(freeLoopbackPort());
const port = Number(process.env.PREVIEW_TEST_PORT);
const baseURL = `http://127.0.0.1:${port}`;
export default defineConfig({
    testDir: '.',
    testMatch: '**/*.spec.ts',
    outputDir: join(ROOT, 'test-results/browser'),
    fullyParallel: true,
    forbidOnly: true,
    retries: 0,
    workers: 1,
    // Generous: several people share 2 cores while npm test runs; a passing test does not wait for these.
    timeout: 90_000,
    expect: { timeout: 15_000 },
    reporter: [['list']],
    use: {
        baseURL,
        browserName: 'chromium',
        headless: true,
        viewport: { width: 1280, height: 900 },
        // Dates and numbers render the same on every machine (as in scripts/screenshots.mjs).
        locale: 'en-US',
        timezoneId: 'UTC',
        acceptDownloads: true,
        trace: 'off',
        launchOptions: {
            executablePath: '/usr/bin/chromium',
            args: [
                '--headless',
                '--no-sandbox',
                '--disable-gpu',
                '--disable-quic',
                '--no-first-run',
                '--disable-background-networking',
                '--disable-component-update',
                '--disable-sync'
            ]
        }
    },
    webServer: {
        command: `node preview/start.mjs --port ${port} --out test-results/preview`,
        cwd: ROOT,
        url: `${baseURL}/scenarios.json`,
        // A cold build compiles the base components the tab uses (measured ~20-40 s on 2 busy cores).
        timeout: 240_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        stderr: 'pipe'
    }
});
