import type { ErrorObject } from 'ajv';
import { describeSchemaErrors, formatProblems, pointerToPath, SchemaValidators } from '../schemaValidation';

function ajvError(instancePath: string, keyword: string, params: Record<string, unknown>, message?: string): ErrorObject {
    return { instancePath, schemaPath: '#', keyword, params, message };
}

describe('pointerToPath', () => {
    it('turns JSON pointers into JSON paths', () => {
        expect(pointerToPath('')).toBe('$');
        expect(pointerToPath('/apps/data/12/installed')).toBe('$.apps.data[12].installed');
        expect(pointerToPath('/a~1b/c~0d/007')).toBe('$["a/b"]["c~d"]["007"]');
    });
});

describe('describeSchemaErrors', () => {
    it('keeps the deepest failure of an "X or null" value', () => {
        const problems = describeSchemaErrors([
            ajvError('/apps/data/0/installed', 'type', { type: 'boolean' }, 'must be boolean'),
            ajvError('/apps/data', 'type', { type: 'null' }, 'must be null'),
            ajvError('/apps/data', 'anyOf', {}, 'must match a schema in anyOf')
        ]);
        expect(problems).toEqual([{ path: '$.apps.data[0].installed', message: 'must be boolean' }]);
    });

    it('merges the types of the branches at one path', () => {
        const problems = describeSchemaErrors([
            ajvError('/apps/data', 'type', { type: 'array' }, 'must be array'),
            ajvError('/apps/data', 'type', { type: 'null' }, 'must be null'),
            ajvError('/apps/data', 'anyOf', {}, 'must match a schema in anyOf')
        ]);
        expect(problems).toEqual([{ path: '$.apps.data', message: 'must be array or null' }]);
    });

    it('names missing and unknown properties, enums and constants', () => {
        expect(
            describeSchemaErrors([
                ajvError('', 'required', { missingProperty: 'org' }),
                ajvError('/apps', 'additionalProperties', { additionalProperty: 'extra' }),
                ajvError('/apps/status', 'enum', { allowedValues: ['ok', 'partial', 'unavailable'] }),
                ajvError('/schemaVersion', 'const', { allowedValue: 1 }),
                ajvError('/x', 'minimum', {}, 'must be >= 0'),
                ajvError('/y', 'custom', {})
            ])
        ).toEqual([
            { path: '$.org', message: 'is required but missing' },
            { path: '$.apps.extra', message: 'is not a known property here' },
            { path: '$.apps.status', message: 'must be one of "ok", "partial", "unavailable"' },
            { path: '$.schemaVersion', message: 'must be 1' },
            { path: '$.x', message: 'must be >= 0' },
            { path: '$.y', message: 'custom' }
        ]);
    });

    it('drops duplicates and stops at the limit', () => {
        const many = Array.from({ length: 20 }, (_, i) => ajvError(`/list/${i % 10}`, 'type', { type: 'string' }, 'must be string'));
        expect(describeSchemaErrors(many)).toHaveLength(8);
        expect(describeSchemaErrors(many, 100)).toHaveLength(10);
    });
});

describe('SchemaValidators', () => {
    const validators = new SchemaValidators();

    it('validates search results and reports a wrong value', () => {
        const valid = { userId: '005000000000001AAA', name: 'A', username: 'a@b.c', isActive: true, profileName: null };
        expect(validators.problems('UserSearchResult', valid)).toEqual([]);
        expect(validators.problems('UserSearchResult', { ...valid, isActive: 'yes' })).toEqual([
            { path: '$.isActive', message: 'must be boolean' }
        ]);
    });

    it('checks the schemaVersion of snapshots and user facts before the schema', () => {
        const missing = validators.parse('UserFacts', '{}');
        expect(missing).toEqual({
            ok: false,
            kind: 'schemaVersion',
            problems: [{ path: '$.schemaVersion', message: 'unknown UserFacts version: no schemaVersion; this tool reads schemaVersion 2' }]
        });
        const notObject = validators.parse('OrgSnapshot', '[1]');
        expect(notObject.ok).toBe(false);
        if (!notObject.ok) expect(notObject.kind).toBe('schema');
    });

    it('reports invalid JSON with its position', () => {
        const result = validators.parse('OrgSnapshot', '{\n  "a": [1,,2]\n}');
        expect(result).toEqual({
            ok: false,
            kind: 'json',
            problems: [{ path: '$.a[1]', message: 'invalid JSON: Unexpected ","; expected a value', line: 2, column: 11 }]
        });
    });

    it('fails loudly for a missing schema file or a definition the schema does not have', () => {
        expect(() => new SchemaValidators('/nonexistent')).toThrow(/ENOENT/);
        expect(() => validators.validator('NoSuchType' as 'OrgSnapshot')).toThrow('has no definition NoSuchType; run npm run schema');
    });
});

describe('formatProblems', () => {
    it('prints file, position when known, path and message', () => {
        expect(
            formatProblems('x.json', [
                { path: '$.a', message: 'bad', line: 3, column: 7 },
                { path: '$.b', message: 'worse' }
            ])
        ).toEqual(['x.json:3:7: $.a: bad', 'x.json: $.b: worse']);
    });
});
