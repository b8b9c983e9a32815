import type { Verdict } from '../report';
import type { WayId } from '../snapshot';
import { AUTH, DESKTOP, ECA, WEB, clone, loadScenarios, loadSnapshot, reportOf, withUnavailable, withUsage } from './engineTestKit';

// The verdict of each way in each sample org: the story the README tells (docs: sample orgs).
const WAY_VERDICTS: Record<string, Record<WayId, Verdict>> = {
    'prod-nothing-installed': {
        web: 'actionNeeded',
        desktop: 'actionNeeded',
        loginWithSalesforce: 'actionNeeded',
        inOrgPackage: 'notUsed'
    },
    'prod-all-installed-self-authorize': { web: 'ready', desktop: 'ready', loginWithSalesforce: 'ready', inOrgPackage: 'notUsed' },
    'prod-admin-approved-no-grants': { web: 'blocked', desktop: 'notUsed', loginWithSalesforce: 'actionNeeded', inOrgPackage: 'notUsed' },
    'prod-admin-approved-with-grants': { web: 'ready', desktop: 'ready', loginWithSalesforce: 'ready', inOrgPackage: 'ready' },
    'sandbox-not-installed': {
        web: 'actionNeeded',
        desktop: 'actionNeeded',
        loginWithSalesforce: 'notApplicable',
        inOrgPackage: 'notUsed'
    },
    'prod-tokens-uninstalled-apps': { web: 'actionNeeded', desktop: 'actionNeeded', loginWithSalesforce: 'ready', inOrgPackage: 'notUsed' },
    'prod-approve-field-missing': { web: 'ready', desktop: 'actionNeeded', loginWithSalesforce: 'actionNeeded', inOrgPackage: 'notUsed' },
    'prod-reader-lacks-customize-application': {
        web: 'ready',
        desktop: 'ready',
        loginWithSalesforce: 'actionNeeded',
        inOrgPackage: 'notUsed'
    },
    'prod-ready-least-privilege': { web: 'ready', desktop: 'ready', loginWithSalesforce: 'ready', inOrgPackage: 'ready' },
    'sandbox-missing-approve-permission': {
        web: 'blocked',
        desktop: 'blocked',
        loginWithSalesforce: 'notApplicable',
        inOrgPackage: 'notUsed'
    },
    'prod-reader-without-view-setup': {
        web: 'cannotDetermine',
        desktop: 'ready',
        loginWithSalesforce: 'actionNeeded',
        inOrgPackage: 'notUsed'
    },
    'prod-frozen-and-ip-refused': { web: 'actionNeeded', desktop: 'actionNeeded', loginWithSalesforce: 'ready', inOrgPackage: 'notUsed' }
};

/** Overall verdict and the first step of the plan (the header's "start here"); null: nothing to do. */
const OVERALL: Record<string, [Verdict, string | null]> = {
    'prod-nothing-installed': ['actionNeeded', 'Install the Jetstream apps'],
    'prod-all-installed-self-authorize': ['ready', 'Limit who can connect: pre-authorize a “Jetstream Users” permission set'],
    'prod-admin-approved-no-grants': ['blocked', 'Pre-authorize users for Jetstream'],
    'prod-admin-approved-with-grants': ['ready', 'Avoid extra verification prompts: review the High Assurance session policy'],
    'sandbox-not-installed': ['actionNeeded', 'Install the Jetstream apps here now, and in production before the next refresh'],
    'prod-tokens-uninstalled-apps': ['actionNeeded', 'Install the Jetstream apps'],
    'prod-approve-field-missing': ['actionNeeded', 'Install the Jetstream apps'],
    'prod-reader-lacks-customize-application': ['actionNeeded', 'Install Jetstream Auth'],
    'prod-ready-least-privilege': ['ready', null],
    'sandbox-missing-approve-permission': ['blocked', 'Install the Jetstream apps here now, and in production before the next refresh'],
    'prod-reader-without-view-setup': ['actionNeeded', 'Install Jetstream Auth'],
    'prod-frozen-and-ip-refused': ['actionNeeded', 'Unfreeze the 2 users who connect Jetstream, then check the install']
};

describe('way verdicts per scenario', () => {
    it('covers every fixture scenario', () => {
        const ids = loadScenarios()
            .map((s) => s.id)
            .sort();
        expect(Object.keys(WAY_VERDICTS).sort()).toEqual(ids);
        expect(Object.keys(OVERALL).sort()).toEqual(ids);
    });
    for (const [scenario, expected] of Object.entries(WAY_VERDICTS)) {
        it(`${scenario}: ${Object.values(expected).join(', ')}`, () => {
            const report = reportOf(scenario);
            expect(Object.fromEntries(report.ways.map((w) => [w.way, w.verdict]))).toEqual(expected);
            // The app card of each way's app says the same.
            for (const way of report.ways) expect(report.apps.find((a) => a.catalogName === way.catalogName)?.verdict).toBe(way.verdict);
        });
    }
    for (const [scenario, [verdict, start]] of Object.entries(OVERALL)) {
        it(`${scenario}: overall ${verdict}, start with ${start ?? 'nothing'}`, () => {
            const report = reportOf(scenario);
            expect([report.overall.verdict, report.overall.startHere?.title ?? null]).toEqual([verdict, start]);
            expect(report.overall).not.toHaveProperty('score');
        });
    }

    it('gives each way a reason chain that ends in the deciding fact', () => {
        const web = reportOf('prod-admin-approved-no-grants').ways.find((w) => w.way === 'web');
        expect(web?.reasons.map((r) => `${r.question} ${r.answer}`)).toEqual([
            'Is Jetstream installed? yes',
            'Can users self-authorize Jetstream? no',
            'Is Jetstream granted to profiles, permission sets or groups with active users? no'
        ]);
        expect(web?.summary).toBe('Jetstream is admin-approved but nobody is pre-authorized: every connection fails.');
        const desktop = reportOf('prod-nothing-installed').ways.find((w) => w.way === 'desktop');
        expect(desktop?.reasons.map((r) => r.answer)).toEqual(['no', 'yes', 'no']);
        expect(desktop?.reasons.at(-1)?.question).toBe('Do users already have Jetstream Desktop authorizations?');
    });

    it('log in with Salesforce is not applicable in a sandbox, citing Jetstream’s docs for production only', () => {
        const login = reportOf('sandbox-not-installed').ways.find((w) => w.way === 'loginWithSalesforce');
        expect(login?.verdict).toBe('notApplicable');
        expect(login?.usage.usage).toBe('notApplicable');
        expect(login?.summary).toBe(
            'Not applicable in a sandbox: Jetstream’s docs (Team Management) say logging in with Salesforce requires a production org.'
        );
        const prod = reportOf('prod-ready-least-privilege').ways.find((w) => w.way === 'loginWithSalesforce');
        expect(prod?.reasons[0]).toEqual({
            question: 'Is this a production org?',
            answer: 'yes',
            detail: 'Jetstream Auth logs people in to Jetstream itself (it does not connect orgs), and Jetstream’s docs (Team Management) say logging in with Salesforce requires a production org.'
        });
    });

    it('high assurance shows in the chain; a ready way has no "no" about keeping users connected', () => {
        const web = reportOf('prod-admin-approved-with-grants').ways.find((w) => w.way === 'web');
        expect(web?.reasons.some((r) => r.question === 'Does Jetstream require a High Assurance session?' && r.answer === 'yes')).toBe(
            true
        );
        const desktop = reportOf('prod-reader-without-view-setup').ways.find((w) => w.way === 'desktop');
        expect(desktop?.verdict).toBe('ready');
        expect(desktop?.reasons.some((r) => r.answer === 'no' && /connected/.test(r.question))).toBe(false);
    });

    it('cannot determine when the apps, the catalog or the Permitted Users policy are unreadable; the headline names the cause', () => {
        const noApps = reportOf(withUnavailable(loadSnapshot('prod-ready-least-privilege'), 'apps', 'PermissionsViewSetup'));
        // Soylent marks the in-org package expected: it counts, and cannot be determined either.
        expect(noApps.ways.map((w) => w.verdict)).toEqual(['cannotDetermine', 'cannotDetermine', 'cannotDetermine', 'cannotDetermine']);
        expect(noApps.overall.verdict).toBe('cannotDetermine');
        expect(noApps.overall.headline).toBe(
            'Cannot determine — start with: Complete the check: run it as a user with View Setup and Configuration'
        );
        const noCatalog = reportOf(withUnavailable(loadSnapshot('prod-ready-least-privilege'), 'catalog', 'PermissionsViewSetup'));
        expect(noCatalog.ways[0]?.summary).toBe('The Jetstream app catalog could not be read.');
        expect(noCatalog.apps).toEqual([]);
        const s = clone(loadSnapshot('prod-ready-least-privilege'));
        const web = s.apps.data?.find((a) => a.catalogName === WEB);
        if (web) web.optionsAllowAdminApprovedUsersOnly = null;
        const unknownPolicy = reportOf(s);
        expect(unknownPolicy.ways[0]?.verdict).toBe('cannotDetermine');
        expect(unknownPolicy.apps[0]?.whoCanConnect).toBe('Cannot determine: the Permitted Users policy could not be read.');
    });

    it('an admin-approved ECA with nobody granted is reachable only by Use Any API Client holders', () => {
        const s = withUsage(loadSnapshot('prod-all-installed-self-authorize'), ECA, 'expected');
        const eca = s.apps.data?.find((a) => a.catalogName === ECA);
        if (!eca) throw new Error('fixture has the ECA row');
        Object.assign(eca, {
            installed: true,
            objectType: 'ExternalClientApplication',
            id: '0xI8c00000Test1AAA',
            name: 'Jetstream for Salesforce',
            ecaPolicy: {
                permittedUsersPolicyType: 'AdminApprovedPreAuthorized',
                ipRelaxationPolicyType: 'Enforce',
                refreshTokenPolicyType: 'Zero',
                refreshTokenValidityPeriod: null,
                refreshTokenValidityUnit: null,
                requiredSessionLevel: 'HIGH_ASSURANCE'
            }
        });
        const report = reportOf(s);
        const way = report.ways.find((w) => w.way === 'inOrgPackage');
        expect(way?.verdict).toBe('actionNeeded');
        const app = report.apps.find((a) => a.catalogName === ECA);
        expect(app?.whoCanConnect).toBe('Nobody is pre-authorized, plus 2 holders of Use Any API Client.');
        expect(app?.sessionPolicy).toBe('High Assurance session required.');
        expect(app?.reconnectCadence).toContain('reconnect every time');
        expect(app?.manageLink.url).toBe('/lightning/setup/ManageExternalClientApplication/home');
        const noGrants = report.findings.find((f) => f.ruleId === 'app.admin-approved-no-grants');
        expect(noGrants?.severity).toBe('warning');
        expect(noGrants?.items[0]?.detail).toBe('Nobody is pre-authorized; only holders of Use Any API Client reach it.');
    });
});

describe('app verdicts', () => {
    it('installed / not installed / permitted users and who can connect, in plain words', () => {
        const apps = reportOf('prod-admin-approved-with-grants').apps;
        expect(apps.map((a) => [a.catalogName, a.install, a.permittedUsers])).toEqual([
            [WEB, 'installed', 'adminApproved'],
            [DESKTOP, 'installed', 'adminApproved'],
            [AUTH, 'installed', 'adminApproved'],
            [ECA, 'installed', 'adminApproved']
        ]);
        expect(apps[0]?.whoCanConnect).toBe(
            'Only users assigned profile “System Administrator” (4), permission set “Jetstream Users” (14), permission set group “Jetstream Power Users” (5): up to 23 users.'
        );
        expect(apps[0]?.grants.find((g) => g.name === 'Jetstream_Break_Glass')?.notes).toEqual(['session-based']);
        expect(apps[0]?.grants.find((g) => g.name === 'Jetstream_Power_Users')?.notes).toEqual(['group status Outdated']);
        expect(apps[0]?.grants.find((g) => g.name === 'Jetstream_Users')?.notes).toEqual(['3 assignments expire']);
        expect(apps[0]?.sessionPolicy).toBe('High Assurance session required.');
        expect(apps[1]?.sessionPolicy).toBe('Standard session (no High Assurance requirement).');
        expect(apps[3]?.installLink).toBeNull();
        expect(apps[3]?.refreshTokenPolicy).toBe('Expire refresh token after 7 days');
    });

    it('who can connect when not installed depends on the bypass holders', () => {
        expect(reportOf('prod-nothing-installed').apps[0]?.whoCanConnect).toBe(
            'Only the 3 users holding Approve Uninstalled Connected Apps (through “System Administrator”).'
        );
        expect(reportOf('sandbox-missing-approve-permission').apps[0]?.whoCanConnect).toBe(
            'Nobody: the app is not installed and nobody holds Approve Uninstalled Connected Apps.'
        );
        expect(reportOf('prod-approve-field-missing').apps[1]?.whoCanConnect).toContain('who cannot be listed here');
        expect(reportOf('prod-nothing-installed').apps[3]?.whoCanConnect).toBe('Nobody: the in-org package is not installed.');
        expect(reportOf('prod-all-installed-self-authorize').apps[0]?.whoCanConnect).toBe(
            'Any user with API Enabled (self-authorize): up to 258 active users through 3 profiles, permission sets or groups.'
        );
        expect(reportOf('prod-reader-without-view-setup').apps[1]?.whoCanConnect).toBe('Any user with API Enabled (self-authorize).');
        expect(reportOf('prod-all-installed-self-authorize').apps[2]?.whoCanConnect).toBe(
            'Any active user can log in to Jetstream with it (self-authorize).'
        );
        expect(reportOf('prod-all-installed-self-authorize').ways[2]?.summary).toBe('Ready: any active user can connect.');
        expect(reportOf('prod-reader-without-view-setup').apps[0]?.whoCanConnect).toBe(
            'Only pre-authorized users; the grants could not be read.'
        );
        expect(reportOf('prod-admin-approved-no-grants').apps[0]?.whoCanConnect).toBe('Nobody is pre-authorized.');
    });

    it('install and manage links', () => {
        const apps = reportOf('sandbox-not-installed').apps;
        expect(apps.map((a) => a.installLink?.url ?? null)).toEqual([
            'https://acme--uat.sandbox.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF',
            'https://acme--uat.sandbox.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CadS&app_org_id=00D4S000000pHDF',
            'https://acme--uat.sandbox.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000Cact&app_org_id=00D4S000000pHDF',
            null
        ]);
        expect(apps[0]?.manageLink).toEqual({
            label: 'Setup: Manage Connected Apps (Jetstream)',
            url: '/lightning/setup/ConnectedApplication/home',
            kind: 'setup'
        });
    });

    it('authorization summaries: users, tokens, used-but-not-installed and lower bounds', () => {
        const web = reportOf('prod-tokens-uninstalled-apps').apps[0]?.authorizations;
        expect(web).toMatchObject({ users: 9, tokens: 10, lastUsed: '2026-11-27T18:22:00.000Z', appInstalled: false, atLeast: false });
        expect(web?.sample).toHaveLength(10);
        // The user's own Setup page, from the token row's user id (generated, so read from the row).
        expect(web?.sample[0]?.link.url).toBe(
            `/lightning/setup/ManageUsers/page?address=%2F${web?.sample[0]?.userId}%3Fnoredirect%3D1%26isUserEntityOverride%3D1`
        );
        expect(web?.sample[0]?.userId).toMatch(/^005\w{15}$/);
        expect(web?.sample[0]).toMatchObject({
            userId: web?.sample[0]?.userId,
            name: 'Tony Marsh',
            username: 'tony.marsh@starklogistics.com',
            lastUsed: '2026-11-27T18:22:00.000Z',
            useCount: 3310
        });
        expect(reportOf('prod-reader-lacks-customize-application').apps[0]?.authorizations?.atLeast).toBe(true);
    });

    it('used but not installed only when the install is known to be missing, not when it cannot be determined', () => {
        const used = reportOf('prod-tokens-uninstalled-apps').apps.map((a) => [
            a.catalogName,
            a.install,
            a.authorizations?.usedButNotInstalled
        ]);
        expect(used).toEqual([
            [WEB, 'notInstalled', true],
            [DESKTOP, 'notInstalled', true],
            [AUTH, 'installed', false],
            [ECA, 'notInstalled', false]
        ]);
        const appsUnreadable = reportOf(withUnavailable(loadSnapshot('prod-tokens-uninstalled-apps'), 'apps', 'PermissionsViewSetup'));
        const web = appsUnreadable.apps.find((a) => a.catalogName === WEB);
        expect(web?.install).toBe('cannotDetermine');
        expect(web?.authorizations?.tokens).toBeGreaterThan(0);
        expect(web?.authorizations?.appInstalled).toBe(false);
        expect(web?.authorizations?.usedButNotInstalled).toBe(false);
    });

    it('login with Salesforce in a sandbox is not applicable: neutral, never counted, no install', () => {
        const report = reportOf('sandbox-not-installed');
        const login = report.ways.find((w) => w.way === 'loginWithSalesforce');
        expect(login?.verdict).toBe('notApplicable');
        expect(login?.verdictIfUsed).toBeNull();
        expect(report.apps.find((a) => a.catalogName === AUTH)?.installRecommended).toBe(false);
    });

    it('who keeps working counts only tokens within the 30-day idle limit; used but not installed counts every token', () => {
        const tokenStep = (r: ReturnType<typeof reportOf>) =>
            r.ways.find((w) => w.way === 'web')?.reasons.find((s) => s.question === 'Do users already have Jetstream authorizations?');
        // The fixture: 9 users, one of Tony Marsh's two tokens idle since 2026-08-01 (captured 2026-11-28).
        expect(tokenStep(reportOf('prod-tokens-uninstalled-apps'))).toMatchObject({
            answer: 'yes',
            detail: '9 users keep working until their authorization expires or is revoked; they cannot reconnect. 1 other token probably expired (unused for more than 30 days).'
        });
        const allIdle = loadSnapshot('prod-tokens-uninstalled-apps');
        for (const group of allIdle.authorizations.data ?? []) {
            for (const use of group.uses) use.lastUse = '2026-01-01T09:00:00.000Z';
            for (const t of group.sample) t.lastUsedDate = '2026-01-01T09:00:00.000Z';
        }
        const report = reportOf(allIdle);
        expect(tokenStep(report)).toEqual({
            question: 'Do users already have Jetstream authorizations?',
            answer: 'no',
            detail: '9 users hold authorizations unused for more than 30 days (last used 2026-01-01), so probably expired: none keeps working.'
        });
        expect(report.apps.find((a) => a.catalogName === WEB)?.authorizations?.usedButNotInstalled).toBe(true);
    });

    it('recommends the install only for apps known to be missing that this org needs', () => {
        const recommended = (r: ReturnType<typeof reportOf>) => r.apps.filter((a) => a.installRecommended).map((a) => a.catalogName);
        expect(recommended(reportOf('prod-nothing-installed'))).toEqual([WEB, DESKTOP, AUTH]);
        // Jetstream Auth logs in to Jetstream with a production org only; the in-org package is optional.
        expect(recommended(reportOf('sandbox-not-installed'))).toEqual([WEB, DESKTOP]);
        expect(recommended(reportOf('prod-tokens-uninstalled-apps'))).toEqual([WEB, DESKTOP]);
        expect(recommended(reportOf('prod-ready-least-privilege'))).toEqual([]);
        expect(recommended(reportOf(withUnavailable(loadSnapshot('prod-nothing-installed'), 'apps', 'PermissionsViewSetup')))).toEqual([]);
        const report = reportOf('prod-nothing-installed');
        expect(report.findings.filter((f) => f.ruleId === 'app.not-installed').flatMap((f) => f.items.map((i) => i.catalogName))).toEqual(
            recommended(report)
        );
        // A way the org does not use: no install recommended, but the link stays on its card.
        const initech = reportOf('prod-admin-approved-no-grants').apps.find((a) => a.catalogName === DESKTOP);
        expect([initech?.installRecommended, initech?.installLink?.kind]).toEqual([false, 'install']);
    });

    it('says whether the grants were readable, why not, and whether the list is a prefix', () => {
        const read = reportOf('prod-admin-approved-with-grants').apps;
        expect(read.map((a) => [a.grantsReadable, a.grantsUnreadableReason, a.grantsAtLeast])).toEqual(read.map(() => [true, null, false]));
        expect(read.some((a) => a.grants.length > 0)).toBe(true);

        const unreadableSnapshot = loadSnapshot('prod-reader-without-view-setup');
        expect(unreadableSnapshot.grants.status).toBe('unavailable');
        const unreadable = reportOf(unreadableSnapshot).apps;
        for (const a of unreadable) {
            expect(a.grantsReadable).toBe(false);
            expect(a.grantsUnreadableReason).toBe(unreadableSnapshot.grants.reason);
            expect(a.grantsAtLeast).toBe(false);
            expect(a.grants).toEqual([]);
        }
        const noReason = withUnavailable(loadSnapshot('prod-admin-approved-with-grants'), 'grants', 'PermissionsViewSetup');
        noReason.grants.reason = null;
        expect(reportOf(noReason).apps[0]?.grantsUnreadableReason).toBe('The grants could not be read.');

        const capped = clone(loadSnapshot('prod-admin-approved-with-grants'));
        capped.grants = { ...capped.grants, status: 'partial', reason: 'Row cap reached.', truncated: true };
        expect(reportOf(capped).apps.map((a) => [a.grantsReadable, a.grantsAtLeast])).toEqual(read.map(() => [true, true]));
    });
});

describe('bypass permissions, sandbox checklist, reader gaps', () => {
    it('lists Approve Uninstalled holders with the standard System Administrator flagged and sample users', () => {
        const [approve, useAny] = reportOf('prod-nothing-installed').bypassPermissions;
        expect(approve?.determinable).toBe(true);
        expect(approve?.holders.map((h) => [h.label, h.isStandardSystemAdministrator, h.activeAssignees])).toEqual([
            ['System Administrator', true, 3]
        ]);
        expect(approve?.holders[0]?.sampleUsers.map((u) => u.name)).toEqual(['Dana Whitfield']);
        expect(approve?.advice).toContain('Custom admin profiles, including System Administrator clones, did not receive it');
        expect(useAny?.determinable).toBe(false);
        expect(useAny?.advice).toContain('API Access Control does not appear to be provisioned');
    });

    it('says cannot determine (not nobody) when the field is absent, and nobody when nobody holds it', () => {
        expect(reportOf('prod-approve-field-missing').bypassPermissions[0]?.advice).toContain('not “nobody”');
        expect(reportOf('sandbox-missing-approve-permission').bypassPermissions[0]?.advice).toContain('Nobody holds it');
        const unreadable = reportOf('prod-reader-without-view-setup').bypassPermissions;
        expect(unreadable.map((b) => [b.determinable, b.advice])).toEqual([
            [false, 'Holders could not be read.'],
            [false, 'Holders could not be read.']
        ]);
        const [, useAny] = reportOf('prod-tokens-uninstalled-apps').bypassPermissions;
        expect(useAny?.holders.map((h) => h.label)).toEqual(['API Power Users']);
        expect(useAny?.advice).toContain('no longer lets users authorize uninstalled connected apps');
        const [, none] = reportOf('prod-all-installed-self-authorize').bypassPermissions;
        expect(none?.holders).toHaveLength(1);
    });

    it('sandbox refresh: production and sandbox checklists', () => {
        const prod = reportOf('prod-nothing-installed').sandboxRefresh;
        expect(prod.isSandbox).toBe(false);
        expect(prod.summary).toBe(
            'Production without Jetstream, Jetstream Desktop and Jetstream Auth: every sandbox created or refreshed from it lacks them, and every Jetstream user there must reconnect after a refresh.'
        );
        expect(prod.options).toEqual([]);
        expect(prod.refreshEffects[0]).toContain('new Organization Id');
        expect(prod.checklist[0]).toBe('Jetstream: install it here before refreshing sandboxes.');
        expect(reportOf('prod-ready-least-privilege').sandboxRefresh.summary).toContain('carry the installs');
        const sandbox = reportOf('sandbox-not-installed').sandboxRefresh;
        expect(sandbox.isSandbox).toBe(true);
        expect(sandbox.summary).toBe(
            'Sandbox without Jetstream and Jetstream Desktop: install here now, in production before the next refresh, or both (this check cannot see production).'
        );
        expect(sandbox.options.map((o) => o.title)).toEqual([
            'Install Jetstream and Jetstream Desktop in this sandbox now',
            'Install Jetstream and Jetstream Desktop in production before the next refresh'
        ]);
        expect(sandbox.options[0]?.tradeOff).toContain('Lost at its next refresh');
        expect(sandbox.options[1]?.links[0]?.url).toMatch(/^https:\/\/acme\.my\.salesforce\.com\/identity/);
        expect(sandbox.refreshEffects.join(' ')).toContain('unverified');
        expect(sandbox.checklist.join(' ')).toContain('Match Production Licenses');
        const unknownOrg = reportOf(withUnavailable(loadSnapshot('prod-nothing-installed'), 'org', 'PermissionsViewSetup'));
        expect(unknownOrg.sandboxRefresh.summary).toBe('Cannot determine whether this org is a sandbox.');
        expect(unknownOrg.sandboxRefresh.isSandbox).toBeNull();
        expect(unknownOrg.org).toEqual({ id: null, name: null, isSandbox: null, myDomainUrl: null });
        expect(unknownOrg.apps[0]?.installLink).toBeNull();
        const noApps = reportOf(withUnavailable(loadSnapshot('prod-nothing-installed'), 'apps', 'PermissionsViewSetup'));
        expect(noApps.sandboxRefresh.summary).toBe(
            'Cannot determine whether every Jetstream app this org uses is installed in production.'
        );
        expect(noApps.sandboxRefresh.checklist[0]).toContain('install state unknown');
        const s = clone(loadSnapshot('sandbox-not-installed'));
        for (const app of s.apps.data ?? []) app.installed = true;
        expect(reportOf(s).sandboxRefresh.summary).toContain('make sure production has them too');
    });

    it('reader gaps name what each missing permission would unlock', () => {
        expect(reportOf('prod-ready-least-privilege').readerGaps).toEqual([]);
        expect(reportOf('prod-reader-lacks-customize-application').readerGaps).toEqual([
            {
                permission: 'PermissionsCustomizeApplication',
                label: 'Customize Application',
                unlocks: 'Every user’s Jetstream authorizations (OauthToken); without it only your own are visible.'
            },
            {
                permission: 'PermissionsModifyAllData',
                label: 'Modify All Data or Manage Connected Apps',
                unlocks: 'Installing the apps yourself (with Customize Application).'
            }
        ]);
        const s = clone(loadSnapshot('prod-ready-least-privilege'));
        s.grants = {
            status: 'unavailable',
            reason: null,
            missingPermissions: ['PermissionsViewAllData'],
            missingFields: [],
            truncated: false,
            data: null
        };
        expect(reportOf(s).readerGaps).toEqual([
            { permission: 'PermissionsViewAllData', label: 'ViewAllData', unlocks: 'A fuller read of the org.' }
        ]);
        const managesApps = clone(loadSnapshot('prod-reader-lacks-customize-application'));
        const check = managesApps.runningUser.data?.permissions.find((p) => p.name === 'PermissionsManageRemoteAccess');
        if (check) check.held = true;
        expect(reportOf(managesApps).readerGaps.map((g) => g.permission)).toEqual(['PermissionsCustomizeApplication']);
    });

    it('counts Monitor Login History as a reader of every sign-in, like Manage Users (review DEF-17)', () => {
        const holding = (held: Record<string, boolean>): ReturnType<typeof reportOf> => {
            const s = clone(loadSnapshot('prod-ready-least-privilege'));
            for (const p of s.runningUser.data?.permissions ?? []) p.held = held[p.name] ?? p.held;
            return reportOf(s);
        };
        expect(holding({ PermissionsManageUsers: false }).readerGaps).toEqual([]);
        expect(holding({ PermissionsMonitorLoginHistory: false }).readerGaps).toEqual([]);
        expect(holding({ PermissionsManageUsers: false, PermissionsMonitorLoginHistory: false }).readerGaps).toEqual([
            {
                permission: 'PermissionsManageUsers',
                label: 'Manage Users or Monitor Login History',
                unlocks:
                    'Every user’s recent sign-ins and refusals (Login History); without it only your own are visible. Manage Users also shows who is frozen (User Login).'
            }
        ]);
        // Monitor Login History reads every sign-in but not who is frozen (UserLogin needs Manage Users).
        const frozenUnread = clone(loadSnapshot('prod-ready-least-privilege'));
        for (const p of frozenUnread.runningUser.data?.permissions ?? []) if (p.name === 'PermissionsManageUsers') p.held = false;
        frozenUnread.frozenUsers = {
            ...frozenUnread.frozenUsers,
            status: 'unavailable',
            data: null,
            missingPermissions: ['PermissionsManageUsers']
        };
        expect(reportOf(frozenUnread).readerGaps).toEqual([
            {
                permission: 'PermissionsManageUsers',
                label: 'Manage Users',
                unlocks: 'Who is frozen (User Login); Monitor Login History already shows every sign-in.'
            }
        ]);
        // The reader names both when it lacks both; the report still shows one gap.
        expect(reportOf('prod-reader-without-view-setup').readerGaps.filter((g) => /Login History/.test(g.label))).toEqual([
            expect.objectContaining({ permission: 'PermissionsManageUsers', label: 'Manage Users or Monitor Login History' })
        ]);
    });
});
