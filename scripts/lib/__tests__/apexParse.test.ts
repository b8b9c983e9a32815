import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apexKindOf, findApexFiles, parseApex, sourceSnippet } from '../apexParse';

describe('parseApex', () => {
    it('parses a valid class and trigger without errors', () => {
        expect(parseApex('public with sharing class A { public Integer n() { return 1; } }', 'class').syntaxErrors).toEqual([]);
        expect(parseApex('trigger T on Account (before insert) { }', 'trigger').syntaxErrors).toEqual([]);
    });

    it('reports a syntax error with a 1-based line and column', () => {
        const { syntaxErrors } = parseApex('public class A {\n    void x() { Integer i = ; }\n}', 'class');
        expect(syntaxErrors).toHaveLength(1);
        expect(syntaxErrors[0]).toMatchObject({ line: 2, column: 28 });
        // ANTLR's list of 170+ acceptable tokens is counted, not printed.
        expect(syntaxErrors[0]?.message).toMatch(/^mismatched input ';' expecting one of \d+ tokens$/);
    });

    it('keeps a short list of expected tokens', () => {
        const { syntaxErrors } = parseApex('public class A { void x() { if (true { } } }', 'class');
        expect(syntaxErrors[0]?.message).toMatch(/expecting|missing/);
        expect(syntaxErrors[0]?.message).not.toMatch(/one of \d+ tokens/);
    });

    it('reports lexer errors too', () => {
        expect(parseApex("public class A { String s = 'bad \\q escape'; }", 'class').syntaxErrors).not.toEqual([]);
    });

    it('rejects a trigger parsed as a class', () => {
        expect(parseApex('trigger T on Account (before insert) { }', 'class').syntaxErrors).not.toEqual([]);
    });
});

describe('sourceSnippet', () => {
    it('collapses whitespace and truncates long text', () => {
        const source = "public class A {\n    void x() {\n        update     new Account(Name = 'a');\n    }\n}";
        const parsed = parseApex(source, 'class');
        const body = parsed.tree.getChild(0);
        expect(sourceSnippet(source, body as never, 20)).toBe('public class A { vo…');
        expect(sourceSnippet(source, body as never)).toContain("update new Account(Name = 'a');");
    });
});

describe('apexKindOf and findApexFiles', () => {
    let dir: string;
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'apex-parse-'));
        await mkdir(join(dir, 'classes'));
        await mkdir(join(dir, 'node_modules'));
        await mkdir(join(dir, '.sfdx'));
        await writeFile(join(dir, 'classes', 'B.cls'), '');
        await writeFile(join(dir, 'classes', 'B.cls-meta.xml'), '');
        await writeFile(join(dir, 'A.trigger'), '');
        await writeFile(join(dir, 'node_modules', 'C.cls'), '');
        await writeFile(join(dir, '.sfdx', 'D.cls'), '');
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('classifies paths', () => {
        expect(apexKindOf('x/Foo.cls')).toBe('class');
        expect(apexKindOf('x/Foo.TRIGGER')).toBe('trigger');
        expect(apexKindOf('x/Foo.cls-meta.xml')).toBeNull();
    });

    it('finds classes and triggers, sorted, skipping node_modules and dot-folders', async () => {
        expect(await findApexFiles(dir)).toEqual([join(dir, 'A.trigger'), join(dir, 'classes', 'B.cls')]);
    });

    it('finds nothing in a folder that does not exist', async () => {
        expect(await findApexFiles(join(dir, 'missing'))).toEqual([]);
    });
});
