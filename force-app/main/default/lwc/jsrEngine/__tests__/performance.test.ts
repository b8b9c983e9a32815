import { generateLargeSnapshot } from 'samples/build/largeOrg';
import { evaluateSnapshot } from '../evaluate';
import type { UserFacts } from '../snapshot';
import { evaluateUser } from '../user';

// The largest snapshot the reader can produce: 100k users behind 5k holders, 2,500 tokens. These tests check that
// the engine handles it completely and with capped evidence; they assert no time: timing on a shared machine under
// coverage instrumentation is not deterministic. (The engine
// indexes by id with Maps; an O(n^2) join, holders x tokens x grants, would still show up here as a test timeout.)
describe('the largest snapshot', () => {
    const snapshot = generateLargeSnapshot();

    it('produces a full report with capped evidence', () => {
        const report = evaluateSnapshot(snapshot);
        expect(report.apps).toHaveLength(4);
        expect(report.findings.length).toBeGreaterThan(3);
        for (const f of report.findings) {
            expect(f.howWeKnow.evidence.length).toBeLessThanOrEqual(21);
            expect(f.items.length).toBeLessThanOrEqual(101);
        }
    });

    it('evaluates one user against it', () => {
        const sample = snapshot.permissionHolders.data?.sampleUsers[0];
        const holder = snapshot.permissionHolders.data?.holders.find((h) => h.assignable.permissionSetId === sample?.permissionSetId);
        if (!sample || !holder) throw new Error('generated snapshot has sample users');
        const facts: UserFacts = {
            schemaVersion: 2,
            capturedAt: snapshot.capturedAt,
            orgId: snapshot.org.data?.id ?? '00D000000000000AAA',
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
            signIns: { status: 'ok', reason: null, missingPermissions: [], missingFields: [], truncated: false, data: [] },
            userLogin: {
                status: 'ok',
                reason: null,
                missingPermissions: [],
                missingFields: [],
                truncated: false,
                data: { isFrozen: false }
            }
        };
        const report = evaluateUser(snapshot, facts);
        expect(report.ways).toHaveLength(4);
    });
});
