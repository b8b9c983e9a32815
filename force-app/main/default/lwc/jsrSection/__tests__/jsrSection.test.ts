import { createElement } from 'lwc';
import type { OrgSnapshot, ReadinessReport } from 'c/jsrEngine';
import JsrSection from '../jsrSection';
import type { SectionId } from '../jsrSection';
import { flushPromises, loadReport, loadSnapshot, queryDeep, resetDom, textOf } from 'test-kit';

type SectionElement = HTMLElement & {
    section: SectionId;
    report: ReadinessReport | null;
    snapshot: OrgSnapshot | null;
    loading: boolean;
    busy: boolean;
};

const SCENARIO = 'prod-nothing-installed';

function render(props: Partial<Pick<SectionElement, 'section' | 'report' | 'snapshot' | 'loading' | 'busy'>>): SectionElement {
    const element = createElement('c-jsr-section', { is: JsrSection }) as SectionElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-section', () => {
    let consoleError: jest.SpyInstance;
    beforeEach(() => {
        // The boundary test provokes a render error on purpose; LWC logs it.
        consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    });
    afterEach(() => {
        consoleError.mockRestore();
        resetDom();
    });

    it.each([
        ['ways', 'Ways of connecting to Jetstream', 'c-jsr-ways'],
        ['findings', 'Findings', 'c-jsr-findings'],
        ['apps', 'Jetstream apps in this org', 'c-jsr-apps'],
        ['otherApps', 'Other connected apps', 'c-jsr-other-apps'],
        ['signInTrend', 'Failed Jetstream sign-ins per day', 'c-jsr-sign-in-trend'],
        ['bypass', 'Who holds the bypass permissions', 'c-jsr-bypass-holders'],
        ['userCheck', 'Check a user', 'c-jsr-user-check'],
        ['sandbox', 'Sandbox refresh', 'c-jsr-sandbox-refresh'],
        ['decoder', 'Troubleshoot an error', 'c-jsr-error-decoder'],
        ['export', 'Export the report', 'c-jsr-export']
    ] as const)('renders the %s section under its heading', async (section, heading, child) => {
        const element = render({ section, report: loadReport(SCENARIO), snapshot: loadSnapshot(SCENARIO) });
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('h2'))).toBe(heading);
        expect(element.shadowRoot!.querySelector(child)).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('renders the header and the reader gaps without a section heading', async () => {
        const header = render({ section: 'header', report: loadReport(SCENARIO) });
        const gaps = render({ section: 'readerGaps', report: loadReport(SCENARIO) });
        await flushPromises();
        expect(header.shadowRoot!.querySelector('h2')).toBeNull();
        expect(header.shadowRoot!.querySelector('c-jsr-header')).not.toBeNull();
        expect(gaps.shadowRoot!.querySelector('c-jsr-reader-gaps')).not.toBeNull();
    });

    it('shows a loading state while the org is read for the first time', async () => {
        const element = render({ section: 'apps', report: null, loading: true });
        await flushPromises();
        const status = element.shadowRoot!.querySelector('[role="status"]');
        expect(status).not.toBeNull();
        expect(textOf(status)).toBe('Loading…');
        expect(element.shadowRoot!.querySelector('c-jsr-apps')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says the section is not available when the org could not be read', async () => {
        const element = render({ section: 'findings', report: null, loading: false });
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.section-unavailable'))).toBe('Not available: the org has not been read.');
        await expect(element).toBeAccessible();
    });

    it('keeps the error decoder usable without any org data', async () => {
        const element = render({ section: 'decoder', report: null, loading: false });
        await flushPromises();
        expect(element.shadowRoot!.querySelector('c-jsr-error-decoder')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('.section-unavailable')).toBeNull();
    });

    it('contains a rendering failure in its own section and recovers with the next report', async () => {
        const good = loadReport(SCENARIO);
        const broken = { ...good, apps: [{ catalogName: 'Broken' }] } as unknown as ReadinessReport;
        const element = render({ section: 'apps', report: broken });
        await flushPromises();
        const alert = element.shadowRoot!.querySelector('.section-error');
        expect(alert).not.toBeNull();
        expect(alert!.getAttribute('role')).toBe('alert');
        expect(textOf(alert)).toContain('This section could not be shown');
        expect(textOf(alert!.querySelector('.error-message')).length).toBeGreaterThan(0);
        expect(textOf(element.shadowRoot!.querySelector('h2'))).toBe('Jetstream apps in this org');
        await expect(element).toBeAccessible();

        element.report = good;
        await flushPromises();
        expect(element.shadowRoot!.querySelector('.section-error')).toBeNull();
        expect(element.shadowRoot!.querySelector('c-jsr-apps')).not.toBeNull();
    });

    it('passes the header refresh request on to the tab', async () => {
        const element = render({ section: 'header', report: loadReport(SCENARIO) });
        const refresh = jest.fn();
        element.addEventListener('refresh', refresh);
        await flushPromises();
        queryDeep(element, 'lightning-button.refresh')!.click();
        expect(refresh).toHaveBeenCalledTimes(1);
    });
});
