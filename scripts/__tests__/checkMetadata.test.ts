// The metadata gate on a copy of test-data/metadata/valid: it passes as is, and each deliberately broken rule is
// reported with its file and rule name. Runs offline (source-deploy-retrieve runs on the bundled Node 22).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const repo = join(__dirname, '..', '..');
const fixture = join(repo, 'test-data', 'metadata', 'valid');
const main = 'force-app/main/default';
const temps: string[] = [];

function copyFixture(): string {
    const dir = mkdtempSync(join(tmpdir(), 'jr-metadata-'));
    temps.push(dir);
    cpSync(fixture, dir, { recursive: true });
    // The module scripts/build-lwc.mjs would emit (the fixture's .ts has no type annotations: same text, plus header).
    const ts = join(dir, main, 'lwc/jsrSampleTab/jsrSampleTab.ts');
    writeFileSync(ts.replace(/\.ts$/, '.js'), `// GENERATED from jsrSampleTab.ts by scripts/build-lwc.mjs\n${readFileSync(ts, 'utf8')}`);
    return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`test setup: edit of ${file} changed nothing`);
    writeFileSync(path, after);
}

function runGate(dir: string): { status: number | null; output: string } {
    const run = spawnSync(process.execPath, [join(repo, 'scripts/check-metadata.mjs'), '--root', dir], { encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A Node older than 22 on PATH (outside node_modules), if this machine has one. */
function olderNode(): string | null {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
        if (!dir || dir.includes('node_modules')) continue;
        const bin = join(dir, 'node');
        if (!existsSync(bin)) continue;
        const v = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
        if (Number(v.replace(/^v/, '').split('.')[0]) < 22) return bin;
    }
    return null;
}

afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('metadata gate (scripts/check-metadata.mjs)', () => {
    it('passes a valid project and reports the components it would deploy', () => {
        const { status, output } = runGate(copyFixture());
        expect(output).toContain('matches config/expected-components.json');
        expect(output).toContain('every component prefixed');
        expect(output).toMatch(
            /2 ApexClass, 1 CustomApplication, 1 CustomField, 1 CustomLabel, 1 CustomLabels, 1 CustomMetadata, 1 CustomObject, 1 CustomTab, 1 LightningComponentBundle, 1 PermissionSet/
        );
        expect(status).toBe(0);
    }, 60000);

    it('names the file and the rule for every kind of break', () => {
        const dir = copyFixture();
        // apex-meta: a class without -meta.xml (the CLI drops it silently)
        unlinkSync(join(dir, main, 'classes/JSR_SampleControllerTest.cls-meta.xml'));
        // lwc-meta: a bundle without its js-meta.xml
        mkdirSync(join(dir, main, 'lwc/helperLib'));
        writeFileSync(join(dir, main, 'lwc/helperLib/helperLib.ts'), 'export const y = 2;\n');
        writeFileSync(join(dir, main, 'lwc/helperLib/helperLib.js'), '// GENERATED from helperLib.ts\nexport const y = 2;\n');
        // lwc-build: a hand-written .js beside its .ts (not what the build emitted)
        writeFileSync(join(dir, main, 'lwc/jsrSampleTab/jsrSampleTab.js'), 'export default class JsrSampleTab {}\n');
        // lwc-build: a .ts module with no compiled .js
        writeFileSync(join(dir, main, 'lwc/jsrSampleTab/format.ts'), 'export const x = 1;\n');
        // xml: malformed XML, with its line
        edit(dir, `${main}/tabs/JSR_Sample_Tab.tab-meta.xml`, (t) => t.replace('<label>Sample</label>', '<label>Sample</lable>'));
        // api-version: one file on another API version
        edit(dir, `${main}/classes/JSR_SampleController.cls-meta.xml`, (t) => t.replace('65.0', '64.0'));
        // xml-namespace
        edit(dir, `${main}/objects/JSR_App__mdt/JSR_App__mdt.object-meta.xml`, (t) =>
            t.replace(' xmlns="http://soap.sforce.com/2006/04/metadata"', '')
        );
        // xml-root: the wrong root element for the type
        edit(dir, `${main}/permissionsets/JSR_Sample_Access.permissionset-meta.xml`, (t) =>
            t.replace(/PermissionSet /, 'Profile ').replace('</PermissionSet>', '</Profile>')
        );
        // not-deployable: .forceignore no longer keeps the TypeScript out
        edit(dir, '.forceignore', (t) => t.replace('**/lwc/**/*.ts\n', ''));
        // unexpected-component / missing-component
        writeFileSync(join(dir, main, 'classes/Stray.cls'), 'public class Stray {}\n');
        writeFileSync(
            join(dir, main, 'classes/Stray.cls-meta.xml'),
            readFileSync(join(dir, main, 'classes/JSR_SampleController.cls-meta.xml'))
        );
        edit(dir, 'config/expected-components.json', (t) =>
            t.replace('"CustomTab": ["JSR_Sample_Tab"]', '"CustomTab": ["JSR_Sample_Tab", "Other_Tab"]')
        );
        // reference: a label the component imports does not exist
        edit(dir, `${main}/lwc/jsrSampleTab/jsrSampleTab.ts`, (t) => t.replace('c.JSR_Sample_Title', 'c.JSR_Missing_Label'));
        // unresolved: a file no metadata type owns and .forceignore does not exclude
        writeFileSync(join(dir, main, 'notes.txt'), 'scratch notes\n');
        // schema: a scratch org feature that does not exist
        edit(dir, 'config/project-scratch-def.json', (t) => t.replace('"AuthorApex"', '"AuthorApexx"'));
        // package: a fixed build number instead of NEXT
        edit(dir, 'sfdx-project.json', (t) => t.replace('0.1.0.NEXT', '0.1.0.1'));

        const { status, output } = runGate(dir);
        expect(status).toBe(1);
        const expected = [
            `${main}/classes/JSR_SampleControllerTest.cls:1: [apex-meta] missing JSR_SampleControllerTest.cls-meta.xml`,
            `${main}/lwc/helperLib:1: [lwc-meta] LWC bundle "helperLib" has no helperLib.js-meta.xml`,
            `${main}/lwc/jsrSampleTab/format.ts:1: [lwc-build] no compiled format.js`,
            `${main}/lwc/jsrSampleTab/jsrSampleTab.js:1: [lwc-build] not generated from jsrSampleTab.ts by scripts/build-lwc.mjs`,
            `${main}/tabs/JSR_Sample_Tab.tab-meta.xml:3: [xml] not well-formed`,
            `${main}/classes/JSR_SampleController.cls-meta.xml:3: [api-version] <apiVersion>64.0</apiVersion> differs from sfdx-project.json sourceApiVersion 65.0`,
            `${main}/objects/JSR_App__mdt/JSR_App__mdt.object-meta.xml:2: [xml-namespace]`,
            `${main}/permissionsets/JSR_Sample_Access.permissionset-meta.xml:2: [xml-root] root element <Profile> but this file is a PermissionSet`,
            'lwc/jsrSampleTab/jsrSampleTab.ts:1: [not-deployable] TypeScript source in the converted deploy folder',
            'config/expected-components.json:1: [unexpected-component] ApexClass Stray would be deployed',
            'config/expected-components.json:1: [missing-component] CustomTab Other_Tab is expected',
            `${main}/lwc/jsrSampleTab/jsrSampleTab.ts:3: [reference] custom label c.JSR_Missing_Label does not exist`,
            `${main}/notes.txt:1: [unresolved]`,
            'config/project-scratch-def.json:1: [schema] /features/1: "AuthorApexx" is not a scratch org feature',
            'sfdx-project.json:1: [package] versionNumber "0.1.0.1" must be MAJOR.MINOR.PATCH.NEXT'
        ];
        for (const line of expected) expect(output).toContain(line);
        expect(output).toMatch(/metadata: FAILED in .* \(\d+ problem\(s\)\)/);
    }, 60000);

    it('fails on a component without the package prefix, naming the component and the prefix it lacks', () => {
        const dir = copyFixture();
        // Each listed in config/expected-components.json, so the prefix rule is what objects.
        const classMeta = readFileSync(join(dir, main, 'classes/JSR_SampleController.cls-meta.xml'));
        writeFileSync(join(dir, main, 'classes/UserSelector.cls'), 'public with sharing class UserSelector {}\n');
        writeFileSync(join(dir, main, 'classes/UserSelector.cls-meta.xml'), classMeta);
        mkdirSync(join(dir, main, 'lwc/userCard'));
        writeFileSync(join(dir, main, 'lwc/userCard/userCard.ts'), 'export const y = 2;\n');
        writeFileSync(join(dir, main, 'lwc/userCard/userCard.js'), '// GENERATED from userCard.ts\nexport const y = 2;\n');
        writeFileSync(
            join(dir, main, 'lwc/userCard/userCard.js-meta.xml'),
            readFileSync(join(dir, main, 'lwc/jsrSampleTab/jsrSampleTab.js-meta.xml'))
        );
        writeFileSync(
            join(dir, main, 'permissionsets/Sample_Access.permissionset-meta.xml'),
            readFileSync(join(dir, main, 'permissionsets/JSR_Sample_Access.permissionset-meta.xml'))
        );
        edit(dir, 'config/expected-components.json', (t) =>
            t
                .replace('"JSR_SampleControllerTest"]', '"JSR_SampleControllerTest", "UserSelector"]')
                .replace('["jsrSampleTab"]', '["jsrSampleTab", "userCard"]')
                .replace('["JSR_Sample_Access"]', '["JSR_Sample_Access", "Sample_Access"]')
        );

        const { status, output } = runGate(dir);
        expect(output).toContain(
            `${main}/classes/UserSelector.cls-meta.xml:1: [prefix] ApexClass UserSelector does not start with the package prefix "JSR_"`
        );
        expect(output).toContain(
            `${main}/lwc/userCard/userCard.js-meta.xml:1: [prefix] LightningComponentBundle userCard does not start with the package prefix "jsr"`
        );
        expect(output).toContain(
            `${main}/permissionsets/Sample_Access.permissionset-meta.xml:1: [prefix] PermissionSet Sample_Access does not start with the package prefix "JSR_"`
        );
        expect(output).toContain('(3 problem(s))');
        expect(status).toBe(1);
    }, 60000);

    it('fails on a custom label without the prefix at its own line, and on a type with no prefix rule', () => {
        const dir = copyFixture();
        edit(dir, `${main}/labels/CustomLabels.labels-meta.xml`, (t) =>
            t.replace(
                '</CustomLabels>',
                `    <labels>
        <fullName>Sample_Subtitle</fullName>
        <language>en_US</language>
        <protected>false</protected>
        <shortDescription>Sample subtitle</shortDescription>
        <value>Subtitle</value>
    </labels>
</CustomLabels>`
            )
        );
        mkdirSync(join(dir, main, 'staticresources'));
        writeFileSync(join(dir, main, 'staticresources/JSR_Logo.txt'), 'logo\n');
        writeFileSync(
            join(dir, main, 'staticresources/JSR_Logo.resource-meta.xml'),
            `<?xml version="1.0" encoding="UTF-8"?>
<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata">
    <cacheControl>Private</cacheControl>
    <contentType>text/plain</contentType>
</StaticResource>
`
        );
        edit(dir, 'config/expected-components.json', (t) =>
            t.replace('"CustomLabels":', '"StaticResource": ["JSR_Logo"],\n    "CustomLabels":')
        );

        const { status, output } = runGate(dir);
        expect(output).toContain(
            `${main}/labels/CustomLabels.labels-meta.xml:11: [prefix] CustomLabel Sample_Subtitle does not start with the package prefix "JSR_"`
        );
        expect(output).toContain(
            `${main}/staticresources/JSR_Logo.resource-meta.xml:1: [prefix] StaticResource JSR_Logo: no prefix rule for StaticResource`
        );
        expect(status).toBe(1);
    }, 60000);

    // Needs a Node older than 22 (outside node_modules: npm puts the bundled Node 22 first on PATH for npx/npm run).
    const oldNode = olderNode();
    (oldNode ? it : it.skip)(
        'fails with a clear message, not a crash, when no Node 22 is available for source-deploy-retrieve',
        () => {
            const dir = copyFixture();
            const run = spawnSync(oldNode ?? process.execPath, [join(repo, 'scripts/check-metadata.mjs'), '--root', dir], {
                encoding: 'utf8',
                env: { ...process.env, JR_NODE22: join(dir, 'no-such-node') }
            });
            expect(run.stderr).toContain('[sdr] Node 22 or newer is required');
            expect(run.stderr).toContain('no-such-node is not installed');
            expect(run.status).toBe(1);
        },
        60000
    );
});
