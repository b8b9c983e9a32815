import { evaluateSnapshot } from '../evaluate';
import { activityOf, parseSnapshot, parseUserFacts, parseUserSearchResults, withActivity } from '../parse';
import type { OrgSnapshot } from '../snapshot';
import { clone, errorOf, loadScenario, loadScenarioUser, loadSnapshot } from './engineTestKit';

const valid = (): Record<string, unknown> => clone(loadSnapshot('prod-ready-least-privilege')) as unknown as Record<string, unknown>;

describe('parseSnapshot', () => {
    it('returns the snapshot for valid input', () => {
        const snapshot = loadSnapshot('prod-ready-least-privilege');
        expect(parseSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
    });

    it.each([
        ['not JSON', '{"schemaVersion": 1,', '$', 'not valid JSON'],
        ['a JSON array', '[]', '$', 'must be a JSON object'],
        ['null', 'null', '$', 'must be a JSON object']
    ])('rejects %s at %s', (_label, json, path, message) => {
        const e = errorOf(() => parseSnapshot(json));
        expect(e).toBeInstanceOf(Error);
        expect(e.name).toBe('SnapshotError');
        expect(e.path).toBe(path);
        expect(e.message).toContain(message);
    });

    it.each<[string, (s: Record<string, unknown>) => void, string, string]>([
        ['no schemaVersion', (s) => delete s.schemaVersion, '$.schemaVersion', 'has no schemaVersion'],
        [
            'schemaVersion 1 (a reader before per-app tokens)',
            (s) => (s.schemaVersion = 1),
            '$.schemaVersion',
            'Unknown snapshot schemaVersion 1; this engine reads version 2'
        ],
        ['schemaVersion "2"', (s) => (s.schemaVersion = '2'), '$.schemaVersion', 'Unknown snapshot schemaVersion "2"'],
        ['no capturedAt', (s) => delete s.capturedAt, '$.capturedAt', 'capturedAt'],
        ['no reader', (s) => delete s.reader, '$.reader', 'reader'],
        ['a missing section', (s) => delete s.grants, '$.grants', 'missing the "grants" section'],
        ['a section that is not an object', (s) => (s.apps = []), '$.apps', 'must be an object'],
        ['an unknown status', (s) => ((s.apps as Record<string, unknown>).status = 'fine'), '$.apps.status', 'status "fine"'],
        [
            'no missingPermissions list',
            (s) => delete (s.signIns as Record<string, unknown>).missingPermissions,
            '$.signIns.missingPermissions',
            'missingPermissions'
        ],
        [
            'unavailable with data',
            (s) => ((s.apps as Record<string, unknown>).status = 'unavailable'),
            '$.apps.data',
            'unavailable but carries data'
        ],
        ['ok with a non-list', (s) => ((s.apps as Record<string, unknown>).data = {}), '$.apps.data', 'not a list'],
        ['ok with a non-object', (s) => ((s.org as Record<string, unknown>).data = []), '$.org.data', 'not an object'],
        [
            'holders without fieldsAvailable',
            (s) => delete ((s.permissionHolders as Record<string, unknown>).data as Record<string, unknown>).fieldsAvailable,
            '$.permissionHolders.data.fieldsAvailable',
            'fieldsAvailable'
        ],
        [
            'holders without a holders list',
            (s) => (((s.permissionHolders as Record<string, unknown>).data as Record<string, unknown>).holders = null),
            '$.permissionHolders.data.holders',
            'no holders list'
        ],
        [
            'a running user without permissions',
            (s) => delete ((s.runningUser as Record<string, unknown>).data as Record<string, unknown>).permissions,
            '$.runningUser.data.permissions',
            'permissions'
        ]
    ])('rejects %s with the JSON path', (_label, mutate, path, message) => {
        const s = valid();
        mutate(s);
        const e = errorOf(() => parseSnapshot(JSON.stringify(s)));
        expect(e.path).toBe(path);
        expect(e.message).toContain(message);
        expect(e.message).toContain(`(at ${path})`);
    });

    it('accepts an unavailable section with null data', () => {
        const s = valid();
        s.grants = {
            status: 'unavailable',
            reason: 'x',
            missingPermissions: ['PermissionsViewSetup'],
            missingFields: [],
            truncated: false,
            data: null
        };
        expect(parseSnapshot(JSON.stringify(s)).grants.status).toBe('unavailable');
    });
});

describe('parseUserFacts', () => {
    it('returns the facts for valid input', () => {
        const facts = loadScenarioUser('prod-nothing-installed', 'dana');
        expect(parseUserFacts(JSON.stringify(facts))).toEqual(facts);
    });

    it('names the missing section and the file kind', () => {
        const facts = clone(loadScenarioUser('prod-nothing-installed', 'dana')) as unknown as Record<string, unknown>;
        delete facts.assignments;
        const e = errorOf(() => parseUserFacts(JSON.stringify(facts)));
        expect(e.path).toBe('$.assignments');
        expect(e.message).toContain('The user facts is missing the "assignments" section');
        expect(errorOf(() => parseUserFacts('nope')).message).toContain('The user facts is not valid JSON');
    });
});

describe('parseUserSearchResults', () => {
    const rows = (): Record<string, unknown>[] =>
        loadScenario('prod-admin-approved-no-grants').users.map((u): Record<string, unknown> => ({ ...u.search }));

    /** The scenario's rows with one change. */
    function changed(change: (r: Record<string, unknown>[]) => void): Record<string, unknown>[] {
        const r = rows();
        change(r);
        return r;
    }

    it('returns the rows for valid input, including a user without a profile and an empty list', () => {
        const valid = changed((r) => (r[0]!.profileName = null));
        expect(parseUserSearchResults(JSON.stringify(valid))).toEqual(valid);
        expect(parseUserSearchResults('[]')).toEqual([]);
    });

    it.each<[string, string | (() => unknown), string, string]>([
        ['not JSON', '[{"userId": ', '$', 'The user search result is not valid JSON'],
        ['an object', '{"userId": "005"}', '$', 'The user search result must be a JSON list'],
        ['a row that is not an object', () => [rows()[0], 'x'], '$[1]', 'A user search row must be an object'],
        ['a numeric userId', () => changed((r) => (r[0]!.userId = 5)), '$[0].userId', 'A user search row has no userId text'],
        ['no name', () => changed((r) => delete r[1]!.name), '$[1].name', 'A user search row has no name text'],
        ['a null username', () => changed((r) => (r[2]!.username = null)), '$[2].username', 'A user search row has no username text'],
        ['isActive as text', () => changed((r) => (r[0]!.isActive = 'true')), '$[0].isActive', 'has no isActive true/false'],
        ['a numeric profileName', () => changed((r) => (r[1]!.profileName = 7)), '$[1].profileName', 'neither text nor null'],
        ['profileName absent', () => changed((r) => delete r[0]!.profileName), '$[0].profileName', 'neither text nor null']
    ])('rejects %s at its JSON path', (_label, input, path, message) => {
        const json = typeof input === 'string' ? input : JSON.stringify(input());
        const e = errorOf(() => parseUserSearchResults(json));
        expect(e.path).toBe(path);
        expect(e.message).toContain(message);
        expect(e.message).toContain(`(at ${path})`);
    });
});

describe('the activity call merged into the snapshot (withActivity)', () => {
    const id = 'prod-frozen-and-ip-refused';
    /** The snapshot as getSnapshot alone answers: the activity sections not read. */
    function core(): OrgSnapshot {
        const s = clone(loadSnapshot(id));
        for (const name of ['frozenUsers', 'signInRefusals'] as const)
            s[name] = {
                status: 'unavailable',
                reason: 'Read by the activity call (JSR_ReadinessController.getActivity), not by getSnapshot.',
                missingPermissions: [],
                missingFields: [],
                truncated: false,
                data: null
            };
        return s;
    }

    it('puts the activity call’s sections in place of the ones getSnapshot did not read', () => {
        const merged = withActivity(core(), { json: JSON.stringify(activityOf(loadSnapshot(id))) });
        expect(merged).toEqual(loadSnapshot(id));
    });

    it('a failed or unreadable answer leaves only the activity sections unread, with the reason', () => {
        const failed = withActivity(core(), { error: 'Apex CPU time limit exceeded' });
        expect(failed.frozenUsers.status).toBe('unavailable');
        expect(failed.signInRefusals.reason).toBe(
            'Frozen users, refused sign-ins and the apps in use could not be read: Apex CPU time limit exceeded'
        );
        expect(failed.appsInUse.reason).toBe(failed.signInRefusals.reason);
        expect(failed.apps).toEqual(core().apps);
        const garbled = withActivity(core(), { json: '{"schemaVersion":2,"capturedAt":"x","reader":{},"frozenUsers":{}}' });
        expect(garbled.frozenUsers.reason).toMatch(
            /^The answer about frozen users, refused sign-ins and the apps in use could not be read: The "frozenUsers" section has status/
        );
        expect(withActivity(core(), { json: 'not json' }).signInRefusals.status).toBe('unavailable');
    });

    it('a snapshot from getSnapshot alone still evaluates: frozen users cannot be determined, the ways rest on the rest', () => {
        const report = evaluateSnapshot(core());
        expect(report.signInBlockers.frozen.determinable).toBe(false);
        expect(report.signInBlockers.frozen.summary).toContain('Read by the activity call');
        expect(report.ways.find((w) => w.way === 'web')?.verdict).toBe('ready');
    });
});
