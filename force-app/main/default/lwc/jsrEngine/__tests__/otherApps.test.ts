// The other connected apps (otherApps.ts), the failures per day (trend.ts) and the activity call's merge (parse.ts):
// what each sample org shows, and what changes when the activity call is not read, read partly or cut at its caps.
import { activityOf, ACTIVITY_NOT_READ, withActivity, withoutActivity } from '../parse';
import type { OrgSnapshot } from '../snapshot';
import { clone, loadSnapshot, reportOf, withUnavailable } from './engineTestKit';

const STARK = 'prod-tokens-uninstalled-apps';

function rowOf(snapshot: OrgSnapshot | string, appName: string) {
    const row = reportOf(snapshot).otherApps.rows.find((r) => r.appName === appName);
    if (!row) throw new Error(`no row ${appName}`);
    return row;
}

describe('the other connected apps', () => {
    it('lists every app users connect with but Jetstream’s, worst first', () => {
        const view = reportOf(STARK).otherApps;
        expect(view.rows.map((r) => [r.appName, r.status])).toEqual([
            ['Workbench', 'willBeRefused'],
            ['Acme Field Sync', 'willBeRefused'],
            ['Dataloader.io', 'willBeRefused'],
            ['Salesforce CLI', 'notInstalled'],
            ['Gearset', 'installed'],
            ['Salesforce for iOS', 'salesforceProvided']
        ]);
        expect(view.summary).toBe(
            '6 other apps in use: 3 apps not installed: up to 7 users will be refused at their next new authorization; 1 installed by Salesforce.'
        );
        expect(view.rows.map((r) => r.appName)).not.toContain('Jetstream');
    });

    it('counts who will be refused: token holders but the users seen holding Approve Uninstalled Connected Apps', () => {
        const dataloader = rowOf(STARK, 'Dataloader.io');
        expect([dataloader.users, dataloader.refusedAtNextAuthorization, dataloader.refusedAtMost]).toEqual([2, 1, true]);
        expect(dataloader.detail).toContain('1 other holds Approve Uninstalled Connected Apps');
        // The Salesforce CLI's default app is not installed: blocked like any other, but its only user can bypass it.
        const cli = rowOf(STARK, 'Salesforce CLI');
        expect([cli.refusedAtNextAuthorization, cli.detail]).toEqual([
            0,
            '1 user holds tokens. Not installed: every token holder holds Approve Uninstalled Connected Apps, so they can authorize it again.'
        ]);
    });

    it('says exactly how many when every holder’s users are known', () => {
        const s = clone(loadSnapshot(STARK));
        const holders = s.permissionHolders.data!;
        // Every Approve holder's sample is complete: one user each.
        for (const h of holders.holders) if (h.canApproveUninstalledApps) h.assignable.activeAssignees = 1;
        holders.sampleUsers = holders.sampleUsers.filter((u) =>
            holders.holders.some((h) => h.assignable.permissionSetId === u.permissionSetId)
        );
        const stark = loadSnapshot(STARK);
        const rhodes = stark.permissionHolders.data!.sampleUsers.find((u) => u.name === 'Jim Rhodes')!;
        for (const h of holders.holders)
            if (h.canApproveUninstalledApps && !holders.sampleUsers.some((u) => u.permissionSetId === h.assignable.permissionSetId))
                holders.sampleUsers.push({ ...rhodes, permissionSetId: h.assignable.permissionSetId });
        const row = rowOf(s, 'Workbench');
        expect([row.refusedAtNextAuthorization, row.refusedAtMost]).toEqual([4, false]);
        expect(row.detail).toContain(': 4 users will be refused');
    });

    it('marks an app Salesforce-provided only where its App Launcher entry comes from Salesforce’s package', () => {
        const ios = rowOf(STARK, 'Salesforce for iOS');
        expect([ios.salesforceProvided, ios.basis]).toEqual([
            true,
            'Installed by Salesforce’s package “Salesforce and Chatter Apps” (namespace sf_chttr_apps).'
        ]);
        // The same app from another package's namespace is an ordinary installed app.
        const s = clone(loadSnapshot(STARK));
        s.appsInUse.data!.find((a) => a.appName === 'Salesforce for iOS')!.namespacePrefix = 'acme';
        expect(rowOf(s, 'Salesforce for iOS').status).toBe('installed');
        // Not installed, the namespace proves nothing.
        const t = clone(loadSnapshot(STARK));
        Object.assign(
            t.appsInUse.data!.find((a) => a.appName === 'Salesforce for iOS')!,
            { applicationId: null, connectedAppId: null }
        );
        expect(rowOf(t, 'Salesforce for iOS').status).toBe('willBeRefused');
    });

    it('gives the catalog’s install link for an app the org added, else the OAuth Usage page', () => {
        expect(rowOf(STARK, 'Acme Field Sync').links.map((l) => l.url)).toEqual([
            'https://starklogistics.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci5x000000AcmE&app_org_id=00D5x000000AcmE',
            '/lightning/setup/ConnectedAppsUsage/home'
        ]);
        expect(rowOf(STARK, 'Workbench').links).toEqual([
            {
                label: 'Setup: Connected Apps OAuth Usage (Workbench → Install)',
                url: '/lightning/setup/ConnectedAppsUsage/home',
                kind: 'setup'
            }
        ]);
        expect(rowOf(STARK, 'Gearset').links[0]?.url).toMatch(/forceAppDetail\.apexp%3FconnectedAppId%3D0H4/);
    });

    it('never changes Jetstream’s verdict, ways or findings other than its own', () => {
        for (const id of [STARK, 'prod-admin-approved-no-grants', 'prod-ready-least-privilege']) {
            const full = reportOf(id);
            // The other apps and the sign-ins per day not read (frozen users and refusals, which can change a way, kept).
            const unread = withoutActivity(loadSnapshot(id));
            const without = reportOf({ ...loadSnapshot(id), appsInUse: unread.appsInUse, signInDays: unread.signInDays });
            expect(without.overall.verdict).toBe(full.overall.verdict);
            expect(without.ways).toEqual(full.ways);
            expect(without.apps).toEqual(full.apps);
            const own = (r: typeof full) => r.findings.filter((f) => f.ruleId !== 'org.other-apps-not-installed');
            expect(own(without)).toEqual(own(full));
        }
    });

    it('plans one step for every other app, below all of Jetstream’s', () => {
        const plan = reportOf(STARK).plan;
        const last = plan[plan.length - 1]!;
        expect([last.rank, last.id, last.title]).toEqual([
            6,
            'other-apps',
            'Install the other apps your users connect with, or leave them blocked: Workbench, Acme Field Sync and Dataloader.io'
        ]);
        expect(plan.filter((s) => s.rank === 6)).toHaveLength(1);
        expect(plan.slice(0, -1).every((s) => s.rank < 6)).toBe(true);
    });

    it('says it could not read them, and still shows the catalog’s own app from getSnapshot', () => {
        const view = reportOf(withoutActivity(loadSnapshot(STARK))).otherApps;
        expect([view.readable, view.summary]).toEqual([false, `The other connected apps could not be read: ${ACTIVITY_NOT_READ}`]);
        expect(view.rows.map((r) => [r.appName, r.status, r.users])).toEqual([['Acme Field Sync', 'willBeRefused', 2]]);
    });

    it('says “at least” when only the running user’s tokens were read', () => {
        const view = reportOf('prod-reader-lacks-customize-application').otherApps;
        expect(view.atLeast).toBe(true);
        const s = clone(loadSnapshot(STARK));
        s.appsInUse.status = 'partial';
        s.appsInUse.missingPermissions = ['PermissionsCustomizeApplication'];
        expect(rowOf(s, 'Workbench').detail).toMatch(/^at least 4 users hold tokens\./);
        expect(reportOf(s).otherApps.summary).toMatch(/^At least 6 other apps in use/);
    });

    it('cannot determine an app it found nowhere when a lookup could not be made', () => {
        const s = clone(loadSnapshot(STARK));
        s.appsInUse.status = 'partial';
        s.appsInUse.missingFields = ['ExternalClientApplication'];
        const row = rowOf(s, 'Workbench');
        expect([row.status, row.refusedAtNextAuthorization]).toEqual(['cannotDetermine', null]);
        expect(row.basis).toContain('(ExternalClientApplication): it may be installed');
        // Installed apps stay installed: their App Launcher entry shows it.
        expect(rowOf(s, 'Gearset').status).toBe('installed');
    });

    it('counts failed sign-ins per app from Login History per day, or says they were not read', () => {
        expect(rowOf(STARK, 'Workbench').failedSignIns).toBe(5);
        expect(rowOf(STARK, 'Gearset').failedSignIns).toBe(0);
        expect(rowOf(withUnavailable(loadSnapshot(STARK), 'signInDays', 'PermissionsManageUsers'), 'Workbench').failedSignIns).toBeNull();
    });
});

describe('failed sign-ins to Jetstream per day', () => {
    it('shows a trend still rising where users are refused', () => {
        const trend = reportOf('prod-admin-approved-no-grants').signInTrend;
        expect(trend.days).toHaveLength(30);
        expect([trend.days[0], trend.days[29]]).toEqual(['2026-10-30', '2026-11-28']);
        expect(trend.series.map((s) => [s.label, s.total])).toEqual([['Jetstream', 7]]);
        expect(trend.trend).toBe('rising');
        expect(trend.summary).toBe(
            '7 failed sign-ins to Jetstream’s apps from 2026-10-30 to 2026-11-28 (Jetstream 7): 5 in the last 7 days, 2 in the 23 days before. Rising: users are still being refused. Last on 2026-11-27.'
        );
        expect(trend.statuses).toEqual([{ status: 'Failed: Not approved for access', attempts: 7 }]);
    });

    it('says the failures stopped after a fix', () => {
        const trend = reportOf('prod-admin-approved-with-grants').signInTrend;
        expect([trend.trend, trend.series.map((s) => s.label)]).toEqual(['stopped', ['Jetstream Desktop']]);
        expect(trend.summary).toContain('None in the last 7 days: the failures have stopped. Last on 2026-11-19.');
    });

    it('keeps other apps out of the chart', () => {
        const trend = reportOf(STARK).signInTrend;
        expect([trend.trend, trend.series, trend.summary]).toEqual([
            'none',
            [],
            'No failed sign-in to Jetstream’s apps from 2026-10-30 to 2026-11-28.'
        ]);
    });

    it('says which days a capped window could not read in full', () => {
        const s = clone(loadSnapshot('prod-admin-approved-no-grants'));
        const older = s.signInDays.data!.windows[1]!;
        Object.assign(older, { truncated: true, oldestDayRead: '2026-11-10' });
        s.signInDays.status = 'partial';
        s.signInDays.truncated = true;
        const trend = reportOf(s).signInTrend;
        expect(trend.partialDays).toEqual(daysFrom('2026-10-30', '2026-11-10'));
        expect(trend.summary).toMatch(/^At least 7 failed sign-ins .* Not every sign-in of 2026-10-30 to 2026-11-10 could be read\.$/);
    });

    it('says it could not read them', () => {
        const trend = reportOf(
            withUnavailable(loadSnapshot('prod-admin-approved-no-grants'), 'signInDays', 'PermissionsManageUsers')
        ).signInTrend;
        expect([trend.readable, trend.trend, trend.days]).toEqual([false, 'unknown', []]);
        expect(trend.summary).toBe('Failed sign-ins per day could not be read: Test: signInDays not readable.');
    });
});

function daysFrom(first: string, last: string): string[] {
    const days: string[] = [];
    for (let t = Date.parse(first); t <= Date.parse(last); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
    return days;
}

describe('the activity call’s answer merged into the snapshot', () => {
    const full = loadSnapshot(STARK);

    it('puts its sections in place of getSnapshot’s “not read” ones', () => {
        const core = withoutActivity(full);
        expect(core.appsInUse).toEqual(expect.objectContaining({ status: 'unavailable', reason: ACTIVITY_NOT_READ }));
        expect(withActivity(core, { json: JSON.stringify(activityOf(full)) })).toEqual(full);
    });

    it('leaves them unavailable with the reason when the call failed or answered nonsense', () => {
        const core = withoutActivity(full);
        const failed = withActivity(core, { error: 'Too many SOQL queries: 101' });
        expect([failed.appsInUse.status, failed.signInDays.reason]).toEqual([
            'unavailable',
            'Frozen users, refused sign-ins and the apps in use could not be read: Too many SOQL queries: 101'
        ]);
        expect(withActivity(core, { json: '{"schemaVersion":1}' }).appsInUse.reason).toMatch(
            /^The answer about frozen users, refused sign-ins and the apps in use could not be read: Unknown activity answer schemaVersion 1/
        );
        const { apps, grants } = failed;
        expect({ apps, grants }).toEqual({ apps: full.apps, grants: full.grants });
    });
});
