import { apexLsProblems, apexLsRule, parseApexLsJson, validateAllowList, type ApexLsAllowEntry, type ApexLsMessage } from '../apexLsReport';
import { formatProblem } from '../pmdReport';

const message = (line: number, offset: number, category: string, text: string): ApexLsMessage => ({
    start: { line, offset },
    end: { line, offset: offset + 3 },
    category,
    message: text
});

const OUTPUT = `{ "files": [
{ "path": "/p/force-app/classes/A.cls", "messages": [
{"start": {"line": 5, "offset": 25 }, "end": {"line": 5, "offset": 43 }, "category": "Missing", "message": "Unknown field 'Not_A_Field__c' on SObject 'Schema.JSR_App__mdt'"},
{"start": {"line": 2, "offset": 0 }, "end": {"line": 2, "offset": 9 }, "category": "Error", "message": "Incompatible types in assignment, from 'System.Datetime' to 'System.Date'"}
]}]}`;

describe('parseApexLsJson', () => {
    it('reads the files array, also after a log preamble', () => {
        const files = parseApexLsJson(`some log line\n${OUTPUT}`);
        expect(files).toHaveLength(1);
        expect(files[0]?.messages).toHaveLength(2);
    });

    it('treats empty output as no files and rejects anything else', () => {
        expect(parseApexLsJson('  \n')).toEqual([]);
        expect(() => parseApexLsJson('Exception in thread main')).toThrow(/printed no JSON/);
        expect(() => parseApexLsJson('{"other": 1}')).toThrow(/no "files" array/);
    });
});

describe('apexLsRule', () => {
    it('names unknown fields, types, methods and missing meta files, else the category', () => {
        expect(apexLsRule(message(1, 0, 'Missing', "Unknown field 'X' on SObject 'Schema.Account'"))).toBe('apex-ls/unknown-field');
        expect(apexLsRule(message(1, 0, 'Missing', "No type declaration found for 'Foo'"))).toBe('apex-ls/unknown-type');
        expect(apexLsRule(message(1, 0, 'Missing', "No matching method found for 'x' on 'Y' taking no arguments"))).toBe(
            'apex-ls/unknown-method'
        );
        expect(apexLsRule(message(1, 0, 'Error', "Type 'A' is defined, but meta file is missing for '/p/A.cls'"))).toBe(
            'apex-ls/missing-meta'
        );
        expect(apexLsRule(message(1, 0, 'Error', 'Incompatible types'))).toBe('apex-ls/error');
    });
});

describe('apexLsProblems', () => {
    it('reports every finding as file:line:col rule message, sorted', () => {
        const { problems, allowed, staleEntries } = apexLsProblems(parseApexLsJson(OUTPUT), []);
        expect(problems.map((p) => formatProblem(p, '/p'))).toEqual([
            "force-app/classes/A.cls:2:1 apex-ls/error Incompatible types in assignment, from 'System.Datetime' to 'System.Date'",
            "force-app/classes/A.cls:5:26 apex-ls/unknown-field Unknown field 'Not_A_Field__c' on SObject 'Schema.JSR_App__mdt'"
        ]);
        expect(allowed).toBe(0);
        expect(staleEntries).toEqual([]);
    });

    it('accepts only the exact allow-listed message and reports entries that match nothing', () => {
        const entry: ApexLsAllowEntry = {
            message: "Unknown field 'Not_A_Field__c' on SObject 'Schema.JSR_App__mdt'",
            reason: 'test',
            source: 'https://example.com'
        };
        const stale: ApexLsAllowEntry = {
            message: "Unknown field 'Gone' on SObject 'Schema.Account'",
            reason: 'old',
            source: 'https://example.com'
        };
        const { problems, allowed, staleEntries } = apexLsProblems(parseApexLsJson(OUTPUT), [entry, stale]);
        expect(problems.map((p) => p.rule)).toEqual(['apex-ls/error']);
        expect(allowed).toBe(1);
        expect(staleEntries).toEqual([stale]);
    });
});

describe('validateAllowList', () => {
    it('requires a message, a reason and an https source per entry', () => {
        expect(validateAllowList([{ message: 'm', reason: 'r', source: 'https://help.salesforce.com/x' }])).toEqual([]);
        expect(
            validateAllowList([
                { message: 'm', reason: ' ', source: 'https://x' },
                { message: 'm', reason: 'r', source: 'trust me' }
            ])
        ).toHaveLength(2);
    });
});
