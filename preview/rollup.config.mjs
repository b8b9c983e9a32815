// The preview's one Rollup build: the real tab (c/jsrReadinessTab and its children, the JavaScript `npm run build`
// compiles from the TypeScript in force-app/main/default/lwc) with Salesforce's open-source base components
// (lightning-base-components) and the LWC engine, plus the page (src/main.ts). Apex imports are answered from the
// sample orgs (src/apexFixtures.mjs), Custom Labels with their values (src/customLabels.mjs).
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { transformAsync } from '@babel/core';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apexFixtures } from './src/apexFixtures.mjs';
import { customLabels } from './src/customLabels.mjs';

const PREVIEW_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(PREVIEW_DIR, '..');
/** The LWC module resolver finds components as <dir>/<namespace>/<name>: a folder whose `c` links to the components. */
const MODULES_DIR = join(ROOT, '.cache/preview-modules');

function linkComponentNamespace() {
    rmSync(MODULES_DIR, { recursive: true, force: true });
    mkdirSync(MODULES_DIR, { recursive: true });
    symlinkSync(relative(MODULES_DIR, join(ROOT, 'force-app/main/default/lwc')), join(MODULES_DIR, 'c'), 'dir');
}

/** Strips the types from the page's own TypeScript (src/*.ts); the components arrive as JavaScript already. */
function pageTypeScript() {
    return {
        name: 'preview-typescript',
        async transform(code, id) {
            if (!id.startsWith(join(PREVIEW_DIR, 'src')) || !id.endsWith('.ts')) return null;
            const result = await transformAsync(code, {
                filename: id,
                babelrc: false,
                configFile: false,
                presets: ['@babel/preset-typescript']
            });
            return { code: result?.code ?? '', map: null };
        }
    };
}

/** Platform modules a component may import (@salesforce/i18n/locale, @salesforce/client/formFactor), answered with the
 * stand-ins lightning-base-components uses for itself. */
function platformScopedModules() {
    const dir = join(ROOT, 'node_modules/lightning-base-components/scopedImports');
    return {
        name: 'preview-platform-scoped-modules',
        resolveId(source) {
            if (!/^@salesforce\/(i18n|client)\//.test(source)) return null;
            const file = join(dir, `${source.replace(/\//g, '-')}.js`);
            if (!existsSync(file)) this.error(`${source}: lightning-base-components has no stand-in for this platform module`);
            return file;
        }
    };
}

/** @param {{ outDir: string }} options @returns {import('rollup').RollupOptions} */
export function previewConfig({ outDir }) {
    linkComponentNamespace();
    return {
        input: { main: join(PREVIEW_DIR, 'src/main.ts') },
        // Components keep their path under .cache/preview-modules/c/: the LWC plugin reads the namespace from it.
        preserveSymlinks: true,
        output: { dir: outDir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        plugins: [
            apexFixtures(),
            customLabels(),
            platformScopedModules(),
            pageTypeScript(),
            // Base components read import.meta.env.SSR; without it they throw at load.
            replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"development"', 'import.meta.env.SSR': 'false' } }),
            lwc({
                rootDir: MODULES_DIR,
                enableDynamicComponents: true,
                enableLwcOn: true,
                modules: [{ dir: MODULES_DIR }, { npm: 'lightning-base-components' }]
            })
        ],
        onwarn(warning, warn) {
            // An import nothing resolves would fail in the browser: fail here. Base-component warnings are upstream noise.
            if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(`${warning.message} (the preview cannot supply it)`);
            if (!`${warning.id ?? warning.loc?.file ?? warning.ids?.join(' ') ?? ''}`.includes('node_modules')) warn(warning);
        }
    };
}
