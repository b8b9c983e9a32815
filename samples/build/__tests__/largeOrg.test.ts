import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    DEFAULT_LIST_CAPS,
    DEFAULT_READER_CAPS,
    describeSummary,
    generateLargeMain,
    generateLargeSnapshot,
    generateLargeSnapshotWithSummary,
    readApexCaps,
    seededRandom
} from '../largeOrg';
import { SchemaValidators } from '../../../cli/schemaValidation';
import { READER_PERMISSIONS } from '../kit';
import { parseSnapshot } from '../../../force-app/main/default/lwc/jsrEngine/parse';

const validators = new SchemaValidators();
const SMALL = { activeUsers: 2_000, holders: 120, oauthTokens: 150, signInGroups: 80, grants: 60 };

describe('readApexCaps', () => {
    it('reads the Integer cap constants of the Apex reader', () => {
        const dir = mkdtempSync(join(tmpdir(), 'caps-'));
        try {
            writeFileSync(
                join(dir, 'JSR_HoldersReader.cls'),
                'public static final Integer CAP_PERMISSION_SETS = 3000;\nCAP_HOLDER_SAMPLE_USERS = 150;'
            );
            writeFileSync(join(dir, 'JSR_OauthTokenSelector.cls'), 'public static final Integer PLATFORM_MAX_ROWS = 2500;');
            writeFileSync(join(dir, 'JSR_LoginHistorySelector.cls'), 'public static final Integer MAX_GROUPS = 1000;');
            writeFileSync(join(dir, 'JSR_GrantsReader.cls'), 'public static final Integer CAP_GRANTS = 900;');
            writeFileSync(join(dir, 'HoldersReaderTest.cls'), 'CAP_SIGN_IN_GROUPS = 1;');
            expect(readApexCaps(dir)).toEqual({
                caps: {
                    oauthTokens: 2500,
                    permissionSets: 3000,
                    holderSampleUsers: 150,
                    signInGroups: 1000,
                    frozenUsers: 500,
                    refusalGroups: 2000,
                    signInDayGroups: 1000
                },
                lists: { ...DEFAULT_LIST_CAPS, grants: 900 },
                fromApex: ['oauthTokens', 'permissionSets', 'holderSampleUsers', 'signInGroups', 'signInDayGroups', 'grants']
            });
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('falls back to the defaults without Apex', () => {
        expect(readApexCaps('/nonexistent')).toEqual({ caps: DEFAULT_READER_CAPS, lists: DEFAULT_LIST_CAPS, fromApex: [] });
    });
});

describe('seededRandom', () => {
    it('is deterministic per seed and stays in [0, 1)', () => {
        const a = seededRandom(7);
        const b = seededRandom(7);
        const values = Array.from({ length: 1000 }, () => a());
        expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
        expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
        expect(seededRandom(8)()).not.toBe(values[0]);
    });
});

describe('generateLargeSnapshot', () => {
    const apexCaps = {
        caps: {
            oauthTokens: 2500,
            permissionSets: 100,
            holderSampleUsers: 25,
            signInGroups: 2000,
            frozenUsers: 40,
            refusalGroups: 60,
            signInDayGroups: 2000
        },
        lists: DEFAULT_LIST_CAPS,
        fromApex: ['permissionSets']
    };

    it('is valid against the schema and readable by the engine parser', () => {
        const snapshot = generateLargeSnapshot({ ...SMALL, apexCaps });
        expect(validators.problems('OrgSnapshot', snapshot)).toEqual([]);
        expect(() => parseSnapshot(JSON.stringify(snapshot))).not.toThrow();
    });

    it('reports the running user with exactly the permissions the Apex reader checks, all held', () => {
        const snapshot = generateLargeSnapshot({ ...SMALL, apexCaps });
        expect(snapshot.runningUser.data?.permissions).toEqual(READER_PERMISSIONS.map((name) => ({ name, held: true })));
    });

    it('is deterministic for a seed and differs between seeds', () => {
        const text = (seed: number): string => JSON.stringify(generateLargeSnapshot({ ...SMALL, seed, apexCaps }));
        expect(text(3)).toBe(text(3));
        expect(text(3)).not.toBe(text(4));
    });

    it('has the requested sizes in the shape the reader sends, and says what exceeds the Apex caps', () => {
        const { snapshot, summary } = generateLargeSnapshotWithSummary({ ...SMALL, apexCaps });
        const data = snapshot.permissionHolders.data!;
        // Listed: only holders of a bypass or admin permission; the API Enabled ones counted, the 5 largest named.
        expect(
            data.holders.every((h) => h.canApproveUninstalledApps || h.useAnyApiClient || h.modifyAllData || h.customizeApplication)
        ).toBe(true);
        expect(data.apiEnabled.holders).toBeGreaterThan(data.holders.length);
        expect(data.apiEnabled.largest.map((h) => h.assignable.activeAssignees)).toEqual(
            [...data.apiEnabled.largest.map((h) => h.assignable.activeAssignees)].sort((a, b) => b - a)
        );
        expect((snapshot.authorizations.data ?? []).reduce((n, g) => n + g.uses.length, 0)).toBe(150);
        expect((snapshot.authorizations.data ?? []).every((g) => g.sample.length <= 10)).toBe(true);
        expect(snapshot.signIns.data).toHaveLength(80);
        expect(snapshot.grants.data).toHaveLength(60);
        const pairs = (snapshot.grants.data ?? []).map((g) => `${g.catalogName}:${g.grantedTo.permissionSetId}`);
        expect(new Set(pairs).size).toBe(pairs.length);
        // Up to holderSampleUsers (25) active users per bypass holder, as the reader's subquery reads them.
        const bypass = data.holders
            .filter((h) => h.canApproveUninstalledApps || h.useAnyApiClient)
            .map((h) => h.assignable.permissionSetId);
        const perHolder = new Map<string, number>();
        for (const u of data.sampleUsers) perHolder.set(u.permissionSetId, (perHolder.get(u.permissionSetId) ?? 0) + 1);
        expect([...perHolder.keys()].every((id) => bypass.includes(id))).toBe(true);
        expect(Math.max(...perHolder.values())).toBe(25);
        expect(snapshot.reader.caps.permissionSets).toBe(120);
        expect(summary).toMatchObject({ holders: 120, holdersBeyondApexCap: 100, capsFromApex: ['permissionSets'] });
        expect(snapshot.permissionHolders.truncated).toBe(true);
        expect(snapshot.authorizations.truncated).toBe(false);
        expect(describeSummary(summary, 2 * 1024 * 1024)).toMatch(/2\.0 MiB[\s\S]*120 holders \(more than the Apex reader's cap of 100/);
    });

    it('holds the cases the rules look at: an uninstalled app with tokens and admin-approved grants', () => {
        const snapshot = generateLargeSnapshot({ ...SMALL, apexCaps });
        const notInstalled = (snapshot.apps.data ?? []).filter((app) => !app.installed).map((app) => app.catalogName);
        expect(notInstalled).toEqual(['Jetstream_Auth']);
        expect((snapshot.authorizations.data ?? []).some((g) => g.appName === 'Jetstream Auth' && g.applicationId === null)).toBe(true);
        expect(new Set((snapshot.grants.data ?? []).map((grant) => grant.catalogName))).toEqual(
            new Set(['Jetstream_Web', 'Jetstream_In_Org_Package'])
        );
    });

    it('defaults to the brief: 100k users, 5k holders, tokens and sign-ins at the caps', () => {
        const { summary } = generateLargeSnapshotWithSummary();
        const apex = readApexCaps();
        expect(summary).toMatchObject({
            activeUsers: 100_000,
            holders: 5_000,
            oauthTokens: apex.caps.oauthTokens,
            signInGroups: apex.lists.signInsSent
        });
        expect(summary.grants).toBeLessThanOrEqual(apex.lists.grants);
    });
});

describe('generateLargeMain', () => {
    it('writes the snapshot and describes it', () => {
        const written: Record<string, string> = {};
        const log: string[] = [];
        const code = generateLargeMain(
            ['out.json', '--users', '500', '--holders', '40', '--seed', '2'],
            (path, text) => (written[path] = text),
            (t) => log.push(t)
        );
        expect(code).toBe(0);
        expect(Object.keys(written)).toEqual(['out.json']);
        expect(validators.parse('OrgSnapshot', written['out.json'] ?? '').ok).toBe(true);
        expect(log.join('\n')).toMatch(/^wrote out\.json\nsnapshot: /);
    });

    it.each([[[]], [['out.json', '--users', 'many']], [['out.json', '--seed', '-1']]])('prints usage for %j', (argv) => {
        const log: string[] = [];
        expect(
            generateLargeMain(
                argv,
                () => undefined,
                (t) => log.push(t)
            )
        ).toBe(2);
        expect(log[0]).toMatch(/^Usage: npm run generate:large/);
    });
});
