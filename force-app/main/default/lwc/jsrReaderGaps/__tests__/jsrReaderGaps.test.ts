import { createElement } from 'lwc';
import type { ReadinessReport } from 'c/jsrEngine';
import JsrReaderGaps from '../jsrReaderGaps';
import { flushPromises, loadReport, resetDom, textOf } from 'test-kit';

type GapsElement = HTMLElement & { gaps: ReadinessReport['readerGaps'] };

function render(gaps: ReadinessReport['readerGaps']): GapsElement {
    const element = createElement('c-jsr-reader-gaps', { is: JsrReaderGaps }) as GapsElement;
    element.gaps = gaps;
    document.body.appendChild(element);
    return element;
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-reader-gaps', () => {
    afterEach(resetDom);

    it('names each permission the running user lacks and what it would let the page read', async () => {
        const report = loadReport('prod-reader-lacks-customize-application');
        expect(report.readerGaps.length).toBeGreaterThan(0);
        const element = render(report.readerGaps);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('h2'))).toBe('What your user cannot read');
        const items = Array.from(root.querySelectorAll<HTMLElement>('.gap'));
        expect(items.map((item) => item.dataset.permission)).toEqual(report.readerGaps.map((gap) => gap.permission));
        report.readerGaps.forEach((gap, index) => {
            expect(textOf(items[index])).toBe(`${gap.label}: ${gap.unlocks}`);
        });
        expect(report.readerGaps.map((gap) => gap.permission)).toContain('PermissionsCustomizeApplication');
        await expect(element).toBeAccessible();
    });

    it('confirms a full read when nothing is missing', async () => {
        const report = loadReport('prod-nothing-installed');
        expect(report.readerGaps).toEqual([]);
        const element = render(report.readerGaps);
        await flushPromises();
        expect(element.shadowRoot!.querySelector('.reader-gaps')).toBeNull();
        expect(textOf(element.shadowRoot!.querySelector('.no-gaps'))).toBe('Your user holds every org permission the reader needs.');
        await expect(element).toBeAccessible();
    });
});
