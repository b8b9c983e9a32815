#!/usr/bin/env node
// TypeScript -> LWC JavaScript, in place (force-app/**/lwc/<bundle>/<file>.ts -> <file>.js).
//
// Why Babel and not tsc emit: tsc always lowers standard decorators (__esDecorate helpers) and the LWC
// compiler then rejects @api/@track/@wire (LWC1104). Babel's TypeScript preset strips types only and keeps
// the decorators, exactly as @lwc/jest-transformer does in Jest. Type checking is `npm run typecheck`.
//
// Every emitted module and every template is then run through the real @lwc/compiler, so a bundle that the
// platform would reject fails here with file and message. The generated .js files are git-ignored: what is
// deployed is always this build of the committed TypeScript (deploy scripts run it first).
//
//   node scripts/build-lwc.mjs            build all bundles
import { transformAsync } from '@babel/core';
import { transformSync as lwcTransform } from '@lwc/compiler';
import { readFile, writeFile, readdir, rm } from 'node:fs/promises';
import { join, relative, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HEADER = (src) => `// GENERATED from ${src} by scripts/build-lwc.mjs - edit the .ts, not this file.\n`;

/** Every file of every LWC bundle under force-app, tests left out. */
async function bundleFiles() {
    const files = (await readdir(join(root, 'force-app'), { recursive: true })).map((path) => join(root, 'force-app', path));
    return files.filter((f) => /[\\/]lwc[\\/][^\\/]+[\\/]/.test(f) && !/[\\/](__tests__|node_modules)[\\/]/.test(f));
}

async function compileTs(file, source) {
    const { code } = await transformAsync(source, {
        filename: file,
        babelrc: false,
        configFile: false,
        comments: true,
        retainLines: false,
        presets: [['@babel/preset-typescript', { allowDeclareFields: true, onlyRemoveTypeImports: false }]],
        plugins: [['@babel/plugin-syntax-decorators', { version: '2023-11' }]]
    });
    return HEADER(basename(file)) + code + '\n';
}

function lwcCheck(file, code, problems) {
    const bundle = basename(dirname(file));
    try {
        lwcTransform(code, basename(file), { namespace: 'c', name: bundle, experimentalDynamicComponent: {} });
    } catch (err) {
        const loc = err.location ? `:${err.location.line}:${err.location.column}` : '';
        problems.push(`${relative(root, file)}${loc} LWC compiler: ${err.message.split('\n')[0]}`);
    }
}

async function main() {
    const started = Date.now();
    const files = await bundleFiles();
    const tsFiles = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    const htmlFiles = files.filter((f) => f.endsWith('.html'));
    const problems = [];
    let written = 0;
    for (const ts of tsFiles) {
        const out = ts.replace(/\.ts$/, '.js');
        let code;
        try {
            code = await compileTs(ts, await readFile(ts, 'utf8'));
        } catch (err) {
            problems.push(`${relative(root, ts)} Babel: ${err.message.split('\n')[0]}`);
            continue;
        }
        lwcCheck(out, code, problems);
        if ((await readFile(out, 'utf8').catch(() => null)) !== code) {
            await writeFile(out, code);
            written++;
        }
    }
    for (const html of htmlFiles) lwcCheck(html, await readFile(html, 'utf8'), problems);
    // A .js with no .ts beside it would be deployed without passing the TypeScript checks. One this build wrote
    // (its header says so) is a stale output of a renamed or deleted .ts: remove it. Any other is hand-written.
    for (const js of files.filter((f) => f.endsWith('.js'))) {
        if (tsFiles.includes(js.replace(/\.js$/, '.ts'))) continue;
        const source = await readFile(js, 'utf8');
        if (source.startsWith(HEADER(basename(js).replace(/\.js$/, '.ts')))) {
            await rm(js);
            console.log(`build-lwc: removed ${relative(root, js)}, the output of a .ts that no longer exists`);
        } else problems.push(`${relative(root, js)} has no .ts source (hand-written JS is not allowed; delete it or add the .ts)`);
    }
    if (problems.length) {
        for (const p of problems) console.error(`build-lwc: ${p}`);
        console.error(`build-lwc: FAILED (${problems.length} problem(s))`);
        process.exit(1);
    }
    const bundles = new Set(tsFiles.map((f) => basename(dirname(f)))).size;
    console.log(
        `build-lwc: ${tsFiles.length} module(s) in ${bundles} bundle(s), ${htmlFiles.length} template(s) pass the LWC compiler; ${written} written (${Date.now() - started} ms)`
    );
}

await main();
