import { parseApex } from '../apexParse';
import { buildProbe, probeFinding, scanSoqlFields } from '../soqlFieldProbe';

function scan(body: string): ReturnType<typeof scanSoqlFields> {
    const parsed = parseApex(`public class S {\n    void run(Set<Id> ids) {\n${body}\n    }\n}`, 'class');
    expect(parsed.syntaxErrors).toEqual([]);
    return scanSoqlFields('S.cls', parsed);
}
const checked = (body: string): string[] => scan(body).refs.map((r) => `${r.object}.${r.expression}`);

describe('scanSoqlFields', () => {
    it('takes select, where, group and order fields of a query, relationship paths included', () => {
        expect(
            checked(
                "List<OauthToken> t = [SELECT AppName, AppMenuItem.ApplicationId, User.Name FROM OauthToken WHERE AppName IN ('x') AND UserId IN :ids ORDER BY LastUsedDate DESC];"
            )
        ).toEqual([
            'OauthToken.AppName',
            'OauthToken.AppMenuItem.ApplicationId',
            'OauthToken.User.Name',
            'OauthToken.AppName',
            'OauthToken.UserId',
            'OauthToken.LastUsedDate'
        ]);
    });

    it('checks aggregate arguments but not their aliases, and COUNT() has no field', () => {
        expect(
            checked(
                'List<AggregateResult> r = [SELECT Application, COUNT(Id) attempts FROM LoginHistory GROUP BY Application ORDER BY attempts DESC];\nInteger n = [SELECT COUNT() FROM Account];'
            )
        ).toEqual(['LoginHistory.Application', 'LoginHistory.Id', 'LoginHistory.Application']);
    });

    it('strips an object alias and reads child subqueries through the relationship', () => {
        expect(
            checked('List<Account> a = [SELECT acc.Name, (SELECT LastName FROM Contacts WHERE Email != null) FROM Account acc];')
        ).toEqual(['Account.Name', 'Account.Contacts[0].LastName', 'Account.Contacts[0].Email']);
    });

    it('checks a semi-join against its own object and skips TYPEOF', () => {
        expect(
            checked(
                "List<User> u = [SELECT Id FROM User WHERE Id IN (SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSet.Name = 'X')];\nList<Event> e = [SELECT TYPEOF What WHEN Account THEN Phone END FROM Event];"
            )
        ).toEqual(['User.Id', 'User.Id', 'PermissionSetAssignment.AssigneeId', 'PermissionSetAssignment.PermissionSet.Name']);
    });

    it('counts queries, with their positions, and reports fields it cannot attribute', () => {
        const result = scan('List<Contact> c = [SELECT Id FROM Contact, Contact.Account];');
        expect(result.queries).toBe(1);
        expect(result.refs).toEqual([]);
        expect(result.unresolved).toEqual([{ line: 3, column: 27, text: 'Id' }]);
    });
});

describe('buildProbe and probeFinding', () => {
    const refs = scan(
        'List<OauthToken> t = [SELECT AppName, AppMenuItem.ApplicationIdd FROM OauthToken];\nList<Foo__c> f = [SELECT Bar__c FROM Foo__c];'
    ).refs;
    const probe = buildProbe(refs);

    it('writes one field reference per line on a typed record', () => {
        expect(probe.source).toContain('public class ZzzSoqlFieldProbe {');
        const lines = probe.source.split('\n');
        expect(lines[3]?.trim()).toBe('OauthToken r0 = null;');
        expect(lines[4]?.trim()).toBe('Object f0 = r0.AppName;');
        expect(lines[5]?.trim()).toBe('Object f1 = r0.AppMenuItem.ApplicationIdd;');
        expect(lines[6]?.trim()).toBe('Foo__c r1 = null;');
    });

    it('moves an apex-ls finding on a probe line back to the query field', () => {
        expect(probeFinding(probe, 6, "Unknown field 'ApplicationIdd' on SObject 'Schema.AppMenuItem'")).toEqual({
            file: 'S.cls',
            line: 3,
            column: 39,
            rule: 'apex-ls/soql-unknown-field',
            message:
                "Unknown field 'ApplicationIdd' on SObject 'Schema.AppMenuItem' (SOQL field AppMenuItem.ApplicationIdd, checked as OauthToken.AppMenuItem.ApplicationIdd)"
        });
        expect(probeFinding(probe, 7, "No type declaration found for 'Foo__c'")?.rule).toBe('apex-ls/soql-unknown-object');
        expect(probeFinding(probe, 8, 'Something else')?.rule).toBe('apex-ls/soql');
        expect(probeFinding(probe, 1, 'not a probe line')).toBeNull();
    });
});
