import { createElement } from 'lwc';
import type { Finding } from 'c/jsrEngine';
import JsrFinding from '../jsrFinding';
import { flushPromises, loadReport, resetDom, textOf } from 'test-kit';

// Built from parts: the URL a hostile org value could carry, which must never become a link.
const SCRIPT_URL = ['javascript', 'alert(1)'].join(':');

type FindingElement = HTMLElement & { finding: Finding | null; headingLevel: number | string };

const SEVERITY_TEXT = { error: 'Error', warning: 'Warning', info: 'Info', pass: 'Passed' };

function render(finding: Finding | null, headingLevel: number | string = 4): FindingElement {
    const element = createElement('c-jsr-finding', { is: JsrFinding }) as FindingElement;
    element.finding = finding;
    element.headingLevel = headingLevel;
    document.body.appendChild(element);
    return element;
}

function withLink(): Finding {
    const { findings } = loadReport('prod-nothing-installed');
    const found = findings.find((f) => f.remediation.some((step) => step.link?.kind === 'install'));
    if (!found) throw new Error('fixture has no finding with an install link');
    return found;
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-finding', () => {
    afterEach(resetDom);

    it('shows severity, title, explanation and what the org shows', async () => {
        const finding = withLink();
        const element = render(finding);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('.slds-badge'))).toBe(SEVERITY_TEXT[finding.severity]);
        const title = root.querySelector('.finding-title')!;
        expect(textOf(title)).toBe(finding.title);
        expect(title.getAttribute('role')).toBe('heading');
        expect(title.getAttribute('aria-level')).toBe('4');
        expect(textOf(root.querySelector('.explanation'))).toBe(finding.explanation);
        expect(Array.from(root.querySelectorAll('.evidence li')).map(textOf)).toEqual(finding.evidence);
        await expect(element).toBeAccessible();
    });

    it("lists the remediation steps with this org's install link and Setup pages, opening in a new tab", async () => {
        const finding = withLink();
        const element = render(finding);
        await flushPromises();
        const steps = Array.from(element.shadowRoot!.querySelectorAll('.remediation li'));
        expect(steps.map((step) => textOf(step.querySelector('.step-text')))).toEqual(finding.remediation.map((step) => step.text));
        const links = Array.from(element.shadowRoot!.querySelectorAll('a.step-link'));
        expect(links.map((a) => a.getAttribute('href'))).toEqual(finding.remediation.filter((s) => s.link).map((s) => s.link!.url));
        expect(links.map((a) => a.getAttribute('href'))).toContain(
            'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF'
        );
        for (const link of links) {
            expect(link.getAttribute('target')).toBe('_blank');
            expect(link.textContent).toMatch(/ \(opens in a new tab\)$/);
        }
    });

    it('cites its source with the date the fact took effect', async () => {
        const finding = withLink();
        const element = render(finding);
        await flushPromises();
        const source = element.shadowRoot!.querySelector('.source')!;
        expect(textOf(source)).toBe(
            `Source: ${finding.source.title} (opens in a new tab), in effect since ${finding.source.effectiveDate}`
        );
        expect(source.querySelector('a')!.getAttribute('href')).toBe(finding.source.url);
    });

    it('shows an unsafe link as plain text', async () => {
        const finding: Finding = {
            ...withLink(),
            remediation: [{ text: 'Open it', link: { label: 'Dangerous', url: SCRIPT_URL, kind: 'doc' } }],
            source: { title: 'Nowhere', url: SCRIPT_URL, effectiveDate: '2025-12-08' }
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
