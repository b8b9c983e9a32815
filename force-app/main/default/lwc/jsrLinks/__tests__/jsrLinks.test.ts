import { createElement } from 'lwc';
import type { Link } from 'c/jsrEngine';
import JsrLinks from '../jsrLinks';
import { flushPromises, resetDom, textOf } from 'test-kit';

type LinksElement = HTMLElement & { links: Link[]; variant: string; linkClass: string };

function render(links: Link[], variant: string, linkClass: string): LinksElement {
    const element = createElement('c-jsr-links', { is: JsrLinks }) as LinksElement;
    Object.assign(element, { links, variant, linkClass });
    document.body.appendChild(element);
    return element;
}

const LINKS: Link[] = [
    {
        label: 'Install Jetstream',
        url: 'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=1',
        kind: 'install'
    },
    { label: 'Setup: Permission Sets', url: '/lightning/setup/PermSets/home', kind: 'setup' },
    { label: 'Unsafe', url: ['javascript', 'alert(1)'].join(':'), kind: 'doc' }
];

describe('c-jsr-links', () => {
    afterEach(resetDom);

    it('opens each safe link in a new tab and leaves out a link it cannot open safely', async () => {
        const element = render(LINKS, 'button', 'start-link');
        await flushPromises();
        const anchors = Array.from(element.shadowRoot!.querySelectorAll('a.start-link'));
        expect(anchors.map((a) => a.getAttribute('href'))).toEqual([LINKS[0]!.url, LINKS[1]!.url]);
        expect(anchors.every((a) => a.getAttribute('target') === '_blank' && a.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
        expect(textOf(anchors[0])).toBe('Install Jetstream (opens in a new tab)');
        expect(anchors.every((a) => a.className.includes('slds-button_neutral'))).toBe(true);
    });

    it('in the plan, an install is the call to action; inline links are text', async () => {
        const plan = render(LINKS, 'plan', 'step-link');
        const inline = render(LINKS, 'inline', 'item-link');
        await flushPromises();
        const [install, setup] = Array.from(plan.shadowRoot!.querySelectorAll('a.step-link'));
        expect(install?.className).toContain('slds-button_brand');
        expect(setup?.className).toContain('slds-button_neutral');
        expect(Array.from(inline.shadowRoot!.querySelectorAll('a.item-link')).every((a) => !a.className.includes('slds-button'))).toBe(
            true
        );
    });
});
