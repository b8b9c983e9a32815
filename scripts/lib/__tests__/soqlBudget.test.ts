import { ApexProgram, checkBudgets, enclosingLoopLine, label, type ApexSource } from '../soqlBudget';
import { parseApex } from '../apexParse';
import { SoqlLiteralContext, ApexParseTreeWalker, ApexParserBaseListener } from '@apexdevtools/apex-parser';

function program(...classes: string[]): ApexProgram {
    const sources: ApexSource[] = classes.map((source, i) => ({ path: `C${i}.cls`, source }));
    return ApexProgram.analyze(sources);
}

function soqlOf(p: ApexProgram, name: string): number {
    const method = p.methods().find((m) => label(m) === name);
    if (!method) throw new Error(`no method ${name}`);
    return p.reached(method).filter((r) => r.site.kind === 'soql').length;
}

const SELECTOR = `public virtual with sharing class Sel {
    private static Sel instance;
    public static Sel getInstance() { if (instance == null) { instance = new Sel(); } return instance; }
    public virtual List<Account> accounts() { return [SELECT Id FROM Account WITH USER_MODE]; }
    public virtual Integer count(String q) { return Database.countQuery(q); }
    public List<Contact> contacts(Set<Id> ids) { return Database.queryWithBinds('SELECT Id FROM Contact WHERE Id IN :ids', new Map<String, Object>{ 'ids' => ids }, AccessLevel.USER_MODE); }
}`;

describe('ApexProgram: counting SOQL reachable from a method', () => {
    it('follows static, chained, variable, field, constructor and unqualified calls', () => {
        const p = program(
            SELECTOR,
            `public with sharing class Reader {
                private Sel selector = Sel.getInstance();
                public Integer chained() { return Sel.getInstance().accounts().size(); }
                public Integer viaVariable() { Sel s = Sel.getInstance(); s.accounts(); return s.count('x'); }
                public Integer viaField() { return this.selector.accounts().size() + selector.contacts(null).size(); }
                public Integer unqualified() { return viaVariable() + helper(); }
                private static Integer helper() { return new Reader().chained(); }
            }`
        );
        expect(soqlOf(p, 'Reader.chained')).toBe(1);
        expect(soqlOf(p, 'Reader.viaVariable')).toBe(2);
        expect(soqlOf(p, 'Reader.viaField')).toBe(2);
        expect(soqlOf(p, 'Reader.unqualified')).toBe(3);
        const sites = p.reached(p.methods().find((m) => label(m) === 'Reader.viaField')!).map((r) => r.site.fromObject);
        expect(sites).toEqual(['Account', 'Contact']);
    });

    it('counts a method once per call site and every branch, try and catch included', () => {
        const p = program(
            SELECTOR,
            `public class Twice {
                public void run(Boolean flag) {
                    Sel s = Sel.getInstance();
                    if (flag) { s.accounts(); } else { s.accounts(); }
                    try { s.count('a'); } catch (Exception e) { s.count('b'); }
                }
            }`
        );
        expect(soqlOf(p, 'Twice.run')).toBe(4);
    });

    it('takes the costliest of a virtual method and its overrides, and inherited methods', () => {
        const p = program(
            `public virtual class Base {
                public virtual void load() { }
                public void inherited() { Integer n = [SELECT COUNT() FROM Lead]; }
            }`,
            `public class Child extends Base {
                public override void load() { List<Account> a = [SELECT Id FROM Account]; List<Contact> c = [SELECT Id FROM Contact]; }
            }`,
            `public class Caller {
                public void viaBase(Base b) { b.load(); }
                public void viaChild() { new Child().inherited(); }
            }`
        );
        expect(soqlOf(p, 'Caller.viaBase')).toBe(2);
        expect(soqlOf(p, 'Caller.viaChild')).toBe(1);
    });

    it('resolves inner classes, nested field access and outer static methods', () => {
        const p = program(`public class Outer {
            public static Integer query() { return [SELECT COUNT() FROM Case]; }
            public class Holder { public Inner inner = new Inner(); }
            public class Inner {
                public Integer read() { return query(); }
            }
            public Integer viaNested(Holder h) { return h.inner.read() + new Outer.Inner().read() + ((Inner) null).read(); }
        }`);
        expect(soqlOf(p, 'Outer.Inner.read')).toBe(1);
        expect(soqlOf(p, 'Outer.viaNested')).toBe(3);
    });

    it('falls back to methods of the same name and arity when the receiver type is unknown', () => {
        const p = program(
            SELECTOR,
            `public class Unknown {
                public Integer run(List<Object> things) { return ((Sel) things[0]).count('q') + (flag() ? null : Sel.getInstance()).count('x'); }
                private Boolean flag() { return true; }
            }`
        );
        const method = p.methods().find((m) => label(m) === 'Unknown.run')!;
        expect(method.calls.some((c) => c.byNameOnly)).toBe(true);
        expect(soqlOf(p, 'Unknown.run')).toBe(2);
    });

    it('costs nothing for calls on system types, and finds SOSL and DML', () => {
        const p = program(`public class Mixed {
            public void run(List<Account> rows) {
                String s = String.valueOf(rows.size()).trim();
                List<List<SObject>> found = [FIND 'x' IN ALL FIELDS RETURNING Account];
                Search.query('FIND {x}');
                insert rows;
                Database.update(rows);
                System.Database.query('SELECT Id FROM Account');
            }
        }`);
        const reached = p.reached(p.methods().find((m) => label(m) === 'Mixed.run')!);
        expect(reached.map((r) => r.site.kind).sort()).toEqual(['dml', 'dml', 'soql', 'sosl', 'sosl']);
    });

    it('ignores @IsTest classes, whose mocks never run in production', () => {
        const p = program(
            SELECTOR,
            `@IsTest private class SelTest { private class Mock extends Sel { public override List<Account> accounts() { return [SELECT Id FROM Account]; } } }`
        );
        expect(p.methods().some((m) => m.className.startsWith('SelTest'))).toBe(false);
    });
});

describe('checkBudgets', () => {
    const CONTROLLER = `public with sharing class Api {
        @AuraEnabled public static String snapshot() { Sel s = Sel.getInstance(); s.accounts(); s.count('x'); return ''; }
        @AuraEnabled(cacheable=true) public static String search() { return String.valueOf(Sel.getInstance().accounts()); }
    }`;

    it('passes within budget and reports each entry point with its sites', () => {
        const { results, problems } = checkBudgets(program(SELECTOR, CONTROLLER), { 'Api.snapshot': 2, 'Api.search': 1 });
        expect(problems).toEqual([]);
        expect(results.map((r) => [r.method, r.soql, r.dml])).toEqual([
            ['Api.snapshot', 2, 0],
            ['Api.search', 1, 0]
        ]);
        expect(results[0]!.reached[0]!.path).toEqual(['Api.snapshot', 'Sel.accounts']);
    });

    it('fails over budget, without a budget, and for a budget of no entry point', () => {
        const { problems } = checkBudgets(program(SELECTOR, CONTROLLER), { 'Api.snapshot': 1, 'Api.gone': 3 });
        expect(problems).toEqual(
            expect.arrayContaining([
                expect.stringMatching(/C1\.cls:2 Api\.snapshot can run 2 SOQL statements, over its budget of 1/),
                expect.stringMatching(/Api\.search is @AuraEnabled but has no SOQL budget/),
                expect.stringMatching(/budget declared for Api\.gone, which is not an @AuraEnabled method/)
            ])
        );
    });

    it('fails when an entry point can write', () => {
        const writer = `public class W { @AuraEnabled public static void save(Account a) { update a; } }`;
        expect(checkBudgets(program(writer), { 'W.save': 0 }).problems).toEqual([
            expect.stringMatching(/W\.save can run 1 DML statement\(s\)/)
        ]);
    });

    it('fails on SOQL, DML or a querying call inside a loop, but not on a loop over one query', () => {
        const looped = `public class L {
            public void direct(List<Id> ids) { for (Id i : ids) { Account a = [SELECT Id FROM Account WHERE Id = :i]; } }
            public void dml(List<Account> rows) { Integer n = 0; while (n < 3) { update rows; n++; } }
            public void indirect(List<Id> ids) { for (Integer i = 0; i < ids.size(); i++) { one(); } }
            public void condition() { for (Integer i = 0; i < one(); i++) { } }
            public void once() { for (Account a : [SELECT Id FROM Account]) { } for (Account a : all()) { } }
            private Integer one() { return [SELECT COUNT() FROM Account]; }
            private List<Account> all() { return [SELECT Id FROM Account]; }
        }`;
        const problems = checkBudgets(program(looped), {}).problems;
        expect(problems).toEqual([
            expect.stringMatching(/C0\.cls:2:\d+ SOQL inside a loop \(line 2\)/),
            expect.stringMatching(/C0\.cls:3:\d+ DML inside a loop \(line 3\)/),
            expect.stringMatching(/C0\.cls:4:\d+ call inside a loop \(line 4\) reaches 1 SOQL\/SOSL\/DML statement\(s\): one\(\)/),
            expect.stringMatching(/C0\.cls:5:\d+ call inside a loop \(line 5\) reaches 1/)
        ]);
    });

    it('fails on recursion, queries in initialisers and files that do not parse', () => {
        const recursive = `public class R {
            private static Integer seed = [SELECT COUNT() FROM Account];
            @AuraEnabled public static Integer a() { return b(); }
            public static Integer b() { return [SELECT COUNT() FROM Lead] + a(); }
        }`;
        const { problems } = checkBudgets(program(recursive, 'public class Broken {'), { 'R.a': 5 });
        expect(problems).toEqual(
            expect.arrayContaining([
                expect.stringMatching(/R\.a is part of a recursive call chain/),
                expect.stringMatching(/R runs SOQL\/SOSL\/DML in a field or static initialiser/),
                expect.stringMatching(/C1\.cls:1:\d+ does not parse/)
            ])
        );
    });
});

describe('enclosingLoopLine', () => {
    it('is null outside loops and for a for-each collection, the loop line inside a body', () => {
        const parsed = parseApex(
            `public class A { void m(List<Id> ids) {
                Integer a = [SELECT COUNT() FROM Account];
                for (Account x : [SELECT Id FROM Account]) {
                    do { Integer b = [SELECT COUNT() FROM Lead]; } while (false);
                }
            } }`,
            'class'
        );
        const lines: (number | null)[] = [];
        class Collect extends ApexParserBaseListener {
            enterSoqlLiteral = (ctx: SoqlLiteralContext): void => {
                lines.push(enclosingLoopLine(ctx));
            };
        }
        ApexParseTreeWalker.DEFAULT.walk(new Collect(), parsed.tree);
        expect(lines).toEqual([null, null, 4]);
    });
});
