import { createElement } from 'lwc';
import type { SignInBlockersView } from 'c/jsrEngine';
import JsrSignInBlockers from '../jsrSignInBlockers';
import { clone, flushPromises, loadReport, loadSnapshot, resetDom, textOf } from 'test-kit';

type BlockersElement = HTMLElement & { blockers: SignInBlockersView | null };

function render(view: SignInBlockersView): BlockersElement {
    const element = createElement('c-jsr-sign-in-blockers', { is: JsrSignInBlockers }) as BlockersElement;
    element.blockers = view;
    document.body.appendChild(element);
    return element;
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-sign-in-blockers', () => {
    afterEach(resetDom);

    it('lists the frozen users who connect Jetstream, each with the link to unfreeze them', async () => {
        const view = loadReport('prod-frozen-and-ip-refused').signInBlockers;
        expect(view.frozen.connectors).toBe(2);
        const element = render(view);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('.frozen-summary'))).toBe(view.frozen.summary);
        const rows = Array.from(root.querySelectorAll('table.frozen tbody tr'));
        expect(rows.map((row) => textOf(row.querySelector('th')))).toEqual(
            view.frozen.users.map((user) => `${user.name} (opens in a new tab)`)
        );
        expect(rows.map((row) => row.querySelector('th a')?.getAttribute('href'))).toEqual(view.frozen.users.map((user) => user.link.url));
        expect(textOf(rows[0]!.querySelectorAll('td')[2])).toBe(view.frozen.users[0]!.apps.join(', '));
        expect(textOf(root.querySelector('.manual-note'))).toContain('Login IP Ranges, Login Hours');
        await expect(element).toBeAccessible();
    });

    it('lists the refused sign-ins by app and profile, with the likely cause and the profile’s page', async () => {
        const view = loadReport('prod-frozen-and-ip-refused').signInBlockers;
        const element = render(view);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('.refusals-summary'))).toBe(view.refusals.summary);
        const rows = Array.from(root.querySelectorAll('table.refusals tbody tr'));
        expect(rows).toHaveLength(view.refusals.rows.length);
        const contractors = rows.find((row) => textOf(row.querySelector('th')).startsWith('Contractors'))!;
        expect(contractors.querySelector('th a')?.getAttribute('href')).toContain('/lightning/setup/EnhancedProfiles/page?address=');
        expect(textOf(contractors.querySelectorAll('td')[2])).toContain('74.220.50.22');
        await expect(element).toBeAccessible();
    });

    it('says who is frozen cannot be determined, and shows no table, when User Login could not be read', async () => {
        const view = loadReport('prod-reader-without-view-setup').signInBlockers;
        expect(view.frozen.determinable).toBe(false);
        const element = render(view);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('.frozen-summary'))).toMatch(/^Cannot determine who is frozen/);
        expect(root.querySelector('table.frozen')).toBeNull();
        expect(root.querySelector('table.refusals')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says plainly that nobody who connects Jetstream is frozen when that is what the org shows', async () => {
        const snapshot = clone(loadSnapshot('prod-ready-least-privilege'));
        const view = loadReport('prod-ready-least-privilege', snapshot).signInBlockers;
        const element = render(view);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.frozen-summary'))).toBe('No user who connects Jetstream is frozen.');
        expect(element.shadowRoot!.querySelector('table.frozen')).toBeNull();
    });
});
