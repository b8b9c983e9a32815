// scripts/lib/apex-coverage.mjs decides whether an org test run passes: every test passed and the package's
// non-test classes reach the coverage threshold. Input is the JSON shape `sf apex run test --code-coverage --json`
// prints (plugin-apex JsonReporter: result.summary, result.tests[], result.coverage.coverage[]).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'jr-apex-'));

type Row = { name: string; covered: number; total: number };
function sfResult(opts: { failing?: string[]; coverage: Row[] }) {
    const failing = opts.failing ?? [];
    const tests = ['JSR_ReadinessControllerTest.returnsSnapshot', ...failing].map((fullName) => ({
        FullName: fullName,
        MethodName: fullName.split('.')[1],
        ApexClass: { Name: fullName.split('.')[0] },
        Outcome: failing.includes(fullName) ? 'Fail' : 'Pass',
        Message: failing.includes(fullName) ? 'System.AssertException: Assertion Failed' : null
    }));
    return {
        status: failing.length ? 100 : 0,
        result: {
            summary: {
                outcome: failing.length ? 'Failed' : 'Passed',
                testsRan: tests.length,
                passing: tests.length - failing.length,
                failing: failing.length,
                skipped: 0,
                orgId: '00D000000000001AAA',
                testRunCoverage: '91%',
                orgWideCoverage: '91%'
            },
            tests,
            coverage: {
                coverage: opts.coverage.map((r, i) => ({
                    id: `01p00000000000${i}`,
                    name: r.name,
                    totalLines: r.total,
                    lines: {},
                    totalCovered: r.covered,
                    coveredPercent: Math.floor((100 * r.covered) / r.total)
                }))
            }
        }
    };
}

function check(name: string, json: unknown, args: string[]) {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(json));
    const run = spawnSync(process.execPath, [join(repo, 'scripts/lib/apex-coverage.mjs'), file, ...args], { encoding: 'utf8' });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Apex test run verdict (scripts/lib/apex-coverage.mjs)', () => {
    const classes = ['--classes', 'JSR_ReadinessController,JSR_OrgSelector'];

    it('passes when all tests pass and package coverage is at the threshold', () => {
        const r = check(
            'ok',
            sfResult({
                coverage: [
                    { name: 'JSR_ReadinessController', covered: 90, total: 100 },
                    { name: 'JSR_OrgSelector', covered: 45, total: 50 }
                ]
            }),
            ['--min-coverage', '90', ...classes]
        );
        expect(r.stdout).toContain('Package Apex coverage: 90.0 % (135/150 lines in 2 classes)');
        expect(r.status).toBe(0);
    });

    it('fails below the threshold and says by how much', () => {
        const r = check(
            'low',
            sfResult({
                coverage: [
                    { name: 'JSR_ReadinessController', covered: 89, total: 100 },
                    { name: 'JSR_OrgSelector', covered: 45, total: 50 }
                ]
            }),
            ['--min-coverage', '90', ...classes]
        );
        expect(r.stderr).toContain('package Apex coverage 89.3 % is below the required 90 %');
        expect(r.status).toBe(1);
    });

    it('counts a class no test executed as a failure, not as unmeasured', () => {
        const r = check('untouched', sfResult({ coverage: [{ name: 'JSR_ReadinessController', covered: 100, total: 100 }] }), [
            '--min-coverage',
            '90',
            ...classes
        ]);
        expect(r.stderr).toContain('class JSR_OrgSelector has no coverage data: no test executed it');
        expect(r.status).toBe(1);
    });

    it('fails on a failing test even with full coverage, naming the test', () => {
        const r = check(
            'failing',
            sfResult({
                failing: ['OrgSelectorTest.readsOrg'],
                coverage: [
                    { name: 'JSR_ReadinessController', covered: 1, total: 1 },
                    { name: 'JSR_OrgSelector', covered: 1, total: 1 }
                ]
            }),
            [...classes]
        );
        expect(r.stderr).toContain('test OrgSelectorTest.readsOrg Fail: System.AssertException: Assertion Failed');
        expect(r.status).toBe(1);
    });

    it('fails when sf returned an error instead of a test result', () => {
        const r = check('error', { status: 1, name: 'NoOrgFound', message: 'No authorization information found for x.' }, classes);
        expect(r.stderr).toContain('sf apex run test did not return a test result: No authorization information found for x.');
        expect(r.status).toBe(1);
    });

    it('finds the package classes in force-app and leaves @isTest classes out', () => {
        const probe = `import('${join(repo, 'scripts/lib/apex-coverage.mjs').replace(/\\/g, '/')}').then((m) => console.log(JSON.stringify(m.packageClasses(process.argv[1]))))`;
        const fixture = join(repo, 'test-data', 'metadata', 'valid');
        const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe, fixture], { encoding: 'utf8' });
        expect(JSON.parse(run.stdout)).toEqual(['JSR_SampleController']);
    });
});
