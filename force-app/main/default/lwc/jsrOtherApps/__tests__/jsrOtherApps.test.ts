import { createElement } from 'lwc';
import type { OtherAppsView } from 'c/jsrEngine';
import JsrOtherApps from '../jsrOtherApps';
import { clone, flushPromises, loadReport, queryAllDeep, resetDom, textOf } from 'test-kit';

type OtherAppsElement = HTMLElement & { view: OtherAppsView | null; loading: boolean };

function render(view: OtherAppsView | null, loading = false): OtherAppsElement {
    const element = createElement('c-jsr-other-apps', { is: JsrOtherApps }) as OtherAppsElement;
    element.view = view;
    element.loading = loading;
    document.body.appendChild(element);
    return element;
}

function column(element: OtherAppsElement, className: string): string[] {
    return Array.from(element.shadowRoot!.querySelectorAll(`table.other-apps tbody .${className}`)).map((cell) => textOf(cell));
}

async function sortBy(element: OtherAppsElement, key: string): Promise<void> {
    element.shadowRoot!.querySelector<HTMLElement>(`button.sort[data-key="${key}"]`)!.click();
    await flushPromises();
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-other-apps', () => {
    afterEach(resetDom);
    const stark = loadReport('prod-tokens-uninstalled-apps').otherApps;

    it('lists every other app worst first, with who will be refused and what to do', async () => {
        const element = render(stark);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.summary'))).toBe(stark.summary);
        expect(column(element, 'app')).toEqual([
            'Workbench',
            'Acme Field Sync',
            'Dataloader.io',
            'Salesforce CLI',
            'Gearset',
            'Salesforce for iOS'
        ]);
        expect(column(element, 'refused')).toEqual(['up to 4', 'up to 2', 'up to 1', '0', '–', '–']);
        expect(column(element, 'failed')).toEqual(['5', '0', '0', '0', '0', '0']);
        const acme = element.shadowRoot!.querySelectorAll('table.other-apps tbody tr')[1]!;
        expect(queryAllDeep(acme, 'a.app-link').map((a) => a.getAttribute('href'))).toEqual([
            'https://starklogistics.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci5x000000AcmE&app_org_id=00D5x000000AcmE',
            '/lightning/setup/ConnectedAppsUsage/home'
        ]);
        const badges = Array.from(element.shadowRoot!.querySelectorAll('tbody .slds-badge')).map((b) => [textOf(b), b.className]);
        expect(badges[0]).toEqual(['Not installed: users will be refused', 'slds-badge slds-theme_warning']);
        expect(badges[5]).toEqual(['Installed by Salesforce', 'slds-badge slds-theme_success']);
        expect(textOf(element.shadowRoot!.querySelector('.how-we-know summary'))).toBe('How we know');
        await expect(element).toBeAccessible();
    });

    it('sorts by any column and says so to screen readers', async () => {
        const element = render(stark);
        await flushPromises();
        const header = (key: string) => element.shadowRoot!.querySelector(`button.sort[data-key="${key}"]`)!.closest('th')!;
        expect(header('status').getAttribute('aria-sort')).toBe('ascending');
        await sortBy(element, 'users');
        expect(column(element, 'users')).toEqual(['4', '4', '2', '2', '1', '1']);
        expect([header('users').getAttribute('aria-sort'), header('status').getAttribute('aria-sort')]).toEqual(['descending', 'none']);
        await sortBy(element, 'appName');
        expect(column(element, 'app')[0]).toBe('Acme Field Sync');
        await sortBy(element, 'appName');
        expect(column(element, 'app')[0]).toBe('Workbench');
        await sortBy(element, 'lastUsed');
        expect(column(element, 'last-used')[0]).toBe('2026-11-28');
        expect(textOf(element.shadowRoot!.querySelector('button.sort[data-key="users"] .slds-assistive-text'))).toBe(
            ': Sort by Users with tokens'
        );
    });

    it('pages a large list 25 rows at a time', async () => {
        const many = clone(stark);
        many.rows = Array.from({ length: 60 }, (_, i) => ({ ...stark.rows[0]!, appName: `App ${String(i).padStart(2, '0')}` }));
        const element = render(many);
        await flushPromises();
        expect(column(element, 'app')).toHaveLength(25);
    });

    it('says it is reading while the activity call runs, and why it could not read the apps', async () => {
        const loading = render(stark, true);
        await flushPromises();
        expect(textOf(loading.shadowRoot!.querySelector('.activity-loading p'))).toBe('Reading the apps in use and the sign-ins per day…');
        expect(loading.shadowRoot!.querySelector('table')).toBeNull();
        resetDom();
        const unread = loadReport('prod-tokens-uninstalled-apps');
        const view = {
            ...unread.otherApps,
            readable: false,
            rows: [],
            summary: 'The other connected apps could not be read: The activity call failed: boom'
        };
        const element = render(view);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.summary'))).toBe(view.summary);
        expect(element.shadowRoot!.querySelector('table')).toBeNull();
    });
});
