#!/usr/bin/env node
// Builds the local preview into preview/dist (or --out DIR), in steps that each fail with their own message:
//   1. lwc        `npm run build`: TypeScript -> LWC JavaScript in force-app (scripts/build-lwc.mjs)
//   2. scenarios  fixtures/scenarios.json + the referenced snapshots and user facts, copied into dist
//   3. large      the generated 100k-user scenario (`npm run generate:large`), cached under .cache/preview
//   4. bundle     Rollup + @lwc/rollup-plugin: the tab with fixture Apex and Custom Labels (see rollup.config.mjs)
//   5. vendor     the LWC engine and the lightning-base-components the tab imports, one entry per import
//   6. styles     the SLDS stylesheet cut to the rules whose classes the built page can use (PurgeCSS)
//
// A rebuild reuses unchanged work: the vendor bundle (the slow part: the base components through the LWC
// compiler) is kept in .cache/preview/vendor-<key>, keyed by the lock file hash, the Rollup config, the list of
// imports and the icon names the tab writes, so a component change only rebundles the tab. The generated large
// snapshot is kept while its generator is unchanged.
//
// Several builds may run at once (people running npm start and npm test in one tree): each builds into a
// private folder that replaces the output folder only when complete, and the caches are written the same way.
//
//   node preview/build.mjs [--skip-lwc] [--no-cache] [--mode development|production] [--fixtures DIR] [--out DIR]
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { copyFile, cp, mkdir, readdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import {
    CUT_STYLESHEET_PATH,
    DIST_DIR,
    PREVIEW_DIR,
    ROOT,
    SLDS_ASSETS,
    SLDS_MOUNT,
    SLDS_STYLESHEET_IN_ASSETS,
    VENDOR_PREFIX
} from './paths.mjs';

/** Rollup and the configs (LWC compiler, Babel) load on first use: `npm start` checks its arguments and port first. */
const loadRollup = () => import('rollup');
const loadConfigs = () => import('./rollup.config.mjs');

const CACHE_DIR = join(ROOT, '.cache/preview');
const TMP_DIR = join(CACHE_DIR, 'tmp');
/** In a cached vendor bundle: the files to modulepreload (see staticClosure). */
const PRELOAD_LIST = 'preload.json';
/** Bump when the layout of a cached vendor bundle changes. */
const VENDOR_CACHE_FORMAT = 3;
const IMPORT_MAP_PLACEHOLDER = '<!-- import map: written by preview/build.mjs -->';
const SLDS_STYLESHEET = join(SLDS_ASSETS, SLDS_STYLESHEET_IN_ASSETS);
const STYLESHEET_PLACEHOLDER = '<!-- stylesheet: written by preview/build.mjs -->';
/**
 * Classes the base components build at run time (template literals, so no scanned file holds them whole), found
 * by reading lightning-base-components for class names built from template literals or prefix maps (e.g. tabset's
 * `${tabClassPrefixByVariant[variant]}__content`): icon size, spinner size/variant, tab style, and
 * `slds-icon-${category}-${name}` (iconUtils computeSldsClass), kept for the icons the preview can draw. Complete for
 * the base components the tab uses (button, formatted date-time, icon, spinner, tab, tabset) only: others build more
 * (e.g. slds-size_, slds-theme_, slds-nubbin_), so a new base component in the tab means checking its classes again.
 * tests/browser/styles.spec.ts proves the cut stylesheet styles the tab as the full one does.
 */
const SLDS_BUILT_AT_RUN_TIME = [/^slds-icon_/, /^slds-spinner_/, /^slds-tabs_/];
const iconClass = (key) => {
    const [category, ...name] = key.split('_');
    return `slds-icon-${category}-${name.join('-')}`;
};
/** Bump when the way the stylesheet is cut changes. */
const STYLES_CACHE_FORMAT = 1;
const FIXTURES_DIR = join(ROOT, 'fixtures');
const LARGE_GENERATOR = join(ROOT, 'scripts/lib/generateLargeSnapshot.ts');
export const LARGE_SCENARIO_ID = 'large';

/** A failed build step: the message says which step and why; `detail` is the step's own output. */
export class BuildStepError extends Error {
    constructor(step, message, detail = '') {
        super(`${step}: ${message}`);
        this.step = step;
        this.detail = detail;
    }
}

function hashFiles(files, extra = '') {
    const hash = createHash('sha256').update(extra);
    for (const file of files) {
        hash.update(`\0${relative(ROOT, file)}\0`);
        hash.update(existsSync(file) ? readFileSync(file) : 'absent');
    }
    return hash.digest('hex').slice(0, 16);
}

function run(step, command, args) {
    return new Promise((resolveRun, reject) => {
        const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('error', (error) => reject(new BuildStepError(step, error.message, output)));
        child.on('close', (code) =>
            code === 0 ? resolveRun(output) : reject(new BuildStepError(step, `${command} ${args.join(' ')} exited with ${code}`, output))
        );
    });
}

/** A path no other build uses, for writing something that is renamed into place when complete. It is under
 * .cache/preview/tmp (git-ignored, same file system as the targets), never beside the target: a half-written
 * preview/dist.tmp-* would be seen by the prettier gate and by git status. */
function privatePath(path) {
    mkdirSync(TMP_DIR, { recursive: true });
    return join(TMP_DIR, `${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** Moves a finished folder or file into place. If another build placed the same cache entry first, keeps theirs. */
async function publish(tmp, target, { replace }) {
    await mkdir(dirname(target), { recursive: true });
    if (replace) {
        const old = privatePath(target);
        await rename(target, old).catch(() => undefined);
        await rename(tmp, target);
        await rm(old, { recursive: true, force: true });
        return;
    }
    try {
        await rename(tmp, target);
    } catch (error) {
        if (!['ENOTEMPTY', 'EEXIST'].includes(error.code)) throw error;
        await rm(tmp, { recursive: true, force: true });
    }
}

async function timed(log, step, work) {
    const started = performance.now();
    const result = await work();
    const ms = Math.round(performance.now() - started);
    log(`  ${step.padEnd(10)} ${String(ms).padStart(6)} ms${result?.note ? `  ${result.note}` : ''}`);
    return { ...result, ms };
}

// --------------------------------------------------------------------------------------------------------
// scenarios
// --------------------------------------------------------------------------------------------------------

function readJson(step, file) {
    try {
        return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
        throw new BuildStepError(step, `${relative(ROOT, file)}: ${error.message}`);
    }
}

/** fixtures/scenarios.json -> the preview manifest, copying every referenced file into dist/fixtures. */
async function buildScenarios(fixturesDir, outDir) {
    const step = 'scenarios';
    const listFile = join(fixturesDir, 'scenarios.json');
    if (!existsSync(listFile)) return { scenarios: [], note: `no ${relative(ROOT, listFile)} yet` };
    const list = readJson(step, listFile);
    if (!Array.isArray(list)) throw new BuildStepError(step, `${relative(ROOT, listFile)} must be an array of scenarios`);
    const copies = new Map();
    const urlFor = (file, where) => {
        const source = resolve(fixturesDir, file);
        if (!source.startsWith(fixturesDir + '/') || !existsSync(source)) {
            throw new BuildStepError(
                step,
                `${where} names ${JSON.stringify(file)}, which is not a file under ${relative(ROOT, fixturesDir)}/`
            );
        }
        const url = `fixtures/${relative(fixturesDir, source)}`;
        copies.set(source, join(outDir, url));
        return url;
    };
    const seen = new Set();
    const scenarios = list.map((entry, index) => {
        const where = `${relative(ROOT, listFile)}[${index}]`;
        if (typeof entry?.id !== 'string' || typeof entry.snapshot !== 'string') {
            throw new BuildStepError(step, `${where} needs string "id" and "snapshot"`);
        }
        if (seen.has(entry.id)) throw new BuildStepError(step, `${where}: duplicate scenario id ${entry.id}`);
        seen.add(entry.id);
        return {
            id: entry.id,
            title: String(entry.title ?? entry.id),
            description: String(entry.description ?? ''),
            snapshotUrl: urlFor(entry.snapshot, `${where}.snapshot`),
            users: (entry.users ?? []).map((user, userIndex) => ({
                search: user.search,
                factsUrl: urlFor(user.facts, `${where}.users[${userIndex}].facts`)
            })),
            generated: false
        };
    });
    for (const [source, target] of copies) {
        await mkdir(dirname(target), { recursive: true });
        await copyFile(source, target);
    }
    return { scenarios, note: `${scenarios.length} scenario(s), ${copies.size} file(s)` };
}

// --------------------------------------------------------------------------------------------------------
// large generated scenario
// --------------------------------------------------------------------------------------------------------

/** Everything the generated snapshot depends on: the generator, its fixture kit, the contract, and the Apex caps it reads. */
function largeGeneratorInputs() {
    const dirFiles = (dir, pattern) =>
        existsSync(dir)
            ? readdirSync(dir)
                  .filter((name) => pattern.test(name))
                  .sort()
                  .map((name) => join(dir, name))
            : [];
    return [
        LARGE_GENERATOR,
        join(ROOT, 'scripts/generate-large-snapshot.ts'),
        join(ROOT, 'force-app/main/default/lwc/jsrEngine/snapshot.ts'),
        ...dirFiles(join(ROOT, 'scripts/lib/fixtures'), /\.ts$/),
        ...dirFiles(join(ROOT, 'force-app/main/default/classes'), /\.cls$/),
        join(ROOT, 'package-lock.json')
    ];
}

async function buildLargeScenario(outDir, useCache) {
    const step = 'large';
    if (!existsSync(LARGE_GENERATOR)) return { scenario: null, note: `skipped: ${relative(ROOT, LARGE_GENERATOR)} does not exist yet` };
    const cached = join(CACHE_DIR, `large-${hashFiles(largeGeneratorInputs())}.json`);
    const summaryFile = cached.replace(/\.json$/, '.txt');
    let note = 'reused from .cache/preview';
    if (!useCache || !existsSync(cached) || !existsSync(summaryFile)) {
        await mkdir(CACHE_DIR, { recursive: true });
        for (const entry of await readdir(CACHE_DIR)) {
            if (/^large-[0-9a-f]+\.(json|txt)$/.test(entry)) await rm(join(CACHE_DIR, entry), { force: true });
        }
        // npm run generate:large -- OUT.json (scripts/generate-large-snapshot.ts)
        const tmp = privatePath(cached);
        const output = await run(step, 'npm', ['run', '--silent', 'generate:large', '--', tmp]);
        const tmpSummary = privatePath(summaryFile);
        await writeFile(tmpSummary, output.replace(/^wrote .*\n/, '').trim());
        await publish(tmpSummary, summaryFile, { replace: true });
        await publish(tmp, cached, { replace: true });
        note = 'generated';
    }
    const url = `fixtures/generated/${LARGE_SCENARIO_ID}.json`;
    await mkdir(join(outDir, 'fixtures/generated'), { recursive: true });
    await copyFile(cached, join(outDir, url));
    const summary = readFileSync(summaryFile, 'utf8').replace(/\s+/g, ' ').trim();
    return {
        scenario: {
            id: LARGE_SCENARIO_ID,
            title: 'Large org (100k users)',
            description: `Generated at build time by npm run generate:large, not committed. ${summary}. No user facts: the user check finds nobody here.`,
            snapshotUrl: url,
            users: [],
            generated: true
        },
        note: `${note}, ${(statSync(cached).size / 1e6).toFixed(1)} MB`
    };
}

// --------------------------------------------------------------------------------------------------------
// bundle
// --------------------------------------------------------------------------------------------------------

/** Runs one Rollup build; returns its warnings and the output chunks. */
async function rollupBuild(step, config, cache = undefined) {
    const warnings = [];
    let build;
    let output;
    try {
        const { rollup } = await loadRollup();
        build = await rollup({ ...config, cache, onwarn: (warning) => config.onwarn(warning, (own) => warnings.push(own)) });
        ({ output } = await build.write(config.output));
    } catch (error) {
        const file = error.loc?.file ?? error.id;
        const location = file ? ` (${relative(ROOT, file)}${error.loc ? `:${error.loc.line}:${error.loc.column}` : ''})` : '';
        throw new BuildStepError(step, `${error.message}${location}`, error.frame ?? '');
    } finally {
        await build?.close();
    }
    return { warnings, chunks: output.filter((item) => item.type === 'chunk'), cache: build.cache };
}

/** Files the page needs before it can run: the entries and everything they import statically (not the icon
 * templates the base components load with import() when an icon is drawn). */
function staticClosure(chunks) {
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const needed = new Set();
    const visit = (fileName) => {
        // External imports (the app's 'lwc', 'lightning/...') are not files of this bundle.
        if (needed.has(fileName) || !byName.has(fileName)) return;
        needed.add(fileName);
        for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
    };
    for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
    return [...needed].sort();
}

/** Every file under `dir`, as sorted paths relative to ROOT. (Dirent.parentPath is Node >= 20.12; before, .path.) */
function fileList(dir) {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(ROOT, join(entry.parentPath ?? entry.path, entry.name)))
        .sort();
}

/**
 * The app bundle's Rollup cache (each module's transform: the LWC compiler, Babel), kept on disk between builds.
 * Rollup reuses a cached transform only when the module's source is unchanged, and reuses the cached import
 * resolutions with it; so the key holds what a resolution depends on: the lock file, the config, the mode and the
 * names of the files under the components and the page sources (a file added or removed starts afresh).
 * Resolutions are absolute paths: the file holds them relative to the project (ROOT_IN_CACHE), so a copy of the
 * project (gate-selftest's, with .cache copied) reuses the transforms and still resolves into itself.
 */
function appCacheFile(mode) {
    const names = [...fileList(join(ROOT, 'force-app/main/default/lwc')), ...fileList(join(PREVIEW_DIR, 'src'))];
    const key = hashFiles([join(ROOT, 'package-lock.json'), join(PREVIEW_DIR, 'rollup.config.mjs')], `${mode}\n${names.join('\n')}`);
    return join(CACHE_DIR, `app-${key}.json`);
}

/** Stands for `${ROOT}/` in a stored app cache. */
const ROOT_IN_CACHE = '<preview-project-root>/';

async function readAppCache(file) {
    try {
        return JSON.parse((await readFile(file, 'utf8')).replaceAll(ROOT_IN_CACHE, `${ROOT}/`));
    } catch {
        return undefined; // absent, or left half-written by an older build: build without it
    }
}

async function writeAppCache(file, cache) {
    const tmp = privatePath(file);
    await writeFile(tmp, JSON.stringify(cache).replaceAll(`${ROOT}/`, ROOT_IN_CACHE));
    await publish(tmp, file, { replace: true });
    for (const entry of await readdir(CACHE_DIR)) {
        if (/^app-[0-9a-f]+\.json$/.test(entry) && entry !== basename(file)) await rm(join(CACHE_DIR, entry), { force: true });
    }
}

/** The tab and the page, reusing the unchanged modules' transforms; lists the bare imports left to the vendor bundle. */
async function bundleApp({ mode, outDir, useCache }) {
    const { createAppConfig } = await loadConfigs();
    const cacheFile = appCacheFile(mode);
    const cache = useCache ? await readAppCache(cacheFile) : undefined;
    const config = createAppConfig({ mode, outDir });
    const { warnings, chunks, cache: newCache } = await rollupBuild('bundle', config, cache);
    await writeAppCache(cacheFile, newCache);
    // What the output imports but does not contain: the externals ('lwc', 'lightning/card', ...). Read from the
    // output, not recorded while resolving: with a cache, Rollup skips resolving unchanged modules' imports.
    const ownFiles = new Set(chunks.map((chunk) => chunk.fileName));
    const specifiers = [...new Set(chunks.flatMap((chunk) => [...chunk.imports, ...chunk.dynamicImports]))]
        .filter((imported) => !ownFiles.has(imported))
        .sort();
    const reused = cache
        ? newCache.modules.filter((module) => cache.modules.some((old) => old.id === module.id && old.code === module.code)).length
        : 0;
    return {
        warnings,
        specifiers,
        preload: staticClosure(chunks),
        note: `${specifiers.length} base-component/LWC import(s), ${reused} of ${newCache.modules.length} module transforms reused${warnings.length ? `, ${warnings.length} warning(s)` : ''}`
    };
}

/** Base components + LWC engine, reused from .cache/preview/vendor-<key> while the lock file and imports are unchanged. */
async function bundleVendor({ mode, specifiers, useCache, outDir }) {
    const { reachableIconKeys } = await loadConfigs();
    // The icons built in depend on the icon names written in the tab (see onlyReachableIcons in rollup.config.mjs).
    const key = hashFiles(
        [join(ROOT, 'package-lock.json'), join(PREVIEW_DIR, 'rollup.config.mjs')],
        `${VENDOR_CACHE_FORMAT}\n${mode}\n${specifiers.join('\n')}\n${reachableIconKeys().join('\n')}`
    );
    const cached = join(CACHE_DIR, `vendor-${key}`);
    let note = `reused .cache/preview/vendor-${key}`;
    if (!useCache || !existsSync(join(cached, PRELOAD_LIST))) {
        const tmp = privatePath(cached);
        try {
            const { createVendorConfig } = await loadConfigs();
            const { warnings, chunks } = await rollupBuild('vendor', createVendorConfig({ mode, specifiers, outDir: tmp }));
            if (warnings.length) throw new BuildStepError('vendor', warnings.map((w) => w.message).join('\n'));
            await writeFile(join(tmp, PRELOAD_LIST), JSON.stringify(staticClosure(chunks)));
            await publish(tmp, cached, { replace: !useCache || existsSync(cached) });
        } finally {
            await rm(tmp, { recursive: true, force: true });
        }
        note = `compiled ${specifiers.length} entries into .cache/preview/vendor-${key}`;
        await pruneVendorCaches(key);
    }
    await cp(join(cached, VENDOR_PREFIX), join(outDir, VENDOR_PREFIX), { recursive: true });
    const preload = JSON.parse(await readFile(join(cached, PRELOAD_LIST), 'utf8'));
    return { cold: note.startsWith('compiled'), note, preload };
}

/**
 * The SLDS stylesheet without the rules for classes that nothing in the page can use: 942 KB of CSS that the
 * browser parses and matches before the first render, of which ~78 % is for components the tab does not have
 * (the cut keeps ~203 KB).
 * Scanned: every built .js file (the tab's templates and code, the base components) and the page itself.
 * Cached under .cache/preview/styles-<key>.css, keyed by what was scanned.
 */
async function cutStylesheet({ outDir, useCache }) {
    const built = fileList(outDir).filter((file) => file.endsWith('.js'));
    const scanned = [...built.map((file) => join(ROOT, file)), join(PREVIEW_DIR, 'index.html')];
    const content = scanned.map((file) => ({ raw: readFileSync(file, 'utf8'), extension: file.endsWith('.html') ? 'html' : 'js' }));
    const { reachableIconKeys } = await loadConfigs();
    const iconClasses = reachableIconKeys().map(iconClass);
    const hash = createHash('sha256').update(`${STYLES_CACHE_FORMAT}\n${SLDS_BUILT_AT_RUN_TIME.join('\n')}\n${iconClasses.join('\n')}`);
    hash.update(readFileSync(join(ROOT, 'package-lock.json')));
    for (const { raw } of content) hash.update(`\0${raw}`);
    const key = hash.digest('hex').slice(0, 16);
    const cached = join(CACHE_DIR, `styles-${key}.css`);
    const target = join(outDir, CUT_STYLESHEET_PATH);
    await mkdir(dirname(target), { recursive: true });
    // A cache hit is a copy; a build running at the same time may have pruned the file since (then cut it afresh).
    if (useCache && existsSync(cached)) {
        const copied = await copyFile(cached, target).then(
            () => true,
            (error) => (error.code === 'ENOENT' ? false : Promise.reject(error))
        );
        if (copied) return { note: `reused .cache/preview/styles-${key}.css` };
    }
    const { PurgeCSS } = await import('purgecss');
    const [result] = await new PurgeCSS().purge({
        content,
        css: [SLDS_STYLESHEET],
        safelist: { standard: [...SLDS_BUILT_AT_RUN_TIME, ...iconClasses] }
    });
    if (!result?.css) throw new BuildStepError('styles', `PurgeCSS returned no CSS for ${relative(ROOT, SLDS_STYLESHEET)}`);
    // The full stylesheet's relative asset URLs (../images/...) resolve against SLDS_MOUNT/styles/ (server.mjs).
    const css = result.css.replace(/url\((['"]?)\.\.\//g, `url($1${SLDS_MOUNT}`);
    await writeFile(target, css);
    // Into the cache by one rename, which replaces a file atomically (publish() moves folders aside first), then
    // the older cuts go.
    const tmp = privatePath(cached);
    await writeFile(tmp, css);
    await rename(tmp, cached);
    for (const entry of await readdir(CACHE_DIR)) {
        if (/^styles-[0-9a-f]+\.css$/.test(entry) && entry !== basename(cached)) await rm(join(CACHE_DIR, entry), { force: true });
    }
    return {
        note: `cut SLDS ${kilobytes(statSync(SLDS_STYLESHEET).size)} -> ${kilobytes(Buffer.byteLength(css))} into .cache/preview/styles-${key}.css`
    };
}

const kilobytes = (bytes) => `${Math.round(bytes / 1024)} KB`;

/** Keeps the cache to the current vendor bundle (each is ~6 MB). */
async function pruneVendorCaches(keep) {
    for (const entry of await readdir(CACHE_DIR)) {
        if (/^vendor-[0-9a-f]+$/.test(entry) && entry !== `vendor-${keep}`)
            await rm(join(CACHE_DIR, entry), { recursive: true, force: true });
    }
}

/** index.html with the import map that points every bare specifier at its vendor entry, and modulepreload
 * links for every module the page needs up front, so the browser fetches them in parallel instead of
 * discovering them import by import. */
async function writeIndexHtml(specifiers, preload, outDir) {
    const imports = Object.fromEntries(specifiers.map((specifier) => [specifier, `/${VENDOR_PREFIX}${specifier}.js`]));
    const importMap = `<script type="importmap">\n${JSON.stringify({ imports }, null, 4)}\n        </script>`;
    // Largest first: the browser opens six connections per host, and the one-line entry files can wait.
    const bySize = (file) => statSync(join(outDir, file)).size;
    const ordered = [...preload].sort((a, b) => bySize(b) - bySize(a) || a.localeCompare(b));
    const links = ordered.map((file) => `<link rel="modulepreload" href="/${file}" />`).join('\n        ');
    const template = await readFile(join(PREVIEW_DIR, 'index.html'), 'utf8');
    for (const placeholder of [STYLESHEET_PLACEHOLDER, IMPORT_MAP_PLACEHOLDER]) {
        if (!template.includes(placeholder)) throw new BuildStepError('page', `preview/index.html lacks ${placeholder}`);
    }
    const page = template
        .replace(STYLESHEET_PLACEHOLDER, `<link rel="stylesheet" href="/${CUT_STYLESHEET_PATH}" />`)
        .replace(IMPORT_MAP_PLACEHOLDER, `${importMap}\n        ${links}`);
    await writeFile(join(outDir, 'index.html'), page);
}

// --------------------------------------------------------------------------------------------------------

/**
 * @param {{ skipLwc?: boolean, useCache?: boolean, mode?: 'development'|'production', fixturesDir?: string,
 *           outDir?: string, log?: (line: string) => void }} [options]
 */
export async function buildPreview({
    skipLwc = false,
    useCache = true,
    mode = 'production',
    fixturesDir = FIXTURES_DIR,
    outDir = DIST_DIR,
    log = (line) => console.log(line)
} = {}) {
    const started = performance.now();
    const target = resolve(outDir);
    log(`preview: building into ${relative(ROOT, target) || '.'}/ (${mode})`);
    if (!skipLwc) {
        await timed(log, 'lwc', async () => ({ note: (await run('lwc', 'npm', ['run', '--silent', 'build'])).trim().split('\n').pop() }));
    }
    const work = privatePath(target);
    try {
        await mkdir(work, { recursive: true });
        const fixtures = await timed(log, 'scenarios', () => buildScenarios(resolve(fixturesDir), work));
        const large = await timed(log, 'large', () => buildLargeScenario(work, useCache));
        const app = await timed(log, 'bundle', () => bundleApp({ mode, outDir: work, useCache }));
        for (const warning of app.warnings) log(`  warning: ${warning.message}`);
        const vendor = await timed(log, 'vendor', () => bundleVendor({ mode, specifiers: app.specifiers, useCache, outDir: work }));
        await timed(log, 'styles', () => cutStylesheet({ outDir: work, useCache }));
        const scenarios = large.scenario ? [...fixtures.scenarios, large.scenario] : fixtures.scenarios;
        await writeFile(join(work, 'scenarios.json'), JSON.stringify({ scenarios }, null, 1));
        await writeIndexHtml(app.specifiers, [...app.preload, ...vendor.preload], work);
        await publish(work, target, { replace: true });
        const totalMs = Math.round(performance.now() - started);
        log(`preview: built in ${(totalMs / 1000).toFixed(1)} s`);
        return { totalMs, vendorCold: vendor.cold, scenarios, outDir: target };
    } finally {
        await rm(work, { recursive: true, force: true });
    }
}

/** Options shared by build.mjs and start.mjs: --skip-lwc, --no-cache, --mode M, --fixtures DIR, --out DIR. */
export function parseBuildArgs(argv) {
    const valueOf = (flag) => {
        const index = argv.indexOf(flag);
        return index >= 0 ? argv[index + 1] : undefined;
    };
    const mode = valueOf('--mode') ?? 'production';
    if (mode !== 'development' && mode !== 'production') throw new Error(`--mode must be development or production, not ${mode}`);
    return {
        skipLwc: argv.includes('--skip-lwc'),
        useCache: !argv.includes('--no-cache'),
        mode,
        fixturesDir: valueOf('--fixtures') ?? FIXTURES_DIR,
        outDir: valueOf('--out') ?? DIST_DIR
    };
}

/** Prints a failed step with its own output and exits non-zero. */
export function exitOnBuildError(error) {
    if (error instanceof BuildStepError) {
        console.error(`preview: build step ${error.message}`);
        if (error.detail.trim()) console.error(error.detail.trimEnd());
    } else {
        console.error(`preview: build failed: ${error?.stack ?? error}`);
    }
    process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(PREVIEW_DIR, 'build.mjs')) {
    let options;
    try {
        options = parseBuildArgs(process.argv.slice(2));
    } catch (error) {
        console.error(`preview: ${error.message}`);
        process.exit(2);
    }
    await buildPreview(options).catch(exitOnBuildError);
}
