// The command-line report, run in-process through main(argv, io) on the committed fixtures (plus one real
// `tsx cli/readiness.ts` process, as `npm run readiness` starts it). Every exit code and every format.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_BAD_INPUT, EXIT_CANNOT_DETERMINE, EXIT_FINDINGS, EXIT_READY, USAGE } from '../readinessCli';
import { NOW, run, withChange, type Run } from './cliKit';
import { REPO_ROOT, SchemaValidators } from '../schemaValidation';
import { DECODER_MAX_INPUT_LENGTH, evaluateSnapshot } from '../../force-app/main/default/lwc/jsrEngine/jsrEngine';
import type { OrgSnapshot } from '../../force-app/main/default/lwc/jsrEngine/snapshot';
import type { DecodedError, ReadinessCliOutput, ReadinessReport } from '../../force-app/main/default/lwc/jsrEngine/report';

const READY = 'samples/snapshots/prod-ready-least-privilege.json';
const NOT_INSTALLED = 'samples/snapshots/prod-nothing-installed.json';
/** Action needed without any error-severity finding (warnings only). */
const READY_WITH_RECOMMENDATIONS = 'samples/snapshots/prod-all-installed-self-authorize.json';
const BLOCKED = 'samples/snapshots/sandbox-missing-approve-permission.json';
const validators = new SchemaValidators();

function fixture(path: string): OrgSnapshot {
    return JSON.parse(readFileSync(join(REPO_ROOT, path), 'utf8')) as OrgSnapshot;
}

function unavailable(reason: string): Record<string, unknown> {
    return { status: 'unavailable', reason, missingPermissions: [], missingFields: [], truncated: false, data: null };
}

/** The snapshot with the apps, grants and permission holders sections unread (a reader whose queries failed). */
function sectionsUnavailable(path: string): string {
    return withChange(path, (snapshot) => {
        for (const section of ['apps', 'grants', 'permissionHolders']) snapshot[section] = unavailable('Query failed: INSUFFICIENT_ACCESS');
    });
}

function reportOf(result: Run): ReadinessReport {
    return (JSON.parse(result.stdout) as ReadinessCliOutput).report;
}

/**
 * What `npm run readiness` exits with for each sample org, written out per org (not derived from the report the way
 * the CLI derives it): the ready orgs exit 0, recommendations or not; every other sample org needs action or is blocked.
 */
const EXIT_CODE_OF_SAMPLE_ORG: Record<string, number> = {
    'prod-nothing-installed': EXIT_FINDINGS,
    'prod-all-installed-self-authorize': EXIT_READY,
    'prod-admin-approved-no-grants': EXIT_FINDINGS,
    'prod-admin-approved-with-grants': EXIT_READY,
    'sandbox-not-installed': EXIT_FINDINGS,
    'prod-tokens-uninstalled-apps': EXIT_FINDINGS,
    'prod-approve-field-missing': EXIT_FINDINGS,
    'prod-reader-lacks-customize-application': EXIT_FINDINGS,
    'prod-ready-least-privilege': EXIT_READY,
    'sandbox-missing-approve-permission': EXIT_FINDINGS,
    'prod-reader-without-view-setup': EXIT_FINDINGS,
    'prod-frozen-and-ip-refused': EXIT_FINDINGS
};

describe('exit codes 0, 1 and 3 follow the overall verdict', () => {
    it('exits 0 for a ready org', () => {
        const result = run(['--snapshot', READY]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(EXIT_READY);
        expect(result.stdout).toMatch(/^Jetstream readiness: /);
        expect(reportOf(run(['--snapshot', READY, '--format', 'json'])).overall.verdict).toBe('ready');
    });

    it('exits 1 when action is needed, and prints the plan first', () => {
        const result = run(['--snapshot', NOT_INSTALLED]);
        expect(result.code).toBe(EXIT_FINDINGS);
        expect(result.stdout).toMatch(/^Status: ACTION NEEDED\. /m);
        expect(result.stdout).toMatch(/^Action plan\n {2}1\. Install the Jetstream apps$/m);
    });

    it('exits 0 for a ready org with recommendations: they never change the verdict', () => {
        const result = run(['--snapshot', READY_WITH_RECOMMENDATIONS, '--format', 'json']);
        const report = reportOf(result);
        expect(report.overall.verdict).toBe('ready');
        expect(report.overall.counts.findings.recommendation).toBeGreaterThan(0);
        expect(result.code).toBe(EXIT_READY);
    });

    it('exits 1 when the org is blocked', () => {
        const result = run(['--snapshot', BLOCKED, '--format', 'json']);
        expect(reportOf(result).overall.verdict).toBe('blocked');
        expect(result.code).toBe(EXIT_FINDINGS);
    });

    it('follows the org, not one user: a ready org exits 0 even when the --user check finds the user blocked', () => {
        const blockedUser = run(['--snapshot', READY, '--user', 'shirl.hanson@soylent.com', '--format', 'json']);
        const output = JSON.parse(blockedUser.stdout) as ReadinessCliOutput;
        expect(output.report.overall.verdict).toBe('ready');
        expect(output.userReport?.findings.map((finding) => finding.severity)).toContain('error');
        expect(blockedUser.code).toBe(EXIT_READY);
        expect(run(['--snapshot', READY, '--user', 'robert.thorn@soylent.com']).code).toBe(EXIT_READY);
    });

    it('exits 3, not 0, when readiness cannot be determined (apps, grants and holders unavailable)', () => {
        const text = sectionsUnavailable(READY);
        const result = run(['--snapshot', '/virtual/unreadable.json', '--format', 'json'], { '/virtual/unreadable.json': text });
        const report = reportOf(result);
        expect(report.overall.verdict).toBe('cannotDetermine');
        expect(report.overall.counts.findings.error).toBe(0);
        expect(result.code).toBe(EXIT_CANNOT_DETERMINE);
        const textResult = run(['--snapshot', '/virtual/unreadable.json'], { '/virtual/unreadable.json': text });
        expect(textResult.stdout).toMatch(/^Status: CANNOT DETERMINE/m);
        expect(textResult.code).toBe(EXIT_CANNOT_DETERMINE);
    });

    it("exits with the code expected for every sample org, printing the engine's report for it", () => {
        const scenarios = JSON.parse(readFileSync(join(REPO_ROOT, 'samples/scenarios.json'), 'utf8')) as {
            id: string;
            snapshot: string;
        }[];
        expect(scenarios.map(({ id }) => id).sort()).toEqual(Object.keys(EXIT_CODE_OF_SAMPLE_ORG).sort());
        for (const { id, snapshot } of scenarios) {
            const path = `samples/${snapshot}`;
            const result = run(['--snapshot', path, '--format', 'json']);
            expect({ id, code: result.code }).toEqual({ id, code: EXIT_CODE_OF_SAMPLE_ORG[id] });
            const output = JSON.parse(result.stdout) as ReadinessCliOutput;
            expect(output.report).toEqual(evaluateSnapshot(fixture(path), { now: new Date(NOW) }));
        }
    });

    it('documents every exit code in the usage text', () => {
        for (const code of [EXIT_READY, EXIT_FINDINGS, EXIT_BAD_INPUT, EXIT_CANNOT_DETERMINE])
            expect(USAGE).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
        expect(USAGE).toContain('cannot determine');
    });
});

describe('exit code 2: bad input names the file and the JSON path', () => {
    it('reports an unreadable file', () => {
        const result = run(['--snapshot', 'samples/snapshots/does-not-exist.json']);
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toBe('readiness: cannot read org snapshot samples/snapshots/does-not-exist.json: no such file\n');
        expect(result.stdout).toBe('');
    });

    it('reports a directory given as the snapshot', () => {
        const result = run(['--snapshot', 'samples']);
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toMatch(/cannot read org snapshot samples: it is a directory/);
    });

    it('reports invalid JSON with line, column and path', () => {
        const broken = '{\n  "schemaVersion": 1,\n  "org": {\n    "status": "ok",\n    "data": { "name": "Acme" "id": "00D" }\n  }\n}\n';
        const result = run(['--snapshot', '/virtual/broken.json'], { '/virtual/broken.json': broken });
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toContain('readiness: /virtual/broken.json is not valid JSON');
        expect(result.stderr).toContain(
            '/virtual/broken.json:5:30: $.org.data.name: invalid JSON: Unexpected "\\""; expected "," or "}" after property "name"'
        );
    });

    it('reports a truncated file at its end', () => {
        const text = readFileSync(join(REPO_ROOT, READY), 'utf8');
        const result = run(['--snapshot', '/virtual/cut.json'], { '/virtual/cut.json': text.slice(0, 200) });
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toMatch(/\/virtual\/cut\.json:\d+:\d+: \$\.[\w.[\]]+: invalid JSON: /);
    });

    it('reports a schema violation with its JSON path', () => {
        const text = withChange(READY, (snapshot) => {
            const apps = snapshot.apps as { data: Record<string, unknown>[] };
            (apps.data[0] as Record<string, unknown>).installed = 'yes';
            delete (snapshot.org as Record<string, unknown>).reason;
        });
        const result = run(['--snapshot', '/virtual/schema.json'], { '/virtual/schema.json': text });
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toContain(
            'readiness: /virtual/schema.json is not a valid org snapshot (schema/org-snapshot.schema.json, OrgSnapshot)'
        );
        expect(result.stderr).toContain('  /virtual/schema.json: $.apps.data[0].installed: must be boolean');
        expect(result.stderr).toContain('  /virtual/schema.json: $.org.reason: is required but missing');
    });

    it('reports an unknown schemaVersion', () => {
        const text = withChange(READY, (snapshot) => (snapshot.schemaVersion = 1));
        const result = run(['--snapshot', '/virtual/v1.json'], { '/virtual/v1.json': text });
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toContain(
            '/virtual/v1.json: $.schemaVersion: unknown OrgSnapshot version: schemaVersion 1; this tool reads schemaVersion 2'
        );
    });

    it('reports what the engine parser rejects after the schema passed', () => {
        const text = withChange(READY, (snapshot) => ((snapshot.apps as Record<string, unknown>).status = 'unavailable'));
        const result = run(['--snapshot', '/virtual/engine.json'], { '/virtual/engine.json': text });
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toMatch(/^readiness: \/virtual\/engine\.json: \$\.apps\.data: /);
    });

    it.each([
        [['--snapshot', READY, '--format', 'pdf'], /unknown --format pdf/],
        [['--snapshot', READY, '--format', 'csv', '--table', 'users'], /unknown --table users/],
        [['--snapshot', READY, '--table', 'apps'], /--table applies to --format csv only/],
        [['--snapshot', READY, '--now', 'yesterday'], /--now yesterday is not a date/],
        [['--snapshot', READY, '--bogus'], /Unknown option '--bogus'/],
        [['--snapshot'], /argument missing|requires? .*argument/i],
        [[], /--snapshot FILE is required/]
    ])('rejects bad usage %j', (argv, message) => {
        const result = run(argv);
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toMatch(message);
    });
});

describe('formats', () => {
    it('prints usage for --help', () => {
        const result = run(['--help']);
        expect(result).toEqual({ code: EXIT_READY, stdout: USAGE, stderr: '' });
    });

    it('text: status, the plan first, then ways, findings and apps', () => {
        const { stdout } = run(['--snapshot', NOT_INSTALLED, '--format', 'text']);
        expect(stdout).toMatch(/^Status: ACTION NEEDED\. Action needed — start with: Install the Jetstream apps\.$/m);
        expect(stdout).not.toMatch(/score/);
        expect(stdout.indexOf('\nAction plan\n')).toBeLessThan(stdout.indexOf('\nWays of connecting\n'));
        expect(stdout).toContain('\nApps\n');
        expect(stdout).toMatch(
            /Install it: https:\/\/acme\.my\.salesforce\.com\/identity\/app\/AppInstallApprovalPage\.apexp\?app_id=0Ci4S000000CaUB/
        );
        expect(stdout).not.toMatch(/\.\./);
    });

    it('json: a ReadinessCliOutput that validates against schema/readiness-report.schema.json', () => {
        const { code, stdout } = run(['--snapshot', NOT_INSTALLED, '--format', 'json']);
        expect(code).toBe(EXIT_FINDINGS);
        const output = JSON.parse(stdout) as ReadinessCliOutput;
        expect(validators.problems('ReadinessCliOutput', output)).toEqual([]);
        expect(output.userReport).toBeNull();
        expect(output.report.findings.map((finding) => finding.ruleId)).toContain('app.not-installed');
        expect(output.report.ways.map((way) => way.way)).toEqual(
            expect.arrayContaining(['web', 'desktop', 'loginWithSalesforce', 'inOrgPackage'])
        );
    });

    it('json: the same snapshot and date give the same output', () => {
        expect(run(['--snapshot', NOT_INSTALLED, '--format', 'json']).stdout).toBe(
            run(['--snapshot', NOT_INSTALLED, '--format', 'json', '--now', NOW]).stdout
        );
    });

    it('markdown: the change-ticket document with Setup links on the org Lightning domain', () => {
        const { stdout } = run(['--snapshot', NOT_INSTALLED, '--format', 'markdown']);
        const lightning = fixture(NOT_INSTALLED).org.data?.lightningUrl ?? '';
        expect(lightning).toMatch(/^https:\/\//);
        expect(stdout).toMatch(/^# Jetstream readiness: /);
        expect(stdout).toContain(`: <${lightning}/lightning/setup/`);
        expect(stdout).toContain('## Sandbox refresh');
    });

    it.each(['findings', 'apps', 'holders', 'authorizations'])('csv: the %s table', (table) => {
        const { code, stdout } = run(['--snapshot', NOT_INSTALLED, '--format', 'csv', '--table', table]);
        expect(code).toBe(EXIT_FINDINGS);
        expect(stdout.endsWith('\r\n')).toBe(true);
        const header = stdout.split('\r\n')[0] ?? '';
        expect(header.split(',').length).toBeGreaterThan(5);
    });

    it('csv: the plan is the default table', () => {
        expect(run(['--snapshot', NOT_INSTALLED, '--format', 'csv']).stdout).toBe(
            run(['--snapshot', NOT_INSTALLED, '--format', 'csv', '--table', 'plan']).stdout
        );
    });
});

describe('--user', () => {
    const snapshot = 'samples/snapshots/prod-admin-approved-with-grants.json';
    const scenarios = JSON.parse(readFileSync(join(REPO_ROOT, 'samples/scenarios.json'), 'utf8')) as {
        snapshot: string;
        users: { search: { userId: string; username: string; name: string }; facts: string }[];
    }[];
    const entry = scenarios.find((s) => `samples/${s.snapshot}` === snapshot)?.users[0];
    if (!entry) throw new Error(`no users for ${snapshot} in samples/scenarios.json`);

    it.each([
        ['username', entry.search.username.toUpperCase()],
        ['18-character id', entry.search.userId],
        ['15-character id', entry.search.userId.slice(0, 15)],
        ['name', entry.search.name]
    ])('finds the user by %s in the scenarios file beside the snapshot', (_how, who) => {
        const { code, stdout, stderr } = run(['--snapshot', snapshot, '--user', who, '--format', 'json']);
        expect(stderr).toBe('');
        // The org is ready (see EXIT_CODE_OF_SAMPLE_ORG), whatever the user's own findings.
        expect(code).toBe(EXIT_READY);
        const output = JSON.parse(stdout) as ReadinessCliOutput;
        expect(validators.problems('ReadinessCliOutput', output)).toEqual([]);
        expect(output.userReport?.userId).toBe(entry.search.userId);
    });

    it('takes a user facts file directly, and checks it against --user', () => {
        const facts = `samples/${entry.facts}`;
        const direct = run(['--snapshot', snapshot, '--user-facts', facts, '--format', 'markdown']);
        expect(direct.stdout).toContain(`## User check: ${entry.search.name}`);
        const confirmed = run(['--snapshot', snapshot, '--user-facts', facts, '--user', entry.search.username]);
        expect(confirmed.stdout).toContain(`User check: ${entry.search.name}`);
        const wrong = run(['--snapshot', snapshot, '--user-facts', facts, '--user', 'someone.else@acme.com']);
        expect(wrong.code).toBe(EXIT_BAD_INPUT);
        expect(wrong.stderr).toContain(`--user someone.else@acme.com does not match ${facts}`);
    });

    it('accepts a part of the username or name when only one user has it, and refuses an ambiguous one', () => {
        const part = entry.search.username.split('@')[0] ?? '';
        const unique = run(['--snapshot', snapshot, '--user', part, '--format', 'json']);
        expect((JSON.parse(unique.stdout) as ReadinessCliOutput).userReport?.userId).toBe(entry.search.userId);
        const domain = entry.search.username.split('@')[1] ?? '';
        const ambiguous = run(['--snapshot', snapshot, '--user', domain]);
        expect(ambiguous.code).toBe(EXIT_BAD_INPUT);
        expect(ambiguous.stderr).toContain(`--user ${domain}: more than one user matches in scenario`);
    });

    it('lists the users of the scenario when the user is unknown', () => {
        const result = run(['--snapshot', snapshot, '--user', 'nobody@acme.com']);
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toContain('--user nobody@acme.com: no such user in scenario');
        expect(result.stderr).toContain(entry.search.username);
    });

    it('asks for --user-facts when no scenarios file knows the snapshot', () => {
        const text = readFileSync(join(REPO_ROOT, snapshot), 'utf8');
        const result = run(['--snapshot', '/virtual/elsewhere/snapshot.json', '--user', entry.search.username], {
            '/virtual/elsewhere/snapshot.json': text
        });
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toMatch(/no scenarios\.json beside or above \/virtual\/elsewhere\/snapshot\.json; pass --user-facts FILE/);
        const other = run(['--snapshot', '/virtual/elsewhere/snapshot.json', '--user', 'x', '--scenarios', 'samples/scenarios.json'], {
            '/virtual/elsewhere/snapshot.json': text
        });
        expect(other.stderr).toMatch(/samples\/scenarios\.json has no scenario for \/virtual\/elsewhere\/snapshot\.json/);
    });

    it('rejects a broken scenarios file and broken user facts', () => {
        const scenariosResult = run(['--snapshot', snapshot, '--user', 'x', '--scenarios', '/virtual/scenarios.json'], {
            '/virtual/scenarios.json': '{"a":1}'
        });
        expect(scenariosResult.code).toBe(EXIT_BAD_INPUT);
        expect(scenariosResult.stderr).toMatch(/is not a scenarios list/);
        const facts = withChange(`samples/${entry.facts}`, (value) => delete value.assignments);
        const factsResult = run(['--snapshot', snapshot, '--user-facts', '/virtual/facts.json'], { '/virtual/facts.json': facts });
        expect(factsResult.code).toBe(EXIT_BAD_INPUT);
        expect(factsResult.stderr).toContain('/virtual/facts.json: $.assignments: is required but missing');
    });

    it('notes when the user facts and the snapshot were captured at different times', () => {
        const facts = withChange(`samples/${entry.facts}`, (value) => (value.capturedAt = '2026-01-01T00:00:00.000Z'));
        const result = run(['--snapshot', snapshot, '--user-facts', '/virtual/old-facts.json'], { '/virtual/old-facts.json': facts });
        expect(result.stderr).toContain('readiness: note: /virtual/old-facts.json was captured 2026-01-01T00:00:00.000Z');
        expect([EXIT_READY, EXIT_FINDINGS]).toContain(result.code);
    });

    it('notes that CSV tables leave the user check out', () => {
        const result = run(['--snapshot', snapshot, '--user', entry.search.username, '--format', 'csv']);
        expect(result.stderr).toContain('the user check is not part of the CSV tables');
    });
});

describe('--decode', () => {
    it('decodes a redirect URL (exit 0) and makes the fix concrete with a snapshot', () => {
        const url =
            'https://acme.my.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_client&error_description=app+must+be+installed+into+org';
        const plain = run(['--decode', url]);
        expect(plain.code).toBe(EXIT_READY);
        expect(plain.stdout).toContain('Recognised: oauth.app-not-installed');
        const concrete = run(['--decode', `Jetstream Desktop: ${url}`, '--snapshot', NOT_INSTALLED]);
        expect(concrete.stdout).toContain(
            '-> https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CadS&app_org_id=00D4S000000pHDF'
        );
    });

    it('exits 1 for an unknown error and prints what to check', () => {
        const result = run(['--decode', 'E_SOMETHING_ELSE']);
        expect(result.code).toBe(EXIT_FINDINGS);
        expect(result.stdout).toContain('Not recognised (unknown error)');
    });

    it('prints a DecodedError as json, valid against the schema', () => {
        const result = run(['--decode', 'OAUTH_APP_BLOCKED', '--format', 'json']);
        const decoded = JSON.parse(result.stdout) as DecodedError;
        expect(validators.problems('DecodedError', decoded)).toEqual([]);
        expect(decoded.id).toBe('oauth.app-blocked');
    });

    it('refuses csv', () => {
        expect(run(['--decode', 'x', '--format', 'csv']).code).toBe(EXIT_BAD_INPUT);
    });

    it('refuses text over the cap with exit 2 and one line naming the limit, and accepts text at the cap', () => {
        const over = run(['--decode', `invalid_grant ${'x'.repeat(DECODER_MAX_INPUT_LENGTH)}`]);
        expect(over.code).toBe(EXIT_BAD_INPUT);
        expect(over.stdout).toBe('');
        expect(over.stderr).toContain('readiness: --decode: the text is 32,782 characters; the decoder reads at most 32,768.');
        expect(over.stderr).toContain('Paste only the URL from the address bar of the error page or the JSON body of the error.');
        const atCap = run(['--decode', `invalid_grant ${'x'.repeat(DECODER_MAX_INPUT_LENGTH - 14)}`]);
        expect(atCap.code).toBe(EXIT_READY);
        expect(atCap.stdout).toContain('Recognised: oauth.invalid-grant');
    });
});

// The tsx that `npm run readiness` runs (node_modules/.bin), without npx in front (~0.3 s CPU per start).
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

describe('the real command', () => {
    it('runs through tsx cli/readiness.ts (npm run readiness) with the same exit code and output', () => {
        const child = spawnSync(TSX, ['cli/readiness.ts', '--snapshot', NOT_INSTALLED, '--format', 'json', '--now', NOW], {
            cwd: REPO_ROOT,
            encoding: 'utf8',
            timeout: 120_000
        });
        expect(child.stderr).toBe('');
        expect(child.status).toBe(EXIT_FINDINGS);
        expect(child.stdout).toBe(run(['--snapshot', NOT_INSTALLED, '--format', 'json']).stdout);
        const bad = spawnSync(TSX, ['cli/readiness.ts', '--snapshot', 'nope.json'], {
            cwd: REPO_ROOT,
            encoding: 'utf8',
            timeout: 120_000
        });
        expect(bad.status).toBe(EXIT_BAD_INPUT);
        expect(bad.stderr).toContain('cannot read org snapshot nope.json');
    }, 180_000);
});
