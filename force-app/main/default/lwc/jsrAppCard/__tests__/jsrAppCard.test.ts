import { createElement } from 'lwc';
import type { AppVerdict, GrantView, ReadinessReport } from 'c/jsrEngine';
import JsrAppCard from '../jsrAppCard';
import { clone, flushPromises, loadReport, loadSnapshot, queryDeep, resetDom, textOf } from 'test-kit';

type CardElement = HTMLElement & { app: AppVerdict | null };

const PERMITTED_TEXT = {
    adminApproved: 'Admin approved users are pre-authorized',
    selfAuthorize: 'All users may self-authorize',
    unknown: 'Cannot determine',
    notInstalled: 'No policy: the app is not installed'
};

function render(app: AppVerdict | null): CardElement {
    const element = createElement('c-jsr-app-card', { is: JsrAppCard }) as CardElement;
    element.app = app;
    document.body.appendChild(element);
    return element;
}

function app(report: ReadinessReport, catalogName: string): AppVerdict {
    const found = report.apps.find((entry) => entry.catalogName === catalogName);
    if (!found) throw new Error(`no app ${catalogName}`);
    return found;
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-app-card', () => {
    afterEach(resetDom);

    it("offers this org's install link for an app that is not installed, and the Setup page", async () => {
        const web = app(loadReport('prod-nothing-installed'), 'Jetstream_Web');
        const element = render(web);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('h3'))).toBe(web.label);
        expect(textOf(root.querySelector('[data-install]'))).toBe('Not installed');
        const install = root.querySelector('a.install-link')!;
        expect(install.getAttribute('href')).toBe(
            'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF'
        );
        expect(install.getAttribute('target')).toBe('_blank');
        expect(install.getAttribute('rel')).toBe('noopener noreferrer');
        expect(install.classList.contains('slds-button_brand')).toBe(true);
        expect(textOf(install)).toBe(`${web.installLink!.label} (opens in a new tab)`);
        const manage = root.querySelector('a.manage-link')!;
        expect(manage.getAttribute('href')).toBe(web.manageLink.url);
        expect(textOf(manage)).toContain(web.manageLink.label);
        expect(textOf(root.querySelector('.purpose'))).toBe(web.purpose);
        expect(textOf(root.querySelector('.permitted-users'))).toBe(PERMITTED_TEXT[web.permittedUsers]);
        expect(textOf(root.querySelector('.who-can-connect'))).toBe(web.whoCanConnect);
        expect(textOf(root.querySelector('.refresh-token-policy'))).toBe(web.refreshTokenPolicy);
        expect(textOf(root.querySelector('.reconnect-cadence'))).toBe(web.reconnectCadence);
        expect(textOf(root.querySelector('.session-policy'))).toBe(web.sessionPolicy);
        expect(textOf(root.querySelector('.grants-empty'))).toBe('No profile, permission set or permission set group is granted this app.');
        expect(textOf(root.querySelector('.authorizations-none'))).toBe('Nobody holds an authorization for this app.');
        await expect(element).toBeAccessible();
    });

    it('builds the desktop and Auth install links from the same My Domain', async () => {
        const report = loadReport('prod-nothing-installed');
        const desktop = render(app(report, 'Jetstream_Desktop'));
        const auth = render(app(report, 'Jetstream_Auth'));
        await flushPromises();
        expect(desktop.shadowRoot!.querySelector('a.install-link')!.getAttribute('href')).toBe(
            'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CadS&app_org_id=00D4S000000pHDF'
        );
        expect(auth.shadowRoot!.querySelector('a.install-link')!.getAttribute('href')).toBe(
            'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000Cact&app_org_id=00D4S000000pHDF'
        );
    });

    it('has no install button for the in-org package, which has no install ids', async () => {
        const pkg = app(loadReport('prod-nothing-installed'), 'Jetstream_In_Org_Package');
        expect(pkg.installLink).toBeNull();
        const element = render(pkg);
        await flushPromises();
        expect(element.shadowRoot!.querySelector('a.install-link')).toBeNull();
        expect(textOf(element.shadowRoot!.querySelector('.kind'))).toBe('External client app');
        await expect(element).toBeAccessible();
    });

    it('lists the profiles, permission sets and groups granted an installed app with their active assignees', async () => {
        const report = loadReport('prod-admin-approved-with-grants');
        const granted = report.apps.find((entry) => entry.grants.length > 0)!;
        expect(granted).toBeDefined();
        const element = render(granted);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('[data-install]'))).toBe('Installed');
        // No install button beside "Installed".
        expect(root.querySelector('a.install-link')).toBeNull();
        // The card shows the way's verdict; the grant names link to their assignments.
        expect(textOf(root.querySelector('[data-verdict] .slds-badge, span[data-verdict]'))).toBe('Ready');
        expect(root.querySelector('table.grants tbody tr th a')?.getAttribute('href')).toMatch(/^\/lightning\/setup\//);
        expect(textOf(root.querySelector('.permitted-users'))).toBe(PERMITTED_TEXT[granted.permittedUsers]);
        expect(textOf(root.querySelector('.grants-heading'))).toBe(
            `Profiles, permission sets and groups granted this app (${granted.grants.length})`
        );
        const rows = Array.from(root.querySelectorAll('table.grants tbody tr'));
        expect(rows).toHaveLength(Math.min(granted.grants.length, 25));
        granted.grants.slice(0, 25).forEach((grant, index) => {
            const cells = rows[index]!.querySelectorAll('td, th');
            expect(textOf(cells[1]).replace(/ \(opens in a new tab\)$/, '')).toBe(
                grant.label === grant.name ? grant.label : `${grant.label} (${grant.name})`
            );
            expect(textOf(cells[2])).toBe(grant.activeAssignees.toLocaleString('en-US'));
            expect(textOf(cells[4])).toBe(grant.notes.join('; '));
        });
        await expect(element).toBeAccessible();
    });

    it('warns about authorizations for an app that is used but not installed', async () => {
        const report = loadReport('prod-tokens-uninstalled-apps');
        const used = report.apps.find((entry) => entry.authorizations?.usedButNotInstalled)!;
        expect(used).toBeDefined();
        const element = render(used);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('.used-not-installed'))).toBe('Used but not installed');
        const summary = used.authorizations!;
        const users = summary.users.toLocaleString('en-US');
        expect(textOf(root.querySelector('.authorized-users'))).toBe(summary.atLeast ? `at least ${users}` : users);
        const rows = Array.from(root.querySelectorAll('table.authorization-sample tbody tr'));
        expect(rows).toHaveLength(Math.min(summary.sample.length, 25));
        expect(textOf(rows[0]!.querySelector('th'))).toBe(`${summary.sample[0]!.name} (opens in a new tab)`);
        expect(rows[0]!.querySelector('th a')?.getAttribute('href')).toBe(summary.sample[0]!.link.url);
        expect(textOf(rows[0]!.querySelectorAll('td')[0])).toBe(summary.sample[0]!.username);
        await expect(element).toBeAccessible();
    });

    it('does not call an app "used but not installed" when its install cannot be determined', async () => {
        const id = 'prod-tokens-uninstalled-apps';
        const snapshot = clone(loadSnapshot(id));
        snapshot.apps = {
            status: 'unavailable',
            reason: 'No access',
            missingPermissions: [],
            missingFields: [],
            truncated: false,
            data: null
        };
        const web = app(loadReport(id, snapshot), 'Jetstream_Web');
        expect(web.install).toBe('cannotDetermine');
        expect(web.authorizations!.tokens).toBeGreaterThan(0);
        const element = render(web);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(root.querySelector('.authorized-users')).not.toBeNull();
        expect(root.querySelector('.used-not-installed')).toBeNull();
        // The install state is unknown: no install link is offered.
        expect(root.querySelector('a.install-link')).toBeNull();
    });

    it('makes the install link the call to action only where the engine recommends installing', async () => {
        const report = loadReport('sandbox-not-installed');
        const web = render(app(report, 'Jetstream_Web'));
        const auth = render(app(report, 'Jetstream_Auth'));
        await flushPromises();
        expect(app(report, 'Jetstream_Auth').install).toBe('notInstalled');
        expect(web.shadowRoot!.querySelector('a.install-link')!.classList.contains('slds-button_brand')).toBe(true);
        // Jetstream Auth is for logging in to Jetstream with a production org: not applicable in a sandbox, neutral.
        const authLink = auth.shadowRoot!.querySelector('a.install-link')!;
        expect(authLink.classList.contains('slds-button_brand')).toBe(false);
        expect(authLink.classList.contains('slds-button_neutral')).toBe(true);
        expect(textOf(authLink)).toBe('Install link, if you start using it (opens in a new tab)');
        expect(auth.shadowRoot!.querySelector('article')!.className).toContain('slds-theme_shade');
    });

    it('says when existing authorizations or the install cannot be determined', async () => {
        const snapshot = clone(loadSnapshot('prod-nothing-installed'));
        const unavailable = {
            status: 'unavailable' as const,
            reason: 'No access',
            missingPermissions: ['PermissionsViewSetup'],
            missingFields: [],
            truncated: false,
            data: null
        };
        snapshot.apps = unavailable;
        snapshot.authorizations = unavailable;
        const web = app(loadReport('prod-nothing-installed', snapshot), 'Jetstream_Web');
        expect(web.install).toBe('cannotDetermine');
        const element = render(web);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('[data-install]'))).toBe('Cannot determine whether it is installed');
        expect(web.authorizations).toBeNull();
        expect(textOf(root.querySelector('.authorizations-unknown'))).toBe('Existing authorizations cannot be determined.');
        expect(textOf(root.querySelector('.permitted-users'))).toBe(PERMITTED_TEXT[web.permittedUsers]);
        await expect(element).toBeAccessible();
    });

    it('does not claim "nobody is granted" when the reader could not read the grants', async () => {
        const id = 'prod-reader-without-view-setup';
        const snapshot = loadSnapshot(id);
        expect(snapshot.grants.status).toBe('unavailable');
        const web = app(loadReport(id, snapshot), 'Jetstream_Web');
        expect(web.grantsReadable).toBe(false);
        const element = render(web);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('.grants-heading'))).toBe('Profiles, permission sets and groups granted this app');
        expect(textOf(root.querySelector('.grants-unknown'))).toBe(
            'Cannot determine which profiles, permission sets and groups are granted this app.'
        );
        expect(textOf(root.querySelector('.grants-unknown-reason'))).toBe(snapshot.grants.reason ?? '');
        expect(root.querySelector('.grants-empty')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when the grants listed are only the first rows the reader read', async () => {
        const id = 'prod-admin-approved-with-grants';
        const complete = loadReport(id).apps.find((entry) => entry.grants.length > 0)!;
        const completeCard = render(complete);
        await flushPromises();
        expect(completeCard.shadowRoot!.querySelector('.grants-truncated')).toBeNull();

        const snapshot = clone(loadSnapshot(id));
        snapshot.grants = { ...snapshot.grants, status: 'partial', reason: 'Row cap reached', truncated: true };
        const granted = app(loadReport(id, snapshot), complete.catalogName);
        expect(granted.grantsAtLeast).toBe(true);
        const element = render(granted);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.grants-truncated'))).toBe(
            'The reader stopped at its row cap: more may be granted than listed here.'
        );
        expect(element.shadowRoot!.querySelectorAll('table.grants tbody tr')).toHaveLength(granted.grants.length);
    });

    it('pages thousands of grants 25 at a time', async () => {
        const report = loadReport('prod-admin-approved-with-grants');
        const granted = report.apps.find((entry) => entry.grants.length > 0)!;
        const template = granted.grants[0]!;
        const grants: GrantView[] = Array.from({ length: 3000 }, (_, i) => ({ ...template, name: `Set_${i + 1}`, label: `Set ${i + 1}` }));
        const element = render({ ...granted, grants });
        await flushPromises();
        const root = element.shadowRoot!;
        expect(root.querySelectorAll('table.grants tbody tr')).toHaveLength(25);
        expect(textOf(root.querySelector('.grants-heading'))).toContain('(3,000)');
        expect(textOf(queryDeep(queryDeep(element, '.grants-pager')!, '.range'))).toBe('1–25 of 3,000');
        queryDeep(queryDeep(element, '.grants-pager')!, 'lightning-button.next')!.click();
        await flushPromises();
        expect(textOf(root.querySelector('table.grants tbody tr th'))).toBe('Set 26 (Set_26) (opens in a new tab)');
    });

    it('renders nothing without an app', async () => {
        const element = render(null);
        await flushPromises();
        expect(element.shadowRoot!.querySelector('article')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
