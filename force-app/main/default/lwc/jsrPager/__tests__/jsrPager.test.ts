import { createElement } from 'lwc';
import JsrPager from '../jsrPager';

type PagerElement = HTMLElement & { total: number; page: number; pageSize: number; tableLabel: string };

function render(props: Partial<Pick<PagerElement, 'total' | 'page' | 'pageSize' | 'tableLabel'>>): PagerElement {
    const element = createElement('c-jsr-pager', { is: JsrPager }) as PagerElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

function button(element: PagerElement, selector: string): HTMLElement & { disabled: boolean; label: string } {
    const found = element.shadowRoot!.querySelector<HTMLElement & { disabled: boolean; label: string }>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-pager', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('renders nothing when every row fits on one page', async () => {
        const element = render({ total: 25, page: 1, tableLabel: 'Grants' });
        expect(element.shadowRoot!.querySelector('nav')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the row range and total of the current page with thousands separators', async () => {
        const element = render({ total: 5000, page: 2, tableLabel: 'Holders' });
        await Promise.resolve();
        expect(element.shadowRoot!.querySelector('.range')!.textContent).toBe('26–50 of 5,000');
        expect(element.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).toBe('Pages of Holders');
        expect(button(element, '.previous').label).toBe('Previous');
        expect(button(element, '.previous').disabled).toBe(false);
        expect(button(element, '.next').disabled).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('disables Previous on the first page and Next on the last, clamping a page past the end', async () => {
        const first = render({ total: 60, page: 1, tableLabel: 'Grants' });
        const last = render({ total: 60, page: 99, tableLabel: 'Grants' });
        await Promise.resolve();
        expect(button(first, '.previous').disabled).toBe(true);
        expect(button(last, '.next').disabled).toBe(true);
        expect(last.shadowRoot!.querySelector('.range')!.textContent).toBe('51–60 of 60');
    });

    it('asks the parent for the next and previous page', async () => {
        const element = render({ total: 100, page: 2, tableLabel: 'Grants' });
        const pages: number[] = [];
        element.addEventListener('pagechange', (event) => pages.push((event as CustomEvent<{ page: number }>).detail.page));
        await Promise.resolve();
        button(element, '.next').click();
        button(element, '.previous').click();
        expect(pages).toEqual([3, 1]);
    });

    it('honours a custom page size', async () => {
        const element = render({ total: 30, page: 3, pageSize: 10, tableLabel: 'Users' });
        await Promise.resolve();
        expect(element.shadowRoot!.querySelector('.range')!.textContent).toBe('21–30 of 30');
    });
});
