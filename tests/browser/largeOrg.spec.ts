// The generated 100k-user org (npm run generate:large at build time, not committed): the tab renders the same
// header, ways, apps and findings as for the small samples, from the snapshot the preview serves.
import { evaluateSnapshot, parseSnapshot } from '../../force-app/main/default/lwc/jsrEngine/jsrEngine';
import { expectApps, expectFindings, expectHeader, expectPlan, expectWays } from './adminView';
import { expect, openScenario, test } from './preview';

interface ManifestEntry {
    id: string;
    snapshotUrl: string;
    generated: boolean;
}

test('the generated large org (100k users) renders header, ways, apps and findings', async ({ page }) => {
    const manifest = (await (await page.request.get('/scenarios.json')).json()) as { scenarios: ManifestEntry[] };
    const large = manifest.scenarios.find((scenario) => scenario.generated);
    expect(large?.id, 'the preview build generated the large scenario').toBe('large');
    const snapshot = parseSnapshot(await (await page.request.get(`/${large!.snapshotUrl}`)).text());
    // At the reader's caps: 3,000 permission sets read, API Enabled ones sent as counts, bypass and admin holders in full.
    expect(snapshot.permissionHolders.data?.apiEnabled.holders).toBeGreaterThanOrEqual(1000);
    expect(snapshot.permissionHolders.data?.holders.length).toBeGreaterThanOrEqual(100);
    const report = evaluateSnapshot(snapshot);

    await openScenario(page, 'large');
    await expectHeader(page, report);
    await expectPlan(page, report);
    await expectWays(page, report);
    await expectApps(page, snapshot, report);
    await expectFindings(page, report);
});
