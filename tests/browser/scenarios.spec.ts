// Every sample org, loaded once and gone through as an admin would: header, verdict per way of connecting, app
// cards with the My Domain install link, findings, the error decoder, every sample user through "Check a user",
// and, in one org, the exports before and after a user check. One page load per org keeps the tests fast on 2 cores.
import { evaluateSnapshot } from '../../force-app/main/default/lwc/jsrEngine/jsrEngine';
import {
    KNOWN_ERRORS,
    expectApps,
    expectErrorDecoder,
    expectExports,
    expectFindings,
    expectHeader,
    expectPlan,
    expectOtherApps,
    expectSignInBlockers,
    expectSignInTrend,
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
        'prod-reader-lacks-customize-application',
        'prod-frozen-and-ip-refused'
    ]) {
        expect(ids).toContain(id);
    }
    expect(SCENARIOS.filter((scenario) => scenario.users.length > 0).length).toBeGreaterThan(3);
});

/**
 * Where the exports (before and after a user check), the search field's own behaviour and every known error are
 * checked in full. What they add over the other orgs does not depend on the org: the downloads carry the engine's
 * reportToMarkdown/reportToCsv of the report on screen (those functions are unit-tested in Jest), and the search
 * field is one component. Every org still gets every sample user checked and two of the errors (in turn, so each
 * error is decoded against several orgs); this keeps the tests fast on 2 cores.
 */
const FULL_CHECK_ORG = 'prod-nothing-installed';

test('the org checked in full has sample users, so its exports include one', () => {
    expect(SCENARIOS.find((scenario) => scenario.id === FULL_CHECK_ORG)?.users.length).toBeGreaterThan(0);
});

SCENARIOS.forEach((scenario, index) => {
    const full = scenario.id === FULL_CHECK_ORG;
    const decoderInputs = full
        ? KNOWN_ERRORS
        : [KNOWN_ERRORS[index % KNOWN_ERRORS.length]!, KNOWN_ERRORS[(index + 1) % KNOWN_ERRORS.length]!];
    test(`sample org ${scenario.id}`, async ({ page }) => {
        const snapshot = snapshotOf(scenario.id);
        const report = evaluateSnapshot(snapshot);
        await openScenario(page, scenario.id);

        await test.step('header: org, production or sandbox, overall verdict, counts, start here, My Domain', () =>
            expectHeader(page, report));
        await test.step('overview: the action plan first', () => expectPlan(page, report));
        await test.step('ways of connecting: verdict, summary and reason chain each', () => expectWays(page, report));
        await test.step('apps: install state, who can connect, install link from My Domain', async () => {
            const installLinks = await expectApps(page, snapshot, report);
            if (report.apps.some((app) => app.installLink)) expect(installLinks).toBeGreaterThan(0);
        });
        await test.step('findings per severity', () => expectFindings(page, report));
        await test.step('frozen users and refused sign-ins, by profile', () => expectSignInBlockers(page, report));
        await test.step('other connected apps, worst first', () => expectOtherApps(page, report));
        await test.step('failed Jetstream sign-ins per day: the chart and its summary', () => expectSignInTrend(page, report));
        await test.step('error decoder: known, unknown and empty input', async () => {
            const linksToThisOrg = await expectErrorDecoder(page, snapshot, decoderInputs);
            // Nothing installed: the decoder's fix must link to this org's install page.
            if (full) expect(linksToThisOrg).toBeGreaterThan(0);
        });
        if (full) {
            await test.step('export before a user check: Markdown and CSV downloads', () => expectExports(page, report, null));
        }
        if (scenario.users.length > 0) {
            const userReport = await test.step(`check each of the ${scenario.users.length} sample users`, () =>
                expectUserCheck(page, scenario, snapshot, { withSearchField: full }));
            if (full) {
                await test.step('export after a user check: Markdown (with that user) and CSV downloads', () =>
                    expectExports(page, report, userReport));
            }
        }
    });
});
