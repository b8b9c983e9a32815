import { createElement } from 'lwc';
import type { BypassPermissionView, HolderView } from 'c/jsrEngine';
import JsrBypassHolders from '../jsrBypassHolders';
import { flushPromises, loadReport, queryAllDeep, queryDeep, resetDom, textOf } from 'test-kit';

type HoldersElement = HTMLElement & { permissions: BypassPermissionView[] };

function render(permissions: BypassPermissionView[]): HoldersElement {
    const element = createElement('c-jsr-bypass-holders', { is: JsrBypassHolders }) as HoldersElement;
    element.permissions = permissions;
    document.body.appendChild(element);
    return element;
}

function section(element: HoldersElement, permission: string): HTMLElement {
    const found = element.shadowRoot!.querySelector<HTMLElement>(`.permission[data-permission="${permission}"]`);
    if (!found) throw new Error(`no section for ${permission}`);
    return found;
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-bypass-holders', () => {
    afterEach(resetDom);

    it('lists who holds Approve Uninstalled Connected Apps, with counts, sample users and the advice', async () => {
        const report = loadReport('prod-nothing-installed');
        const approve = report.bypassPermissions.find((p) => p.permission === 'canApproveUninstalledApps')!;
        expect(approve.determinable).toBe(true);
        expect(approve.holders.length).toBeGreaterThan(0);
        const element = render(report.bypassPermissions);
        await flushPromises();
        const root = section(element, 'canApproveUninstalledApps');
        expect(textOf(root.querySelector('h3'))).toBe(approve.label);
        expect(textOf(root.querySelector('.advice'))).toBe(approve.advice);
        expect(textOf(root.querySelector('.total'))).toBe(
            `Active users holding it: ${approve.totalActiveAssignees.toLocaleString('en-US')}`
        );
        const rows = Array.from(root.querySelectorAll('table.holders tbody tr'));
        expect(rows).toHaveLength(Math.min(approve.holders.length, 25));
        approve.holders.slice(0, 25).forEach((holder, index) => {
            const row = rows[index]!;
            expect(textOf(row.querySelector('th'))).toBe(
                `${holder.label === holder.name ? holder.label : `${holder.label} (${holder.name})`} (opens in a new tab)`
            );
            expect(row.querySelector('th a')?.getAttribute('href')).toBe(holder.link.url);
            const cells = row.querySelectorAll('td');
            expect(textOf(cells[1])).toBe(holder.activeAssignees.toLocaleString('en-US'));
            expect(row.querySelectorAll('td ul li')).toHaveLength(holder.sampleUsers.length);
            const notes = [
                holder.isStandardSystemAdministrator
                    ? 'The standard System Administrator profile (identified as the standard profile with Modify All Data)'
                    : null,
                holder.sessionBased ? 'Session-based: grants nothing until activated' : null
            ].filter(Boolean);
            expect(textOf(cells[4])).toBe(notes.join('; '));
        });
        expect(approve.holders.some((holder) => holder.isStandardSystemAdministrator)).toBe(true);
        const sample = approve.holders.find((holder) => holder.sampleUsers.length > 0)!;
        expect(textOf(root)).toContain(`${sample.sampleUsers[0]!.name} (${sample.sampleUsers[0]!.username})`);
        await expect(element).toBeAccessible();
    });

    it('says "cannot determine", never "nobody", when the permission field is missing from the org', async () => {
        const report = loadReport('prod-approve-field-missing');
        const approve = report.bypassPermissions.find((p) => p.permission === 'canApproveUninstalledApps')!;
        expect(approve.determinable).toBe(false);
        const element = render(report.bypassPermissions);
        await flushPromises();
        const root = section(element, 'canApproveUninstalledApps');
        expect(textOf(root.querySelector('.undeterminable'))).toBe(
            'Cannot determine who holds this permission: this org does not expose the field to the reader.'
        );
        expect(root.querySelector('.no-holders')).toBeNull();
        expect(root.querySelector('table')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says nobody holds a permission when the org reports no holder', async () => {
        const report = loadReport('prod-nothing-installed');
        const empty = report.bypassPermissions.map((p) => ({
            ...p,
            holders: [] as HolderView[],
            totalActiveAssignees: 0,
            determinable: true
        }));
        const element = render(empty);
        await flushPromises();
        for (const permission of empty) {
            expect(textOf(section(element, permission.permission).querySelector('.no-holders'))).toBe(
                'No profile, permission set or permission set group grants this permission.'
            );
        }
        await expect(element).toBeAccessible();
    });

    it('pages a long list of holders', async () => {
        const report = loadReport('prod-nothing-installed');
        const approve = report.bypassPermissions.find((p) => p.permission === 'canApproveUninstalledApps')!;
        const holders: HolderView[] = Array.from({ length: 80 }, (_, i) => ({
            ...approve.holders[0]!,
            name: `PS_${i + 1}`,
            label: `PS ${i + 1}`
        }));
        const element = render([{ ...approve, holders }]);
        await flushPromises();
        const root = section(element, 'canApproveUninstalledApps');
        expect(root.querySelectorAll('table.holders tbody tr')).toHaveLength(25);
        queryDeep(element, 'lightning-button.next')!.click();
        await flushPromises();
        expect(textOf(root.querySelector('table.holders tbody tr th'))).toBe('PS 26 (PS_26) (opens in a new tab)');
    });

    it('says so when no bypass permission was evaluated', async () => {
        const element = render([]);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.empty'))).toBe('No bypass permissions were evaluated.');
        await expect(element).toBeAccessible();
    });
});

describe('c-jsr-bypass-holders: where Jetstream’s docs and Salesforce disagree', () => {
    afterEach(resetDom);

    it('says under Use Any API Client what is true today and why, with both sources', async () => {
        const report = loadReport('prod-tokens-uninstalled-apps');
        const useAny = report.bypassPermissions.find((p) => p.permission === 'useAnyApiClient')!;
        expect(useAny.sourcesDiffer).not.toBeNull();
        const element = render(report.bypassPermissions);
        await flushPromises();
        const root = section(element, 'useAnyApiClient');
        expect(textOf(root.querySelector('.sources-differ-text'))).toBe(useAny.sourcesDiffer!.text);
        expect(textOf(root.querySelector('.sources-differ-text'))).toContain('This check follows Salesforce');
        const hrefs = queryAllDeep(root, 'a.sources-differ-link').map((a) => a.getAttribute('href'));
        expect(hrefs).toEqual(useAny.sourcesDiffer!.links.map((link) => link.url));
        // Approve Uninstalled Connected Apps: the sources agree, nothing is shown.
        expect(section(element, 'canApproveUninstalledApps').querySelector('.sources-differ')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
