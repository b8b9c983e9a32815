// Rollup configurations of the local preview. Two bundles, so that a rebuild only compiles what changed:
//
//   app     the real tab: c/jsrReadinessTab and its children (the JS that `npm run build` compiles from the
//           TypeScript in force-app/main/default/lwc), plus the page (src/main.ts), fixture Apex (src/apexFixtures.mjs)
//           and Custom Labels (src/customLabels.mjs). Every other bare import ('lwc', 'lightning/card', ...) stays
//           external. Its Rollup cache (each module's compiled form) is kept by preview/build.mjs, so a rebuild
//           compiles only the changed components.
//   vendor  exactly those external imports, one entry each, from the LWC engine and Salesforce's open-source base
//           components (lightning-base-components). It is the slow part (the base components go through the
//           LWC compiler; of the ~1,700 icon templates only the reachable ones, see onlyReachableIcons) and is
//           cached by preview/build.mjs, keyed by the lock file, the import list and the reachable icons. What the page needs at once is one chunk; icon templates load on demand.
// Production output (the default) is minified; --mode development keeps it readable.
// The page's import map (written into dist/index.html) points each bare specifier at its vendor entry, so the
// app and the base components share one LWC engine.
//
// preview/build.mjs drives both; it is the supported entry point (npm start).
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { transformAsync } from '@babel/core';
import { existsSync, mkdirSync, lstatSync, symlinkSync, readlinkSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST_DIR, LABELS_FILE, PREVIEW_DIR, ROOT, VENDOR_PREFIX } from './paths.mjs';
import { apexFixtures } from './src/apexFixtures.mjs';
import { customLabels } from './src/customLabels.mjs';

export { DIST_DIR, PREVIEW_DIR, ROOT, VENDOR_PREFIX };
export const LWC_DIR = join(ROOT, 'force-app/main/default/lwc');
/** A folder holding only the namespace folder `c`, a symlink to force-app/main/default/lwc. */
const MODULES_DIR = join(ROOT, '.cache/preview/modules');
const MAIN = join(PREVIEW_DIR, 'src/main.ts');

/** The LWC module resolver finds components as <dir>/<namespace>/<name>; the org's namespace is `c`. */
function linkComponentNamespace() {
    const link = join(MODULES_DIR, 'c');
    const target = relative(MODULES_DIR, LWC_DIR);
    mkdirSync(MODULES_DIR, { recursive: true });
    try {
        if (lstatSync(link).isSymbolicLink() && readlinkSync(link) === target) return;
        rmSync(link, { recursive: true, force: true });
    } catch {
        // absent: created below
    }
    try {
        symlinkSync(target, link, 'dir');
    } catch (error) {
        // Another build created it in the meantime.
        if (error.code !== 'EEXIST' || readlinkSync(link) !== target) throw error;
    }
}

/** Strips TypeScript from the preview's own page code (preview/src/*.ts); the components arrive as JS already. */
function previewTypeScript() {
    const srcDir = join(PREVIEW_DIR, 'src');
    return {
        name: 'preview-typescript',
        async transform(code, id) {
            if (!id.startsWith(srcDir) || !id.endsWith('.ts')) return null;
            const result = await transformAsync(code, {
                filename: id,
                babelrc: false,
                configFile: false,
                sourceMaps: false,
                presets: [['@babel/preset-typescript', { onlyRemoveTypeImports: false }]]
            });
            return { code: result?.code ?? '', map: null };
        }
    };
}

/** Platform-provided scoped modules a component may import (@salesforce/i18n/locale, @salesforce/client/formFactor):
 * answered with the same stand-ins lightning-base-components uses for itself (its scopedImports folder). */
const SCOPED_IMPORTS_DIR = join(ROOT, 'node_modules/lightning-base-components/scopedImports');
function platformScopedModules() {
    return {
        name: 'preview-platform-scoped-modules',
        resolveId(source) {
            if (!/^@salesforce\/(i18n|client)\//.test(source)) return null;
            const file = join(SCOPED_IMPORTS_DIR, `${source.replace(/\//g, '-')}.js`);
            if (!existsSync(file)) this.error(`${source}: lightning-base-components has no stand-in for this platform module`);
            return file;
        }
    };
}

/** A bare specifier the app bundle leaves to the vendor bundle: the LWC engine, base components, their stubs. */
export function isVendorSpecifier(source) {
    if (source.startsWith('.') || source.startsWith('/') || source.startsWith('\0')) return false;
    if (source.startsWith('c/') || source.startsWith('@salesforce/')) return false;
    return !source.startsWith('preview:');
}

/** Keeps every vendor import of the app bundle external (preview/build.mjs reads them from the output). */
function vendorExternals() {
    return {
        name: 'preview-vendor-externals',
        resolveId(source) {
            if (!isVendorSpecifier(source)) return null;
            return { id: source, external: true };
        }
    };
}

/** Makes each vendor specifier an entry, resolved the way the LWC plugin resolves an import from a component. */
const VENDOR_ENTRY = 'preview-vendor-entry:';
function vendorEntries() {
    return {
        name: 'preview-vendor-entries',
        async resolveId(source, importer) {
            if (importer || !source.startsWith(VENDOR_ENTRY)) return null;
            const specifier = source.slice(VENDOR_ENTRY.length);
            const resolved = await this.resolve(specifier, MAIN, { skipSelf: true });
            if (!resolved) this.error(`"${specifier}" is imported by the tab but is neither a base component nor part of LWC`);
            return resolved;
        }
    };
}

/** The preview page is left-to-right (@salesforce/i18n/dir is "ltr"), so lightning-icon never asks for the
 * right-to-left icon sets: they are replaced by empty ones instead of sending their ~1,700 templates through the
 * LWC compiler, which halves a cold vendor build. The left-to-right sets are the base components' own. */
function skipRightToLeftIconSets() {
    const RTL_ICON_SET = /^lightning\/iconSvgTemplates(Utility|Action|Standard|Doctype|Custom)Rtl$/;
    const EMPTY = '\0preview-empty-rtl-icon-set';
    return {
        name: 'preview-skip-rtl-icon-sets',
        resolveId: (source) => (RTL_ICON_SET.test(source) ? EMPTY : null),
        load: (id) => (id === EMPTY ? 'export default {};' : null)
    };
}

const LBC_DIR = join(ROOT, 'node_modules/lightning-base-components/src/lightning');
const ICON_NAME = /\b(utility|standard|action|doctype|custom):([a-z0-9_]+)/g;

/** Icon names ("utility:down") written out in the given folders' .html/.js/.ts sources, skipping the icon sets
 * themselves and the base components' examples, mocks and tests. */
function iconNamesWrittenIn(dir) {
    const names = new Set();
    if (!existsSync(dir)) return names;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(html|js|ts)$/.test(entry.name)) continue;
        const path = join(entry.parentPath ?? entry.path, entry.name);
        if (/\/(iconSvgTemplates[A-Za-z]*|__examples__|__mockData__|__tests__|__docs__)\//.test(path)) continue;
        for (const [, category, name] of readFileSync(path, 'utf8').matchAll(ICON_NAME)) names.add(`${category}_${name}`);
    }
    return names;
}

/** The icons the preview can draw: every icon name written in the tab, the page and the base components. Sorted
 * "category_name" keys (the icon sets' export names); part of the vendor cache key (preview/build.mjs). */
export function reachableIconKeys() {
    const keys = new Set();
    for (const dir of [LWC_DIR, join(PREVIEW_DIR, 'src'), LBC_DIR]) for (const key of iconNamesWrittenIn(dir)) keys.add(key);
    return [...keys].sort();
}

/** lightning-icon draws an icon from its category's set of compiled SVG templates (~1,700 in all, the slow part
 * of a cold vendor build). The tab names its icons literally and the base components it uses name theirs
 * literally too, so each set keeps only the reachable icons (reachableIconKeys, ~120) and becomes a Proxy that
 * throws, and logs a console error, when asked for an icon it left out. So an icon name the scan missed (one
 * computed at run time) fails the page (and every browser test, which fail on console errors) instead of
 * drawing nothing: add its name literally to the tab or to preview/src. */
function onlyReachableIcons() {
    const SET_TEMPLATES = /\/iconSvgTemplates(Utility|Standard|Action|Doctype|Custom)\/buildTemplates\/templates\.js$/;
    let reachable;
    return {
        name: 'preview-only-reachable-icons',
        load(id) {
            if (!SET_TEMPLATES.test(id)) return null;
            reachable ??= new Set(reachableIconKeys());
            const imports = [...readFileSync(id, 'utf8').matchAll(/^import \{ default as (\w+) \} from '([^']+)';$/gm)];
            const importLines = readFileSync(id, 'utf8').match(/^import /gm)?.length ?? 0;
            if (imports.length === 0 || imports.length !== importLines) {
                this.error(`${id}: unexpected icon set layout (${imports.length} of ${importLines} imports understood)`);
            }
            const kept = imports.filter(([, key]) => reachable.has(key));
            const left = imports.filter(([, key]) => !reachable.has(key)).map(([, key]) => key);
            return [
                ...kept.map(([line]) => line),
                `const built = { ${kept.map(([, key]) => key).join(', ')} };`,
                `const leftOut = new Set(${JSON.stringify(left)});`,
                'export default new Proxy(built, {',
                '    get(target, key) {',
                '        if (typeof key === "string" && leftOut.has(key)) {',
                '            const message = `preview: icon ${key.replace("_", ":")} is not built into the preview: preview/rollup.config.mjs builds only icon names written literally in the tab, preview/src and the base components`;',
                '            console.error(message);',
                '            throw new Error(message);',
                '        }',
                '        return Reflect.get(target, key);',
                '    }',
                '});',
                ''
            ].join('\n');
        }
    };
}

/** Production output is minified (esbuild, the minifier already used by tsx): in the browser, parsing the
 * vendor bundle's ~4.7 MB of readable JavaScript cost more than running it. Development mode stays readable. */
function minifyInProduction(mode) {
    return {
        name: 'preview-minify',
        async renderChunk(code) {
            if (mode !== 'production') return null;
            const { transform } = await import('esbuild');
            const result = await transform(code, { minify: true, format: 'esm', target: 'esnext', legalComments: 'eof' });
            return { code: result.code, map: null };
        }
    };
}

/** Everything the page needs before it can run goes into one chunk (vendor/chunks/base-*.js) instead of ~25
 * small ones that each cost a request and a module record; the entry files (vendor/lightning/card.js ...)
 * become one-line re-exports of it. Left out: what is only reached through import() (the icon template
 * sets, loaded when an icon of that category is drawn), and synthetic shadow, which must run before the
 * LWC engine and so stays its own module, imported first by the page. */
function oneStaticVendorChunk() {
    let staticModules;
    const isSyntheticShadow = (id) => id.includes('/@lwc/synthetic-shadow/');
    return (id, { getModuleIds, getModuleInfo }) => {
        if (!staticModules) {
            staticModules = new Set();
            const visit = (moduleId) => {
                if (staticModules.has(moduleId) || isSyntheticShadow(moduleId)) return;
                staticModules.add(moduleId);
                for (const imported of getModuleInfo(moduleId)?.importedIds ?? []) visit(imported);
            };
            for (const moduleId of getModuleIds()) if (getModuleInfo(moduleId)?.isEntry) visit(moduleId);
        }
        return staticModules.has(id) ? 'base' : undefined;
    };
}

function replaceEnv(mode) {
    // Base components read import.meta.env.SSR (88 places); without it they throw at load.
    return replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify(mode), 'import.meta.env.SSR': 'false' } });
}

function lwcPlugin() {
    return lwc({
        rootDir: MODULES_DIR,
        // lightning/multiColumnSortingModal (pulled in by lightning-datatable) uses lwc:is.
        enableDynamicComponents: true,
        enableLwcOn: true,
        modules: [{ dir: MODULES_DIR }, { npm: 'lightning-base-components' }]
    });
}

/** Base-component warnings (LWC1149, LWC1137, circular imports in lightning/*) are upstream noise; ours are not. */
export function isUpstreamWarning(warning) {
    const where = warning.id ?? warning.loc?.file ?? warning.ids?.join(' ') ?? '';
    return where.includes('node_modules');
}

/**
 * The app bundle; every bare specifier it imports is left to the vendor bundle.
 * @param {{ mode?: 'development' | 'production', outDir?: string }} [options]
 * @returns {import('rollup').RollupOptions}
 */
export function createAppConfig({ mode = 'production', outDir = DIST_DIR } = {}) {
    linkComponentNamespace();
    return {
        input: { main: MAIN },
        // Keep each component's path as .cache/preview/modules/c/<name>/...: the LWC plugin derives the
        // namespace (`c`) from the folder name, which a resolved symlink would lose.
        preserveSymlinks: true,
        output: { dir: outDir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        plugins: [
            minifyInProduction(mode),
            vendorExternals(),
            apexFixtures(),
            customLabels({ labelsFile: LABELS_FILE }),
            platformScopedModules(),
            previewTypeScript(),
            replaceEnv(mode),
            lwcPlugin()
        ],
        onwarn(warning, warn) {
            // An import nothing resolves would reach the browser as a bare specifier and fail there: fail here.
            if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(`${warning.message} (the preview cannot supply it)`);
            if (!isUpstreamWarning(warning)) warn(warning);
        }
    };
}

/**
 * The vendor bundle: one entry per specifier, exports kept exactly (the app imports them by name).
 * @param {{ mode?: 'development' | 'production', specifiers: string[], outDir: string }} options
 * @returns {import('rollup').RollupOptions}
 */
export function createVendorConfig({ mode = 'production', specifiers, outDir }) {
    linkComponentNamespace();
    return {
        input: Object.fromEntries(specifiers.map((specifier) => [VENDOR_PREFIX + specifier, VENDOR_ENTRY + specifier])),
        preserveSymlinks: true,
        preserveEntrySignatures: 'strict',
        output: {
            dir: outDir,
            // Base components load icon templates with dynamic import(), so the output is code-split ES modules.
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: `${VENDOR_PREFIX}chunks/[name]-[hash].js`,
            manualChunks: oneStaticVendorChunk()
        },
        plugins: [
            vendorEntries(),
            skipRightToLeftIconSets(),
            onlyReachableIcons(),
            replaceEnv(mode),
            lwcPlugin(),
            minifyInProduction(mode)
        ],
        onwarn(warning, warn) {
            if (!isUpstreamWarning(warning)) warn(warning);
        }
    };
}

export default createAppConfig();
