// The contract test: the Apex DTOs
// (JSR_ReadinessSnapshot.cls) serialise to exactly the shape of the generated JSON Schema (schema/org-snapshot.schema.json,
// itself generated from snapshot.ts): same classes, same property names, same basic JSON types, both directions. A
// rename on either side fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    compareContract,
    extractDtoClasses,
    jsonTypeOfSchema,
    schemaClasses,
    type ApexDtoClass,
    type JsonSchemaDocument
} from '../contract';

const root = join(__dirname, '..', '..', '..');
const APEX_FILE = 'force-app/main/default/classes/JSR_ReadinessSnapshot.cls';
const apexSource = readFileSync(join(root, APEX_FILE), 'utf8');
const schema = JSON.parse(readFileSync(join(root, 'schema/org-snapshot.schema.json'), 'utf8')) as JsonSchemaDocument;

function compare(source: string, document: JsonSchemaDocument = schema): string[] {
    return compareContract(extractDtoClasses(source, APEX_FILE), document, APEX_FILE);
}

function cloneSchema(): JsonSchemaDocument {
    return JSON.parse(JSON.stringify(schema)) as JsonSchemaDocument;
}

describe('the Apex DTOs and the org snapshot schema', () => {
    it('agree on every class, property name and basic type', () => {
        expect(compare(apexSource)).toEqual([]);
    });

    it('fails when an Apex property is renamed', () => {
        const renamed = apexSource.replace('public String userFullName;', 'public String fullName;');
        expect(renamed).not.toBe(apexSource);
        const problems = compare(renamed);
        expect(problems).toEqual(
            expect.arrayContaining([
                expect.stringMatching(/class OauthTokenRow lacks property userFullName \(string\)/),
                expect.stringMatching(/OauthTokenRow\.fullName is not a property of schema OauthTokenRow/)
            ])
        );
    });

    it('fails when a schema property is renamed', () => {
        const changed = cloneSchema();
        const properties = changed.definitions.AppGrant!.properties!;
        properties.viaGroup = properties.via!;
        delete properties.via;
        const problems = compare(apexSource, changed);
        expect(problems).toEqual(
            expect.arrayContaining([
                expect.stringMatching(/class AppGrant lacks property viaGroup/),
                expect.stringMatching(/AppGrant\.via is not a property of schema AppGrant/)
            ])
        );
    });

    it('fails when a basic type changes', () => {
        const retyped = apexSource.replace('public Integer useCount;', 'public String useCount;');
        expect(compare(retyped)).toEqual([
            expect.stringMatching(/OauthTokenRow\.useCount is String \(string\) but schema OauthTokenRow says number/)
        ]);
    });

    it('fails when a list holds the wrong class', () => {
        const retyped = apexSource.replace('public List<PermissionHolder> holders', 'public List<HolderSampleUser> holders');
        expect(compare(retyped)).toEqual([
            expect.stringMatching(
                /PermissionHolders\.holders is List<HolderSampleUser> \(array of object HolderSampleUser\) but .* says array of object PermissionHolder/
            )
        ]);
    });

    it('fails when an Apex class is missing or extra', () => {
        const withoutClass = apexSource.replace(/public class PermissionCheck \{[^}]*\}/, '');
        expect(compare(withoutClass)).toContain('schema PermissionCheck: no Apex class PermissionCheck in ' + APEX_FILE);
        const extra = apexSource.replace(/\n}\s*$/, '\n    public class Extra {\n        public String x;\n    }\n}\n');
        expect(compare(extra)).toEqual([expect.stringMatching(/class Extra has no object definition in the schema/)]);
    });

    it('fails when two schema properties differ only in case, which Apex cannot hold', () => {
        const changed = cloneSchema();
        changed.definitions.OauthTokenRow!.properties!.userfullname = { type: 'string' };
        expect(compare(apexSource, changed)).toEqual(
            expect.arrayContaining([expect.stringMatching(/properties userFullName and userfullname differ only in case/)])
        );
    });
});

describe('extractDtoClasses', () => {
    const dto = (source: string): ApexDtoClass[] => extractDtoClasses(source, 'T.cls');

    it('maps Apex types to the JSON types JSON.serialize writes', () => {
        const [row] = dto(`public class T {
            public Id a; public Datetime b; public Date c; public System.String d;
            public Long e; public Decimal f; public Double g; public Boolean h;
            public Object i; public Set<String> j; public String[] k; public Map<String, Integer> l;
            public T.Inner m; public Integer n { get; set; }
        }`);
        const kinds = Object.fromEntries(
            row!.properties.map((p) => [p.name, p.type.kind === 'object' ? `object ${p.type.className}` : p.type.kind])
        );
        expect(Object.entries(kinds).join(' ')).toBe(
            'a,string b,string c,string d,string e,number f,number g,number h,boolean i,any j,array k,array l,object Map m,object Inner n,number'
        );
        expect(row!.properties.find((p) => p.name === 'k')!.type.items!.kind).toBe('string');
    });

    it('skips static and transient members and classes without instance state', () => {
        const classes = dto(`public class T {
            public static final Integer X = 1;
            public class A { public transient String skipped; public static String alsoSkipped; public String kept, second; }
            public class Empty { public void m() {} }
        }`);
        expect(classes.map((c) => [c.name, c.properties.map((p) => p.name)])).toEqual([['A', ['kept', 'second']]]);
    });

    it('rejects a file that does not parse or holds no class', () => {
        expect(() => dto('public class T { public String ; }')).toThrow(/T\.cls:1:\d+ does not parse/);
        expect(() => dto('public interface I { void m(); }')).toThrow(/no class declaration/);
    });
});

describe('reading the schema', () => {
    const document: JsonSchemaDocument = {
        definitions: {
            Alias: { type: 'string', enum: ['a', 'b'] },
            List: { type: 'array', items: { $ref: '#/definitions/Thing' } },
            Thing: { type: 'object', properties: { n: { type: 'integer' } } },
            Loop: { $ref: '#/definitions/Loop' }
        }
    };

    it('rejects dangling and circular references', () => {
        expect(() => jsonTypeOfSchema({ $ref: '#/definitions/Nope' }, document)).toThrow(/missing definition Nope/);
        expect(() => jsonTypeOfSchema({ $ref: '#/definitions/Loop' }, document)).toThrow(/circular alias/);
    });

    it('merges Section<T> definitions into one class whose data is any, and rejects groups that differ', () => {
        const sections = schemaClasses(schema).get('Section')!;
        expect(sections.definitions.length).toBeGreaterThan(5);
        expect(sections.properties.get('data')!.kind).toBe('any');
        expect(sections.properties.get('status')!.kind).toBe('string');
        const broken: JsonSchemaDocument = {
            definitions: {
                'Box<A>': { type: 'object', properties: { a: { type: 'string' } } },
                'Box<B>': { type: 'object', properties: { b: { type: 'string' } } }
            }
        };
        expect(() => schemaClasses(broken)).toThrow(/Box<A>, Box<B> map to Apex class Box but differ in property/);
    });
});
