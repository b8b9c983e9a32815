import { parseApex } from '../apexParse';
import { findLimitsInLoops } from '../apexLimitsInLoops';

function findingsIn(body: string): string[] {
    const parsed = parseApex(`public class Sample {\n    void run(List<Id> ids, Integer n) {\n${body}\n    }\n}`, 'class');
    expect(parsed.syntaxErrors).toEqual([]);
    // Lines are reported relative to the body (the wrapper adds two lines before it).
    return findLimitsInLoops(parsed).map((f) => `${f.line - 2} ${f.rule}`);
}

describe('findLimitsInLoops', () => {
    it('reports SOQL, SOSL and each DML statement in a for-each loop body', () => {
        const body = `for (Id i : ids) {
    Account a = [SELECT Id FROM Account WHERE Id = :i];
    List<List<SObject>> found = [FIND 'x' IN ALL FIELDS RETURNING Account];
    insert a; update a; upsert a; delete a; undelete a;
    merge a b;
}`;
        expect(findingsIn(body)).toEqual([
            '2 soql-in-loop',
            '3 sosl-in-loop',
            '4 dml-in-loop',
            '4 dml-in-loop',
            '4 dml-in-loop',
            '4 dml-in-loop',
            '4 dml-in-loop',
            '5 dml-in-loop'
        ]);
    });

    it("allows a SOQL for-loop's own query, which runs once", () => {
        expect(findingsIn('for (Account a : [SELECT Id FROM Account]) { System.debug(a); }')).toEqual([]);
    });

    it('reports the query of a SOQL for-loop nested in another loop', () => {
        expect(findingsIn('for (Id i : ids) {\nfor (Account a : [SELECT Id FROM Account WHERE Id = :i]) { }\n}')).toEqual([
            '2 soql-in-loop'
        ]);
    });

    it("reports a classic for loop's condition and update but not its initialiser", () => {
        const body = `for (Integer k = Database.countQuery('SELECT COUNT() FROM Account'); k < 3; k++) { }
for (Integer k = 0; k < Database.countQuery('SELECT COUNT() FROM Account'); k++) { }
for (Integer k = 0; k < n; k += [SELECT COUNT() FROM Account]) { }`;
        expect(findingsIn(body)).toEqual(['2 soql-in-loop', '3 soql-in-loop']);
    });

    it('reports while and do-while bodies and conditions', () => {
        const body = `while ([SELECT COUNT() FROM Account] > n) { n++; }
do {
    Database.insert(new Account(Name = 'x'));
} while (Database.query('SELECT Id FROM Account').isEmpty());`;
        expect(findingsIn(body)).toEqual(['1 soql-in-loop', '3 dml-in-loop', '4 soql-in-loop']);
    });

    it('knows the Database, Search and EventBus methods that consume a limit, with or without System.', () => {
        const body = `for (Id i : ids) {
    System.Database.delete(i);
    Search.query('FIND {x}');
    EventBus.publish(new List<SObject>());
    Database.setSavepoint();
    Database.executeBatch(null);
    System.debug(Database.getQueryLocator('SELECT Id FROM Account'));
}`;
        expect(findingsIn(body)).toEqual(['2 dml-in-loop', '3 sosl-in-loop', '4 dml-in-loop', '5 dml-in-loop', '7 soql-in-loop']);
    });

    it('reports nothing outside loops', () => {
        expect(findingsIn(`List<Account> accounts = [SELECT Id FROM Account];\ninsert accounts;\nDatabase.update(accounts);`)).toEqual([]);
    });

    it('names the loop and shows the offending code with its whitespace', () => {
        const parsed = parseApex(
            'public class S {\n void r(List<Id> ids) {\n  for (Id i : ids) {\n   delete   [SELECT Id FROM Account WHERE Id = :i];\n  }\n }\n}',
            'class'
        );
        const messages = findLimitsInLoops(parsed).map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`);
        expect(messages[0]).toBe(
            '4:4 dml-in-loop DML delete inside a for loop (line 3) runs once per iteration: delete [SELECT Id FROM Account WHERE Id = :i]; - move it before the loop and work on collections'
        );
        expect(messages[1]).toMatch(/^4:13 soql-in-loop SOQL query inside a for loop \(line 3\)/);
    });

    it('finds SOQL in a trigger loop', () => {
        const parsed = parseApex(
            'trigger T on Account (before insert) {\n for (Account a : Trigger.new) {\n  a.Name = [SELECT Name FROM User LIMIT 1].Name;\n }\n}',
            'trigger'
        );
        expect(parsed.syntaxErrors).toEqual([]);
        expect(findLimitsInLoops(parsed).map((f) => `${f.line} ${f.rule}`)).toEqual(['3 soql-in-loop']);
    });
});
