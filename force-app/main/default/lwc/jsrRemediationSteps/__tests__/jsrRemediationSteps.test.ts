import { createElement } from 'lwc';
import type { RemediationStep } from 'c/jsrEngine';
import JsrRemediationSteps from '../jsrRemediationSteps';
import { flushPromises, resetDom, textOf } from 'test-kit';

// Built from parts: the URL a hostile org value could carry, which must never become a link.
const SCRIPT_URL = ['javascript', 'alert(1)'].join(':');

type StepsElement = HTMLElement & { steps: RemediationStep[]; listClass: string; linkClass: string };

const STEPS: RemediationStep[] = [
    {
        text: 'Install Jetstream in this org.',
        link: {
            label: 'Install Jetstream',
            url: 'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF',
            kind: 'install'
        }
    },
    { text: 'Then check Permitted Users.', link: null },
    { text: 'Open the profiles.', link: { label: 'Setup: Profiles', url: '/lightning/setup/EnhancedProfiles/home', kind: 'setup' } }
];

async function render(props: Partial<Pick<StepsElement, 'steps' | 'listClass' | 'linkClass'>>): Promise<StepsElement> {
    const element = createElement('c-jsr-remediation-steps', { is: JsrRemediationSteps }) as StepsElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

// The accessibility check (axe) is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-remediation-steps', () => {
    afterEach(resetDom);

    it('renders in light DOM: the list belongs to the host, so a parent’s selectors reach it', async () => {
        const element = await render({ steps: STEPS, listClass: 'slds-list_ordered remediation', linkClass: 'step-link' });
        expect(element.shadowRoot).toBeNull();
        const list = element.querySelector('ol')!;
        expect(list.className).toBe('slds-list_ordered remediation');
        expect(Array.from(element.querySelectorAll('.remediation li .step-text')).map(textOf)).toEqual(STEPS.map((s) => s.text));
        await expect(element).toBeAccessible();
    });

    it('links each step that has a link, in a new tab, with the given link class', async () => {
        const element = await render({ steps: STEPS, listClass: 'slds-list_ordered fix', linkClass: 'fix-link' });
        const links = Array.from(element.querySelectorAll('a.fix-link'));
        expect(links.map((a) => a.getAttribute('href'))).toEqual([STEPS[0]!.link!.url, STEPS[2]!.link!.url]);
        for (const link of links) {
            expect(link.getAttribute('target')).toBe('_blank');
            expect(link.getAttribute('rel')).toBe('noopener noreferrer');
            expect(textOf(link)).toMatch(/ \(opens in a new tab\)$/);
        }
        // The step text, then the link on its own line (a block below it).
        const items = Array.from(element.querySelectorAll('li')).map((li) => [
            textOf(li.querySelector('.step-text')),
            textOf(li.querySelector('div'))
        ]);
        expect(items).toEqual([
            ['Install Jetstream in this org.', 'Install Jetstream (opens in a new tab)'],
            ['Then check Permitted Users.', ''],
            ['Open the profiles.', 'Setup: Profiles (opens in a new tab)']
        ]);
    });

    it('shows an unsafe link as plain text', async () => {
        const element = await render({ steps: [{ text: 'Open it', link: { label: 'Dangerous', url: SCRIPT_URL, kind: 'doc' } }] });
        expect(element.querySelector('a')).toBeNull();
        expect(textOf(element.querySelector('li .step-text'))).toBe('Open it');
        expect(textOf(element.querySelector('li div'))).toBe('Dangerous');
        await expect(element).toBeAccessible();
    });

    it('renders an empty list without steps', async () => {
        const element = await render({});
        expect(element.querySelectorAll('li')).toHaveLength(0);
        expect(element.querySelector('ol')!.className).toBe('slds-list_ordered');
    });
});
