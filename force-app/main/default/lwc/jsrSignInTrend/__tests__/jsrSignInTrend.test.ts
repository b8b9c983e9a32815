import { createElement } from 'lwc';
import type { SignInTrendView } from 'c/jsrEngine';
import JsrSignInTrend from '../jsrSignInTrend';
import { clone, flushPromises, loadReport, resetDom, textOf } from 'test-kit';

type TrendElement = HTMLElement & { trend: SignInTrendView | null; loading: boolean };

function render(trend: SignInTrendView | null, loading = false): TrendElement {
    const element = createElement('c-jsr-sign-in-trend', { is: JsrSignInTrend }) as TrendElement;
    element.trend = trend;
    element.loading = loading;
    document.body.appendChild(element);
    return element;
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-sign-in-trend', () => {
    afterEach(resetDom);
    const initech = loadReport('prod-admin-approved-no-grants').signInTrend;

    it('draws a bar per day with failures, captioned by the engine’s summary, the last 7 days marked', async () => {
        const element = render(initech);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('figcaption'))).toBe(initech.summary);
        const svg = root.querySelector('svg')!;
        expect([svg.getAttribute('role'), svg.getAttribute('aria-label')]).toEqual(['img', 'Failed Jetstream sign-ins per day']);
        const bars = Array.from(root.querySelectorAll('rect.bar'));
        expect(bars.map((bar) => textOf(bar.querySelector('title')))).toEqual([
            '2026-11-12: Jetstream 1',
            '2026-11-21: Jetstream 1',
            '2026-11-23: Jetstream 1',
            '2026-11-24: Jetstream 1',
            '2026-11-25: Jetstream 1',
            '2026-11-26: Jetstream 1',
            '2026-11-27: Jetstream 1'
        ]);
        expect(bars.every((bar) => Number(bar.getAttribute('height')) > 0)).toBe(true);
        expect(root.querySelector('line.last-week')).not.toBeNull();
        expect(Array.from(root.querySelectorAll('text.axis')).map((t) => textOf(t))).toEqual([
            'Last 7 days',
            '0',
            '1',
            '10-30',
            '11-22',
            '11-28'
        ]);
        expect(textOf(root.querySelector('.legend li'))).toBe('Jetstream (7)');
        await expect(element).toBeAccessible();
    });

    it('shows the same numbers as a table on request', async () => {
        const element = render(initech);
        await flushPromises();
        const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle-table')!;
        expect([textOf(toggle), toggle.getAttribute('aria-expanded')]).toEqual(['Show the numbers', 'false']);
        toggle.click();
        await flushPromises();
        const rows = Array.from(element.shadowRoot!.querySelectorAll('table.numbers tbody tr')).map((row) =>
            Array.from(row.children).map((cell) => textOf(cell))
        );
        expect(rows[0]).toEqual(['2026-11-27', '1', '1']);
        expect(rows).toHaveLength(7);
        expect(textOf(toggle)).toBe('Hide the numbers');
        await expect(element).toBeAccessible();
    });

    it('stacks several apps with their own colours and marks days read only partly', async () => {
        const trend = clone(initech);
        trend.series.push({ ...trend.series[0]!, catalogName: 'Jetstream_Desktop', label: 'Jetstream Desktop' });
        trend.totals = trend.totals.map((n) => n * 2);
        trend.partialDays = [trend.days[13]!];
        const element = render(trend);
        await flushPromises();
        const classes = Array.from(element.shadowRoot!.querySelectorAll('rect.bar')).map((bar) => bar.getAttribute('class'));
        expect(classes.slice(0, 2)).toEqual(['bar series-0 partial', 'bar series-1 partial']);
        expect(classes[2]).toBe('bar series-0');
        expect(textOf(element.shadowRoot!.querySelectorAll('.legend li')[2])).toBe('Not every sign-in of this day could be read');
    });

    it('says there was none, or that it could not read them, without a chart', async () => {
        const none = render(loadReport('prod-tokens-uninstalled-apps').signInTrend);
        await flushPromises();
        expect(none.shadowRoot!.querySelector('svg')).toBeNull();
        expect(textOf(none.shadowRoot!.querySelector('.summary'))).toBe(
            'No failed sign-in to Jetstream’s apps from 2026-10-30 to 2026-11-28.'
        );
        resetDom();
        const loading = render(initech, true);
        await flushPromises();
        expect(loading.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
    });
});
