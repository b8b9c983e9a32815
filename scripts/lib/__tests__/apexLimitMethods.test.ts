import { LIMITED_METHODS, limitedMethodKind, type LimitKind } from '../apexLimitMethods';
import { findLimitsInLoops } from '../apexLimitsInLoops';
import { parseApex } from '../apexParse';
import { ApexProgram, label } from '../soqlBudget';

const RULE_KIND: Record<string, LimitKind> = { 'soql-in-loop': 'soql', 'sosl-in-loop': 'sosl', 'dml-in-loop': 'dml' };

/** Every class.method of the shared table, spelled as Apex source writes it. */
const ENTRIES: [string, string, LimitKind][] = Object.entries(LIMITED_METHODS).flatMap(([className, methods]) =>
    Object.entries(methods).map(([method, kind]): [string, string, LimitKind] => [className, method, kind])
);

function sampleClass(className: string, method: string): string {
    return `public class Sample {\n    void run(List<SObject> rows) {\n        for (SObject row : rows) { ${className}.${method}(row); }\n    }\n}`;
}

describe('the shared table of limit-consuming Apex methods', () => {
    it('includes the async and immediate DML methods that one of the two checks used to miss', () => {
        for (const method of ['insertAsync', 'insertImmediate', 'updateAsync', 'updateImmediate', 'deleteAsync', 'deleteImmediate'])
            expect(limitedMethodKind('Database', method)).toBe('dml');
    });

    it('matches Database and System.Database in any case, and nothing that is not in the table', () => {
        expect(limitedMethodKind('System.Database', 'QUERY')).toBe('soql');
        expect(limitedMethodKind('search', 'Find')).toBe('sosl');
        expect(limitedMethodKind('EventBus', 'publish')).toBe('dml');
        expect(limitedMethodKind('Database', 'toString')).toBeNull();
        expect(limitedMethodKind('Database', 'constructor')).toBeNull();
        expect(limitedMethodKind('constructor', 'name')).toBeNull();
        expect(limitedMethodKind('Selector', 'query')).toBeNull();
    });

    it.each(ENTRIES)('%s.%s counts as %s in both the limits-in-loops check and the SOQL budget', (className, method, kind) => {
        const source = sampleClass(className, method);
        const parsed = parseApex(source, 'class');
        expect(parsed.syntaxErrors).toEqual([]);
        expect(findLimitsInLoops(parsed).map((finding) => RULE_KIND[finding.rule])).toEqual([kind]);

        const program = ApexProgram.analyze([{ path: 'Sample.cls', source }]);
        const run = program.methods().find((m) => label(m) === 'Sample.run');
        if (!run) throw new Error('Sample.run not analysed');
        expect(program.reached(run).map((reached) => reached.site.kind)).toEqual([kind]);
    });
});
