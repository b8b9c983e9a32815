#!/usr/bin/env node
// Gate `metadata`: proves offline, as far as anything can without an org, that the package source deploys as
// exactly the components we mean to ship. `sf project convert source` is not a validator (it silently drops a .cls
// without -meta.xml and accepts malformed XML), so every check here is explicit:
//   - sfdx-project.json and the scratch org definition match the official @salesforce/schemas (and package rules);
//   - every .cls/.trigger has its -meta.xml (and no -meta.xml is orphaned);
//   - every LWC bundle has <bundle>.js-meta.xml and, for each .ts, the .js that scripts/build-lwc.mjs generated from
//     it (its GENERATED header names the .ts; with --check-build also byte-for-byte fresh);
//   - all XML under the package directories and config/ is well-formed, with one root element (file:line);
//   - every metadata XML file uses the Metadata API namespace and the root element of its type;
//   - one API version: sfdx-project.json sourceApiVersion == every <apiVersion> == the generated package.xml;
//   - @salesforce/source-deploy-retrieve resolves the source (honouring .forceignore) and converts it to a Metadata
//     API folder with no .ts, test, tsconfig or __tests__ file in it and no file silently left behind;
//   - the deployable components equal config/expected-components.json (missing and unexpected ones are named);
//   - every component carries the package prefix of its type (PREFIXES), and every type has a prefix rule.
//
//   node scripts/check-metadata.mjs                 check this project (run `npm run build` first)
//   node scripts/check-metadata.mjs --root DIR      check another project folder (the gate's sample projects)
//   node scripts/check-metadata.mjs --check-build   also rebuild in memory and fail on a stale .js (`npm test` and
//                                                   scripts/sf.mjs run the build right before, so they skip this)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { findNode22 } from './lib/node22.mjs';

const require = createRequire(import.meta.url);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const rootArg = process.argv.indexOf('--root');
const root = rootArg >= 0 ? resolve(process.argv[rootArg + 1] ?? '') : repoRoot;
const EXPECTED_FILE = 'config/expected-components.json';
const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata';
const PACKAGE_NAME = 'Jetstream Readiness';

const problems = [];
const problem = (file, line, rule, message) => problems.push({ file, line, rule, message });
const rel = (abs) => relative(root, abs).split(sep).join('/');

function walk(dir) {
    if (!existsSync(dir)) return [];
    const out = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== 'node_modules') out.push(...walk(full));
        } else out.push(full);
    }
    return out;
}

function lineOf(text, index) {
    return text.slice(0, index).split('\n').length;
}

function readJson(relPath) {
    const file = join(root, relPath);
    if (!existsSync(file)) {
        problem(relPath, 1, 'missing-file', 'file not found');
        return null;
    }
    const text = readFileSync(file, 'utf8');
    try {
        return JSON.parse(text);
    } catch (err) {
        const pos = /position (\d+)/.exec(err.message);
        problem(relPath, pos ? lineOf(text, Number(pos[1])) : 1, 'json', err.message);
        return null;
    }
}

// ---- sfdx-project.json and scratch definition: official schema + unlocked-package rules ---------------------------
function schemaCheck(relPath, data, schemaFile) {
    let validate;
    try {
        const Ajv = require('ajv');
        const schema = JSON.parse(readFileSync(require.resolve(`@salesforce/schemas/${schemaFile}`), 'utf8'));
        validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    } catch (err) {
        problem(relPath, 1, 'schema', `cannot load @salesforce/schemas/${schemaFile} (installed with @salesforce/cli): ${err.message}`);
        return;
    }
    if (validate(data)) return;
    // anyOf failures repeat once per alternative; report each offending value once.
    const seen = new Set();
    for (const e of validate.errors ?? []) {
        const at = e.instancePath || '/';
        if (seen.has(at)) continue;
        seen.add(at);
        const value = at
            .split('/')
            .slice(1)
            .reduce((v, k) => (v == null ? v : v[k]), data);
        const detail = at.startsWith('/features/')
            ? `"${value}" is not a scratch org feature known to @salesforce/schemas (check the spelling against the Scratch Org Features list)`
            : e.keyword === 'additionalProperties'
              ? `unknown property "${e.params.additionalProperty}"`
              : e.message;
        problem(relPath, 1, 'schema', `${at}: ${detail}`);
    }
}

function checkProjectFile() {
    const project = readJson('sfdx-project.json');
    if (!project) return { packageDirs: ['force-app'], sourceApiVersion: null };
    schemaCheck('sfdx-project.json', project, 'sfdx-project.schema.json');
    const dirs = Array.isArray(project.packageDirectories) ? project.packageDirectories : [];
    const pkg = dirs.find((d) => d.package === PACKAGE_NAME);
    if (!pkg) problem('sfdx-project.json', 1, 'package', `no packageDirectories entry with "package": "${PACKAGE_NAME}"`);
    else {
        if (!/^\d+\.\d+\.\d+\.NEXT$/.test(pkg.versionNumber ?? ''))
            problem('sfdx-project.json', 1, 'package', `versionNumber "${pkg.versionNumber}" must be MAJOR.MINOR.PATCH.NEXT`);
        for (const key of ['versionName', 'versionDescription', 'definitionFile'])
            if (!pkg[key]) problem('sfdx-project.json', 1, 'package', `package directory "${pkg.path}" has no ${key}`);
        // ancestorId/ancestorVersion exist only for second-generation *managed* packages.
        for (const key of ['ancestorId', 'ancestorVersion'])
            if (key in pkg)
                problem('sfdx-project.json', 1, 'package', `${key} is a managed-package setting; an unlocked package must not set it`);
    }
    if (project.namespace) problem('sfdx-project.json', 1, 'package', `namespace "${project.namespace}" set; the package has no namespace`);
    // The CLI writes these: "Jetstream Readiness": 0Ho… (sf package create), "Jetstream Readiness@0.1.0-1": 04t… (version create).
    for (const [alias, id] of Object.entries(project.packageAliases ?? {})) {
        const want = alias.includes('@') ? /^04t[0-9A-Za-z]{12}([0-9A-Za-z]{3})?$/ : /^0Ho[0-9A-Za-z]{12}([0-9A-Za-z]{3})?$/;
        if (!want.test(String(id)))
            problem(
                'sfdx-project.json',
                1,
                'package',
                `packageAliases "${alias}": "${id}" is not a ${alias.includes('@') ? '04t version' : '0Ho package'} id`
            );
    }
    const definitionFiles = new Set(dirs.map((d) => d.definitionFile).filter(Boolean));
    for (const f of walk(join(root, 'config'))) if (/scratch-def\.json$/.test(f)) definitionFiles.add(rel(f));
    for (const def of definitionFiles) {
        const data = readJson(def);
        if (data) schemaCheck(def, data, 'project-scratch-def.schema.json');
    }
    const packageDirs = dirs.map((d) => d.path).filter((p) => typeof p === 'string');
    for (const p of packageDirs)
        if (!existsSync(join(root, p))) problem('sfdx-project.json', 1, 'package', `package directory "${p}" does not exist`);
    return { packageDirs: packageDirs.length ? packageDirs : ['force-app'], sourceApiVersion: project.sourceApiVersion ?? null };
}

// ---- files: Apex meta pairs and LWC bundles ----------------------------------------------------------------------
function checkApexPairs(files) {
    const set = new Set(files);
    for (const f of files) {
        if (/\.(cls|trigger)$/.test(f) && !set.has(`${f}-meta.xml`))
            problem(
                rel(f),
                1,
                'apex-meta',
                `missing ${basename(f)}-meta.xml (the CLI would silently drop this ${f.endsWith('.cls') ? 'class' : 'trigger'})`
            );
        const m = /^(.*\.(cls|trigger))-meta\.xml$/.exec(f);
        if (m && !set.has(m[1])) problem(rel(f), 1, 'apex-meta', `orphaned -meta.xml: ${basename(m[1])} does not exist`);
    }
}

function checkLwcBundles(files) {
    const bundles = new Map();
    for (const f of files) {
        const parts = f.split(sep);
        const i = parts.lastIndexOf('lwc');
        if (i < 0 || i + 2 >= parts.length) continue;
        const bundleDir = parts.slice(0, i + 2).join(sep);
        if (!bundles.has(bundleDir)) bundles.set(bundleDir, []);
        bundles.get(bundleDir).push(f);
    }
    let missingJs = 0;
    for (const [dir, bundleFiles] of bundles) {
        const name = basename(dir);
        if (name === '__tests__' || name.startsWith('.')) continue;
        const has = new Set(bundleFiles);
        if (!has.has(join(dir, `${name}.js-meta.xml`))) problem(rel(dir), 1, 'lwc-meta', `LWC bundle "${name}" has no ${name}.js-meta.xml`);
        for (const f of bundleFiles) {
            if (!f.endsWith('.ts') || f.endsWith('.d.ts') || f.split(sep).includes('__tests__')) continue;
            const js = f.replace(/\.ts$/, '.js');
            if (!has.has(js)) {
                missingJs++;
                problem(rel(f), 1, 'lwc-build', `no compiled ${basename(js)}: run \`npm run build\` first`);
            } else {
                // build-lwc.mjs starts every module with "// GENERATED from <file>.ts ..."; anything else is hand-written.
                const header = /^\/\/ GENERATED from (\S+)/.exec(readFileSync(js, 'utf8'));
                if (header?.[1] !== basename(f))
                    problem(rel(js), 1, 'lwc-build', `not generated from ${basename(f)} by scripts/build-lwc.mjs: run \`npm run build\``);
            }
        }
        if (!has.has(join(dir, `${name}.ts`)))
            problem(
                rel(dir),
                1,
                'lwc-build',
                `LWC bundle "${name}" has no ${name}.ts (its main module; the build emits ${name}.js from it)`
            );
    }
    return { bundles: bundles.size, missingJs };
}

function checkBuildFresh() {
    // Only for this repository: build-lwc.mjs always builds its own tree.
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/build-lwc.mjs'), '--check'], { encoding: 'utf8' });
    if (run.status !== 0) {
        const lines = `${run.stderr}${run.stdout}`.split('\n').filter((l) => l.trim() && !/FAILED/.test(l));
        for (const l of lines) {
            const m = /^build-lwc: (\S+?)(?::(\d+))?(?::\d+)? (.*)$/.exec(l);
            if (m) problem(m[1], Number(m[2] ?? 1), 'lwc-build', m[3]);
            else problem('scripts/build-lwc.mjs', 1, 'lwc-build', l);
        }
    }
}

// ---- XML: well-formed, one root, namespace, API version -----------------------------------------------------------
const xmlParser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, ignoreDeclaration: true, ignorePiTags: true });

function checkXml(files, packageDirAbs) {
    const roots = new Map();
    const docs = new Map();
    const apiVersions = [];
    for (const f of files.filter((x) => x.endsWith('.xml'))) {
        const text = readFileSync(f, 'utf8');
        const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
        if (valid !== true) {
            problem(rel(f), valid.err.line ?? 1, 'xml', `not well-formed: ${valid.err.msg}`);
            continue;
        }
        const doc = xmlParser.parse(text);
        const top = Object.keys(doc).filter((k) => !k.startsWith('#'));
        if (top.length !== 1 || Array.isArray(doc[top[0]])) {
            problem(
                rel(f),
                1,
                'xml',
                `expected exactly one root element, found ${top.length === 1 ? 'several' : top.length} (${top.join(', ')})`
            );
            continue;
        }
        const inPackage = packageDirAbs.some((d) => f.startsWith(d + sep));
        if (inPackage && f.endsWith('-meta.xml')) {
            roots.set(rel(f), top[0]);
            docs.set(rel(f), doc[top[0]] ?? {});
            const ns = doc[top[0]]?.['@_xmlns'];
            if (ns !== METADATA_NS)
                problem(rel(f), 2, 'xml-namespace', `root <${top[0]}> must have xmlns="${METADATA_NS}" (found ${ns ? `"${ns}"` : 'none'})`);
            for (const m of text.matchAll(/<apiVersion>\s*([^<]*?)\s*<\/apiVersion>/g))
                apiVersions.push({ file: rel(f), line: lineOf(text, m.index), version: m[1] });
        }
    }
    return { roots, docs, apiVersions };
}

function checkApiVersions(sourceApiVersion, apiVersions, manifestVersion) {
    if (!/^\d+\.0$/.test(sourceApiVersion ?? '')) {
        problem('sfdx-project.json', 1, 'api-version', `sourceApiVersion "${sourceApiVersion}" must look like "65.0"`);
        return;
    }
    for (const v of apiVersions)
        if (v.version !== sourceApiVersion)
            problem(
                v.file,
                v.line,
                'api-version',
                `<apiVersion>${v.version}</apiVersion> differs from sfdx-project.json sourceApiVersion ${sourceApiVersion}`
            );
    if (manifestVersion && manifestVersion !== sourceApiVersion)
        problem(
            'sfdx-project.json',
            1,
            'api-version',
            `generated package.xml has version ${manifestVersion}, sourceApiVersion is ${sourceApiVersion}`
        );
}

// ---- source-deploy-retrieve: resolve, convert, compare ------------------------------------------------------------
const NOT_DEPLOYABLE = [
    [/\.ts$/, 'TypeScript source'],
    [/(^|\/)__tests__\//, 'test folder'],
    [/\.(test|spec)\.[cm]?[jt]s$/, 'test file'],
    [/(^|\/)tsconfig[^/]*\.json$/, 'TypeScript config'],
    [/(^|\/)jsconfig\.json$/, 'jsconfig'],
    [/(^|\/)\.eslintrc/, 'ESLint config']
];

function resolveWithSdr(packageDirs) {
    const node = findNode22(repoRoot);
    if (node.error) {
        problem('node_modules/@salesforce/source-deploy-retrieve', 1, 'sdr', node.error);
        return null;
    }
    const run = spawnSync(node.bin, [join(repoRoot, 'scripts/lib/sdr-deployable.mjs'), root, ...packageDirs], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, SF_DISABLE_TELEMETRY: 'true' }
    });
    if (run.status !== 0) {
        const msg = (run.stderr || run.error?.message || `exit ${run.status}`).trim().split('\n').slice(0, 6).join(' | ');
        problem(packageDirs.join(','), 1, 'sdr', `source-deploy-retrieve could not resolve/convert the source: ${msg}`);
        return null;
    }
    return { ...JSON.parse(run.stdout), node: node.version };
}

function checkDeployable(sdr, roots) {
    for (const f of sdr.unclaimedFiles)
        problem(f, 1, 'unresolved', 'not part of any metadata component and not in .forceignore: the CLI would silently skip it');
    for (const f of sdr.convertedFiles)
        for (const [re, what] of NOT_DEPLOYABLE)
            if (re.test(f)) problem(f, 1, 'not-deployable', `${what} in the converted deploy folder (fix .forceignore)`);
    const converted = new Set(sdr.convertedFiles);
    for (const c of sdr.components) {
        const xmls = new Set([c.xml, ...c.children.map((ch) => ch.xml)].filter(Boolean));
        for (const x of xmls) {
            const rootName = roots.get(x);
            const childType = c.children.find((ch) => ch.xml === x && x !== c.xml)?.type;
            const want = childType ?? c.type;
            if (rootName && rootName !== want) problem(x, 2, 'xml-root', `root element <${rootName}> but this file is a ${want}`);
        }
        if (c.type === 'LightningComponentBundle' && c.xml) {
            // What is deployed must be the build of the committed TypeScript: every module's .js is in the package.
            const bundleDir = dirname(c.xml);
            for (const ts of walk(join(root, bundleDir)).map(rel)) {
                if (!ts.endsWith('.ts') || ts.endsWith('.d.ts') || ts.includes('/__tests__/')) continue;
                const js = `lwc/${c.fullName}/${ts.slice(bundleDir.length + 1).replace(/\.ts$/, '.js')}`;
                if (!converted.has(js)) problem(ts, 1, 'lwc-build', `the converted package lacks ${js}: run \`npm run build\``);
            }
        }
    }
}

// ---- references between components: what a deploy would reject, found offline ------------------------------------
const list = (x) => (x == null ? [] : Array.isArray(x) ? x : [x]);
const text = (x) => (x == null ? '' : typeof x === 'object' ? String(x['#text'] ?? '') : String(x)).trim();
const kebabToCamel = (tag) => tag.replace(/-([a-z0-9])/g, (_, ch) => ch.toUpperCase());
const stripComments = (src) =>
    src.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/\/\/[^\n]*/g, (m) => ' '.repeat(m.length));

function checkReferences(sdr, docs, files) {
    const has = (type, name) => (sdr.manifest[type] ?? []).includes(name);
    const componentXml = (type, name) => sdr.components.find((c) => c.type === type && c.fullName === name)?.xml;
    const sources = files.filter((f) => !f.split(sep).includes('__tests__') && !/\.d\.ts$/.test(f));
    const classFiles = new Map(sources.filter((f) => f.endsWith('.cls')).map((f) => [basename(f, '.cls'), f]));
    const classSource = new Map([...classFiles].map(([name, f]) => [name, readFileSync(f, 'utf8')]));

    for (const f of sources.filter((x) => /[\\/]lwc[\\/]/.test(x) && /\.(ts|html)$/.test(x))) {
        const src = readFileSync(f, 'utf8');
        const code = f.endsWith('.ts') ? stripComments(src) : src;
        for (const m of code.matchAll(/['"]@salesforce\/label\/c\.(\w+)['"]/g))
            if (!has('CustomLabel', m[1]))
                problem(rel(f), lineOf(src, m.index), 'reference', `custom label c.${m[1]} does not exist in the package`);
        for (const m of code.matchAll(/['"]@salesforce\/apex\/(\w+)\.(\w+)['"]/g)) {
            const [, cls, method] = m;
            if (!has('ApexClass', cls))
                problem(
                    rel(f),
                    lineOf(src, m.index),
                    'reference',
                    `Apex class ${cls} (imported as @salesforce/apex/${cls}.${method}) is not in the package`
                );
            else if (
                !new RegExp(`@AuraEnabled\\b[^;{]*?\\bstatic\\b[^;{(=]*?\\b${method}\\s*\\(`, 'i').test(
                    stripComments(classSource.get(cls) ?? '')
                )
            )
                problem(rel(f), lineOf(src, m.index), 'reference', `${cls}.${method} is not an @AuraEnabled static method`);
        }
        const importRe = f.endsWith('.ts') ? /from\s+['"]c\/(\w+)['"]/g : /<c-([a-z0-9-]+)[\s/>]/g;
        for (const m of code.matchAll(importRe)) {
            const bundle = f.endsWith('.ts') ? m[1] : kebabToCamel(m[1]);
            if (!has('LightningComponentBundle', bundle))
                problem(rel(f), lineOf(src, m.index), 'reference', `component c/${bundle} is not in the package`);
        }
    }
    for (const [name, src] of classSource)
        for (const m of stripComments(src).matchAll(/\b(?:System\s*\.\s*)?Label\s*\.\s*(\w+)/g))
            if (!has('CustomLabel', m[1]))
                problem(rel(classFiles.get(name)), lineOf(src, m.index), 'reference', `custom label ${m[1]} does not exist in the package`);

    for (const tab of sdr.manifest.CustomTab ?? []) {
        const xml = componentXml('CustomTab', tab);
        const lwc = text(docs.get(xml)?.lwcComponent);
        if (!lwc) continue;
        if (!has('LightningComponentBundle', lwc)) problem(xml, 1, 'reference', `tab ${tab}: lwcComponent ${lwc} is not in the package`);
        else {
            const meta = docs.get(componentXml('LightningComponentBundle', lwc));
            const targets = list(meta?.targets?.target).map(text);
            if (text(meta?.isExposed) !== 'true' || !targets.includes('lightning__Tab'))
                problem(xml, 1, 'reference', `tab ${tab}: component ${lwc} must be isExposed with target lightning__Tab`);
        }
    }
    const customTab = (t) => !t.startsWith('standard-');
    for (const app of sdr.manifest.CustomApplication ?? []) {
        const xml = componentXml('CustomApplication', app);
        const doc = docs.get(xml) ?? {};
        for (const t of [...list(doc.tabs), doc.defaultLandingTab].filter((x) => x != null).map(text))
            if (customTab(t) && !has('CustomTab', t)) problem(xml, 1, 'reference', `app ${app}: tab ${t} is not in the package`);
    }
    for (const ps of sdr.manifest.PermissionSet ?? []) {
        const xml = componentXml('PermissionSet', ps);
        const doc = docs.get(xml) ?? {};
        for (const a of list(doc.classAccesses).map((x) => text(x.apexClass)))
            if (!has('ApexClass', a)) problem(xml, 1, 'reference', `permission set ${ps}: class ${a} is not in the package`);
        for (const t of list(doc.tabSettings).map((x) => text(x.tab)))
            if (customTab(t) && !has('CustomTab', t)) problem(xml, 1, 'reference', `permission set ${ps}: tab ${t} is not in the package`);
        for (const a of list(doc.applicationVisibilities).map((x) => text(x.application)))
            if (!has('CustomApplication', a)) problem(xml, 1, 'reference', `permission set ${ps}: app ${a} is not in the package`);
        for (const o of list(doc.customMetadataTypeAccesses).map((x) => text(x.name)))
            if (!has('CustomObject', o))
                problem(xml, 1, 'reference', `permission set ${ps}: custom metadata type ${o} is not in the package`);
    }
    for (const rec of sdr.manifest.CustomMetadata ?? []) {
        const type = `${rec.split('.')[0]}__mdt`;
        if (!has('CustomObject', type))
            problem(componentXml('CustomMetadata', rec) ?? rec, 1, 'reference', `record ${rec}: type ${type} is not in the package`);
    }
}

function checkExpected(manifest) {
    const expected = readJson(EXPECTED_FILE);
    if (!expected) return;
    const types = new Set([...Object.keys(expected).filter((k) => !k.startsWith('$')), ...Object.keys(manifest)]);
    for (const type of [...types].sort()) {
        const rule = expected[type];
        // A type may be given as { "namePattern": "^JSR_\\w+$" } instead of a list (used for custom labels, whose
        // existence is checked against every use by checkReferences).
        if (rule && !Array.isArray(rule) && typeof rule.namePattern === 'string') {
            const re = new RegExp(rule.namePattern);
            for (const m of manifest[type] ?? [])
                if (!re.test(m)) problem(EXPECTED_FILE, 1, 'unexpected-component', `${type} ${m} does not match ${rule.namePattern}`);
            continue;
        }
        const want = new Set(rule ?? []);
        const have = new Set(manifest[type] ?? []);
        for (const m of [...want].filter((x) => !have.has(x)).sort())
            problem(EXPECTED_FILE, 1, 'missing-component', `${type} ${m} is expected but not in the deployable source`);
        for (const m of [...have].filter((x) => !want.has(x)).sort())
            problem(EXPECTED_FILE, 1, 'unexpected-component', `${type} ${m} would be deployed but is not listed here (add it if intended)`);
    }
}

// ---- prefix: every component the package adds carries the package prefix ------------------------------------------
// The package has no namespace (docs/INSTALL.md says why), so a component whose API name is already taken in the org
// overwrites that one ("If an upgraded component has the same API name as a component already in the target org, the
// component is overwritten", Upgrade a Version of an Unlocked Package,
// https://developer.salesforce.com/docs/platform/sfdx-dev/guide/sfdx-dev-unlocked-pkg-install-pkg-upgrade.html).
// A distinctive prefix per type makes such a collision implausible. A type with no rule here fails, so a new kind of
// component gets a prefix before it ships.
const PREFIXES = {
    ApexClass: 'JSR_',
    LightningComponentBundle: 'jsr',
    CustomLabel: 'JSR_',
    CustomObject: 'JSR_', // custom objects and custom metadata types (JSR_App__mdt)
    PermissionSet: 'JSR_',
    CustomApplication: 'JSR_',
    CustomTab: 'JSR_',
    // Fields and custom metadata records live inside a prefixed type: their full names (JSR_App__mdt.Way__c,
    // JSR_App.Jetstream_Web) start with the type's name. A field on a standard object (User.X__c) fails here.
    CustomField: 'JSR_',
    CustomMetadata: 'JSR_',
    CustomLabels: null // the labels file itself, always named CustomLabels; its labels are CustomLabel components
};

function checkPrefixes(sdr) {
    const fileOf = (type, name) =>
        sdr.components.flatMap((c) => [c, ...c.children]).find((c) => c.type === type && c.fullName === name)?.xml ?? EXPECTED_FILE;
    // Labels share one file: point at the label's own <fullName> line.
    const lineIn = (file, name) => {
        const src = existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '';
        const at = src.indexOf(`<fullName>${name}</fullName>`);
        return at < 0 ? 1 : lineOf(src, at);
    };
    for (const [type, names] of Object.entries(sdr.manifest)) {
        const prefix = PREFIXES[type];
        if (prefix === null) continue;
        for (const name of names) {
            const file = fileOf(type, name);
            if (prefix === undefined)
                problem(
                    file,
                    1,
                    'prefix',
                    `${type} ${name}: no prefix rule for ${type} (add one to PREFIXES in scripts/check-metadata.mjs)`
                );
            else if (!name.startsWith(prefix))
                problem(file, lineIn(file, name), 'prefix', `${type} ${name} does not start with the package prefix "${prefix}"`);
        }
    }
}

// ---- main --------------------------------------------------------------------------------------------------------
const started = Date.now();
const { packageDirs, sourceApiVersion } = checkProjectFile();
const packageDirAbs = packageDirs.map((p) => join(root, p));
const files = packageDirAbs.flatMap(walk);
checkApexPairs(files);
const lwc = checkLwcBundles(files);
if (process.argv.includes('--check-build') && root === repoRoot && lwc.missingJs === 0) checkBuildFresh();
const { roots, docs, apiVersions } = checkXml([...files, ...walk(join(root, 'config'))], packageDirAbs);
const sdr = resolveWithSdr(packageDirs);
checkApiVersions(sourceApiVersion, apiVersions, sdr?.manifestVersion ?? null);
if (sdr) {
    checkDeployable(sdr, roots);
    checkReferences(sdr, docs, files);
    checkExpected(sdr.manifest);
    checkPrefixes(sdr);
}

for (const p of problems) console.error(`${p.file}:${p.line}: [${p.rule}] ${p.message}`);
const where = root === repoRoot ? '' : ` in ${root}`;
if (problems.length) {
    console.error(`metadata: FAILED${where} (${problems.length} problem(s))`);
    process.exit(1);
}
const summary = Object.entries(sdr.manifest)
    .map(([t, m]) => `${m.length} ${t}`)
    .join(', ');
console.log(
    `metadata: ${sdr.components.length} components resolve and convert (${sdr.convertedFiles.length} files, SDR ${sdr.sdrVersion} on Node ${sdr.node}); API ${sourceApiVersion}; matches ${EXPECTED_FILE}: ${summary}; every component prefixed (${Date.now() - started} ms)`
);
