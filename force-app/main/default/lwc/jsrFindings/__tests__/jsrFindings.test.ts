import { createElement } from 'lwc';
import type { Finding } from 'c/jsrEngine';
import JsrFindings from '../jsrFindings';
import { flushPromises, loadReport, queryAllDeep, queryDeep, resetDom, textOf } from 'test-kit';

type FindingsElement = HTMLElement & { findings: Finding[]; headingLevel: number | string };

function render(findings: Finding[], headingLevel: number | string = 3): FindingsElement {
    const element = createElement('c-jsr-findings', { is: JsrFindings }) as FindingsElement;
    element.findings = findings;
    element.headingLevel = headingLevel;
    document.body.appendChild(element);
    return element;
}

function titles(element: FindingsElement): string[] {
    return queryAllDeep(element, '.finding-title').map(textOf);
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-findings', () => {
    afterEach(resetDom);

    it('lists one finding per rule in the engine’s order (errors first), with a filter per severity', async () => {
        const { findings } = loadReport('prod-admin-approved-no-grants');
        const element = render(findings);
        await flushPromises();
        const counting = findings.filter((f) => f.counts);
        expect(titles(element)).toEqual(counting.slice(0, 5).map((f) => f.title));
        const filters = Array.from(element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.filter'));
        expect(filters.map(textOf)).toEqual(['All (6)', 'Errors (1)', 'Warnings (2)', 'Info (3)']);
        expect(filters[0]?.getAttribute('aria-pressed')).toBe('true');
        await expect(element).toBeAccessible();
    });

    it('filters by severity, and says so when a severity has nothing', async () => {
        const { findings } = loadReport('prod-admin-approved-no-grants');
        const element = render(findings);
        await flushPromises();
        element.shadowRoot!.querySelector<HTMLButtonElement>('button.filter[data-filter="warning"]')!.click();
        await flushPromises();
        expect(titles(element)).toEqual(findings.filter((f) => f.counts && f.severity === 'warning').map((f) => f.title));
        expect(element.shadowRoot!.querySelector('button.filter[data-filter="warning"]')?.getAttribute('aria-pressed')).toBe('true');
    });

    it('folds findings beyond the first five, and unfolds them on request', async () => {
        const { findings } = loadReport('prod-nothing-installed');
        const base = findings[0]!;
        const many = Array.from({ length: 8 }, (_, i) => ({ ...base, ruleId: `rule.${i}`, title: `Finding #${i + 1}` }));
        const element = render(many);
        await flushPromises();
        expect(titles(element)).toEqual(['Finding #1', 'Finding #2', 'Finding #3', 'Finding #4', 'Finding #5']);
        const more = element.shadowRoot!.querySelector<HTMLButtonElement>('button.show-more')!;
        expect(textOf(more)).toBe('Show 3 more');
        more.click();
        await flushPromises();
        expect(titles(element)).toHaveLength(8);
        element.shadowRoot!.querySelector<HTMLButtonElement>('button.show-fewer')!.click();
        await flushPromises();
        expect(titles(element)).toHaveLength(5);
    });

    it('puts findings about ways the org does not use in a folded group of their own', async () => {
        const { findings } = loadReport('prod-all-installed-self-authorize');
        const base = findings[0]!;
        const element = render([...findings, { ...base, counts: false, title: 'About Jetstream for Salesforce' }]);
        await flushPromises();
        const group = element.shadowRoot!.querySelector<HTMLDetailsElement>('details.not-counted')!;
        expect(group.open).toBe(false);
        expect(textOf(group.querySelector('summary'))).toBe('About ways this org does not use (1)');
        expect(element.shadowRoot!.querySelectorAll('ul.findings c-jsr-finding')).toHaveLength(findings.length);
        expect(group.querySelectorAll('c-jsr-finding')).toHaveLength(1);
    });

    it('nests its finding titles under the level it is given', async () => {
        const { findings } = loadReport('prod-nothing-installed');
        const element = render(findings, '5');
        await flushPromises();
        expect(queryDeep(element, '.finding-title')!.getAttribute('aria-level')).toBe('5');
    });

    it('says so when there are no findings', async () => {
        const element = render([]);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.empty'))).toBe('No findings.');
        await expect(element).toBeAccessible();
    });
});
