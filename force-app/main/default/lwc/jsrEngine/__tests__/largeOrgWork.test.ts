// The engine does less work on large orgs without changing a word of the report: evidence lists pick the largest
// items without sorting (or wording) everything, and row values are normalised once per distinct value. These tests
// pin the results to the plain definition (a stable sort, then the cut) so the faster path can never drift from it.
import { seededRandom } from 'samples/build/largeOrg';
import { buildOrgFacts, largestFirst } from '../facts';
import type { AppGrant, OrgSnapshot, PermissionHolder, SignInOutcome } from '../snapshot';
import { WEB, clone, findingsOf, loadSnapshot, reportOf } from './engineTestKit';

/** The definition largestFirst must match: a stable sort, largest first, then the first `limit`. */
function sortedThenCut<T>(items: readonly T[], limit: number, key: (item: T) => number): T[] {
    return [...items].sort((a, b) => key(b) - key(a)).slice(0, limit);
}

describe('largestFirst', () => {
    const random = seededRandom(42);
    const lists: { label: string; items: { id: number; n: number }[] }[] = [];
    for (let round = 0; round < 60; round++) {
        const size = Math.floor(random() * 120);
        const spread = 1 + Math.floor(random() * 8); // few distinct values: many ties
        lists.push({
            label: `random ${round}`,
            items: Array.from({ length: size }, (_, id) => ({ id, n: Math.floor(random() * spread) }))
        });
    }
    lists.push({ label: 'ascending', items: Array.from({ length: 50 }, (_, id) => ({ id, n: id })) });
    lists.push({ label: 'descending', items: Array.from({ length: 50 }, (_, id) => ({ id, n: 50 - id })) });
    lists.push({ label: 'all equal', items: Array.from({ length: 50 }, (_, id) => ({ id, n: 7 })) });
    lists.push({ label: 'empty', items: [] });

    it.each([0, 1, 3, 10, 20, 200])('equals a stable sort cut to %i items, ties in list order', (limit) => {
        for (const { label, items } of lists) {
            const byN = (item: { n: number }) => item.n;
            expect([label, largestFirst(items, limit, byN).map((i) => i.id)]).toEqual([
                label,
                sortedThenCut(items, limit, byN).map((i) => i.id)
            ]);
        }
    });

    it('leaves the list it reads untouched', () => {
        const items = [3, 1, 2, 3, 0].map((n, id) => ({ id, n }));
        const before = JSON.stringify(items);
        largestFirst(items, 2, (i) => i.n);
        expect(JSON.stringify(items)).toBe(before);
    });
});

describe('capped lists name the largest items, in order, ties in snapshot order', () => {
    function withManyGrants(counts: number[]): { snapshot: OrgSnapshot; webGrants: AppGrant[] } {
        const s = clone(loadSnapshot('prod-ready-least-privilege'));
        const base = s.grants.data?.find((g) => g.catalogName === WEB);
        if (!base) throw new Error('fixture has a Jetstream_Web grant');
        counts.forEach((activeAssignees, i) => {
            s.grants.data?.push({
                ...base,
                grantedTo: {
                    ...base.grantedTo,
                    permissionSetId: `0PS00000000${String(i).padStart(4, '0')}`,
                    label: `Set ${i}`,
                    activeAssignees
                }
            });
        });
        return { snapshot: s, webGrants: (s.grants.data ?? []).filter((g) => g.catalogName === WEB) };
    }
    const label = (g: AppGrant) => g.grantedTo.label;
    const assignees = (g: AppGrant) => g.grantedTo.activeAssignees;
    // Many equal counts, none larger than the fixture's own grants on purpose for some, so ties decide the order.
    const COUNTS = [5, 9, 9, 1, 25, 9, 3, 3, 40, 5, 5, 0, 12, 12, 9, 7, 25, 2, 2, 2, 30, 30, 1, 8, 8, 8, 6, 40, 11, 4];

    it('who can connect: up to 10 grants in snapshot order, beyond that the 10 largest', () => {
        const named = (text: string | undefined) => (text ?? '').match(/“[^”]+” \(\d+\)/g);
        const words = (grants: AppGrant[]) => grants.map((g) => `“${label(g)}” (${assignees(g)})`);
        const few = withManyGrants([3, 50, 1]);
        const fewEffective = few.webGrants.filter((g) => !g.grantedTo.hasActivationRequired);
        expect(fewEffective.length).toBeLessThanOrEqual(10);
        expect(named(reportOf(few.snapshot).apps.find((a) => a.catalogName === WEB)?.whoCanConnect)).toEqual(words(fewEffective));

        const many = withManyGrants(COUNTS);
        const report = reportOf(many.snapshot);
        const effective = many.webGrants.filter((g) => !g.grantedTo.hasActivationRequired);
        const top = words(sortedThenCut(effective, 10, assignees));
        const who = report.apps.find((a) => a.catalogName === WEB)?.whoCanConnect;
        expect(named(who)).toEqual(top);
        expect(who).toContain(` and ${effective.length - 10} more: `);
        const granted = report.ways.find((w) => w.way === 'web')?.reasons.find((r) => r.question.startsWith('Is Jetstream granted'));
        expect(named(granted?.detail)).toEqual(top);
    });

    it.each([
        ['an invalid password', 0, 'a reason the check cannot infer: open Login History'],
        ['not approved for access', 1, 'nobody is pre-authorized for the app']
    ])('sign-in failures: the 20 groups with the most attempts; the largest (%s) explains the finding', (_label, largest, cause) => {
        const s = clone(loadSnapshot('prod-admin-approved-no-grants'));
        const attempts = [4, 4, 1, 9, 9, 2, 2, 2, 7, 4, 1, 9, 3, 3, 8, 8, 1, 5, 5, 5, 6, 6, 2, 9, 1];
        attempts[largest] = 12;
        attempts.forEach((n, i) =>
            s.signIns.data?.push({
                application: 'Jetstream',
                status: i % 3 === 0 ? 'Invalid Password' : 'Failed: Not approved for access',
                userId: `005000000000${String(i).padStart(3, '0')}AAA`,
                userName: `User ${i}`,
                attempts: n,
                lastAttempt: '2026-11-20T10:00:00.000Z'
            })
        );
        const [web] = findingsOf(reportOf(s), 'signin.failures');
        const failed = (s.signIns.data ?? []).filter(
            (row: SignInOutcome) => row.application === 'Jetstream' && row.status.trim().toLowerCase() !== 'success'
        );
        const expected = sortedThenCut(failed, 20, (row) => row.attempts).map(
            (row) => `${row.userName ?? 'All users (not grouped by user)'}: `
        );
        const evidence = web?.howWeKnow.evidence ?? [];
        expect(evidence.slice(0, 20).map((line) => line.slice(0, line.indexOf(': ') + 2))).toEqual(expected);
        expect(evidence[20]).toBe(`…and ${failed.length - 20} more sign-in groups.`);
        expect(web?.title).toBe(`${new Set(failed.map((row) => row.userId)).size} users failed to sign in to Jetstream recently`);
        expect(web?.items[0]?.detail).toMatch(new RegExp(`likely cause: ${cause}\\.$`));
    });

    it('holders of a bypass permission: the 10 with the most active users, then how many more', () => {
        const s = clone(loadSnapshot('prod-ready-least-privilege'));
        const holders = s.permissionHolders.data?.holders ?? [];
        const base = holders[0];
        if (!base) throw new Error('fixture has holders');
        COUNTS.forEach((activeAssignees, i) =>
            holders.push({
                ...base,
                assignable: {
                    ...base.assignable,
                    kind: 'PermissionSet',
                    isCustom: true,
                    permissionSetId: `0PS10000000${String(i).padStart(4, '0')}`,
                    label: `Approver ${i}`,
                    activeAssignees
                },
                canApproveUninstalledApps: true
            })
        );
        const approvers = holders.filter((h: PermissionHolder) => h.canApproveUninstalledApps === true);
        const [broad] = findingsOf(reportOf(s), 'bypass.approve-uninstalled-broad');
        const names = sortedThenCut(approvers, 10, (h) => h.assignable.activeAssignees).map((h) => `“${h.assignable.label}”`);
        const listed = (broad?.howWeKnow.evidence[0] ?? '').match(/“[^”]+”/g);
        expect(listed).toEqual(names);
        expect(broad?.howWeKnow.evidence[0]).toMatch(new RegExp(`and ${approvers.length - 10} more\\.$`));
        // The rows: every holder, the largest first.
        expect(broad?.items.slice(0, 10).map((i) => i.label.replace(/^.*(“[^”]+”)$/, '$1'))).toEqual(names);
    });
});

describe('token groups naming many different apps', () => {
    it('match catalog apps by name (any case and spacing) however many other apps appear, and count the rest', () => {
        const s = clone(loadSnapshot('prod-tokens-uninstalled-apps'));
        const groups = s.authorizations.data ?? [];
        const template = groups[0];
        if (!template) throw new Error('fixture has tokens');
        const n = template.uses.length;
        const before = buildOrgFacts(s, new Date(s.capturedAt));
        const matchedBefore = before.apps.map((a) => a.tokenCount);
        const templateApp = before.apps.findIndex((a) => a.tokenSample.includes(template.sample[0]!));
        // 40 other apps (more than the memo keeps in its short list), then catalog names in other spellings.
        for (let i = 0; i < 40; i++) groups.push({ ...template, appName: `Other App ${i}`, applicationId: null });
        groups.push({ ...template, appName: '  JETSTREAM desktop ', applicationId: null });
        groups.push({ ...template, appName: 'jetstream', applicationId: null });
        groups.push({ ...template, applicationId: null }); // a name seen before the 40
        const facts = buildOrgFacts(s, new Date(s.capturedAt));
        const byName = (name: string) => facts.apps.findIndex((a) => a.entry.developerName === name);
        const expected = [...matchedBefore];
        for (const index of [byName('Jetstream_Desktop'), byName(WEB), templateApp]) expected[index] = (expected[index] ?? 0) + n;
        expect(facts.apps.map((a) => a.tokenCount)).toEqual(expected);
        expect(facts.unmatchedTokens).toBe(before.unmatchedTokens + 40 * n);
    });
});
