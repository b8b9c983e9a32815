// Every sample org, loaded once and gone through as an admin would: header, verdict per way of connecting, app
// cards with the My Domain install link, findings, the error decoder, every sample user through "Check a user",
// and the exports (before and after a user check). One page load per org keeps the gate fast on 2 cores.
import { evaluateSnapshot } from '../../force-app/main/default/lwc/readinessEngine/readinessEngine';
import {
    KNOWN_ERRORS,
    expectApps,
    expectErrorDecoder,
    expectExports,
    expectFindings,
    expectHeader,
    expectUserCheck,
    expectWays
} from './adminView';
import { SCENARIOS, expect, openScenario, snapshotOf, test } from './preview';

test('the fixtures hold the sample orgs the brief names, with users to check', () => {
    const ids = SCENARIOS.map((scenario) => scenario.id);
    for (const id of [
        'prod-nothing-installed',
        'prod-all-installed-self-authorize',
        'prod-admin-approved-no-grants',
        'prod-admin-approved-with-grants',
        'sandbox-not-installed',
        'prod-tokens-uninstalled-apps',
        'prod-approve-field-missing',
        'prod-reader-lacks-customize-application'
    ]) {
        expect(ids).toContain(id);
    }
    expect(SCENARIOS.filter((scenario) => scenario.users.length > 0).length).toBeGreaterThan(3);
});

/** Where the no-user export and every known error are checked in full; elsewhere each org gets two of the errors
 * (in turn, so each error is decoded against several orgs) and one export, to keep the gate fast. */
const FULL_CHECK_ORG = 'prod-nothing-installed';

SCENARIOS.forEach((scenario, index) => {
    const full = scenario.id === FULL_CHECK_ORG;
    const decoderInputs = full
        ? KNOWN_ERRORS
        : [KNOWN_ERRORS[index % KNOWN_ERRORS.length]!, KNOWN_ERRORS[(index + 1) % KNOWN_ERRORS.length]!];
    test(`sample org ${scenario.id}`, async ({ page }) => {
        const snapshot = snapshotOf(scenario.id);
        const report = evaluateSnapshot(snapshot);
        await openScenario(page, scenario.id);

        await test.step('header: org, production or sandbox, overall status, score, My Domain', () => expectHeader(page, report));
        await test.step('ways of connecting: verdict, summary and reason chain each', () => expectWays(page, report));
        await test.step('apps: install state, who can connect, install link from My Domain', async () => {
            const installLinks = await expectApps(page, snapshot, report);
            if (report.apps.some((app) => app.installLink)) expect(installLinks).toBeGreaterThan(0);
        });
        await test.step('findings per severity', () => expectFindings(page, report));
        await test.step('error decoder: known, unknown and empty input', async () => {
            const linksToThisOrg = await expectErrorDecoder(page, snapshot, decoderInputs);
            // Nothing installed: the decoder's fix must link to this org's install page.
            if (full) expect(linksToThisOrg).toBeGreaterThan(0);
        });
        if (full || scenario.users.length === 0) {
            await test.step('export before a user check: Markdown and CSV downloads', () => expectExports(page, report, null));
        }
        if (scenario.users.length > 0) {
            const userReport = await test.step(`check each of the ${scenario.users.length} sample users`, () =>
                expectUserCheck(page, scenario, snapshot));
            await test.step('export after a user check: Markdown (with that user) and CSV downloads', () =>
                expectExports(page, report, userReport));
        }
    });
});
