import { createElement } from 'lwc';
import type { Finding } from 'c/jsrEngine';
import JsrFinding from '../jsrFinding';
import { flushPromises, loadReport, queryDeep, resetDom, textOf } from 'test-kit';

// Built from parts: the URL a hostile org value could carry, which must never become a link.
const SCRIPT_URL = ['javascript', 'alert(1)'].join(':');

type FindingElement = HTMLElement & { finding: Finding | null; headingLevel: number | string };

function render(finding: Finding | null, headingLevel: number | string = 4): FindingElement {
    const element = createElement('c-jsr-finding', { is: JsrFinding }) as FindingElement;
    element.finding = finding;
    element.headingLevel = headingLevel;
    document.body.appendChild(element);
    return element;
}

function notInstalled(): Finding {
    const found = loadReport('prod-nothing-installed').findings.find((f) => f.ruleId === 'app.not-installed');
    if (!found) throw new Error('fixture has the not-installed finding');
    return found;
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-finding', () => {
    afterEach(resetDom);

    it('shows severity, title, explanation and a row per app linking to its install page', async () => {
        const finding = notInstalled();
        const element = render(finding);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('.slds-badge'))).toBe('Warning');
        const title = root.querySelector('.finding-title')!;
        expect(textOf(title)).toBe(finding.title);
        expect(title.getAttribute('aria-level')).toBe('4');
        expect(textOf(root.querySelector('.explanation'))).toBe(finding.explanation);
        const rows = Array.from(root.querySelectorAll('.item'));
        expect(rows.map((row) => textOf(row.querySelector('.item-label')))).toEqual(['Jetstream', 'Jetstream Desktop', 'Jetstream Auth']);
        expect(queryDeep(rows[0]!, 'a.item-link')?.getAttribute('href')).toBe(
            'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF'
        );
        await expect(element).toBeAccessible();
    });

    it('folds rows beyond the first five behind "Show N more"', async () => {
        const base = notInstalled();
        const item = base.items[0]!;
        const finding: Finding = { ...base, items: Array.from({ length: 8 }, (_, i) => ({ ...item, label: `App ${i}` })) };
        const element = render(finding);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(root.querySelectorAll('.item')).toHaveLength(5);
        const more = root.querySelector<HTMLButtonElement>('button.show-more-items')!;
        expect(textOf(more)).toBe('Show 3 more');
        more.click();
        await flushPromises();
        expect(root.querySelectorAll('.item')).toHaveLength(8);
        expect(root.querySelector('button.show-more-items')).toBeNull();
    });

    it('lists what to do, with this org’s install link and Setup pages, opening in a new tab', async () => {
        const finding = notInstalled();
        const element = render(finding);
        await flushPromises();
        const steps = Array.from(element.shadowRoot!.querySelectorAll('.remediation li'));
        expect(steps.map((step) => textOf(step.querySelector('.step-text')))).toEqual(finding.remediation.map((step) => step.text));
        const links = Array.from(element.shadowRoot!.querySelectorAll('a.step-link'));
        expect(links.map((a) => a.getAttribute('href'))).toEqual(finding.remediation.filter((s) => s.link).map((s) => s.link!.url));
        for (const link of links) {
            expect(link.getAttribute('target')).toBe('_blank');
            expect(link.textContent).toMatch(/ \(opens in a new tab\)$/);
        }
    });

    it('keeps evidence, caveats and the dated source behind "How we know"', async () => {
        const finding = notInstalled();
        const element = render(finding);
        await flushPromises();
        const how = element.shadowRoot!.querySelector<HTMLDetailsElement>('details.how-we-know')!;
        expect(how.open).toBe(false);
        expect(textOf(how.querySelector('summary'))).toBe('How we know');
        expect(Array.from(how.querySelectorAll('.evidence li')).map(textOf)).toEqual([
            ...finding.howWeKnow.evidence,
            ...finding.howWeKnow.caveats
        ]);
        const source = how.querySelector('.source')!;
        expect(textOf(source)).toBe(
            `Source: ${finding.howWeKnow.source.title} (opens in a new tab), in effect since ${finding.howWeKnow.source.effectiveDate}`
        );
        expect(source.querySelector('a')!.getAttribute('href')).toBe(finding.howWeKnow.source.url);
    });

    it('shows a finding about ways the org does not use neutral, with its rows marked', async () => {
        const base = notInstalled();
        const finding: Finding = {
            ...base,
            severity: 'error',
            counts: false,
            ways: [],
            items: base.items.map((i) => ({ ...i, counts: false }))
        };
        const element = render(finding);
        await flushPromises();
        expect(element.shadowRoot!.querySelector('.slds-badge')!.className).toContain('slds-badge_lightest');
        expect(textOf(element.shadowRoot!.querySelector('.item'))).toContain('(Not used)');
    });

    it('shows an unsafe link as plain text', async () => {
        const finding: Finding = {
            ...notInstalled(),
            items: [],
            remediation: [{ text: 'Open it', link: { label: 'Dangerous', url: SCRIPT_URL, kind: 'doc' } }],
            howWeKnow: { evidence: [], caveats: [], source: { title: 'Nowhere', url: SCRIPT_URL, effectiveDate: '2025-12-08' } }
        };
        const element = render(finding);
        await flushPromises();
        expect(element.shadowRoot!.querySelector('a')).toBeNull();
        expect(textOf(element.shadowRoot!.querySelector('.remediation'))).toContain('Dangerous');
        expect(textOf(element.shadowRoot!.querySelector('.source'))).toBe('Source: Nowhere, in effect since 2025-12-08');
        await expect(element).toBeAccessible();
    });

    it('renders nothing without a finding', async () => {
        const element = render(null);
        await flushPromises();
        expect(element.shadowRoot!.querySelector('.finding')).toBeNull();
    });
});
