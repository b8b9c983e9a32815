import type { ReasonStep, UserReport, UserWayVerdict } from '../report';
import type { WayId } from '../snapshot';
import { clone, loadScenarioUser, loadSnapshot, userReportOf } from './engineTestKit';
import { evaluateUser } from '../user';

function way(report: UserReport, id: WayId): UserWayVerdict {
    const found = report.ways.find((w) => w.way === id);
    if (!found) throw new Error(`no way ${id}`);
    return found;
}

/** The chain as "question → answer" pairs, the shape an admin reads. */
function answers(chain: ReasonStep[]): string[] {
    return chain.map((s) => `${s.question} ${s.answer}`);
}

describe('per-user chain: one path each', () => {
    it('Approve Uninstalled through the standard System Administrator profile: can connect to an uninstalled app', () => {
        const web = way(userReportOf('prod-nothing-installed', 'dana'), 'web');
        expect(web.canConnect).toBe('yes');
        expect(web.unblockAction).toBeNull();
        expect(answers(web.chain)).toEqual([
            'Is Dana Whitfield an active user? yes',
            'Is Dana Whitfield frozen? no',
            'Does Dana Whitfield have API Enabled? yes',
            'Is Jetstream installed in this org? no',
            'Does Dana Whitfield hold Approve Uninstalled Connected Apps? yes'
        ]);
        expect(web.chain[4]?.detail).toBe('Through profile “System Administrator”.');
    });

    it('custom admin clone without the permission: blocked, and the one action is the install', () => {
        const web = way(userReportOf('prod-nothing-installed', 'marcus'), 'web');
        expect(web.canConnect).toBe('no');
        expect(answers(web.chain).slice(3)).toEqual([
            'Is Jetstream installed in this org? no',
            'Does Marcus Chen hold Approve Uninstalled Connected Apps? no',
            'Does Marcus Chen already have a Jetstream authorization? no'
        ]);
        expect(web.chain[4]?.detail).toContain('clones of System Administrator');
        expect(web.unblockAction).toBe('Install Jetstream in this org.');
        expect(web.unblockLinks[0]?.url).toBe(
            'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF'
        );
    });

    it('API Enabled missing: blocked for connecting orgs, but logging in with Salesforce does not need it', () => {
        const report = userReportOf('prod-all-installed-self-authorize', 'lena');
        const web = way(report, 'web');
        expect(web.canConnect).toBe('no');
        expect(answers(web.chain)).toEqual([
            'Is Lena Fischer an active user? yes',
            'Is Lena Fischer frozen? no',
            'Does Lena Fischer have API Enabled? no'
        ]);
        expect(web.unblockAction).toContain('Grant Lena Fischer API Enabled through a permission set');
        const login = way(report, 'loginWithSalesforce');
        expect(login.canConnect).toBe('yes');
        expect(login.chain.some((step) => step.question.includes('API Enabled'))).toBe(false);
    });

    it('inactive user: blocked everywhere, unblock is reactivation', () => {
        const report = userReportOf('prod-all-installed-self-authorize', 'omar');
        for (const w of report.ways) {
            expect(w.canConnect).toBe('no');
            expect(w.unblockAction).toBe('Reactivate Omar Haddad.');
            expect(w.unblockLinks[0]?.label).toBe('Setup: user Omar Haddad');
        }
    });

    it('self-authorize: any API-enabled user can connect', () => {
        const web = way(userReportOf('prod-all-installed-self-authorize', 'hiro'), 'web');
        expect(web.canConnect).toBe('yes');
        expect(answers(web.chain)).toEqual([
            'Is Hiro Tanaka an active user? yes',
            'Is Hiro Tanaka frozen? no',
            'Does Hiro Tanaka have API Enabled? yes',
            'Is Jetstream installed in this org? yes',
            'Can users self-authorize Jetstream? yes'
        ]);
    });

    it('granted through a permission set with an expiring assignment (and High Assurance noted)', () => {
        const web = way(userReportOf('prod-admin-approved-with-grants', 'jill'), 'web');
        expect(web.canConnect).toBe('yes');
        const granted = web.chain.find((s) => s.question === 'Is Jill Valentine pre-authorized for Jetstream?');
        expect(granted?.answer).toBe('yes');
        expect(granted?.detail).toBe('Through permission set “Jetstream Users” (assignment expires 2026-12-15).');
        expect(web.chain.at(-1)?.question).toBe('Does Jetstream require a High Assurance session?');
    });

    it('granted through a permission set group whose status is Outdated', () => {
        const web = way(userReportOf('prod-admin-approved-with-grants', 'carlos'), 'web');
        expect(web.canConnect).toBe('yes');
        const granted = web.chain.find((s) => s.question.startsWith('Is Carlos Oliveira pre-authorized'));
        expect(granted?.detail).toBe(
            'Through permission set group “Jetstream Power Users” (whose permission set “Jetstream_Users” holds the grant; group status Outdated: the aggregate may be stale until recalculated).'
        );
    });

    it('granted through the profile: the System Administrator profile grant reaches the admin', () => {
        const report = userReportOf('prod-admin-approved-with-grants', 'albert');
        const web = way(report, 'web');
        expect(web.canConnect).toBe('yes');
        expect(web.chain.find((s) => s.question.startsWith('Is Albert Wesker pre-authorized'))?.detail).toBe(
            'Through profile “System Administrator”.'
        );
        const desktop = way(report, 'desktop');
        expect(desktop.canConnect).toBe('no');
        expect(desktop.unblockAction).toBe(
            'Assign Albert Wesker the permission set “Jetstream Users”, which is granted Jetstream Desktop.'
        );
        expect(desktop.chain.at(-1)?.question).toBe('Has Albert Wesker failed to sign in to Jetstream Desktop recently?');
    });

    it('granted only through a session-based permission set: unknown, with the action to fix it', () => {
        const web = way(userReportOf('prod-admin-approved-with-grants', 'rebecca'), 'web');
        expect(web.canConnect).toBe('unknown');
        expect(web.chain.find((s) => s.question.startsWith('Is Rebecca Chambers pre-authorized'))?.detail).toContain(
            'grants nothing until a session activates it'
        );
        expect(web.unblockAction).toContain('without session activation');
    });

    it('admin-approved and not granted: blocked, with the failed sign-ins shown', () => {
        const web = way(userReportOf('prod-admin-approved-no-grants', 'peter'), 'web');
        expect(web.canConnect).toBe('no');
        expect(answers(web.chain)).toEqual([
            'Is Peter Gibbons an active user? yes',
            'Is Peter Gibbons frozen? no',
            'Does Peter Gibbons have API Enabled? yes',
            'Is Jetstream installed in this org? yes',
            'Can users self-authorize Jetstream? no',
            'Is Peter Gibbons pre-authorized for Jetstream? no',
            'Has Peter Gibbons failed to sign in to Jetstream recently? yes'
        ]);
        expect(web.chain.at(-1)?.detail).toBe('4 failed attempts: “Failed: Not approved for access”.');
        expect(web.unblockAction).toBe(
            'Grant Jetstream to a permission set (for example a dedicated “Jetstream Users”) and assign it to Peter Gibbons.'
        );
    });

    it('Approve Uninstalled does not help with an installed admin-approved app, but does with an uninstalled one', () => {
        const report = userReportOf('prod-admin-approved-no-grants', 'bill');
        expect(way(report, 'web').canConnect).toBe('no');
        expect(way(report, 'desktop').canConnect).toBe('yes');
    });

    it('existing token for an uninstalled app: the live one keeps working, the idle one is named as expired', () => {
        const web = way(userReportOf('prod-tokens-uninstalled-apps', 'tony'), 'web');
        expect(web.canConnect).toBe('yes');
        expect(web.chain.at(-1)?.detail).toBe(
            '1 live authorization (last used 2026-11-27): it keeps working until it expires or is revoked, but reconnecting will be blocked until Jetstream is installed. 1 more expired under the 30-day idle limit (last used 2026-08-01).'
        );
    });

    it('only idle tokens for an uninstalled app: expired under the 30-day idle limit, so the install is the action', () => {
        const report = userReportOf('prod-tokens-uninstalled-apps', 'tony', (facts) => {
            for (const t of facts.authorizations.data ?? []) if (t.appName === 'Jetstream') t.lastUsedDate = '2026-01-01T09:00:00.000Z';
        });
        const web = way(report, 'web');
        expect(web.canConnect).toBe('no');
        expect(web.chain.at(-1)).toEqual({
            question: 'Does Tony Marsh already have a Jetstream authorization?',
            answer: 'no',
            detail: '2 authorizations expired under the 30-day idle limit (last used 2026-01-01): none works any more.'
        });
        expect(web.unblockAction).toBe('Install Jetstream in this org.');
        expect(web.unblockLinks[0]?.url).toBe(
            'https://starklogistics.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF'
        );
        expect(report.findings.map((f) => f.ruleId)).not.toContain('user.existing-token-only');
    });

    it('a never-used token is judged by its creation date: created within 30 days it is live, older it has expired', () => {
        const neverUsed = (createdDate: string) =>
            way(
                userReportOf('prod-tokens-uninstalled-apps', 'tony', (facts) => {
                    for (const t of facts.authorizations.data ?? []) {
                        t.lastUsedDate = null;
                        t.createdDate = createdDate;
                    }
                }),
                'web'
            );
        // capturedAt 2026-11-28T14:05Z: 30 whole days after 2026-10-29T15:00Z is still within the limit.
        expect(neverUsed('2026-10-29T15:00:00.000Z').canConnect).toBe('yes');
        expect(neverUsed('2026-10-28T09:00:00.000Z').canConnect).toBe('no');
    });

    it('Use Any API Client holder: no longer a bypass for uninstalled apps', () => {
        const web = way(userReportOf('prod-tokens-uninstalled-apps', 'pepper'), 'web');
        expect(web.canConnect).toBe('no');
        const step = web.chain.find((s) => s.question === 'Does Use Any API Client let Pepper Quinn in?');
        expect(step?.answer).toBe('no');
        expect(step?.detail).toContain('2025-12-08');
    });

    it('Use Any API Client does reach an admin-approved external client app (the in-org package)', () => {
        const report = userReportOf('prod-admin-approved-with-grants', 'rebecca', (facts) => {
            const profile = facts.assignments.data?.[0];
            if (profile) profile.useAnyApiClient = true;
        });
        const pkg = way(report, 'inOrgPackage');
        expect(pkg.canConnect).toBe('yes');
        expect(pkg.chain.at(-1)?.detail).toContain('reaches any external client app');
    });

    it('an ECA that is not installed blocks its way with the package install as the action', () => {
        const pkg = way(userReportOf('prod-nothing-installed', 'dana'), 'inOrgPackage');
        expect(pkg.canConnect).toBe('no');
        expect(pkg.unblockAction).toBe('Install the Jetstream for Salesforce package, which brings Jetstream for Salesforce.');
        // The org does not use the in-org package: the user check shows it as such.
        expect(pkg.usage).toBe('notUsed');
    });

    it('login with Salesforce in a sandbox: not applicable, as on the way card', () => {
        const login = way(userReportOf('sandbox-not-installed', 'dana'), 'loginWithSalesforce');
        expect(login.canConnect).toBe('notApplicable');
        expect(login.usage).toBe('notApplicable');
        expect(answers(login.chain)).toEqual(['Is this a production org? no']);
        expect(login.chain[0]?.detail).toBe(
            'Jetstream Auth logs people in to Jetstream itself, and Jetstream’s docs (Team Management) say logging in with Salesforce requires a production org.'
        );
        expect(login.unblockAction).toBeNull();
    });

    it('Approve Uninstalled field absent: unknown, not no', () => {
        const desktop = way(userReportOf('prod-approve-field-missing', 'lucius'), 'desktop');
        expect(desktop.canConnect).toBe('unknown');
        expect(desktop.chain.find((s) => s.question.includes('Approve Uninstalled'))?.detail).toBe(
            'This org’s describe has no field for it, so it cannot be read.'
        );
    });

    it('facts the reader could not read: API Enabled unknown keeps every connecting way unknown', () => {
        const report = userReportOf('prod-reader-without-view-setup', 'jared');
        expect(way(report, 'web').canConnect).toBe('unknown');
        const desktop = way(report, 'desktop');
        expect(desktop.canConnect).toBe('unknown');
        expect(desktop.unblockAction).toBe('Check that Jared Dunn has API Enabled through their profile or a permission set.');
        expect(way(report, 'web').unblockAction).toContain('Check Jared Dunn’s profile and permission sets');
    });

    it('tokens unreadable for an uninstalled app: unknown (they might still have an authorization)', () => {
        const auth = way(userReportOf('prod-reader-lacks-customize-application', 'sarah'), 'loginWithSalesforce');
        expect(auth.canConnect).toBe('unknown');
        expect(auth.chain.find((s) => s.question.includes('authorization'))?.answer).toBe('unknown');
    });

    it('user section unavailable: every way unknown, with a manual check', () => {
        const report = userReportOf('prod-nothing-installed', 'priya', (facts) => {
            facts.user = {
                status: 'unavailable',
                reason: 'User not visible.',
                missingPermissions: ['PermissionsManageUsers'],
                missingFields: [],
                truncated: false,
                data: null
            };
        });
        expect(report.userId).toBe('');
        expect(report.name).toBe('Unknown user');
        for (const w of report.ways) {
            expect(w.canConnect).toBe('unknown');
            expect(w.chain[0]?.detail).toBe('User not visible.');
        }
        expect(report.findings.map((f) => f.ruleId)).toContain('user.facts-unavailable');
    });

    it('an assignment whose expiration date has passed grants nothing', () => {
        const before = way(userReportOf('prod-admin-approved-with-grants', 'jill', undefined, new Date('2026-12-10T00:00:00Z')), 'web');
        expect(before.canConnect).toBe('yes');
        const after = way(userReportOf('prod-admin-approved-with-grants', 'jill', undefined, new Date('2026-12-20T00:00:00Z')), 'web');
        expect(after.canConnect).toBe('no');
    });

    it('install state unknown or Permitted Users unreadable: unknown', () => {
        const snapshot = clone(loadSnapshot('prod-ready-least-privilege'));
        const web = snapshot.apps.data?.find((a) => a.catalogName === 'Jetstream_Web');
        if (web) web.optionsAllowAdminApprovedUsersOnly = null;
        snapshot.apps.data = (snapshot.apps.data ?? []).filter((a) => a.catalogName !== 'Jetstream_Desktop');
        const report = evaluateUser(snapshot, loadScenarioUser('prod-ready-least-privilege', 'thorn'));
        expect(way(report, 'web').canConnect).toBe('unknown');
        expect(way(report, 'web').unblockAction).toContain('Check Permitted Users of Jetstream');
        expect(way(report, 'desktop').canConnect).toBe('unknown');
        expect(way(report, 'desktop').unblockAction).toContain('Manage Connected Apps');
    });

    it('a way the catalog does not serve is unknown', () => {
        const snapshot = clone(loadSnapshot('prod-ready-least-privilege'));
        snapshot.catalog.data = (snapshot.catalog.data ?? []).filter((e) => e.way !== 'desktop');
        const report = evaluateUser(snapshot, loadScenarioUser('prod-ready-least-privilege', 'thorn'));
        expect(way(report, 'desktop')).toEqual({
            way: 'desktop',
            usage: 'expected',
            unblockLinks: [],
            label: 'Jetstream desktop app',
            canConnect: 'unknown',
            chain: [
                {
                    question: 'Which app serves this way of connecting?',
                    answer: 'unknown',
                    detail: 'The catalog has no app for it (or could not be read).'
                }
            ],
            unblockAction: null
        });
    });

    it('reuses the org facts for the same snapshot and re-derives them for another moment', () => {
        const snapshot = loadSnapshot('prod-admin-approved-with-grants');
        const facts = loadScenarioUser('prod-admin-approved-with-grants', 'jill');
        const a = evaluateUser(snapshot, facts);
        const b = evaluateUser(snapshot, facts);
        expect(b).toEqual(a);
        expect(way(evaluateUser(snapshot, facts, { now: new Date('2027-01-01T00:00:00Z') }), 'web').canConnect).toBe('no');
        expect(way(evaluateUser(snapshot, facts), 'web').canConnect).toBe('yes');
    });
});
