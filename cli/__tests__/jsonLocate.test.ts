import { jsonPath, lineAndColumn, locateJsonError } from '../jsonLocate';

describe('locateJsonError', () => {
    it('returns null for valid JSON, including a byte order mark and every value kind', () => {
        expect(locateJsonError('\ufeff {"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null, {}, []]} ')).toBeNull();
    });

    it.each([
        ['{"a": 1,}', 1, 9, '$', 'expected a property name in double quotes'],
        ['{"a" 1}', 1, 6, '$', 'expected ":" after property name "a"'],
        ['{"a": {"b": [1, 2 3]}}', 1, 19, '$.a.b[1]', 'expected "," or "]" after item 1'],
        ['{"a": tru}', 1, 7, '$.a', 'expected a value'],
        ['{"a": "x\ny"}', 1, 9, '$.a', 'Control character in string'],
        ['{"a": "\\q"}', 1, 8, '$.a', 'Invalid escape \\q'],
        ['{"a": "\\u12G4"}', 1, 8, '$.a', 'Invalid \\u escape'],
        ['{"a": "open', 1, 7, '$.a', 'Unterminated string'],
        ['{"a": 01}', 1, 8, '$.a', 'expected "," or "}" after property "a"'],
        ['{"a": -}', 1, 7, '$.a', 'Invalid number'],
        ['{"a": 1}\n{"b": 2}', 2, 1, '$', 'after the JSON value'],
        ['{\n  "list": [\n    {"odd key": 1\n  ]\n}', 4, 3, '$.list[0]["odd key"]', 'expected "," or "}"'],
        ['', 1, 1, '$', 'Unexpected end of input'],
        ['{"a": }', 1, 7, '$.a', 'expected a value'],
        ['[1, ]', 1, 5, '$[1]', 'expected a value'],
        ['{"a": [], "b": {}, "c": [{}] ]', 1, 30, '$.c', 'expected "," or "}" after property "c"']
    ])('locates the error in %j', (text, line, column, path, message) => {
        const error = locateJsonError(text);
        expect(error).toMatchObject({ line, column, path });
        expect(error?.message).toContain(message);
        // The scanner agrees with JSON.parse on what is invalid.
        expect(() => JSON.parse(text) as unknown).toThrow();
    });
});

describe('locateJsonError on hostile input (DEF-2, DEF-11)', () => {
    it('scans nesting of any depth without recursion: 200,000 unclosed brackets are located at the end', () => {
        const text = `{"schemaVersion":1,"reader":${'['.repeat(200_000)}`;
        const error = locateJsonError(text);
        expect(error).toMatchObject({ line: 1, column: text.length + 1, message: 'Unexpected end of input; expected a value' });
        // One readable line: the first and last levels, and how many were left out.
        expect(error?.path).toBe(`$.reader${'[0]'.repeat(11)}…(199977 more levels)…${'[0]'.repeat(12)}`);
    });

    it('returns null for valid JSON nested 100,000 deep', () => {
        expect(locateJsonError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeNull();
    });

    it('reads a number of any length to its end, so a later error is located where it is', () => {
        const text = `{"soqlQueries": ${'1'.repeat(500)}, "x": }`;
        expect(locateJsonError(text)).toMatchObject({
            column: text.length,
            path: '$.x',
            message: expect.stringContaining('expected a value')
        });
    });
});

describe('lineAndColumn and jsonPath', () => {
    it('counts lines and columns from 1', () => {
        expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
        expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    });

    it('quotes names that are not identifiers', () => {
        expect(jsonPath(['apps', 'data', 0, 'odd key', '$ok'])).toBe('$.apps.data[0]["odd key"].$ok');
        expect(jsonPath([])).toBe('$');
    });
});
