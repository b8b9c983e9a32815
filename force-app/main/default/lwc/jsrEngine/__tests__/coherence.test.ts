// The decision model's promises, checked on every sample org, on generated orgs (fast-check) and on both with one
// section degraded: one verdict per fact, the header's start here is plan step 1, overall = worst used way, nothing
// red for a way the org does not use, no install button for an installed app, the severity invariant, words an admin
// reads, the user check agreeing with the way verdict, and unknown never "no".
import fc from 'fast-check';
import {
    coherenceProblems,
    DEGRADATIONS,
    degrade,
    degradedProblems,
    degradedUserProblems,
    degradeUser,
    generatedSnapshot,
    KEEP_EVEN,
    KEEP_NONE,
    plainUserFacts,
    reportOf,
    SECTIONS,
    USER_SECTIONS,
    userAgreementProblems,
    type Degradation,
    type Keep,
    type SectionName,
    baselineWithoutBlockers
} from './decisionKit';
import { loadScenarios, loadScenarioUser, loadSnapshot } from './engineTestKit';

const SAMPLE_ORGS = loadScenarios().map((s) => s.id);

/** fast-check runs: enough to meet every app state, usage and section combination, cheap on a shared 2-core box. */
const RUNS = 200;

describe('every sample org is coherent', () => {
    it.each(SAMPLE_ORGS)('%s', (id) => {
        const snapshot = loadSnapshot(id);
        const report = reportOf(snapshot);
        expect(coherenceProblems(report)).toEqual([]);
        expect(userAgreementProblems(snapshot, report)).toEqual([]);
    });
});

describe('every generated org is coherent', () => {
    it('holds for generated orgs', () => {
        fc.assert(
            fc.property(generatedSnapshot, (snapshot) => {
                const report = reportOf(snapshot);
                expect([...coherenceProblems(report), ...userAgreementProblems(snapshot, report)]).toEqual([]);
            }),
            { numRuns: RUNS }
        );
    });
});

describe('unknown is never "no": one section degraded', () => {
    it.each(SAMPLE_ORGS)('%s: every section, every degradation', (id) => {
        const snapshot = loadSnapshot(id);
        const full = reportOf(snapshot);
        const problems: string[] = [];
        const baseline = baselineWithoutBlockers(snapshot);
        for (const section of SECTIONS) {
            for (const how of DEGRADATIONS)
                for (const keep of [KEEP_EVEN, KEEP_NONE]) {
                    const degraded = reportOf(degrade(snapshot, section, how, keep));
                    problems.push(...degradedProblems(full, degraded, section, baseline), ...coherenceProblems(degraded));
                }
        }
        expect(problems).toEqual([]);
    });

    it('holds for generated orgs, any section, any degradation, any rows kept', () => {
        fc.assert(
            fc.property(
                generatedSnapshot,
                fc.constantFrom<SectionName>(...SECTIONS),
                fc.constantFrom<Degradation>(...DEGRADATIONS),
                fc.func(fc.boolean()),
                (snapshot, section, how, keep) => {
                    const full = reportOf(snapshot);
                    const degraded = reportOf(degrade(snapshot, section, how, keep as Keep));
                    const baseline = baselineWithoutBlockers(snapshot);
                    expect([...degradedProblems(full, degraded, section, baseline), ...coherenceProblems(degraded)]).toEqual([]);
                    // The plain user's answers on the degraded org: the full answer or unknown.
                    const facts = plainUserFacts(snapshot);
                    expect(degradedUserProblems(snapshot, facts, degrade(snapshot, section, how, keep as Keep), facts, section)).toEqual(
                        []
                    );
                }
            ),
            { numRuns: RUNS }
        );
    });

    it.each(SAMPLE_ORGS)('%s: every sample user, every user section degraded', (id) => {
        const snapshot = loadSnapshot(id);
        const problems: string[] = [];
        const scenario = loadScenarios().find((s) => s.id === id);
        for (const user of scenario?.users ?? []) {
            const facts = loadScenarioUser(id, user.search.username);
            for (const section of USER_SECTIONS)
                for (const how of DEGRADATIONS)
                    for (const keep of [KEEP_EVEN, KEEP_NONE])
                        problems.push(
                            ...degradedUserProblems(
                                snapshot,
                                facts,
                                snapshot,
                                degradeUser(facts, section, how, keep),
                                `${user.search.name} ${section} ${how}`
                            )
                        );
        }
        expect(problems).toEqual([]);
    });
});
