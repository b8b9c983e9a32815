// Shared pieces of the browser tests: a `test` that fails on any page error, console error or failed request,
// the sample scenarios read from samples/ (the same files the preview serves), and navigation helpers.
import { test as base, expect, type ConsoleMessage, type Page, type Request, type Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrgSnapshot, UserFacts, UserSearchResult } from '../../force-app/main/default/lwc/jsrEngine/snapshot';
import { readCustomLabels } from '../../scripts/customLabels.cjs';

const FIXTURES_DIR = join(__dirname, '../../samples');

export interface FixtureScenario {
    id: string;
    title: string;
    description: string;
    snapshot: string;
    users: { search: UserSearchResult; facts: string }[];
}

export const SCENARIOS: FixtureScenario[] = JSON.parse(readFileSync(join(FIXTURES_DIR, 'scenarios.json'), 'utf8')) as FixtureScenario[];

export function scenario(id: string): FixtureScenario {
    const found = SCENARIOS.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`samples/scenarios.json has no scenario ${id}`);
    return found;
}

export function snapshotOf(id: string): OrgSnapshot {
    return JSON.parse(readFileSync(join(FIXTURES_DIR, scenario(id).snapshot), 'utf8')) as OrgSnapshot;
}

export function userFactsOf(file: string): UserFacts {
    return JSON.parse(readFileSync(join(FIXTURES_DIR, file), 'utf8')) as UserFacts;
}

let labelValues: Map<string, string> | null = null;

/** The value of Custom Label c.<name>, from the same file and with the same reader as the preview and Jest. */
export function label(name: string): string {
    labelValues ??= readCustomLabels();
    const value = labelValues.get(name);
    if (value === undefined) throw new Error(`Custom Label ${name} is not defined`);
    return value;
}

/** The text of a Custom Label with {0}, {1}... filled in, as the components' formatLabel does. */
export function formatted(name: string, ...values: (string | number)[]): string {
    return label(name).replace(/\{(\d+)\}/g, (_, index: string) => String(values[Number(index)] ?? ''));
}

/**
 * `page`: one browser tab per worker, which every test of that worker navigates afresh (each test starts with
 * page.goto, so no document, component or Apex state carries over). A new browser context per test cost each
 * test a renderer process start and a page load without the compiled-code cache: most of the Chromium time of
 * a short test. A failed test still gets a clean slate: Playwright replaces the worker, and so its tab.
 * `pageProblems`: everything that went wrong on the page while a test ran; the test fails if it is not empty.
 */
export const test = base.extend<{ pageProblems: string[] }, { workerPage: Page }>({
    workerPage: [
        async ({ browser }, use, workerInfo) => {
            // The context options of playwright.config.ts `use` (a worker-scoped page does not get them by itself).
            const { viewport, baseURL, acceptDownloads, locale, timezoneId } = workerInfo.project.use;
            const context = await browser.newContext({ viewport, baseURL, acceptDownloads, locale, timezoneId });
            await use(await context.newPage());
            await context.close();
        },
        { scope: 'worker' }
    ],
    page: async ({ workerPage }, use) => {
        await use(workerPage);
        // Leave the tab empty: nothing of this test's page runs while the next test starts.
        await workerPage.goto('about:blank');
    },
    pageProblems: [
        async ({ page }, use) => {
            const problems: string[] = [];
            const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
            const onConsole = (message: ConsoleMessage) => {
                if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
            };
            const onRequestFailed = (request: Request) => {
                // A download started by the page is not a failed page resource.
                if (!request.url().startsWith('blob:') && !request.url().startsWith('data:')) {
                    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
                }
            };
            const onResponse = (response: Response) => {
                if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
            };
            page.on('pageerror', onPageError);
            page.on('console', onConsole);
            page.on('requestfailed', onRequestFailed);
            page.on('response', onResponse);
            try {
                await use(problems);
            } finally {
                page.off('pageerror', onPageError);
                page.off('console', onConsole);
                page.off('requestfailed', onRequestFailed);
                page.off('response', onResponse);
            }
            expect(problems, 'the page logged errors').toEqual([]);
        },
        { auto: true }
    ]
});

export { expect };

/** Opens the preview on one scenario and waits until the page has mounted the tab. */
export async function openScenario(page: Page, id: string): Promise<void> {
    await page.goto(`/?scenario=${encodeURIComponent(id)}`);
    await expect(page.locator('body')).toHaveAttribute('data-preview-state', 'mounted');
    await expect(page.locator('body')).toHaveAttribute('data-scenario', id);
}

/** Opens one of the tab's sections (lightning-tabset) by its label, e.g. label('JSR_Tab_Apps'). */
export async function openSection(page: Page, labelName: string): Promise<void> {
    const tab = page.getByRole('tab', { name: label(labelName), exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
}
