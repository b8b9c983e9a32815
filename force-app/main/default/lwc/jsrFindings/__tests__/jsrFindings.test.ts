import { createElement } from 'lwc';
import type { Finding } from 'c/jsrEngine';
import JsrFindings from '../jsrFindings';
import { flushPromises, loadReport, queryAllDeep, queryDeep, resetDom, textOf } from 'test-kit';

type FindingsElement = HTMLElement & { findings: Finding[]; headingLevel: number | string };

const GROUP_TEXT = { error: 'Errors', warning: 'Warnings', info: 'Information', pass: 'Passed checks' };

function render(findings: Finding[], headingLevel: number | string = 3): FindingsElement {
    const element = createElement('c-jsr-findings', { is: JsrFindings }) as FindingsElement;
    element.findings = findings;
    element.headingLevel = headingLevel;
    document.body.appendChild(element);
    return element;
}

function group(element: FindingsElement, severity: string): HTMLElement {
    const found = element.shadowRoot!.querySelector<HTMLElement>(`.group[data-severity="${severity}"]`);
    if (!found) throw new Error(`no ${severity} group`);
    return found;
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-findings', () => {
    afterEach(resetDom);

    it('groups findings by severity, errors first, with counts', async () => {
        const { findings } = loadReport('prod-nothing-installed');
        const element = render(findings);
        await flushPromises();
        const order = (['error', 'warning', 'info', 'pass'] as const).filter((s) => findings.some((f) => f.severity === s));
        expect(order[0]).toBe('error');
        const groups = Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>('.group'));
        expect(groups.map((g) => g.dataset.severity)).toEqual(order);
        for (const severity of order) {
            const inGroup = findings.filter((f) => f.severity === severity);
            const heading = group(element, severity).querySelector('.group-heading')!;
            expect(textOf(heading)).toBe(`${GROUP_TEXT[severity]} (${inGroup.length})`);
            expect(heading.getAttribute('aria-level')).toBe('3');
            const titles = queryAllDeep(group(element, severity), '.finding-title').map(textOf);
            expect(titles).toEqual(inGroup.slice(0, 25).map((f) => f.title));
        }
        await expect(element).toBeAccessible();
    });

    it('keeps passed checks folded away behind a disclosure', async () => {
        const { findings } = loadReport('prod-ready-least-privilege');
        const passed = findings.filter((f) => f.severity === 'pass');
        expect(passed.length).toBeGreaterThan(0);
        const element = render(findings);
        await flushPromises();
        const details = group(element, 'pass').querySelector('details')!;
        expect(details.open).toBe(false);
        expect(textOf(details.querySelector('summary'))).toBe('Show passed checks');
        expect(details.querySelectorAll('c-jsr-finding')).toHaveLength(Math.min(passed.length, 25));
        await expect(element).toBeAccessible();
    });

    it('pages a long group 25 at a time', async () => {
        const { findings } = loadReport('prod-nothing-installed');
        const template = findings[0]!;
        const many: Finding[] = Array.from({ length: 60 }, (_, i) => ({ ...template, severity: 'warning', title: `Finding #${i + 1}` }));
        const element = render(many);
        await flushPromises();
        const titles = (): string[] => queryAllDeep(element, '.finding-title').map(textOf);
        expect(titles()).toHaveLength(25);
        expect(titles()[0]).toBe('Finding #1');
        expect(textOf(queryDeep(element, '.range'))).toBe('1–25 of 60');
        queryDeep(element, 'lightning-button.next')!.click();
        await flushPromises();
        expect(titles()[0]).toBe('Finding #26');
        expect(textOf(queryDeep(element, '.range'))).toBe('26–50 of 60');
        await expect(element).toBeAccessible();
    });

    it('nests its headings under the level it is given', async () => {
        const { findings } = loadReport('prod-nothing-installed');
        const element = render(findings, '5');
        await flushPromises();
        expect(element.shadowRoot!.querySelector('.group-heading')!.getAttribute('aria-level')).toBe('5');
        expect(queryDeep(element, '.finding-title')!.getAttribute('aria-level')).toBe('6');
    });

    it('says so when there are no findings', async () => {
        const element = render([]);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.empty'))).toBe('No findings.');
        await expect(element).toBeAccessible();
    });
});
