import { checkBudgets, CallGraph } from '../budget';
import { escapedLiteralProblems, featureGatedProblems } from '../check';
import { buildApexModel, type ApexModel } from '../model';

const model = (...classes: string[]): ApexModel => buildApexModel(classes.map((source, i) => ({ file: `C${i}.cls`, source })));

function soqlOf(m: ApexModel, name: string): number {
    const graph = new CallGraph(m);
    const method = graph.methods().find((candidate) => `${candidate.className}.${candidate.name}` === name);
    if (!method) throw new Error(`no method ${name}`);
    return graph.reached(method).filter((r) => r.site.kind === 'soql').length;
}

const SELECTOR = `public virtual with sharing class Sel {
    private static Sel instance;
    public static Sel getInstance() { if (instance == null) { instance = new Sel(); } return instance; }
    public virtual List<Account> accounts() { return [SELECT Id FROM Account WITH USER_MODE]; }
    public virtual Integer count(String q) { return Database.countQuery(q); }
    public List<Contact> contacts(Set<Id> ids) { return Database.queryWithBinds('SELECT Id FROM Contact WHERE Id IN :ids', new Map<String, Object>{ 'ids' => ids }, AccessLevel.USER_MODE); }
}`;

describe('the Apex model: one list of SOQL statements', () => {
    it('records method, static or dynamic, object and text; leaves out a file that does not parse', () => {
        const m = model(`public class Q { public void run(Set<Id> ids) {
            for (AggregateResult r : [SELECT ProfileId, COUNT(Id) n FROM User WHERE Id IN :ids GROUP BY ProfileId]) { }
            List<SObject> d = Database.query('SELECT COUNT(Id) FROM Lead' + ' GROUP BY Status');
        } }`);
        expect(m.soql.map(({ method, dynamic, from, soql }) => [method, dynamic, from, soql])).toEqual([
            ['Q.run', false, 'User', 'SELECT ProfileId, COUNT(Id) n FROM User WHERE Id IN :ids GROUP BY ProfileId'],
            ['Q.run', true, null, 'SELECT COUNT(Id) FROM Lead\n GROUP BY Status']
        ]);
        const broken = model('public class Broken {', SELECTOR);
        expect([broken.syntaxErrors, broken.classes.map((c) => c.name)]).toEqual([
            [expect.stringMatching(/^C0\.cls:1:\d+ does not parse/)],
            ['Sel']
        ]);
    });
});

describe('SOQL reachable from a method', () => {
    it('follows static, chained, variable, field, constructor and unqualified calls', () => {
        const m = model(
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
        expect(soqlOf(m, 'Reader.chained')).toBe(1);
        expect(soqlOf(m, 'Reader.viaVariable')).toBe(2);
        expect(soqlOf(m, 'Reader.viaField')).toBe(2);
        expect(soqlOf(m, 'Reader.unqualified')).toBe(3);
    });

    it('counts every call site and every branch, try and catch included, and leaves out @IsTest classes', () => {
        const m = model(
            SELECTOR,
            `public class Twice { public void run(Boolean flag) {
                Sel s = Sel.getInstance();
                if (flag) { s.accounts(); } else { s.accounts(); }
                try { s.count('a'); } catch (Exception e) { s.count('b'); }
            } }`
        );
        expect(soqlOf(m, 'Twice.run')).toBe(4);
        // @IsTest classes are left out: their mocks (here one that queries) never run in production.
        const withMock = model(
            SELECTOR,
            `@IsTest private class SelTest { private class Mock extends Sel { public override List<Account> accounts() { return [SELECT Id FROM Account]; } } }`
        );
        expect(new CallGraph(withMock).methods().some((method) => method.className.startsWith('SelTest'))).toBe(false);
    });

    it('follows nested classes, and refuses inheritance between package classes (overrides would go uncounted)', () => {
        const m = model(
            `public virtual class Base { public virtual void load() { } }`,
            `public class Child extends Base { public override void load() { List<Account> a = [SELECT Id FROM Account]; } }`,
            `public class Caller { public class Holder { public Child child = new Child(); } public void viaNested(Holder h) { h.child.load(); } }`
        );
        expect(soqlOf(m, 'Caller.viaNested')).toBe(1);
        expect(new CallGraph(m).inheritance()).toEqual(['C1.cls:1 Child extends Base: the SOQL budget does not follow overrides']);
    });

    it('falls back to every method of that name when the receiver type is unknown; system calls cost nothing', () => {
        const m = model(
            SELECTOR,
            `public interface Source { Integer count(String q); }`,
            `public class Unknown {
                public Integer viaInterface(Source s) { return s.count('q'); }
                public Integer viaSystem(List<Sel> all) { return all.size() + String.valueOf(1).length(); }
            }`
        );
        expect(soqlOf(m, 'Unknown.viaInterface')).toBe(1);
        expect(soqlOf(m, 'Unknown.viaSystem')).toBe(0);
    });
});

describe('checkBudgets', () => {
    const CONTROLLER = `public with sharing class Api {
        @AuraEnabled public static String snapshot() { Sel s = Sel.getInstance(); s.accounts(); s.count('x'); return ''; }
        @AuraEnabled(cacheable=true) public static String search() { return String.valueOf(Sel.getInstance().accounts()); }
    }`;

    it('passes within budget and reports each entry point with the path to each statement', () => {
        const { results, problems } = checkBudgets(model(SELECTOR, CONTROLLER), { 'Api.snapshot': 2, 'Api.search': 1 });
        expect(problems).toEqual([]);
        expect(results.map((r) => [r.method, r.soql, r.dml])).toEqual([
            ['Api.snapshot', 2, 0],
            ['Api.search', 1, 0]
        ]);
        expect(results[0]!.reached[0]!.path).toEqual(['Api.snapshot', 'Sel.accounts']);
    });

    it('fails over budget, without a budget, and for a budget of no entry point', () => {
        expect(checkBudgets(model(SELECTOR, CONTROLLER), { 'Api.snapshot': 1, 'Api.gone': 3 }).problems).toEqual([
            'C1.cls:2 Api.snapshot can run 2 SOQL statements, over its budget of 1',
            'C1.cls:3 Api.search is @AuraEnabled but has no SOQL budget',
            'a SOQL budget is declared for Api.gone, which is not an @AuraEnabled method'
        ]);
    });

    it('fails when an entry point can write', () => {
        const writer = `public class W { @AuraEnabled public static void save(Account a) { update a; } }`;
        expect(checkBudgets(model(writer), { 'W.save': 0 }).problems).toEqual([
            expect.stringMatching(/W\.save can run 1 DML statement\(s\)/)
        ]);
    });

    it('fails on a querying call inside a loop, but not on a loop over one query', () => {
        const looped = `public class L {
            public void indirect(List<Id> ids) { for (Integer i = 0; i < ids.size(); i++) { one(); } }
            public void condition() { for (Integer i = 0; i < one(); i++) { } }
            public void once() { for (Account a : [SELECT Id FROM Account]) { } for (Account a : all()) { } }
            private Integer one() { return [SELECT COUNT() FROM Account]; }
            private List<Account> all() { return [SELECT Id FROM Account]; }
        }`;
        expect(checkBudgets(model(looped), {}).problems).toEqual([
            expect.stringMatching(/^C0\.cls:2:\d+ call inside a loop \(line 2\) reaches 1 SOQL\/SOSL\/DML statement\(s\): one\(\)/),
            expect.stringMatching(/^C0\.cls:3:\d+ call inside a loop \(line 3\) reaches 1/)
        ]);
    });

    it('fails on recursion and on queries in initialisers', () => {
        const recursive = `public class R {
            private static Integer seed = [SELECT COUNT() FROM Account];
            @AuraEnabled public static Integer a() { return b(); }
            public static Integer b() { return [SELECT COUNT() FROM Lead] + a(); }
        }`;
        expect(checkBudgets(model(recursive), { 'R.a': 5 }).problems).toEqual(
            expect.arrayContaining([
                expect.stringMatching(/R\.a is part of a recursive call chain/),
                expect.stringMatching(/R runs SOQL\/SOSL\/DML in a field or static initialiser/)
            ])
        );
    });
});

describe('escapedLiteralProblems (review DEF-16)', () => {
    it('reports a value escaped into a query literal, and nothing for binds', () => {
        const m = model(`public class S {
    public List<SObject> byName(Set<String> names) {
        List<String> quoted = new List<String>();
        for (String name : names) { quoted.add('\\'' + String.escapeSingleQuotes(name) + '\\''); }
        return Database.query('SELECT Id FROM Account WHERE Name IN (' + String.join(quoted, ',') + ')');
    }
    public List<Account> bound(Set<String> names) { return [SELECT Id FROM Account WHERE Name IN :names WITH USER_MODE]; }
}`);
        expect(escapedLiteralProblems(m)).toEqual([
            'C0.cls:4:62 escapeSingleQuotes builds a query literal from a value; pass the value as a bind (:name) instead'
        ]);
    });
});

describe('featureGatedProblems', () => {
    const findings = (body: string): string[] =>
        featureGatedProblems(model(`public class S {\n    void run(PermissionSet ps) {\n${body}\n    }\n}`)).map((p) => p.split(',')[0]!);

    it('reports a feature-gated field in static SOQL or code, and an object as a type or in FROM, in any case', () => {
        expect(
            findings(
                'List<PermissionSet> a = [SELECT Id FROM PermissionSet WHERE PermissionsCanApproveUninstalledApps = true];\nBoolean b = ps.permissionsuseanyapiclient;\nList<ExternalClientApplication> e = [SELECT Id FROM ExtlClntAppOauthPlcyCnfg];'
            )
        ).toEqual([
            'C0.cls:3:61 static reference to PermissionsCanApproveUninstalledApps',
            'C0.cls:4:16 static reference to PermissionsUseAnyApiClient',
            'C0.cls:5:6 static reference to ExternalClientApplication',
            'C0.cls:5:53 static reference to ExtlClntAppOauthPlcyCnfg'
        ]);
    });

    it('allows the names inside strings (describe checks and dynamic SOQL) and comments', () => {
        expect(
            findings(
                "String f = 'PermissionsUseAnyApiClient'; // PermissionsUseAnyApiClient\nList<SObject> r = Database.query('SELECT Id FROM ExternalClientApplication');"
            )
        ).toEqual([]);
    });
});
