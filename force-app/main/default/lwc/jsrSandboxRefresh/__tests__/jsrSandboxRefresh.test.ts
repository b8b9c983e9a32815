import { createElement } from 'lwc';
import type { SandboxRefreshView } from 'c/jsrEngine';
import JsrSandboxRefresh from '../jsrSandboxRefresh';
import { clone, flushPromises, loadReport, loadSnapshot, queryDeep, resetDom, textOf } from 'test-kit';

type SandboxElement = HTMLElement & { sandboxRefresh: SandboxRefreshView | null };

function render(view: SandboxRefreshView): SandboxElement {
    const element = createElement('c-jsr-sandbox-refresh', { is: JsrSandboxRefresh }) as SandboxElement;
    element.sandboxRefresh = view;
    document.body.appendChild(element);
    return element;
}

function expectShown(element: SandboxElement, view: SandboxRefreshView): void {
    const root = element.shadowRoot!;
    expect(textOf(root.querySelector('.summary'))).toBe(view.summary);
    expect(Array.from(root.querySelectorAll('.checklist li')).map(textOf)).toEqual(view.checklist);
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-sandbox-refresh', () => {
    afterEach(resetDom);

    it('explains what a refresh does to a sandbox without the install, with the checklist', async () => {
        const view = loadReport('sandbox-not-installed').sandboxRefresh;
        expect(view.isSandbox).toBe(true);
        expect(view.checklist.length).toBeGreaterThan(0);
        const element = render(view);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.org-context'))).toBe('This org is a sandbox.');
        expectShown(element, view);
        await expect(element).toBeAccessible();
    });

    it('explains what every sandbox refresh inherits from this production org', async () => {
        const view = loadReport('prod-nothing-installed').sandboxRefresh;
        expect(view.isSandbox).toBe(false);
        const element = render(view);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.org-context'))).toBe('This org is a production org.');
        expectShown(element, view);
        await expect(element).toBeAccessible();
    });

    it('does not call the org production when whether it is a sandbox could not be read', async () => {
        const snapshot = clone(loadSnapshot('prod-nothing-installed'));
        snapshot.org = {
            status: 'unavailable',
            reason: 'No access',
            missingPermissions: [],
            missingFields: [],
            truncated: false,
            data: null
        };
        const view = loadReport('prod-nothing-installed', snapshot).sandboxRefresh;
        expect(view.isSandbox).toBeNull();
        const element = render(view);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.org-context'))).toBe('Org type unknown');
        expectShown(element, view);
        await expect(element).toBeAccessible();
    });

    it('says there is nothing to do when the checklist is empty', async () => {
        const view = { ...loadReport('prod-ready-least-privilege').sandboxRefresh, checklist: [] };
        const element = render(view);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.empty'))).toBe('Nothing to do before or after a refresh.');
        await expect(element).toBeAccessible();
    });
});

describe('c-jsr-sandbox-refresh: the choices and what a refresh does', () => {
    afterEach(resetDom);

    it('offers installing here now and in production before the next refresh, each with its trade-off and links', async () => {
        const view = loadReport('sandbox-not-installed').sandboxRefresh;
        const element = createElement('c-jsr-sandbox-refresh', { is: JsrSandboxRefresh }) as HTMLElement & { sandboxRefresh: typeof view };
        element.sandboxRefresh = view;
        document.body.appendChild(element);
        await flushPromises();
        const options = Array.from(element.shadowRoot!.querySelectorAll('.option'));
        expect(options.map((o) => textOf(o.querySelector('.option-title')))).toEqual(view.options.map((o) => o.title));
        expect(textOf(options[0]!.querySelector('.option-trade-off'))).toBe(view.options[0]!.tradeOff);
        expect(queryDeep(options[1]!, 'a.option-link')?.getAttribute('href')).toBe(view.options[1]!.links[0]!.url);
        expect(Array.from(element.shadowRoot!.querySelectorAll('.effects li')).map(textOf)).toEqual(view.refreshEffects);
        await expect(element).toBeAccessible();
    });
});
