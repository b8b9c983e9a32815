// Two checks compared (--compare) and many orgs at once (several --snapshot), run on the sample orgs and their earlier
// checks (samples/history/): every change kind an admin asks about, the exit codes, every format, and the JSON against
// its generated schema (schema/readiness-comparison.schema.json).
import { join } from 'node:path';
import type { OrgsOverview, ReadinessComparison } from '../../force-app/main/default/lwc/jsrEngine/report';
import { SchemaValidators, REPO_ROOT } from '../schemaValidation';
import { run, withChange } from './cliKit';

const validators = new SchemaValidators();
const UMBRELLA = 'samples/snapshots/prod-admin-approved-with-grants.json';
const UMBRELLA_BEFORE = 'samples/history/prod-admin-approved-with-grants--2026-10-29.json';
const STARK = 'samples/snapshots/prod-tokens-uninstalled-apps.json';
const STARK_BEFORE = 'samples/history/prod-tokens-uninstalled-apps--2026-10-29.json';

function compareJson(newer: string, older: string): ReadinessComparison {
    const result = run(['--snapshot', newer, '--compare', older, '--format', 'json']);
    expect(result.stderr).toBe('');
    const comparison = JSON.parse(result.stdout) as ReadinessComparison;
    expect(validators.problems('ReadinessComparison', comparison)).toEqual([]);
    return comparison;
}

describe('--compare: what changed between two checks', () => {
    it('finds a newly installed app, a changed grant and the verdicts that moved', () => {
        const c = compareJson(UMBRELLA, UMBRELLA_BEFORE);
        expect([c.sameOrg, c.older.verdict, c.newer.verdict]).toEqual([true, 'actionNeeded', 'ready']);
        expect(c.verdicts.map((v) => [v.subject, v.before, v.after, v.direction])).toEqual([
            ['overall', 'actionNeeded', 'ready', 'better'],
            ['desktop', 'actionNeeded', 'ready', 'better']
        ]);
        expect(c.apps).toEqual([{ appName: 'Jetstream Desktop', jetstream: true, change: 'installed', direction: 'better' }]);
        expect(c.grants).toContainEqual({
            app: 'Jetstream',
            grantedTo: 'permission set “Jetstream Users”',
            change: 'assigneesChanged',
            activeAssigneesBefore: 10,
            activeAssigneesAfter: 14,
            direction: 'changed'
        });
        expect(c.grants.filter((g) => g.change === 'added').map((g) => `${g.app} -> ${g.grantedTo}`)).toEqual([
            'Jetstream Desktop -> permission set “Jetstream Users”',
            'Jetstream Desktop -> permission set group “Jetstream Power Users” (through Jetstream_Users)'
        ]);
        expect(c.firstStep).toEqual({
            before: 'Install Jetstream Desktop',
            after: 'Avoid extra verification prompts: review the High Assurance session policy'
        });
    });

    it('finds a new bypass holder, an other app installed, and failed sign-ins since the older check', () => {
        const c = compareJson(STARK, STARK_BEFORE);
        expect(c.bypassHolders).toEqual([
            {
                permission: 'Approve Uninstalled Connected Apps',
                holder: 'profile “Stark Support Admin”',
                change: 'added',
                activeAssigneesBefore: null,
                activeAssigneesAfter: 14,
                direction: 'worse'
            }
        ]);
        expect(c.apps).toEqual([{ appName: 'Gearset', jetstream: false, change: 'installed', direction: 'better' }]);
        expect(c.newFailedSignIns).toEqual({
            basis: 'perDay',
            rows: [{ application: 'Workbench', status: 'Failed: Not approved for access', attempts: 5, jetstream: false }]
        });
        expect([c.verdicts, c.worse, c.summary]).toEqual([
            [],
            true,
            'Action needed, as before: 1 change for the worse, 1 for the better, 1 other.'
        ]);
    });

    it('exits 1 when something changed for the worse, 0 when nothing did', () => {
        expect(run(['--snapshot', STARK, '--compare', STARK_BEFORE]).code).toBe(1);
        const same = run(['--snapshot', STARK, '--compare', STARK]);
        expect([same.code, same.stdout.split('\n')[1]]).toEqual([0, 'Action needed, as before: nothing changed.']);
        // The same org getting better only: the earlier check compared with itself made worse in nothing.
        const better = run(['--snapshot', UMBRELLA_BEFORE, '--compare', UMBRELLA_BEFORE]);
        expect(better.code).toBe(0);
    });

    it('says when the two checks are of different orgs, or given in the wrong order', () => {
        const c = compareJson('samples/snapshots/sandbox-not-installed.json', 'samples/snapshots/prod-nothing-installed.json');
        expect(c.sameOrg).toBe(false);
        expect(c.notes[0]).toMatch(/^These are two different orgs/);
        expect(compareJson(UMBRELLA_BEFORE, UMBRELLA).notes).toContain(
            'The “newer” check was captured before the “older” one: pass the newer one as --snapshot.'
        );
    });

    it('prints text and Markdown from the same comparison', () => {
        const text = run(['--snapshot', UMBRELLA, '--compare', UMBRELLA_BEFORE]).stdout;
        expect(text).toContain('    Jetstream desktop app: Action needed -> Ready (better)');
        expect(text).toContain('    Jetstream -> permission set “Jetstream Users”: users changed, active users 10 → 14');
        expect(text).toContain('    Jetstream Desktop: 2 x Failed: Not approved for access');
        const markdown = run(['--snapshot', STARK, '--compare', STARK_BEFORE, '--format', 'markdown']).stdout;
        expect(markdown).toContain('| Approve Uninstalled Connected Apps | profile “Stark Support Admin” | added | \\- → 14 | worse |');
        expect(markdown).toContain('## New failed sign-ins (on the days after 2026-10-29)');
    });

    it('compares the 30-day totals when the newer check has no sign-ins per day', () => {
        const files = {
            [join(REPO_ROOT, 'newer.json')]: withChange(UMBRELLA, (s) => {
                s.signInDays = {
                    status: 'unavailable',
                    reason: 'not read',
                    missingPermissions: [],
                    missingFields: [],
                    truncated: false,
                    data: null
                };
            })
        };
        const result = run(['--snapshot', 'newer.json', '--compare', UMBRELLA_BEFORE, '--format', 'json'], files);
        const c = JSON.parse(result.stdout) as ReadinessComparison;
        expect(c.newFailedSignIns).toEqual({
            basis: 'totals',
            rows: [{ application: 'Jetstream Desktop', status: 'Failed: Not approved for access', attempts: 2, jetstream: true }]
        });
    });

    it.each([
        [['--format', 'csv'], 'readiness: --compare prints text, markdown or json, not csv'],
        [['--snapshot', STARK], 'readiness: --compare takes one --snapshot (the newer check)'],
        [['--user', 'tony'], 'readiness: --compare compares orgs, not users: leave out --user and --user-facts']
    ])('refuses %j with exit 2 and one line', (extra, message) => {
        const result = run(['--snapshot', STARK, '--compare', STARK_BEFORE, ...extra]);
        expect([result.code, result.stdout, result.stderr]).toEqual([2, '', `${message}\n`]);
    });

    it('refuses a comparison file that is not a snapshot, naming it', () => {
        const result = run(['--snapshot', STARK, '--compare', 'samples/scenarios.json']);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^readiness: samples\/scenarios\.json /);
    });
});

describe('several --snapshot: every org in one table', () => {
    const ACME = ['samples/snapshots/prod-nothing-installed.json', 'samples/snapshots/sandbox-not-installed.json'];

    function overviewOf(files: string[], extra: Record<string, string> = {}): { code: number; overview: OrgsOverview } {
        const result = run([...files.flatMap((f) => ['--snapshot', f]), '--format', 'json'], extra);
        expect(result.stderr).toBe('');
        const overview = JSON.parse(result.stdout) as OrgsOverview;
        expect(validators.problems('OrgsOverview', overview)).toEqual([]);
        return { code: result.code, overview };
    }

    it('lists production and its sandbox with type, verdict, first step, apps installed and bypass holders', () => {
        const { code, overview } = overviewOf([...ACME, UMBRELLA]);
        expect(code).toBe(1);
        expect(
            overview.rows.map((r) => [r.orgName, r.type, r.verdict, r.appsInstalled, r.appsNeeded, r.bypassUsers, r.bypassHolders])
        ).toEqual([
            ['Acme Corporation', 'Production', 'actionNeeded', 0, 3, 3, 1],
            ['Acme Corporation', 'Sandbox', 'actionNeeded', 0, 2, 6, 1],
            ['Umbrella Health', 'Production', 'ready', 3, 3, 4, 1]
        ]);
        expect(overview.rows[1]?.firstStep).toBe('Install the Jetstream apps here now, and in production before the next refresh');
        expect([overview.verdict, overview.summary]).toEqual(['actionNeeded', '3 orgs: 2 not ready; the worst is Action needed.']);
    });

    it('exits with the worst org’s code: 0 when every org is ready, 3 when the worst cannot be determined', () => {
        expect(overviewOf([UMBRELLA, 'samples/snapshots/prod-ready-least-privilege.json']).code).toBe(0);
        const unread = withChange('samples/snapshots/prod-ready-least-privilege.json', (s) => {
            s.apps = {
                status: 'unavailable',
                reason: 'not read',
                missingPermissions: ['PermissionsViewSetup'],
                missingFields: [],
                truncated: false,
                data: null
            };
        });
        const { code, overview } = overviewOf([UMBRELLA, 'unread.json'], { [join(REPO_ROOT, 'unread.json')]: unread });
        expect([code, overview.rows[1]?.verdict, overview.rows[1]?.appsInstalled]).toEqual([3, 'cannotDetermine', null]);
        expect(overviewOf([...ACME, 'samples/snapshots/prod-admin-approved-no-grants.json']).overview.verdict).toBe('blocked');
    });

    it('prints the same rows as text, Markdown and CSV', () => {
        const args = [...ACME, STARK].flatMap((f) => ['--snapshot', f]);
        const text = run(args).stdout.split('\n');
        expect(text[0]).toBe('3 orgs: 3 not ready; the worst is Action needed.');
        expect(text[2]).toMatch(/^Org {15}Type {8}Verdict {8}First step/);
        expect(text[5]).toMatch(
            /^Stark Logistics {3}Production {2}Action needed {2}Install the Jetstream apps +1 of 3 +16 users \(2 holders\) +3$/
        );
        const markdown = run([...args, '--format', 'markdown']).stdout;
        expect(markdown).toContain(
            '| Stark Logistics | Production | Action needed | Install the Jetstream apps | 1 of 3 | 16 users (2 holders) | 3 |'
        );
        const csv = run([...args, '--format', 'csv']).stdout.split('\r\n');
        expect(csv[0]).toBe(
            'org,orgId,type,capturedAt,verdict,firstStep,appsInstalled,appsNeeded,bypassUsers,bypassHolders,otherAppsRefusing'
        );
        expect(csv[3]).toBe(
            'Stark Logistics,00D2w00000e0000EAA,Production,2026-11-28T14:05:00.000Z,Action needed,Install the Jetstream apps,1,3,16,2,3'
        );
    });

    it('refuses a user check or a table of one org’s report', () => {
        const args = ACME.flatMap((f) => ['--snapshot', f]);
        expect(run([...args, '--user', 'dana']).stderr).toBe('readiness: --user checks one user of one org: give one --snapshot\n');
        expect(run([...args, '--format', 'csv', '--table', 'apps']).code).toBe(2);
    });
});

describe('the other connected apps in the CLI', () => {
    it('prints their table as CSV (--table otherApps) and in the text report', () => {
        const csv = run(['--snapshot', STARK, '--format', 'csv', '--table', 'otherApps']).stdout.split('\r\n');
        expect(csv[0]).toBe(
            'app,catalogName,status,install,salesforceProvided,usersWithTokens,tokens,countsAreLowerBounds,refusedAtNextAuthorization,refusedIsUpperBound,lastUsed,failedSignIns,basis,whatToDo,links'
        );
        expect(csv[1]).toMatch(
            /^Workbench,,Not installed: users will be refused,Not installed,false,4,5,false,4,true,2026-11-26T15:00:00.000Z,5,/
        );
        expect(csv.some((line) => line.startsWith('Salesforce for iOS,,Installed by Salesforce,Installed,true,4,'))).toBe(true);
        const text = run(['--snapshot', STARK]).stdout;
        expect(text).toContain('Other connected apps\n  6 other apps in use: 3 apps not installed: up to 7 users will be refused');
        expect(text).toContain('\n  Workbench           Not installed: users will be refused  4      up to 4            2026-11-26  5\n');
        expect(text).toContain('\n  Salesforce CLI      Not installed                         1      0                  2026-11-27  0\n');
    });
});
