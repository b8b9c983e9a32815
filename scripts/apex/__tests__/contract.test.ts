// The contract test: the Apex DTOs (JSR_ReadinessSnapshot.cls) serialise to exactly the shape of the generated JSON
// Schema (schema/org-snapshot.schema.json, itself generated from snapshot.ts): same classes, same property names, same
// JSON types, both directions. A rename on either side fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apexJsonType, compareContract, schemaClasses, schemaJsonType, type JsonSchemaDocument } from '../contract';

const root = join(__dirname, '..', '..', '..');
const APEX_FILE = 'force-app/main/default/classes/JSR_ReadinessSnapshot.cls';
const apexSource = readFileSync(join(root, APEX_FILE), 'utf8');
const schema = JSON.parse(readFileSync(join(root, 'schema/org-snapshot.schema.json'), 'utf8')) as JsonSchemaDocument;

const compare = (source: string, document: JsonSchemaDocument = schema): string => compareContract(source, document, APEX_FILE).join('\n');

describe('the Apex DTOs and the org snapshot schema', () => {
    it('agree on every class, property name and basic type', () => {
        expect(compare(apexSource)).toBe('');
    });

    it.each([
        [
            'an Apex property is renamed',
            'public String userFullName;',
            'public String fullName;',
            /lacks property userFullName \(string\)[^\n]*\n\S+ OauthTokenRow\.fullName is not a property of schema OauthTokenRow$/
        ],
        [
            'a basic type changes',
            'public Integer useCount;',
            'public String useCount;',
            /^\S+ OauthTokenRow\.useCount is String \(string\) but schema OauthTokenRow says number$/
        ],
        [
            'a list holds the wrong class',
            'List<PermissionHolder> holders',
            'List<HolderSampleUser> holders',
            /^\S+ PermissionHolders\.holders is List<HolderSampleUser> \(HolderSampleUser\[\]\) but .* says PermissionHolder\[\]$/
        ],
        [
            'an Apex class is missing',
            /public class PermissionCheck \{[^}]*\}/,
            '',
            /^schema PermissionCheck: no Apex class PermissionCheck in /
        ],
        [
            'an Apex class is extra',
            /\n}\s*$/,
            '\n    public class Extra {\n        public String x;\n    }\n}\n',
            /^\S+ class Extra has no object definition in the schema$/
        ]
    ])('fail when %s', (_, from: string | RegExp, to: string, expected: RegExp) => {
        const changed = apexSource.replace(from, to);
        expect(changed).not.toBe(apexSource);
        expect(compare(changed)).toMatch(expected);
    });

    it('fail when a schema property is renamed, or two differ only in case (Apex names are case-insensitive)', () => {
        const changed = JSON.parse(JSON.stringify(schema)) as JsonSchemaDocument;
        const grant = changed.definitions.AppGrant!.properties!;
        grant.viaGroup = grant.via!;
        delete grant.via;
        changed.definitions.OauthTokenRow!.properties!.userfullname = { type: 'string' };
        const problems = compare(apexSource, changed);
        expect(problems).toMatch(/class AppGrant lacks property viaGroup[\s\S]*AppGrant\.via is not a property of schema AppGrant/);
        expect(problems).toMatch(/properties userFullName and userfullname differ only in case/);
    });
});

describe('the JSON types', () => {
    it('of Apex types, as JSON.serialize writes them', () => {
        const types = ['Id', 'Datetime', 'System.String', 'Long', 'Decimal', 'Boolean', 'Object', 'Set<String>', 'String[]'];
        expect([...types, 'Map<String, Integer>', 'T.Inner', 'List<JSR_ReadinessSnapshot.Section>'].map(apexJsonType)).toEqual([
            ...['string', 'string', 'string', 'number', 'number', 'boolean', 'any', 'string[]', 'string[]'],
            ...['Map', 'Inner', 'Section[]']
        ]);
    });

    it('leave out static and transient members and classes without instance state', () => {
        const source = `public class T {
            public static final Integer X = 1;
            public class A { public transient String skipped; public static String alsoSkipped; public String kept, second; }
            public class Empty { public void m() {} }
        }`;
        const schemaOfA = { definitions: { A: { type: 'object', properties: { kept: { type: 'string' } } } } };
        expect(compareContract(source, schemaOfA, 'T.cls')).toEqual(['T.cls:3 A.second is not a property of schema A']);
    });

    it('reject a file that does not parse or holds no class', () => {
        expect(() => compareContract('public class T { public String ; }', schema, 'T.cls')).toThrow(/T\.cls:1:\d+ does not parse/);
        expect(() => compareContract('public interface I { void m(); }', schema, 'T.cls')).toThrow(/no class declaration/);
    });
});

describe('reading the schema', () => {
    const document: JsonSchemaDocument = {
        definitions: {
            Alias: { type: 'string', enum: ['a', 'b'] },
            Thing: { type: 'object', properties: { n: { type: 'integer' } } },
            Loop: { $ref: '#/definitions/Loop' }
        }
    };

    it('follows references and aliases, and rejects dangling and circular ones', () => {
        const of = (node: object): string => schemaJsonType(node, document);
        expect([of({ $ref: '#/definitions/Alias' }), of({ type: 'array', items: { $ref: '#/definitions/Thing' } })]).toEqual([
            'string',
            'Thing[]'
        ]);
        expect([of({ anyOf: [{ type: 'null' }, { type: 'integer' }] }), of({ enum: [true, null] }), of({ type: 'object' })]).toEqual([
            'number',
            'boolean',
            'Map'
        ]);
        expect(() => of({ $ref: '#/definitions/Nope' })).toThrow(/missing definition Nope/);
        expect(() => of({ $ref: '#/definitions/Loop' })).toThrow(/circular alias/);
    });

    it('merges Section<T> definitions into one class whose data is any, and rejects groups that differ', () => {
        const sections = schemaClasses(schema).get('Section')!;
        expect(sections.definitions.length).toBeGreaterThan(5);
        expect([sections.properties.get('data'), sections.properties.get('status')]).toEqual(['any', 'string']);
        const broken: JsonSchemaDocument = {
            definitions: {
                'Box<A>': { type: 'object', properties: { a: { type: 'string' } } },
                'Box<B>': { type: 'object', properties: { b: { type: 'string' } } }
            }
        };
        expect(() => schemaClasses(broken)).toThrow(/Box<A>, Box<B> map to Apex class Box but differ in their properties/);
    });
});
