import { generateLargeSnapshot } from '../../../../../../scripts/lib/generateLargeSnapshot';
import { evaluateSnapshot } from '../evaluate';
import type { UserFacts } from '../snapshot';
import { evaluateUser } from '../user';

// The largest snapshot the reader can produce: 100k users behind 5k holders, 2,500 tokens. The engine indexes by id
// with Maps; an O(n^2) join (holders x tokens x grants) would take minutes here. Time limits are generous because
// Jest instruments the code for coverage and the machine is shared; `npm run bench` measures engine vs JSON.parse.
describe('performance on the largest snapshot', () => {
    const snapshot = generateLargeSnapshot();
    const json = JSON.stringify(snapshot);

    it('evaluates it within a small multiple of JSON.parse of the same input', () => {
        const timings = { parse: Number.POSITIVE_INFINITY, engine: Number.POSITIVE_INFINITY };
        for (let i = 0; i < 3; i++) {
            let t = performance.now();
            JSON.parse(json);
            timings.parse = Math.min(timings.parse, performance.now() - t);
            t = performance.now();
            evaluateSnapshot(snapshot);
            timings.engine = Math.min(timings.engine, performance.now() - t);
        }
        expect(timings.engine).toBeLessThan(Math.max(2000, 10 * timings.parse));
    });

    it('produces a full report with capped evidence', () => {
        const report = evaluateSnapshot(snapshot);
        expect(report.apps).toHaveLength(4);
        expect(report.findings.length).toBeGreaterThan(10);
        for (const f of report.findings) expect(f.evidence.length).toBeLessThanOrEqual(21);
    });

    it('evaluates one user against it quickly', () => {
        const sample = snapshot.permissionHolders.data?.sampleUsers[0];
        const holder = snapshot.permissionHolders.data?.holders.find((h) => h.assignable.permissionSetId === sample?.permissionSetId);
        if (!sample || !holder) throw new Error('generated snapshot has sample users');
        const facts: UserFacts = {
            schemaVersion: 1,
            capturedAt: snapshot.capturedAt,
            reader: snapshot.reader,
            user: {
                status: 'ok',
                reason: null,
                missingPermissions: [],
                missingFields: [],
                truncated: false,
                data: {
                    userId: sample.userId,
                    name: sample.name,
                    username: sample.username,
                    isActive: true,
                    userType: 'Standard',
                    profileId: null,
                    profileName: null
                }
            },
            assignments: {
                status: 'ok',
                reason: null,
                missingPermissions: [],
                missingFields: [],
                truncated: false,
                data: [
                    {
                        assignable: holder.assignable,
                        expirationDate: null,
                        apiEnabled: holder.apiEnabled,
                        modifyAllData: holder.modifyAllData,
                        customizeApplication: holder.customizeApplication,
                        canApproveUninstalledApps: holder.canApproveUninstalledApps,
                        useAnyApiClient: holder.useAnyApiClient
                    }
                ]
            },
            grants: { status: 'ok', reason: null, missingPermissions: [], missingFields: [], truncated: false, data: [] },
            authorizations: { status: 'ok', reason: null, missingPermissions: [], missingFields: [], truncated: false, data: [] },
            signIns: { status: 'ok', reason: null, missingPermissions: [], missingFields: [], truncated: false, data: [] }
        };
        const t = performance.now();
        const report = evaluateUser(snapshot, facts);
        expect(performance.now() - t).toBeLessThan(2000);
        expect(report.ways).toHaveLength(4);
    });
});
