import { createElement } from 'lwc';
import type { AppVerdict } from 'c/jsrEngine';
import JsrApps from '../jsrApps';
import { flushPromises, loadReport, queryAllDeep, resetDom, textOf } from 'test-kit';

type AppsElement = HTMLElement & { apps: AppVerdict[] };

function render(apps: AppVerdict[]): AppsElement {
    const element = createElement('c-jsr-apps', { is: JsrApps }) as AppsElement;
    element.apps = apps;
    document.body.appendChild(element);
    return element;
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-apps', () => {
    afterEach(resetDom);

    it('shows one card per catalog app, in catalog order', async () => {
        const report = loadReport('prod-all-installed-self-authorize');
        const element = render(report.apps);
        await flushPromises();
        const cards = queryAllDeep(element, 'article.app-card');
        expect(cards.map((card) => card.dataset.catalogName)).toEqual(report.apps.map((app) => app.catalogName));
        expect(cards.map((card) => textOf(card.querySelector('h3')))).toEqual(report.apps.map((app) => app.label));
        expect(report.apps.map((app) => app.catalogName)).toEqual(
            expect.arrayContaining(['Jetstream_Web', 'Jetstream_Desktop', 'Jetstream_Auth', 'Jetstream_In_Org_Package'])
        );
        await expect(element).toBeAccessible();
    });

    it('says so when the catalog is empty', async () => {
        const element = render([]);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.empty'))).toBe('The catalog lists no apps to check.');
        await expect(element).toBeAccessible();
    });
});
