import { createElement } from 'lwc';
import getSnapshot from '@salesforce/apex/JSR_ReadinessController.getSnapshot';
import getActivity from '@salesforce/apex/JSR_ReadinessController.getActivity';
import searchUsers from '@salesforce/apex/JSR_ReadinessController.searchUsers';
import getUserFacts from '@salesforce/apex/JSR_ReadinessController.getUserFacts';
import { activityOf, evaluateSnapshot, parseSnapshot, withoutActivity } from 'c/jsrEngine';
import JsrReadinessTab from '../jsrReadinessTab';
import { SEARCH_DEBOUNCE_MS } from '../../jsrUserCheck/jsrUserCheck';
import { flushPromises, loadReport, queryAllDeep, queryDeep, resetDom, scenario, snapshotJson, textOf, userFactsJson } from 'test-kit';
import { generateLargeSnapshot } from 'samples/build/largeOrg';

jest.mock('@salesforce/apex/JSR_ReadinessController.getSnapshot', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/JSR_ReadinessController.getActivity', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/JSR_ReadinessController.searchUsers', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/JSR_ReadinessController.getUserFacts', () => ({ default: jest.fn() }), { virtual: true });

const mockGetSnapshot = getSnapshot as unknown as jest.Mock<Promise<string>, []>;
const mockGetActivity = getActivity as unknown as jest.Mock<Promise<string>, []>;
const mockSearchUsers = searchUsers as unknown as jest.Mock<Promise<string>, [{ searchTerm: string }]>;
const mockGetUserFacts = getUserFacts as unknown as jest.Mock<Promise<string>, [{ userId: string }]>;

const ID = 'prod-nothing-installed';

async function renderTab(): Promise<HTMLElement> {
    const element = createElement('c-jsr-readiness-tab', { is: JsrReadinessTab });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function section(element: HTMLElement, id: string): HTMLElement {
    const found = element.shadowRoot!.querySelector<HTMLElement>(`c-jsr-section[data-section="${id}"]`);
    if (!found) throw new Error(`no section ${id}`);
    return found;
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-readiness-tab', () => {
    beforeEach(() => {
        // The activity call answers with the frozen users and refused sign-ins of whatever getSnapshot answered (a sample
        // org holds both), as the org would.
        mockGetActivity.mockImplementation(async () => {
            const results = mockGetSnapshot.mock.results;
            const core = (await results[results.length - 1]?.value) as string;
            return JSON.stringify(activityOf(parseSnapshot(core)));
        });
    });

    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it('reads the org once and shows every section of the report', async () => {
        mockGetSnapshot.mockResolvedValue(snapshotJson(ID));
        const element = await renderTab();
        const report = loadReport(ID);
        expect(mockGetSnapshot).toHaveBeenCalledTimes(1);
        expect(textOf(queryDeep(element, 'h1'))).toBe('Jetstream Readiness');
        expect(textOf(queryDeep(element, '.org-name'))).toBe(report.org.name);
        expect(textOf(queryDeep(element, '.org-type'))).toBe('Production');
        const tabs = Array.from(element.shadowRoot!.querySelectorAll<HTMLElement & { label: string }>('lightning-tab')).map(
            (tab) => tab.label
        );
        expect(tabs).toEqual([
            'Overview',
            'Findings',
            'Apps',
            'Other apps',
            'Bypass permissions',
            'Frozen and refused',
            'Check a user',
            'Sandbox refresh',
            'Troubleshoot an error',
            'Export'
        ]);
        // The Overview opens with the plan, then the ways; the header's start here is the plan's first step.
        expect(queryAllDeep(element, 'li.step').map((step) => step.dataset.step)).toEqual(report.plan.map((step) => step.id));
        expect(textOf(queryDeep(element, '.start-title'))).toBe(report.plan[0]?.title);
        expect(queryAllDeep(element, '.way').map((way) => way.dataset.way)).toEqual(report.ways.map((way) => way.way));
        expect(queryAllDeep(element, 'article.app-card')).toHaveLength(report.apps.length);
        expect(textOf(queryDeep(element, '.frozen-summary'))).toBe(report.signInBlockers.frozen.summary);
        expect(queryAllDeep(element, 'a.install-link').map((link) => link.getAttribute('href'))).toContain(
            'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF'
        );
        expect(queryDeep(element, '.no-gaps')).not.toBeNull();
        expect(queryDeep(element, 'a.markdown')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('.load-error')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('reads the activity call beside the snapshot; when it fails, only its sections say so', async () => {
        const id = 'prod-frozen-and-ip-refused';
        mockGetSnapshot.mockResolvedValue(snapshotJson(id));
        let element = await renderTab();
        expect(mockGetActivity).toHaveBeenCalledTimes(1);
        expect(textOf(queryDeep(element, '.frozen-summary'))).toBe(loadReport(id).signInBlockers.frozen.summary);
        resetDom();
        mockGetActivity.mockRejectedValue({ body: { message: 'Apex CPU time limit exceeded' } });
        element = await renderTab();
        expect(element.shadowRoot!.querySelector('.load-error')).toBeNull();
        expect(textOf(queryDeep(element, '.frozen-summary'))).toBe(
            'Cannot determine who is frozen: Frozen users, refused sign-ins and the apps in use could not be read: Apex CPU time limit exceeded.'
        );
        expect(queryAllDeep(element, 'article.app-card')).toHaveLength(loadReport(id).apps.length);
    });

    it('gives the first verdict from getSnapshot alone, then adds the other apps and the chart from the activity call', async () => {
        const id = 'prod-tokens-uninstalled-apps';
        const full = JSON.parse(snapshotJson(id)) as Parameters<typeof withoutActivity>[0];
        let answer: (json: string) => void = () => undefined;
        mockGetSnapshot.mockResolvedValue(JSON.stringify(withoutActivity(full)));
        mockGetActivity.mockReturnValue(new Promise<string>((resolve) => (answer = resolve)));
        const element = await renderTab();
        const report = loadReport(id);
        expect([mockGetSnapshot.mock.calls.length, mockGetActivity.mock.calls.length]).toEqual([1, 1]);
        expect(textOf(queryDeep(element, '.start-title'))).toBe(report.plan[0]?.title);
        expect(textOf(queryDeep(section(element, 'otherApps'), '.activity-loading p'))).toBe(
            'Reading the apps in use and the sign-ins per day…'
        );
        expect(queryAllDeep(element, 'table.other-apps')).toHaveLength(0);

        answer(JSON.stringify(activityOf(full)));
        await flushPromises();
        expect(queryAllDeep(element, 'table.other-apps tbody th').map((cell) => textOf(cell))).toEqual(
            report.otherApps.rows.map((row) => row.appName)
        );
        // Nobody here is frozen or refused: the activity leaves Jetstream's verdict as getSnapshot gave it.
        expect(textOf(queryDeep(element, '.start-title'))).toBe(report.plan[0]?.title);
        expect(textOf(queryDeep(section(element, 'signInTrend'), '.summary'))).toBe(report.signInTrend.summary);
        // The snapshot to keep holds both calls' data.
        const download = queryDeep(element, 'a.snapshot')!;
        const saved = JSON.parse(
            decodeURIComponent(download.getAttribute('href')!.replace(/^data:application\/json;charset=utf-8,/, ''))
        ) as unknown;
        expect(saved).toEqual(full);
        expect(download.getAttribute('download')).toBe('jetstream-readiness-stark-logistics-2026-11-28-snapshot.json');
        await expect(element).toBeAccessible();
    });

    it('keeps the verdict when the activity call fails, and says why in its sections only', async () => {
        mockGetSnapshot.mockResolvedValue(snapshotJson('prod-admin-approved-no-grants'));
        mockGetActivity.mockRejectedValue({ body: { message: 'Too many query rows: 50001' } });
        const element = await renderTab();
        expect(element.shadowRoot!.querySelector('.load-error')).toBeNull();
        expect(textOf(queryDeep(section(element, 'otherApps'), '.summary'))).toBe(
            'The other connected apps could not be read: Frozen users, refused sign-ins and the apps in use could not be read: Too many query rows: 50001'
        );
        expect(textOf(queryDeep(section(element, 'signInTrend'), '.summary'))).toBe(
            'Failed sign-ins per day could not be read: Frozen users, refused sign-ins and the apps in use could not be read: Too many query rows: 50001'
        );
        expect(textOf(queryDeep(element, '.start-title'))).toBe(loadReport('prod-admin-approved-no-grants').plan[0]?.title);
    });

    it('tells a reader without Customize Application what it cannot read', async () => {
        const id = 'prod-reader-lacks-customize-application';
        mockGetSnapshot.mockResolvedValue(snapshotJson(id));
        const element = await renderTab();
        const gaps = queryAllDeep(element, '.gap').map((gap) => gap.dataset.permission);
        expect(gaps).toEqual(loadReport(id).readerGaps.map((gap) => gap.permission));
        expect(gaps).toContain('PermissionsCustomizeApplication');
        await expect(element).toBeAccessible();
    });

    it('reads what it can without View Setup: names the gaps and says "Cannot determine" where it could not read', async () => {
        const id = 'prod-reader-without-view-setup';
        mockGetSnapshot.mockResolvedValue(snapshotJson(id));
        const element = await renderTab();
        const report = loadReport(id);
        expect(queryAllDeep(element, '.gap').map((gap) => gap.dataset.permission)).toEqual(report.readerGaps.map((gap) => gap.permission));
        expect(report.readerGaps.map((gap) => gap.permission)).toContain('PermissionsViewSetup');
        const web = queryDeep(element, '.way[data-way="web"]')!;
        expect(report.ways.find((way) => way.way === 'web')!.verdict).toBe('cannotDetermine');
        expect(textOf(web)).toContain('Cannot determine');
        expect(queryAllDeep(element, '.undeterminable')).toHaveLength(2);
        const grantsUnknown = queryAllDeep(element, '.grants-unknown').map(textOf);
        expect(grantsUnknown).toHaveLength(report.apps.length);
        expect(grantsUnknown[0]).toBe('Cannot determine which profiles, permission sets and groups are granted this app.');
        expect(queryAllDeep(element, '.grants-empty')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('shows the Apex error, keeps the header and the error decoder, and marks the other sections unavailable', async () => {
        mockGetSnapshot.mockRejectedValue({ body: { message: 'You do not have access to the Apex class named: JSR_ReadinessController' } });
        const element = await renderTab();
        const alert = element.shadowRoot!.querySelector('.load-error')!;
        expect(alert.getAttribute('role')).toBe('alert');
        expect(textOf(alert.querySelector('h2'))).toBe('The org could not be read');
        expect(textOf(alert.querySelector('.load-error-message'))).toBe(
            'You do not have access to the Apex class named: JSR_ReadinessController'
        );
        expect(textOf(queryDeep(element, 'h1'))).toBe('Jetstream Readiness');
        for (const id of ['plan', 'ways', 'findings', 'apps', 'bypass', 'userCheck', 'sandbox', 'export']) {
            expect(textOf(section(element, id).shadowRoot!.querySelector('.section-unavailable'))).toBe(
                'Not available: the org has not been read.'
            );
        }
        expect(section(element, 'decoder').shadowRoot!.querySelector('c-jsr-error-decoder')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('names the JSON path when Apex returns a snapshot it cannot use', async () => {
        const wrongVersion = JSON.parse(snapshotJson(ID)) as Record<string, unknown>;
        wrongVersion.schemaVersion = 1;
        mockGetSnapshot.mockResolvedValue(JSON.stringify(wrongVersion));
        const element = await renderTab();
        expect(textOf(element.shadowRoot!.querySelector('.load-error h2'))).toBe('The org could not be read');
        expect(textOf(element.shadowRoot!.querySelector('.load-error-message'))).toMatch(/schemaVersion/);

        mockGetSnapshot.mockResolvedValue('{ not json');
        queryDeep(element, 'lightning-button.refresh')!.click();
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.load-error-message')).length).toBeGreaterThan(0);
    });

    it('shows a loading state first', async () => {
        mockGetSnapshot.mockReturnValue(new Promise<string>(() => undefined));
        const element = await renderTab();
        expect(textOf(queryDeep(element, '.reading'))).toBe('Reading the org…');
        expect(section(element, 'apps').shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('reads the org again on Refresh and keeps the previous data when the refresh fails', async () => {
        mockGetSnapshot.mockResolvedValueOnce(snapshotJson(ID));
        const element = await renderTab();
        mockGetSnapshot.mockRejectedValueOnce(new Error('Apex CPU time limit exceeded'));
        queryDeep(element, 'lightning-button.refresh')!.click();
        await flushPromises();
        expect(mockGetSnapshot).toHaveBeenCalledTimes(2);
        expect(textOf(element.shadowRoot!.querySelector('.load-error-message'))).toBe('Apex CPU time limit exceeded');
        expect(textOf(element.shadowRoot!.querySelector('.showing-previous'))).toBe(
            'The page still shows the data read before this refresh.'
        );
        expect(queryAllDeep(element, 'article.app-card').length).toBeGreaterThan(0);

        mockGetSnapshot.mockResolvedValueOnce(snapshotJson('sandbox-not-installed'));
        queryDeep(element, 'lightning-button.refresh')!.click();
        await flushPromises();
        expect(element.shadowRoot!.querySelector('.load-error')).toBeNull();
        expect(textOf(queryDeep(element, '.org-type'))).toBe('Sandbox');
        await expect(element).toBeAccessible();
    });

    it('adds the user checked in "Check a user" to the Markdown export', async () => {
        const id = 'prod-admin-approved-no-grants';
        const user = scenario(id).users[0]!;
        mockGetSnapshot.mockResolvedValue(snapshotJson(id));
        mockSearchUsers.mockResolvedValue(JSON.stringify([user.search]));
        mockGetUserFacts.mockResolvedValue(userFactsJson(user));
        const element = await renderTab();
        const search = queryDeep(element, 'lightning-input.search') as HTMLElement & { value: string };
        search.value = user.search.name;
        search.dispatchEvent(new CustomEvent('change', { detail: { value: user.search.name } }));
        await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
        await flushPromises();
        queryDeep(element, 'button.result')!.click();
        await flushPromises();
        expect(textOf(queryDeep(element, '.included-user'))).toBe(
            `The report includes the user you checked: ${user.search.name} (${user.search.username}).`
        );
    });

    it('renders a large org (100k users, 5k holders, 2,500 tokens) one page of 25 rows per table, with totals from the report', async () => {
        const snapshot = generateLargeSnapshot();
        mockGetSnapshot.mockResolvedValue(JSON.stringify(snapshot));
        const started = Date.now();
        const element = await renderTab();
        const elapsed = Date.now() - started;
        const report = evaluateSnapshot(snapshot);
        const approve = report.bypassPermissions.find((p) => p.permission === 'canApproveUninstalledApps')!;
        expect(approve.holders.length).toBeGreaterThan(25);
        const holderTables = queryAllDeep(element, 'table.holders');
        expect(holderTables.length).toBeGreaterThan(0);
        for (const table of holderTables) expect(table.querySelectorAll('tbody tr').length).toBeLessThanOrEqual(25);
        for (const table of queryAllDeep(element, 'table.grants'))
            expect(table.querySelectorAll('tbody tr').length).toBeLessThanOrEqual(25);
        const ranges = queryAllDeep(element, '.range').map(textOf);
        expect(ranges).toContain(`1–25 of ${approve.holders.length.toLocaleString('en-US')}`);
        expect(textOf(queryDeep(element, '.permission[data-permission="canApproveUninstalledApps"] .total'))).toBe(
            `Active users holding it: ${approve.totalActiveAssignees.toLocaleString('en-US')}`
        );
        // Whole tab, every section rendered at once (Jest renders every lightning-tab): a generous bound that only a
        // table rendering all its rows would break on this 2-core machine.
        expect(elapsed).toBeLessThan(15_000);
    });
});
