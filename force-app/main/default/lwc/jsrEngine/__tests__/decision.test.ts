// The defects the review found in the verdict (issue 14, review of 2026-12-07: admin UX §2.1–§4, DEF-1, DEF-8), each
// pinned to the decision model's answer.
import { reportToMarkdown } from '../exporters';
import type { OrgSnapshot } from '../snapshot';
import { AUTH, DESKTOP, ECA, WEB, clone, findingsOf, loadSnapshot, reportOf, userReportOf, withUsage } from './engineTestKit';

function way(report: ReturnType<typeof reportOf>, id: string) {
    const found = report.ways.find((w) => w.way === id);
    if (!found) throw new Error(`no way ${id}`);
    return found;
}

/** Review DEF-1 (input X16): a group's permission set could not be read, so the grants read reach no active user. */
function partialGrants(): OrgSnapshot {
    const s = clone(loadSnapshot('prod-ready-least-privilege'));
    for (const g of s.grants.data ?? []) g.grantedTo.activeAssignees = 0;
    s.grants.status = 'partial';
    s.grants.reason = '1 group grant(s) are missing: the permission set of the group could not be read (see permissionHolders).';
    return s;
}

/** Review DEF-8 (input X15): a reader without View Setup and Configuration: grants and holders unavailable. */
function withoutViewSetup(): OrgSnapshot {
    const s = clone(loadSnapshot('prod-ready-least-privilege'));
    for (const name of ['grants', 'permissionHolders'] as const) {
        s[name] = {
            status: 'unavailable',
            reason: 'needs View Setup and Configuration.',
            missingPermissions: ['PermissionsViewSetup'],
            missingFields: [],
            truncated: false,
            data: null
        };
    }
    return s;
}

describe('DEF-1: a partly read grants section is "cannot determine", never "nobody"', () => {
    it('the admin-approved ways are cannot determine, with no error and no "nobody"', () => {
        const report = reportOf(partialGrants());
        for (const id of ['web', 'desktop', 'loginWithSalesforce', 'inOrgPackage']) {
            expect(way(report, id).verdict).toBe('cannotDetermine');
            expect(way(report, id).summary).not.toMatch(/nobody/i);
        }
        expect(findingsOf(report, 'app.admin-approved-no-grants')).toEqual([]);
        expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(report.apps.map((a) => a.whoCanConnect).join(' ')).not.toMatch(/nobody/i);
        expect(report.overall.verdict).toBe('cannotDetermine');
        expect(findingsOf(report, 'app.permitted-users-unknown')[0]?.items).toHaveLength(4);
        expect(reportToMarkdown(report)).not.toMatch(/nobody is pre-authorized/i);
    });

    it('the same for one user: a partly read grants section of the user is unknown, never "not granted"', () => {
        const user = userReportOf('prod-ready-least-privilege', 'thorn', (facts) => {
            facts.grants.status = 'partial';
            facts.grants.reason = 'A group grant could not be read.';
            facts.grants.data = [];
        });
        expect(user.ways.find((w) => w.way === 'web')?.canConnect).toBe('unknown');
        expect(user.findings.map((f) => f.ruleId)).not.toContain('user.not-granted');
    });
});

describe('DEF-8: the cannot-determine headline names the right cause', () => {
    it('a reader without View Setup is told to add it, not that the apps could not be read', () => {
        const report = reportOf(withoutViewSetup());
        expect(report.overall.verdict).toBe('cannotDetermine');
        expect(report.overall.headline).toBe(
            'Cannot determine — start with: Complete the check: run it as a user with View Setup and Configuration'
        );
        expect(report.overall.headline).not.toMatch(/apps are installed could not be read/);
        expect(report.plan[0]?.why).toContain('Cannot determine who is pre-authorized for Jetstream');
    });

    it('an unreadable catalog says so', () => {
        const s = clone(loadSnapshot('prod-ready-least-privilege'));
        s.catalog = {
            status: 'unavailable',
            reason: 'The Jetstream app catalog could not be read.',
            missingPermissions: [],
            missingFields: [],
            truncated: false,
            data: null
        };
        const report = reportOf(s);
        expect(report.overall.headline).toBe(
            'Cannot determine — start with: Complete the check: Jetstream app catalog (Custom Metadata) could not be read'
        );
    });
});

describe('the review’s contradictions (admin UX §2.1)', () => {
    it('a blocked web app with users failing comes first, not installing Desktop (which the org marks not used)', () => {
        const report = reportOf('prod-admin-approved-no-grants');
        expect(report.overall.verdict).toBe('blocked');
        expect(report.plan[0]).toMatchObject({ id: 'pre-authorize', rank: 1, ways: ['web'] });
        expect(report.plan[0]?.why).toMatch(/^3 users are failing to sign in/);
        // Even with Desktop expected, the failing users' step stays first.
        const expected = reportOf(withUsage(loadSnapshot('prod-admin-approved-no-grants'), DESKTOP, 'expected'));
        expect(expected.plan.map((s) => s.id)).toEqual(['pre-authorize', 'install']);
        expect(expected.overall.startHere?.title).toBe('Pre-authorize users for Jetstream');
    });

    it('all three apps installed, self-authorize: ready, with a recommendation (exit 0)', () => {
        const report = reportOf('prod-all-installed-self-authorize');
        expect(report.overall.verdict).toBe('ready');
        expect(report.overall.headline).toMatch(/^Ready — 1 recommendation; start with: /);
        expect(report.findings.filter((f) => f.counts && (f.severity === 'error' || f.severity === 'warning'))).toEqual([]);
    });

    it('four green ways under a ready header: break-glass and expiring assignments are recommendations', () => {
        const report = reportOf('prod-admin-approved-with-grants');
        expect(report.ways.map((w) => w.verdict)).toEqual(['ready', 'ready', 'ready', 'ready']);
        expect(report.overall.verdict).toBe('ready');
        expect(report.plan.every((s) => s.rank === 5)).toBe(true);
    });

    it('a blocked org ranks below an action-needed org: the verdict orders them, there is no score', () => {
        const blocked = reportOf('sandbox-missing-approve-permission').overall;
        const actionNeeded = reportOf('prod-nothing-installed').overall;
        expect([blocked.verdict, actionNeeded.verdict]).toEqual(['blocked', 'actionNeeded']);
        expect(blocked).not.toHaveProperty('score');
        expect(blocked.countsLine).toBe('2 blocked ways · 2 not used or not applicable');
    });

    it('the optional in-org package is never red where it is not used', () => {
        for (const id of ['prod-nothing-installed', 'prod-all-installed-self-authorize', 'sandbox-not-installed']) {
            const report = reportOf(id);
            expect(way(report, 'inOrgPackage').verdict).toBe('notUsed');
            expect(report.apps.find((a) => a.catalogName === ECA)?.verdict).toBe('notUsed');
            expect(findingsOf(report, 'eca.not-installed')).toEqual([]);
        }
    });

    it('log in with Salesforce in a sandbox: not applicable on the way card and in the user check', () => {
        const report = reportOf('sandbox-not-installed');
        expect(way(report, 'loginWithSalesforce').verdict).toBe('notApplicable');
        expect(userReportOf('sandbox-not-installed', 'dana').ways.find((w) => w.way === 'loginWithSalesforce')?.canConnect).toBe(
            'notApplicable'
        );
    });

    it('no install button for an installed app', () => {
        for (const app of reportOf('prod-ready-least-privilege').apps) {
            expect(app.installLink).toBeNull();
            expect(app.installRecommended).toBe(false);
        }
    });
});

describe('usage: configuration and evidence', () => {
    it('an admin’s "not used" is overruled by evidence, and says so', () => {
        const report = reportOf(withUsage(loadSnapshot('prod-tokens-uninstalled-apps'), DESKTOP, 'notUsed'));
        const desktop = way(report, 'desktop');
        expect(desktop.usage.usage).toBe('inUse');
        expect(desktop.usage.reason).toBe(
            'Marked not used by an admin, but 1 user holds Jetstream Desktop authorizations or signed in with it in the last 30 days.'
        );
        expect(desktop.verdict).toBe('actionNeeded');
    });

    it('without evidence, the admin’s choice stands: neutral, not counted, with what it would need', () => {
        const report = reportOf('prod-admin-approved-no-grants');
        const desktop = way(report, 'desktop');
        expect(desktop.verdict).toBe('notUsed');
        expect(desktop.verdictIfUsed).toBe('actionNeeded');
        expect(desktop.summary).toMatch(/^Marked not used by an admin\. If you start using it: Jetstream Desktop is not installed/);
        expect(desktop.usage.changeLink.url).toMatch(/^\/lightning\/setup\/CustomMetadata\/page\?address=%2Fm01/);
        expect(report.overall.counts.ways.notUsed).toBe(2);
    });

    it('the package default: the in-org package not used, the rest expected; an admin can mark it expected', () => {
        const report = reportOf('prod-nothing-installed');
        expect(report.ways.map((w) => [w.way, w.usage.usage, w.usage.configuredBy])).toEqual([
            ['web', 'expected', 'package'],
            ['desktop', 'expected', 'package'],
            ['loginWithSalesforce', 'expected', 'package'],
            ['inOrgPackage', 'notUsed', 'package']
        ]);
        const expected = reportOf(withUsage(loadSnapshot('prod-nothing-installed'), ECA, 'expected'));
        expect(way(expected, 'inOrgPackage')).toMatchObject({ verdict: 'blocked', usage: { usage: 'expected', configuredBy: 'admin' } });
        expect(expected.plan.map((s) => s.id)).toContain('install-package');
    });

    it('an org that uses no way at all: not used, nothing to check', () => {
        let s = loadSnapshot('prod-nothing-installed');
        for (const name of [WEB, DESKTOP, AUTH]) s = withUsage(s, name, 'notUsed');
        const report = reportOf(s);
        expect(report.overall.verdict).toBe('notUsed');
        expect(report.plan).toEqual([]);
        expect(report.overall.headline).toContain('nothing to check');
    });
});
