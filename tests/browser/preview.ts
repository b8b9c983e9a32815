// Shared pieces of the browser tests: a `test` that fails on any page error, console error or failed request,
// the sample scenarios read from fixtures/ (the same files the preview serves), and navigation helpers.
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrgSnapshot, UserFacts, UserSearchResult } from '../../force-app/main/default/lwc/readinessEngine/snapshot';

const FIXTURES_DIR = join(__dirname, '../../fixtures');

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
    if (!found) throw new Error(`fixtures/scenarios.json has no scenario ${id}`);
    return found;
}

export function snapshotOf(id: string): OrgSnapshot {
    return JSON.parse(readFileSync(join(FIXTURES_DIR, scenario(id).snapshot), 'utf8')) as OrgSnapshot;
}

export function userFactsOf(file: string): UserFacts {
    return JSON.parse(readFileSync(join(FIXTURES_DIR, file), 'utf8')) as UserFacts;
}

/** Everything that went wrong on the page while a test ran; the test fails if it is not empty. */
export const test = base.extend<{ pageProblems: string[] }>({
    pageProblems: [
        async ({ page }, use) => {
            const problems: string[] = [];
            page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
            page.on('console', (message) => {
                if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
            });
            page.on('requestfailed', (request) => {
                // A download started by the page is not a failed page resource.
                if (!request.url().startsWith('blob:') && !request.url().startsWith('data:')) {
                    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
                }
            });
            page.on('response', (response) => {
                if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
            });
            await use(problems);
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
