import { buildApexModel } from '../model';
import { SoqlChecker, type Describe, type DescribeField } from '../soql';

/** A describe in the shape of config/describe/: "Name:FGSA" (filterable, groupable, sortable, aggregatable), ">Target" a relationship. */
function object(name: string, fields: string, children: Describe['childRelationships'] = [], queryable = true): Describe {
    const parse = (spec: string): DescribeField => {
        const [, field, flags, target] = /^(\w+):(\w*)(?:>(\w+))?$/.exec(spec)!;
        const [filterable, groupable, sortable, aggregatable] = ['F', 'G', 'S', 'A'].map((f) => flags!.includes(f));
        const relationship = target
            ? { relationshipName: field!.replace(/Id$/, ''), referenceTo: [target] }
            : { relationshipName: null, referenceTo: [] };
        return {
            name: field!,
            filterable: filterable!,
            groupable: groupable!,
            sortable: sortable!,
            aggregatable: aggregatable!,
            ...relationship
        };
    };
    return { name, queryable, fields: fields ? fields.split(' ').map(parse) : [], childRelationships: children };
}
// LoginHistory's, PermissionSet's and OauthToken's real flags.
const DESCRIBES = [
    object('LoginHistory', 'Id:FGSA UserId:FGSA LoginTime:FSA Application:GSA'),
    object('PermissionSet', 'Id:FGSA ProfileId:FGSA>Profile PermissionsModifyAllData:F', [
        { relationshipName: 'Assignments', childSObject: 'PermissionSetAssignment' }
    ]),
    object('PermissionSetAssignment', 'AssigneeId:FGSA'),
    object('Profile', 'Name:FGS'),
    object('OauthToken', 'Id:FGS'),
    object('Hidden', '', [], false)
];

function problems(soql: string): string[] {
    const checker = new SoqlChecker(DESCRIBES, ['PermissionsUseAnyApiClient']);
    checker.checkText(soql);
    return checker.problems.map((p) => p.trim());
}

describe('SoqlChecker: one violation of each kind', () => {
    it('passes a valid query with a relationship, a subquery, a semi-join, an aggregate and a bounded GROUP BY', () => {
        const nested =
            'SELECT Id, Profile.Name, (SELECT AssigneeId FROM Assignments) FROM PermissionSet WHERE Id IN (SELECT Id FROM PermissionSet)';
        const grouped =
            'SELECT Application, COUNT(Id) n FROM LoginHistory WHERE LoginTime >= :t GROUP BY Application ORDER BY COUNT(Id) LIMIT 2000';
        expect([problems(nested), problems(grouped)]).toEqual([[], []]);
    });

    it.each([
        ['SELECT Nope FROM LoginHistory', 'LoginHistory.Nope is not in the describe'],
        ['SELECT Id FROM LoginHistory WHERE Application = :a', 'LoginHistory.Application in WHERE is not filterable'],
        ['SELECT LoginTime FROM LoginHistory GROUP BY LoginTime LIMIT 10', 'LoginHistory.LoginTime in GROUP BY is not groupable'],
        ['SELECT Id FROM PermissionSet ORDER BY PermissionsModifyAllData', 'PermissionsModifyAllData in ORDER BY is not sortable'],
        ['SELECT COUNT(Id) FROM OauthToken', 'OauthToken.Id in SELECT is not aggregatable'],
        ["SELECT Application FROM LoginHistory GROUP BY Application HAVING Application = 'J' LIMIT 9", 'in HAVING is not filterable'],
        ['SELECT Owner.Name FROM PermissionSet', 'PermissionSet.Owner (relationship) is not in the describe'],
        ['SELECT Id, (SELECT Id FROM Grants) FROM PermissionSet', 'PermissionSet has no child relationship Grants'],
        ['SELECT Id FROM Hidden', 'Hidden is not queryable'],
        ['SELECT UserId, COUNT(Id) FROM LoginHistory GROUP BY UserId', 'LoginHistory GROUP BY without LIMIT <= 2000'],
        ['SELECT UserId, COUNT(Id) FROM LoginHistory GROUP BY UserId LIMIT :cap', 'LoginHistory GROUP BY without LIMIT <= 2000'],
        ['SELECT FROM LoginHistory', 'SOQL does not parse']
    ])('%s', (soql, expected) => {
        expect(problems(soql)).toEqual([expect.stringContaining(expected)]);
    });

    it('notes a feature-gated field absent from the describe instead of failing', () => {
        const checker = new SoqlChecker(DESCRIBES, ['PermissionsUseAnyApiClient']);
        checker.checkText('SELECT Id FROM PermissionSet WHERE PermissionsUseAnyApiClient = true');
        expect([checker.problems, checker.notes]).toEqual([[], [expect.stringContaining('PermissionsUseAnyApiClient is feature-gated')]]);
    });
});

describe('SoqlChecker: dynamic SOQL through its declared final statement', () => {
    const source = `public class S { List<SObject> q() { return Database.query('SELECT Id FROM LoginHistory' + ' WHERE UserId = :u'); } }`;
    const model = buildApexModel([{ file: 'S.cls', source }]);
    const check = (declared: Record<string, string>): string[] => {
        const checker = new SoqlChecker(DESCRIBES);
        checker.check(model.soql, declared);
        return checker.problems;
    };

    it('checks the declared statement when it holds every string literal of the method', () => {
        expect(check({ 'S.q': 'SELECT Id FROM LoginHistory WHERE UserId = :u' })).toEqual([]);
        expect(check({ 'S.q': 'SELECT Id FROM LoginHistory WHERE Application = :u' })).toEqual([
            expect.stringContaining("lacks its string literal 'WHERE UserId = :u'"),
            expect.stringContaining('LoginHistory.Application in WHERE is not filterable')
        ]);
    });

    it('fails without a declaration, and on a declaration of no dynamic SOQL', () => {
        expect(check({ 'S.gone': 'SELECT Id FROM LoginHistory' })).toEqual([
            expect.stringMatching(/^S\.cls:1:\d+ dynamic SOQL in S\.q has no final statement/),
            'config/dynamic-soql.json declares S.gone, which runs no dynamic SOQL'
        ]);
    });
});
