import {
    formatProblem,
    parseRunResults,
    rulesFromRuleset,
    rulesetDiagnostics,
    unexplainedSuppressions,
    violationProblems,
    type PmdRuleInfo
} from '../pmdReport';

describe('parseRunResults and violationProblems', () => {
    it('turns violations and processing errors into sorted problems with PMD rule names', () => {
        const results = parseRunResults(
            JSON.stringify({
                violations: [
                    {
                        rule: 'ApexCRUDViolation',
                        message: 'Validate CRUD\n',
                        codeLocation: { file: '/p/B.cls', startLine: 9, startCol: 3 }
                    },
                    {
                        rule: 'AvoidLogicInTrigger',
                        message: 'Avoid logic in triggers',
                        codeLocation: { file: '/p/A.trigger', startLine: 1, startCol: 1 }
                    }
                ],
                processingErrors: [
                    {
                        file: '/p/C.cls',
                        message:
                            "ParseException: Failed to parse /p/C.cls:\nSyntax error at 2:34: mismatched input ';' expecting {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'}"
                    },
                    { file: '/p/D.cls', message: 'Something else broke\nstack' }
                ]
            })
        );
        expect(violationProblems(results).map((p) => formatProblem(p, '/p'))).toEqual([
            'A.trigger:1:1 pmd/AvoidLogicInTrigger Avoid logic in triggers',
            'B.cls:9:3 pmd/ApexCRUDViolation Validate CRUD',
            "C.cls:2:35 pmd/processing-error PMD cannot parse the file: mismatched input ';' expecting one of 9 tokens",
            'D.cls:1 pmd/processing-error Something else broke'
        ]);
    });

    it('rejects a results file of another shape instead of reporting no violations', () => {
        expect(() => parseRunResults('{"results":[]}')).toThrow(/violations\/processingErrors/);
        expect(() => parseRunResults('null')).toThrow(/violations\/processingErrors/);
    });
});

describe('rulesFromRuleset', () => {
    it('keeps only the Apex rules PMD loaded from the named ruleset', () => {
        const rule = (name: string, ruleSets: string[], languageId = 'apex'): PmdRuleInfo => ({
            name,
            languageId,
            ruleSets,
            ruleSetFile: 'x'
        });
        const rules = [rule('A', ['Ours']), rule('B', ['category/apex/design.xml']), rule('C', ['Ours'], 'visualforce')];
        expect(rulesFromRuleset(rules, 'Ours').map((r) => r.name)).toEqual(['A']);
        expect(rulesFromRuleset(rules, 'Other')).toEqual([]);
    });
});

describe('unexplainedSuppressions', () => {
    const lines = (source: string): string[] => unexplainedSuppressions('/p/A.cls', source).map((p) => `${p.line} ${p.rule}`);

    it('accepts NOPMD with a reason and reports a bare one', () => {
        expect(lines('Integer a; // NOPMD setup objects have no CRUD check\nInteger b; // NOPMD\nInteger c; // NOPMD - ok')).toEqual([
            '2 pmd/unexplained-suppression',
            '3 pmd/unexplained-suppression'
        ]);
    });

    it('accepts @SuppressWarnings with a comment on the line or above and reports a bare one', () => {
        const source = [
            "@SuppressWarnings('PMD.ApexCRUDViolation') // setup objects: no CRUD",
            '// Reads setup objects that have no object permissions',
            "@SuppressWarnings('PMD.AvoidGlobalModifier')",
            '/* block comment */',
            "@SuppressWarnings('PMD.X')",
            'public class A {',
            "@SuppressWarnings('PMD.ExcessiveParameterList')",
            "@SuppressWarnings('something else')"
        ].join('\n');
        expect(lines(source)).toEqual(['7 pmd/unexplained-suppression']);
    });
});

describe('rulesetDiagnostics', () => {
    it('reads load errors and deprecation warnings with their line and column in the ruleset', () => {
        const stdout = [
            'START OF CALL TO "PmdWrapper" WITH ARGUMENTS: describe out.json list.txt apex',
            '[Warning] Warning at /p/config/pmd-ruleset.xml:31:5{NEWLINE} 31|     <rule ref="category/apex/design.xml/NcssMethodCount" />{NEWLINE}         ^^^^^ Discontinue using Rule name category/apex/design.xml/NcssMethodCount as it is scheduled for removal from PMD.{NEWLINE}{NEWLINE} 32| ',
            '[Error] PMD errored when attempting to load a custom ruleset "/p/config/pmd-ruleset.xml".{NEWLINE}{NEWLINE}PMD Exception: {NEWLINE}  | Cannot load ruleset: PMD threw an unexpected exception:n  | Error at /p/config/pmd-ruleset.xml:34:5n  |  34|     <rule ref="category/apex/codestyle.xml/IfStmtMustUseBraces" />n  |          ^^^^^ Unable to find referenced rule IfStmtMustUseBraces; perhaps the rule name is misspelled?n  | n  |  35| ',
            '[Error] Something without a location'
        ].join('\n');
        expect(rulesetDiagnostics(stdout)).toEqual([
            {
                severity: 'warning',
                line: 31,
                column: 5,
                message: 'Discontinue using Rule name category/apex/design.xml/NcssMethodCount as it is scheduled for removal from PMD.'
            },
            {
                severity: 'error',
                line: 34,
                column: 5,
                message: 'Unable to find referenced rule IfStmtMustUseBraces; perhaps the rule name is misspelled?'
            },
            { severity: 'error', line: 1, column: 1, message: 'Something without a location' }
        ]);
    });

    it('finds nothing in the output of a clean load', () => {
        expect(rulesetDiagnostics('START OF CALL TO "PmdWrapper"\nEND OF CALL TO "PmdWrapper": 812 milliseconds')).toEqual([]);
    });
});
