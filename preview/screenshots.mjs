#!/usr/bin/env node
// npm run screenshots: builds the preview and photographs the real tab on a few sample orgs into
// docs/screenshots/*.png: the first screen of every sample org, a few sections, and one at 400 px. Headless Debian
// Chromium, 1280 px wide (unless the shot says otherwise), UTC, en-US.
//
//   npm run screenshots [-- --only NAME[,NAME]]
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildPreview } from './build.mjs';
import { startServer } from './server.mjs';

const OUT_DIR = 'docs/screenshots';
/** Long sections are cut here: the README shows the top of each. */
const MAX_HEIGHT = 1700;

/** Every sample org, in the order of samples/scenarios.json (the preview's list). */
const SCENARIOS = JSON.parse(readFileSync('samples/scenarios.json', 'utf8')).map((scenario) => scenario.id);
/** Each shot: a sample org, the section to open (by its tab label), and what to do there first. */
const SHOTS = [
    // The first screen of every sample org: header, start here, the plan and the ways.
    ...SCENARIOS.map((scenario) => ({ name: `overview-${scenario}`, scenario, section: null })),
    { name: 'apps-admin-approved-with-grants', scenario: 'prod-admin-approved-with-grants', section: 'Apps' },
    { name: 'findings-tokens-uninstalled-apps', scenario: 'prod-tokens-uninstalled-apps', section: 'Findings' },
    { name: 'sandbox-refresh-sandbox-not-installed', scenario: 'sandbox-not-installed', section: 'Sandbox refresh' },
    { name: 'narrow-400-admin-approved-no-grants', scenario: 'prod-admin-approved-no-grants', section: null, width: 400 },
    // The other connected apps (the activity call), wide and at 400 px (the table scrolls inside its card).
    { name: 'other-apps-tokens-uninstalled-apps', scenario: 'prod-tokens-uninstalled-apps', section: 'Other apps' },
    { name: 'narrow-400-other-apps-tokens-uninstalled-apps', scenario: 'prod-tokens-uninstalled-apps', section: 'Other apps', width: 400 },
    // Failed Jetstream sign-ins per day: still rising, and stopped after a fix (the chart under the ways).
    {
        name: 'sign-in-trend-admin-approved-no-grants',
        scenario: 'prod-admin-approved-no-grants',
        section: null,
        async prepare(page) {
            await page.locator('c-jsr-sign-in-trend button.toggle-table').click();
        },
        element: 'c-jsr-section[data-section="signInTrend"]'
    },
    {
        name: 'sign-in-trend-admin-approved-with-grants',
        scenario: 'prod-admin-approved-with-grants',
        section: null,
        element: 'c-jsr-section[data-section="signInTrend"]'
    },
    {
        name: 'user-check-admin-approved-no-grants',
        scenario: 'prod-admin-approved-no-grants',
        section: 'Check a user',
        async prepare(page) {
            await page.locator('c-jsr-user-check lightning-input.search input').fill('Gibbons');
            await page.locator('c-jsr-user-check button.result').first().click();
            await page.locator('c-jsr-user-check article.user-way').first().waitFor();
        }
    }
];

const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? new Set(process.argv[onlyIndex + 1].split(',')) : null;
const scratch = mkdtempSync(join(tmpdir(), 'preview-screenshots-'));
try {
    const built = await buildPreview({ outDir: scratch });
    const { server, url } = await startServer({ port: 0, distDir: built.outDir });
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
        mkdirSync(OUT_DIR, { recursive: true });
        for (const shot of SHOTS.filter((candidate) => !only || only.has(candidate.name))) {
            const width = shot.width ?? 1280;
            const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
            const page = await context.newPage();
            const errors = [];
            page.on('pageerror', (error) => errors.push(error.message));
            page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
            await page.goto(`${url}?scenario=${shot.scenario}`);
            await page.locator('body[data-preview-state="mounted"]').waitFor();
            await page.locator('c-jsr-readiness-tab .overall').first().waitFor();
            if (shot.section) {
                // A narrow page moves the later tabs into the tab set's More menu.
                const tab = page.getByRole('tab', { name: shot.section, exact: true });
                if (await tab.count()) await tab.click();
                else {
                    await page.getByRole('button', { name: /More/ }).first().click();
                    await page.getByRole('menuitem', { name: shot.section, exact: true }).click();
                }
            }
            if (shot.prepare) await shot.prepare(page);
            // Icons arrive as separate template chunks: let them land before the picture.
            await page.waitForLoadState('networkidle');
            // Click on the page chrome so no focus ring or hover state stays in the picture.
            await page.locator('#scenario-description').click();
            const file = join(OUT_DIR, `${shot.name}.png`);
            if (shot.element) {
                // One section, photographed alone.
                await page.locator(shot.element).screenshot({ path: file });
                if (errors.length) throw new Error(`${shot.name}: the page logged errors: ${errors.join('; ')}`);
                console.log(`screenshots: ${relative('.', file)}`);
                await context.close();
                continue;
            }
            const height = await page.evaluate(() => document.documentElement.scrollHeight);
            await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) } });
            if (errors.length) throw new Error(`${shot.name}: the page logged errors: ${errors.join('; ')}`);
            console.log(`screenshots: ${relative('.', file)}`);
            await context.close();
        }
    } finally {
        await browser.close();
        server.close();
    }
} finally {
    rmSync(scratch, { recursive: true, force: true });
}
