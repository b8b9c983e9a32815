// The page around the tab: the scenario picker and the ?scenario= parameter.
import { SCENARIOS, expect, openScenario, test } from './preview';

test('the picker lists every sample org and switches to the one chosen', async ({ page }) => {
    const first = SCENARIOS[0]!;
    const last = SCENARIOS[SCENARIOS.length - 1]!;
    await openScenario(page, first.id);
    const picker = page.getByLabel('Sample org');
    for (const scenario of SCENARIOS) {
        await expect(picker.locator(`option[value="${scenario.id}"]`)).toHaveText(scenario.title);
    }
    await expect(picker).toHaveValue(first.id);
    await expect(page.locator('#scenario-description')).toHaveText(first.description);

    await picker.selectOption(last.id);
    await expect(page).toHaveURL(new RegExp(`[?&]scenario=${last.id}$`));
    await expect(page.locator('body')).toHaveAttribute('data-scenario', last.id);
    await expect(page.getByLabel('Sample org')).toHaveValue(last.id);
    await expect(page.locator('c-jsr-readiness-tab')).toHaveCount(1);
});

test('without ?scenario the first sample org is shown', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('body')).toHaveAttribute('data-scenario', SCENARIOS[0]!.id);
    await expect(page.locator('c-jsr-readiness-tab')).toHaveCount(1);
});

test('an unknown ?scenario says so and names the known ones instead of showing a tab', async ({ page }) => {
    await page.goto('/?scenario=no-such-org');
    const problem = page.getByRole('alert').filter({ hasText: 'Unknown scenario' });
    await expect(problem).toContainText('"no-such-org"');
    await expect(problem).toContainText(SCENARIOS[0]!.id);
    await expect(page.locator('c-jsr-readiness-tab')).toHaveCount(0);
});
