// The size budget of the Apex responses (issue 13): at the reader's caps, every JSR_ReadinessController entry point
// returns at most 1 MB of JSON (the heap holds the response string and the objects serialised into it at once, under a
// 6 MB limit whose exception cannot be caught). Generated data at every cap stands for the largest org; npm run bench
// prints the sizes.
import { generateLargeSnapshot, oversizedResponses, readApexCaps, responsesAtTheCaps, RESPONSE_LIMIT_BYTES } from '../largeOrg';

describe('the responses at the caps', () => {
    const responses = responsesAtTheCaps();

    it('are each at most 1 MB of JSON', () => {
        expect(Object.keys(responses)).toEqual(['getSnapshot', 'getActivity', 'getUserFacts', 'searchUsers']);
        expect(oversizedResponses(responses)).toEqual([]);
    });

    it('fail the check when one is over, as the snapshot was before holders were counted (planted)', () => {
        const apex = readApexCaps();
        const snapshot = generateLargeSnapshot({ activeUsers: 100_000, holders: apex.caps.permissionSets, apexCaps: apex });
        // Every holder of API Enabled listed in full again: 0.4 KB each.
        const holders = snapshot.permissionHolders.data!.holders;
        while (holders.length < apex.caps.permissionSets) holders.push(...holders.slice(0, apex.caps.permissionSets - holders.length));
        const oversized = oversizedResponses({ ...responses, getSnapshot: JSON.stringify(snapshot) });
        expect(oversized).toEqual([expect.stringMatching(/^getSnapshot: [\d,]+ bytes of JSON at the caps, over 1,000,000$/)]);
        expect(oversizedResponses({ searchUsers: 'x'.repeat(RESPONSE_LIMIT_BYTES) })).toEqual([]);
    });
});
