import { createElement } from 'lwc';
import type { WayVerdict } from 'c/jsrEngine';
import JsrWays from '../jsrWays';
import { clone, flushPromises, loadReport, loadSnapshot, resetDom, textOf } from 'test-kit';

type WaysElement = HTMLElement & { ways: WayVerdict[] };

const VERDICT_TEXT = {
    ready: 'Ready',
    actionNeeded: 'Action needed',
    blocked: 'Blocked',
    cannotDetermine: 'Cannot determine',
    notApplicable: 'Not applicable',
    notUsed: 'Not used'
};
const ANSWER_TEXT = { yes: 'Yes', no: 'No', unknown: 'Unknown', notApplicable: 'Not applicable' };

function render(ways: WayVerdict[]): WaysElement {
    const element = createElement('c-jsr-ways', { is: JsrWays }) as WaysElement;
    element.ways = ways;
    document.body.appendChild(element);
    return element;
}

function expectWaysShown(element: WaysElement, ways: WayVerdict[]): void {
    const cards = Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>('.way'));
    expect(cards.map((card) => card.dataset.way)).toEqual(ways.map((way) => way.way));
    ways.forEach((way, index) => {
        const card = cards[index]!;
        expect(textOf(card.querySelector('h3'))).toBe(way.label);
        expect(textOf(card)).toContain(VERDICT_TEXT[way.verdict]);
        expect(textOf(card.querySelector('.summary'))).toBe(way.summary);
        const reasons = Array.from(card.querySelectorAll('.reason'));
        expect(reasons).toHaveLength(way.reasons.length);
        way.reasons.forEach((reason, i) => {
            expect(textOf(reasons[i]!.querySelector('.question'))).toBe(reason.question);
            expect(textOf(reasons[i]!.querySelector('.answer'))).toBe(ANSWER_TEXT[reason.answer]);
            expect(textOf(reasons[i]!.querySelector('.detail'))).toBe(reason.detail);
        });
    });
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-ways', () => {
    afterEach(resetDom);

    it('shows the four ways of connecting with verdict, summary and reason chain', async () => {
        const report = loadReport('prod-nothing-installed');
        expect(report.ways.map((way) => way.way)).toEqual(['web', 'desktop', 'loginWithSalesforce', 'inOrgPackage']);
        const element = render(report.ways);
        await flushPromises();
        expectWaysShown(element, report.ways);
        await expect(element).toBeAccessible();
    });

    it('shows the ways as ready in an org prepared with least privilege', async () => {
        const report = loadReport('prod-ready-least-privilege');
        const element = render(report.ways);
        await flushPromises();
        expectWaysShown(element, report.ways);
        expect(report.ways.some((way) => way.verdict === 'ready')).toBe(true);
    });

    it('says "Cannot determine" where the reader could not see the apps', async () => {
        const snapshot = clone(loadSnapshot('prod-nothing-installed'));
        snapshot.apps = {
            status: 'unavailable',
            reason: 'View Setup and Configuration is required',
            missingPermissions: ['PermissionsViewSetup'],
            missingFields: [],
            truncated: false,
            data: null
        };
        const report = loadReport('prod-nothing-installed', snapshot);
        const undetermined = report.ways.filter((way) => way.verdict === 'cannotDetermine');
        expect(undetermined.length).toBeGreaterThan(0);
        const element = render(report.ways);
        await flushPromises();
        expectWaysShown(element, report.ways);
        await expect(element).toBeAccessible();
    });

    it('shows a way the org does not use neutral and folded, with where to change it', async () => {
        const report = loadReport('prod-admin-approved-no-grants');
        const element = render(report.ways);
        await flushPromises();
        const desktop = element.shadowRoot!.querySelector<HTMLElement>('.way[data-way="desktop"]')!;
        expect(desktop.dataset.verdict).toBe('notUsed');
        expect(desktop.className).toContain('way_neutral');
        const badge = Array.from(desktop.querySelectorAll('span')).find((span) => textOf(span) === 'Not used');
        expect(badge?.className).toContain('slds-badge_lightest');
        expect((desktop.querySelector('details') as HTMLDetailsElement).open).toBe(false);
        expect(textOf(desktop.querySelector('.usage'))).toMatch(/^Used by this org: Not used\.\s*Change/);
        expect(desktop.querySelector('a.usage-change')?.getAttribute('href')).toMatch(
            /^\/lightning\/setup\/CustomMetadata\/page\?address=/
        );
        // The blocked web app's chain is open.
        expect((element.shadowRoot!.querySelector('.way[data-way="web"] details') as HTMLDetailsElement).open).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('says so when no way was evaluated', async () => {
        const element = render([]);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.empty'))).toBe('No way of connecting was evaluated.');
        await expect(element).toBeAccessible();
    });
});
