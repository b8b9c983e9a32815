import { createElement } from 'lwc';
import type { ReadinessReport } from 'c/jsrEngine';
import JsrHeader from '../jsrHeader';
import { clone, flushPromises, loadReport, loadSnapshot, queryAllDeep, resetDom, textOf } from 'test-kit';

type HeaderElement = HTMLElement & { report: ReadinessReport | null; loading: boolean; busy: boolean };
type ButtonStub = HTMLElement & { label: string; disabled: boolean };

function render(props: Partial<Pick<HeaderElement, 'report' | 'loading' | 'busy'>>): HeaderElement {
    const element = createElement('c-jsr-header', { is: JsrHeader }) as HeaderElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-header', () => {
    afterEach(resetDom);

    it('shows the org, its type, the overall verdict with the counts, the plan’s first step and when the data was read', async () => {
        const report = loadReport('prod-admin-approved-no-grants');
        const element = render({ report });
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('h1'))).toBe('Jetstream Readiness');
        expect(textOf(root.querySelector('.org-name'))).toBe(report.org.name);
        expect(textOf(root.querySelector('.org-type'))).toBe('Production');
        expect(textOf(root.querySelector('.overall'))).toBe('Blocked');
        expect(root.querySelector('.overall')?.className).toContain('slds-theme_error');
        expect(textOf(root.querySelector('.counts'))).toBe(report.overall.countsLine);
        // "Start here" is the plan's first step, with its links.
        expect(textOf(root.querySelector('.start-title'))).toBe(report.plan[0]?.title);
        expect(textOf(root.querySelector('.start-why'))).toBe(report.plan[0]?.why);
        const links = queryAllDeep(root, 'a.start-link') as HTMLAnchorElement[];
        expect(links.map((a) => a.getAttribute('href'))).toEqual(report.plan[0]?.links.map((l) => l.url));
        expect(root.querySelector('.headline')).toBeNull();
        expect(root.querySelector('.score')).toBeNull();
        expect((root.querySelector('lightning-formatted-date-time') as HTMLElement & { value: string }).value).toBe(report.capturedAt);
        expect(textOf(root.querySelector('.my-domain'))).toBe('https://initech.my.salesforce.com');
        await expect(element).toBeAccessible();
    });

    it('a ready org with nothing to do says so instead of a first step', async () => {
        const element = render({ report: loadReport('prod-ready-least-privilege') });
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('.overall'))).toBe('Ready');
        expect(root.querySelector('.start-here')).toBeNull();
        expect(textOf(root.querySelector('.headline'))).toBe('Ready — every way of connecting this org uses works.');
    });

    it('says Sandbox for a sandbox', async () => {
        const element = render({ report: loadReport('sandbox-not-installed') });
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.org-type'))).toBe('Sandbox');
    });

    it('says what it could not read about the org when the org section is unavailable', async () => {
        const snapshot = clone(loadSnapshot('prod-nothing-installed'));
        snapshot.org = {
            status: 'unavailable',
            reason: 'Not readable',
            missingPermissions: [],
            missingFields: [],
            truncated: false,
            data: null
        };
        const report = loadReport('prod-nothing-installed', snapshot);
        const element = render({ report });
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('.org-name'))).toBe(report.org.name ?? 'Org name not readable');
        expect(textOf(root.querySelector('.org-type'))).toBe(
            report.org.isSandbox === null ? 'Org type unknown' : report.org.isSandbox ? 'Sandbox' : 'Production'
        );
        expect(report.org.name).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows that the org is being read and disables Refresh meanwhile', async () => {
        const element = render({ report: null, loading: true });
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('.reading'))).toBe('Reading the org…');
        expect((root.querySelector('lightning-button.refresh') as ButtonStub).disabled).toBe(true);
        expect(root.querySelector('.overall')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('keeps the last report visible while refreshing', async () => {
        const element = render({ report: loadReport('prod-nothing-installed'), busy: true });
        await flushPromises();
        expect(element.shadowRoot!.querySelector('.overall')).not.toBeNull();
        expect((element.shadowRoot!.querySelector('lightning-button.refresh') as ButtonStub).disabled).toBe(true);
    });

    it('asks the tab to read the org again when Refresh is clicked', async () => {
        const element = render({ report: loadReport('prod-nothing-installed') });
        const refresh = jest.fn();
        element.addEventListener('refresh', refresh);
        await flushPromises();
        const button = element.shadowRoot!.querySelector('lightning-button.refresh') as ButtonStub;
        expect(button.label).toBe('Refresh');
        expect(button.disabled).toBe(false);
        button.click();
        expect(refresh).toHaveBeenCalledTimes(1);
    });
});
