// The GitHub Actions workflows parse as YAML and keep the promises the docs make about them. `yaml` is not a direct
// devDependency: it is in node_modules through @salesforce/cli and @salesforce/source-deploy-retrieve (2.9.1).
// It is loaded in a child Node process: under the jsdom test environment Jest would pick yaml's ESM browser build.
// GitHub's own workflow validation only happens on GitHub; this checks structure, not the Actions runtime.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = join(__dirname, '..', '..');

type Step = { name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string> };
type Job = { needs?: string | string[]; if?: string; steps: Step[]; outputs?: Record<string, string> };
type Workflow = { name: string; on: Record<string, unknown>; jobs: Record<string, Job> };

function workflow(file: string): Workflow {
    const script =
        "const fs = require('fs'); process.stdout.write(JSON.stringify(require('yaml').parse(fs.readFileSync(process.argv[1], 'utf8'))))";
    const run = spawnSync(process.execPath, ['-e', script, join(repo, '.github/workflows', file)], { cwd: repo, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${file} does not parse as YAML: ${run.stderr}`);
    return JSON.parse(run.stdout) as Workflow;
}
function job(wf: Workflow, id: string): Job {
    const found = wf.jobs[id];
    if (!found) throw new Error(`no job "${id}"`);
    return found;
}
function step(job: Job, pattern: RegExp): Step {
    const found = job.steps.find((s) => pattern.test(s.run ?? ''));
    if (!found) throw new Error(`no step runs ${pattern}`);
    return found;
}
function stepIndex(job: Job, pattern: RegExp): number {
    const i = job.steps.findIndex((s) => pattern.test(s.run ?? ''));
    if (i < 0) throw new Error(`no step runs ${pattern}`);
    return i;
}

describe('.github/workflows/ci.yml', () => {
    const ci = workflow('ci.yml');

    it('runs .ci/run on every push and pull request', () => {
        expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
        const steps = Object.values(ci.jobs).flatMap((j) => j.steps);
        expect(steps.some((s) => s.run?.trim() === 'bash .ci/run')).toBe(true);
    });
});

describe('.github/workflows/org-ci.yml', () => {
    const wf = workflow('org-ci.yml');
    const org = job(wf, 'org');
    const gate = job(wf, 'devhub');

    it('skips the org job unless every Dev Hub secret is set', () => {
        expect(org.needs).toBe('devhub');
        expect(org.if).toBe("needs.devhub.outputs.available == 'true'");
        const check = gate.steps[0] ?? { run: '' };
        for (const secret of ['SF_DEVHUB_JWT_KEY', 'SF_DEVHUB_CLIENT_ID', 'SF_DEVHUB_USERNAME']) {
            expect(check.env?.[secret]).toBe(`\${{ secrets.${secret} }}`);
            expect(check.run).toContain(`[ -n "$${secret}" ]`);
        }
        expect(gate.outputs?.available).toBe('${{ steps.check.outputs.available }}');
    });

    it('runs the gates, then JWT login, scratch org, deploy, permission set, Apex tests >= 90 %, package version, in that order', () => {
        const order = [
            /^bash \.ci\/run$/,
            /org login jwt/,
            /org create scratch --definition-file config\/project-scratch-def\.json/,
            /npm run deploy -- --target-org/,
            /org assign permset --name JSR_Jetstream_Readiness/,
            /npm run test:apex -- --target-org "\$SCRATCH_ORG" --min-coverage 90/,
            /npm run package:create/,
            /org delete scratch/
        ].map((re) => stepIndex(org, re));
        expect([...order].sort((a, b) => a - b)).toEqual(order);
    });

    it('always deletes the scratch org', () => {
        const del = step(org, /org delete scratch/);
        expect(del.if).toBe('always()');
    });

    it('assigns a permission set that the package deploys', () => {
        const run = step(org, /org assign permset/).run ?? '';
        const name = /--name (\w+)/.exec(run)?.[1] ?? '';
        const expected = JSON.parse(readFileSync(join(repo, 'config/expected-components.json'), 'utf8')) as Record<string, unknown>;
        expect(expected.PermissionSet).toContain(name);
        expect(existsSync(join(repo, 'force-app/main/default/permissionsets', `${name}.permissionset-meta.xml`))).toBe(true);
    });
});
