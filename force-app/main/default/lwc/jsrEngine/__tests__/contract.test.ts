// The contract rejects the impossible (DEF-7, DEF-6): counts are whole numbers from 0 to an Apex Integer's maximum, dates
// ISO date-times the engine can read, Ids Ids, the My Domain an https origin, and no row repeats in a list; the engine's
// parser (the tab) names the JSON path of the first violation, so nothing is read as a finding or silently dropped.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { contractProblems, isDateTime, valueProblem } from '../contractChecks';
import { CONTRACT_FIELDS } from '../contractFields';
import { parseSnapshot, parseUserFacts, parseUserSearchResults } from '../parse';
import { SCRIPT_URL } from '../../../../../../tests/jest/hostileText';
import { clone, errorOf, loadScenarioUser, loadSnapshot } from './engineTestKit';

type Json = Record<string, unknown>;
type Rows = Json[];

const ready = (): Json => clone(loadSnapshot('prod-ready-least-privilege')) as unknown as Json;
const data = (snapshot: Json, section: string): Json => (snapshot[section] as { data: Json }).data;
const rows = (snapshot: Json, section: string): Rows => (snapshot[section] as { data: Rows }).data;
const grantedTo = (snapshot: Json): Json => rows(snapshot, 'grants')[0]?.grantedTo as Json;
const tokens = (snapshot: Json): { uses: Rows; sample: Rows } =>
    rows(snapshot, 'authorizations')[0] as unknown as { uses: Rows; sample: Rows };

describe('parseSnapshot rejects what cannot come from an org, naming its path', () => {
    it.each<[string, (s: Json) => void, string, string]>([
        ['a negative count (W01)', (s) => (grantedTo(s).activeAssignees = -25), '$.grants.data[0].grantedTo.activeAssignees', '-25'],
        ['a fractional count (W03)', (s) => (grantedTo(s).activeAssignees = 0.5), '$.grants.data[0].grantedTo.activeAssignees', '0.5'],
        [
            'a count beyond an Apex Integer (W04)',
            (s) => (grantedTo(s).expiringAssignees = 1e308),
            '$.grants.data[0].grantedTo.expiringAssignees',
            '1e+308'
        ],
        ['a count as text', (s) => ((s.reader as Json).soqlQueries = '14'), '$.reader.soqlQueries', '"14"'],
        ['negative sign-in attempts (W19)', (s) => (rows(s, 'signIns')[0]!.attempts = -3), '$.signIns.data[0].attempts', '-3'],
        ['a negative use count (W19)', (s) => (tokens(s).sample[0]!.useCount = -1), '$.authorizations.data[0].sample[0].useCount', '-1'],
        ['a negative cap (W19)', (s) => (((s.reader as Json).caps as Json).oauthTokens = -2500), '$.reader.caps.oauthTokens', '-2500'],
        [
            'a negative refresh period (W19)',
            (s) => (rows(s, 'apps')[0]!.refreshTokenValidityPeriod = -30),
            '$.apps.data[0].refreshTokenValidityPeriod',
            '-30'
        ],
        ['capturedAt "yesterday" (W14)', (s) => (s.capturedAt = 'yesterday'), '$.capturedAt', 'ISO 8601 date-time'],
        ['a date without a zone', (s) => (s.capturedAt = '2026-11-29T04:20:00'), '$.capturedAt', 'ISO 8601'],
        ['a day that does not exist', (s) => (s.capturedAt = '2026-02-30T00:00:00Z'), '$.capturedAt', 'ISO 8601'],
        [
            'an unreadable last use (W17)',
            (s) => (tokens(s).uses[0]!.lastUse = 'last garbage'),
            '$.authorizations.data[0].uses[0].lastUse',
            'garbage'
        ],
        [
            'an unreadable lastUsedDate in the sample (W17)',
            (s) => (tokens(s).sample[0]!.lastUsedDate = 'last garbage'),
            '$.authorizations.data[0].sample[0].lastUsedDate',
            'garbage'
        ],
        [
            'a repeated app of tokens',
            (s) => rows(s, 'authorizations').push(rows(s, 'authorizations')[0]!),
            '$.authorizations.data[',
            'same appName'
        ],
        [
            'a leap second Date.parse cannot read',
            (s) => (rows(s, 'signIns')[0]!.lastAttempt = '2026-06-30T23:59:60Z'),
            '$.signIns.data[0].lastAttempt',
            'ISO'
        ],
        ['a javascript: My Domain (I54)', (s) => (data(s, 'org').myDomainUrl = SCRIPT_URL), '$.org.data.myDomainUrl', 'must match'],
        [
            'a My Domain with markup (I53)',
            (s) => (data(s, 'org').myDomainUrl = 'https://x> [Click to fix](https://evil.example) <x'),
            '$.org.data.myDomainUrl',
            'must match'
        ],
        [
            'an http Lightning URL',
            (s) => (data(s, 'org').lightningUrl = 'http://acme.lightning.force.com'),
            '$.org.data.lightningUrl',
            'must match'
        ],
        [
            'a My Domain with a path',
            (s) => (data(s, 'org').myDomainUrl = 'https://acme.my.salesforce.com/x'),
            '$.org.data.myDomainUrl',
            'must match'
        ],
        [
            'an Id that is not one',
            (s) => (grantedTo(s).permissionSetId = '0PS/../../x'),
            '$.grants.data[0].grantedTo.permissionSetId',
            'must match'
        ],
        [
            'a repeated apps row (W06, W07)',
            (s) => rows(s, 'apps').push({ ...rows(s, 'apps')[0], installed: false }),
            '$.apps.data[4]',
            'repeats $.apps.data[0] (same catalogName)'
        ],
        [
            'a repeated catalog developerName (W08)',
            (s) => rows(s, 'catalog').push({ ...rows(s, 'catalog')[1], label: 'Other' }),
            '$.catalog.data[4]',
            'repeats $.catalog.data[1] (same developerName)'
        ],
        ['every grant twice (W09)', (s) => rows(s, 'grants').push(...rows(s, 'grants')), '$.grants.data[4]', 'repeats $.grants.data[0]'],
        [
            'a repeated bypass holder',
            (s) => (data(s, 'permissionHolders').holders as Rows).push((data(s, 'permissionHolders').holders as Rows)[0]!),
            '$.permissionHolders.data.holders[',
            'same assignable.permissionSetId'
        ],
        [
            'a repeated sign-in group',
            (s) => rows(s, 'signIns').push(rows(s, 'signIns')[0]!),
            '$.signIns.data[',
            'same application, status, userId'
        ],
        [
            'a repeated permission of the running user',
            (s) => (data(s, 'runningUser').permissions as Rows).push((data(s, 'runningUser').permissions as Rows)[0]!),
            '$.runningUser.data.permissions[',
            'same name'
        ]
    ])('%s', (_label, change, path, message) => {
        const snapshot = ready();
        change(snapshot);
        const error = errorOf(() => parseSnapshot(JSON.stringify(snapshot)));
        expect(error.path.startsWith(path)).toBe(true);
        expect(error.message).toContain(message);
    });

    it('accepts the sample orgs, nulls where the contract allows them, and several tokens of one user', () => {
        const snapshot = ready();
        tokens(snapshot).sample.push(tokens(snapshot).sample[0]!);
        tokens(snapshot).uses.push(tokens(snapshot).uses[0]!);
        tokens(snapshot).sample[0]!.useCount = null;
        data(snapshot, 'org').lightningUrl = null;
        expect(() => parseSnapshot(JSON.stringify(snapshot))).not.toThrow();
    });

    it('counts the other problems in its message', () => {
        const snapshot = ready();
        for (const grant of rows(snapshot, 'grants')) (grant.grantedTo as Json).activeAssignees = -1;
        expect(errorOf(() => parseSnapshot(JSON.stringify(snapshot))).message).toContain('(and 3 more problems)');
    });
});

describe('parseUserFacts and parseUserSearchResults check the contract too', () => {
    it('rejects an invalid expiration date and a repeated assignment in user facts', () => {
        const facts = clone(loadScenarioUser('prod-admin-approved-with-grants', 'jill')) as unknown as Json;
        (rows(facts, 'assignments')[0] as Json).expirationDate = '2026-12-15';
        expect(errorOf(() => parseUserFacts(JSON.stringify(facts))).path).toBe('$.assignments.data[0].expirationDate');
        (rows(facts, 'assignments')[0] as Json).expirationDate = null;
        rows(facts, 'assignments').push(rows(facts, 'assignments')[0]!);
        expect(errorOf(() => parseUserFacts(JSON.stringify(facts))).message).toContain('same assignable.permissionSetId');
    });

    it('rejects a search row whose userId is not an Id', () => {
        const row = { userId: '<img src=x>', name: 'x', username: 'x', isActive: true, profileName: null };
        const error = errorOf(() => parseUserSearchResults(JSON.stringify([row])));
        expect(error.path).toBe('$[0].userId');
    });
});

describe('the value checks agree with ajv-formats', () => {
    const ajv = addFormats(new Ajv());
    const schemaDateTime = ajv.compile({ type: 'string', format: 'date-time' });

    it.each([
        '2026-11-29T04:20:00.000Z',
        '2026-11-29T04:20:00Z',
        '2026-11-29t04:20:00z',
        '2026-11-29 04:20:00+01:00',
        '2024-02-29T00:00:00Z',
        '2026-11-29T04:20:00.123456789-0800'
    ])('%s is a date-time for both', (text) => {
        expect(schemaDateTime(text)).toBe(true);
        expect(isDateTime(text)).toBe(true);
    });

    it.each([
        'yesterday',
        '2026-11-29',
        '2026-11-29T04:20:00',
        '2025-02-29T00:00:00Z',
        '2026-13-01T00:00:00Z',
        '2026-11-31T00:00:00Z',
        '2026-11-29T24:00:00Z',
        '2026-11-29T04:60:00Z',
        ' 2026-11-29T04:20:00Z',
        '2026-11-29T04:20:00Z\n'
    ])('%j is a date-time for neither', (text) => {
        expect(schemaDateTime(text)).toBe(false);
        expect(isDateTime(text)).toBe(false);
    });

    it('is stricter than ajv only where Date.parse cannot read the value (a leap second)', () => {
        expect(schemaDateTime('2026-06-30T23:59:60Z')).toBe(true);
        expect(isDateTime('2026-06-30T23:59:60Z')).toBe(false);
    });

    it.each([0, 1, 2147483647])('%d is a count', (value) => expect(valueProblem(value, CONTRACT_FIELDS.valueTypes.Count!)).toBeNull());
    it.each([-1, 0.5, 2147483648, Number.NaN, '3', null])('%p is not a count', (value) =>
        expect(valueProblem(value, CONTRACT_FIELDS.valueTypes.Count!)).toMatch(/^must be a whole number from 0 to 2147483647/)
    );
});

describe('contractProblems', () => {
    it('refuses a document kind or value type the generated fields do not know', () => {
        expect(() => contractProblems(CONTRACT_FIELDS, 'Nothing', {})).toThrow('no document Nothing');
        expect(() => contractProblems({ valueTypes: {}, documents: { X: { values: [['a', 'Y']], unique: [] } } }, 'X', {})).toThrow(
            'no value type Y'
        );
    });

    it('skips absent and null steps (an unavailable section) and reports at most 20 problems', () => {
        expect(contractProblems(CONTRACT_FIELDS, 'OrgSnapshot', { grants: { data: null }, org: {} })).toEqual([]);
        const many = { grants: { data: Array.from({ length: 30 }, () => ({ grantedTo: { activeAssignees: -1 } })) } };
        expect(contractProblems(CONTRACT_FIELDS, 'OrgSnapshot', many)).toHaveLength(20);
    });
});
