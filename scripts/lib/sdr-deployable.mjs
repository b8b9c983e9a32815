#!/usr/bin/env node
// Resolves the package directories to metadata components with @salesforce/source-deploy-retrieve (the library the
// Salesforce CLI deploys with), honouring .forceignore, and converts them to a Metadata API folder exactly as
// `sf project deploy start` / `sf package version create` would before upload. Prints one JSON object on stdout.
//
// Runs on Node >= 22 only (SDR 13.7 requires it): scripts/check-metadata.mjs starts it with that Node.
//   node22 scripts/lib/sdr-deployable.mjs <projectRoot> <packageDir>...
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

const require = createRequire(import.meta.url);
const sdr = require('@salesforce/source-deploy-retrieve');
const sdrVersion = require('@salesforce/source-deploy-retrieve/package.json').version;

const [root, ...packageDirs] = process.argv.slice(2);
if (!root || packageDirs.length === 0) {
    console.error('usage: sdr-deployable.mjs <projectRoot> <packageDir>...');
    process.exit(2);
}
process.chdir(root);

function walk(dir) {
    const out = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) out.push(...walk(full));
        else out.push(full);
    }
    return out;
}
const posix = (p) => p.split(sep).join('/');

const result = { sdrVersion, components: [], manifest: {}, manifestVersion: null, convertedFiles: [], unclaimedFiles: [] };
const components = sdr.ComponentSet.fromSource({ fsPaths: packageDirs });
const claimed = new Set();
for (const c of components.getSourceComponents()) {
    const children = c
        .getChildren()
        .map((child) => ({ type: child.type.name, fullName: child.fullName, xml: child.xml ? posix(child.xml) : null }));
    const content = c.walkContent().map(posix);
    result.components.push({ type: c.type.name, fullName: c.fullName, xml: c.xml ? posix(c.xml) : null, content, children });
    if (c.xml) claimed.add(posix(c.xml));
    for (const f of content) claimed.add(f);
    for (const child of children) if (child.xml) claimed.add(child.xml);
}

// Files that are neither deployed nor excluded by .forceignore: the CLI would silently skip them (for example a
// .cls without its -meta.xml, or a file in a folder no metadata type owns).
const forceIgnore = sdr.ForceIgnore.findAndCreate(packageDirs[0]);
for (const dir of packageDirs) {
    for (const file of walk(dir).map(posix)) {
        if (!claimed.has(file) && !forceIgnore.denies(file)) result.unclaimedFiles.push(file);
    }
}

const manifest = await components.getObject();
result.manifestVersion = manifest.Package.version ?? null;
for (const t of manifest.Package.types) result.manifest[t.name] = [...t.members].sort();

const outDir = mkdtempSync(join(tmpdir(), 'jr-mdapi-'));
try {
    await new sdr.MetadataConverter().convert(components, 'metadata', { type: 'directory', outputDirectory: outDir, genUniqueDir: false });
    result.convertedFiles = walk(outDir)
        .map((f) => posix(relative(outDir, f)))
        .sort();
    result.packageXml = readFileSync(join(outDir, 'package.xml'), 'utf8');
} finally {
    rmSync(outDir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result));
