// npm run check:metadata (after npm run build; SDR needs the Node 22 that npm run puts first on PATH): what the package
// deploys, proven offline with @salesforce/source-deploy-retrieve, which `sf project deploy` and `sf package` convert with:
//   - every file is part of a component or in .forceignore (a .cls without its -meta.xml would be skipped silently),
//     no TypeScript, test or tsconfig file is converted, every LWC bundle has its .js, every XML file is well-formed;
//   - the components equal config/expected-components.json, and every one carries the package prefix;
//   - what components name exists: Apex methods the tab imports (@AuraEnabled), the tab's component (exposed for
//     lightning__Tab), the app's tabs, the permission set's classes, tabs, apps and types. (Labels: apex-ls checks
//     Label.X in Apex; the preview build fails on an unknown label a component imports.)
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, sep } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const EXPECTED_FILE = 'config/expected-components.json';

// The package has no namespace (docs/INSTALL.md says why), so a component whose API name is already taken in the
// org overwrites that one ("If an upgraded component has the same API name as a component already in the target org,
// the component is overwritten", https://developer.salesforce.com/docs/platform/sfdx-dev/guide/sfdx-dev-unlocked-pkg-install-pkg-upgrade.html).
// A distinctive prefix per type makes that implausible. A type with no rule fails, so a new kind of component gets one.
// Fields and custom metadata records live inside a prefixed type (JSR_App__mdt.Way__c, JSR_App.Jetstream_Web).
const JSR_TYPES = 'ApexClass CustomLabel CustomObject CustomField CustomMetadata PermissionSet CustomApplication CustomTab';
export const PREFIXES: Record<string, string | null> = {
    ...Object.fromEntries(JSR_TYPES.split(' ').map((type) => [type, 'JSR_'])),
    LightningComponentBundle: 'jsr',
    CustomLabels: null // the one labels file, always named CustomLabels
};

const NOT_DEPLOYABLE = /\.ts$|(^|\/)__tests__\/|\.(test|spec)\.[cm]?[jt]s$|(^|\/)[tj]sconfig[^/]*\.json$/;

/** Files SDR left out without .forceignore saying so, and files that must not be deployed but were converted. */
export function fileProblems({ unclaimed, converted }: { unclaimed: string[]; converted: string[] }): string[] {
    return [
        ...unclaimed.map((f) => `${f}: not part of any component and not in .forceignore: a deploy would skip it silently`),
        ...converted.filter((f) => NOT_DEPLOYABLE.test(f)).map((f) => `${f}: must not be deployed (add it to .forceignore)`),
        ...[...new Set(converted.filter((f) => f.startsWith('lwc/')).map((f) => f.split('/')[1]))]
            .filter((bundle) => !converted.includes(`lwc/${bundle}/${bundle}.js`))
            .map((bundle) => `lwc/${bundle}: no ${bundle}.js in the converted package: run npm run build`)
    ];
}

/** The components (manifest: type -> names) against config/expected-components.json (a list, or { namePattern }). */
type Manifest = Record<string, string[]>;

export function expectedProblems(manifest: Manifest, expected: Record<string, string[] | { namePattern: string } | string>): string[] {
    const problems: string[] = [];
    const types = new Set([...Object.keys(expected).filter((k) => !k.startsWith('$')), ...Object.keys(manifest)]);
    for (const type of [...types].sort()) {
        const rule = expected[type];
        const have = manifest[type] ?? [];
        if (rule && typeof rule === 'object' && !Array.isArray(rule)) {
            const pattern = new RegExp(rule.namePattern);
            problems.push(
                ...have.filter((m) => !pattern.test(m)).map((m) => `${EXPECTED_FILE}: ${type} ${m} does not match ${rule.namePattern}`)
            );
            continue;
        }
        const want = Array.isArray(rule) ? rule : [];
        for (const m of want.filter((x) => !have.includes(x)))
            problems.push(`${EXPECTED_FILE}: ${type} ${m} is expected but not in the package`);
        for (const m of have.filter((x) => !want.includes(x)))
            problems.push(`${EXPECTED_FILE}: ${type} ${m} would be deployed but is not listed (add it if intended)`);
    }
    return problems;
}

export function prefixProblems(manifest: Manifest): string[] {
    return Object.entries(manifest).flatMap(([type, names]) => {
        const prefix = PREFIXES[type];
        if (prefix === null) return [];
        if (prefix === undefined) return names.map((name) => `${type} ${name}: no prefix rule for ${type} (add one to PREFIXES)`);
        return names
            .filter((name) => !name.startsWith(prefix))
            .map((name) => `${type} ${name} does not start with the package prefix "${prefix}"`);
    });
}

/** Parsed metadata XML (fast-xml-parser) and SDR objects, which have no static shape here. */
type Xml = any;
const list = (x: Xml): Xml[] => (x == null ? [] : Array.isArray(x) ? x : [x]);
const text = (x: Xml): string => String(x ?? '').trim();
const withoutComments = (src: string): string => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');

/**
 * References a deploy would reject. sources: path -> text of the components' .ts files and the .cls files;
 * docs: "Type:name" -> the parsed metadata XML of tabs, apps, permission sets and LWC bundles.
 */
export function referenceProblems(manifest: Manifest, sources: Map<string, string>, docs: Map<string, Xml>): string[] {
    const has = (type: string, name: string): boolean => (manifest[type] ?? []).includes(name);
    const problems: string[] = [];
    const classSource = (name: string): string =>
        withoutComments([...sources].find(([path]) => basename(path) === `${name}.cls`)?.[1] ?? '');
    for (const [path, src] of sources) {
        const code = withoutComments(src);
        for (const [, cls, method] of code.matchAll(/@salesforce\/apex\/(\w+)\.(\w+)/g)) {
            if (!has('ApexClass', cls!)) problems.push(`${path}: Apex class ${cls} is not in the package`);
            else if (!new RegExp(`@AuraEnabled\\b[^;{]*?\\bstatic\\b[^;{(=]*?\\b${method}\\s*\\(`, 'i').test(classSource(cls!)))
                problems.push(`${path}: ${cls}.${method} is not an @AuraEnabled static method`);
        }
    }
    const need = (where: string, type: string, name: string): unknown =>
        name && !name.startsWith('standard-') && !has(type, name) && problems.push(`${where}: ${type} ${name} is not in the package`);
    for (const tab of manifest.CustomTab ?? []) {
        const component = text(docs.get(`CustomTab:${tab}`)?.lwcComponent);
        need(`tab ${tab}`, 'LightningComponentBundle', component);
        const meta = docs.get(`LightningComponentBundle:${component}`);
        if (meta && (text(meta.isExposed) !== 'true' || !list(meta.targets?.target).map(text).includes('lightning__Tab')))
            problems.push(`tab ${tab}: component ${component} must be isExposed with target lightning__Tab`);
    }
    for (const app of manifest.CustomApplication ?? []) {
        const doc = docs.get(`CustomApplication:${app}`) ?? {};
        for (const tab of [...list(doc.tabs), doc.defaultLandingTab].map(text)) need(`app ${app}`, 'CustomTab', tab);
    }
    for (const set of manifest.PermissionSet ?? []) {
        const doc = docs.get(`PermissionSet:${set}`) ?? {};
        for (const a of list(doc.classAccesses)) need(`permission set ${set}`, 'ApexClass', text(a.apexClass));
        for (const t of list(doc.tabSettings)) need(`permission set ${set}`, 'CustomTab', text(t.tab));
        for (const a of list(doc.applicationVisibilities)) need(`permission set ${set}`, 'CustomApplication', text(a.application));
        for (const o of list(doc.customMetadataTypeAccesses)) need(`permission set ${set}`, 'CustomObject', text(o.name));
    }
    return problems;
}

async function main(): Promise<number> {
    if (Number(process.versions.node.split('.')[0]) < 22) {
        console.error('check:metadata: source-deploy-retrieve needs Node 22; run it as npm run check:metadata (bundled Node 22)');
        return 2;
    }
    const sdr = require('@salesforce/source-deploy-retrieve') as Xml;
    const posix = (path: string): string => path.split(sep).join('/');
    const filesUnder = (dir: string): string[] =>
        readdirSync(dir, { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => posix(relative(dir === 'force-app' ? '.' : dir, join(e.parentPath, e.name))));
    const files = filesUnder('force-app');
    const components = sdr.ComponentSet.fromSource('force-app');
    const [claimed, docs] = [new Set<string>(), new Map<string, Xml>()];
    const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false });
    for (const c of components.getSourceComponents() as Xml[]) {
        for (const f of [c.xml, ...c.walkContent(), ...c.getChildren().map((child: Xml) => child.xml)].filter(Boolean))
            claimed.add(posix(f));
        if (c.xml) docs.set(`${c.type.name}:${c.fullName}`, Object.values(parser.parse(readFileSync(c.xml, 'utf8')))[0]);
    }
    const out = mkdtempSync(join(tmpdir(), 'jsr-mdapi-'));
    try {
        await new sdr.MetadataConverter().convert(components, 'metadata', { type: 'directory', outputDirectory: out, genUniqueDir: false });
        const converted = filesUnder(out);
        const manifest: Manifest = {};
        for (const t of (await components.getObject()).Package.types) manifest[t.name] = [...t.members].sort();
        const ignore = sdr.ForceIgnore.findAndCreate('force-app');
        const sources = new Map(
            files.filter((f) => !f.includes('/__tests__/') && /(\/lwc\/.*\.ts|\.cls)$/.test(f)).map((f) => [f, readFileSync(f, 'utf8')])
        );
        const xmlProblems = files
            .filter((f) => f.endsWith('.xml'))
            .flatMap((f) => {
                const valid = XMLValidator.validate(readFileSync(f, 'utf8'));
                return valid === true ? [] : [`${f}:${valid.err.line}: not well-formed XML: ${valid.err.msg}`];
            });
        const problems = [
            ...fileProblems({ unclaimed: files.filter((f) => !claimed.has(f) && !ignore.denies(f)), converted }),
            ...xmlProblems,
            ...expectedProblems(manifest, JSON.parse(readFileSync(EXPECTED_FILE, 'utf8'))),
            ...prefixProblems(manifest),
            ...referenceProblems(manifest, sources, docs)
        ];
        for (const problem of problems) console.error(problem);
        const counts = Object.entries(manifest).map(([type, names]) => `${names.length} ${type}`);
        console.log(`check:metadata: ${converted.length} files convert; ${counts.join(', ')}; ${problems.length} problem(s)`);
        return problems.length ? 1 : 0;
    } finally {
        rmSync(out, { recursive: true, force: true });
    }
}

if (require.main === module) void main().then((code) => (process.exitCode = code));
