// Shared helpers for the engine tests: typed fixture loading (through the engine's own parser) and small
// snapshot mutations for the cases no sample org shows.
import { loadScenario, loadScenarioUser, loadScenarios, loadSnapshot } from 'samples/build/load';
import { evaluateSnapshot } from '../evaluate';
import { SnapshotError } from '../parse';
import type { Finding, ReadinessReport } from '../report';
import type { OrgSnapshot, UserFacts } from '../snapshot';
import { evaluateUser } from '../user';

export { loadScenario, loadScenarioUser, loadScenarios, loadSnapshot };

/** The SnapshotError the function throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): SnapshotError {
    try {
        fn();
    } catch (e) {
        if (e instanceof SnapshotError) return e;
        throw e;
    }
    throw new Error('expected a SnapshotError');
}

export const WEB = 'Jetstream_Web';
export const DESKTOP = 'Jetstream_Desktop';
export const AUTH = 'Jetstream_Auth';
export const ECA = 'Jetstream_In_Org_Package';

/** The reason JSR_ExternalClientAppReader.cls gives when this org does not let it query External Client Apps. */
export const ECA_NOT_QUERYABLE_REASON =
    'This org does not let you query ExternalClientApplication, so whether Jetstream for Salesforce is installed cannot be determined.';

/**
 * The user facts as the reader writes them when it cannot query External Client Apps: the grants section partial,
 * naming what it could not read in missingFields, with no grant of the in-org package's app (a copy).
 */
export function withoutEcaGrants(facts: UserFacts, missingFields: string[] = ['ExternalClientApplication']): UserFacts {
    const copy = clone(facts);
    copy.grants.status = 'partial';
    copy.grants.reason = ECA_NOT_QUERYABLE_REASON;
    copy.grants.missingFields = missingFields;
    copy.grants.data = (copy.grants.data ?? []).filter((grant) => grant.catalogName !== ECA);
    return copy;
}

export function clone<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}

export function reportOf(scenarioOrSnapshot: string | OrgSnapshot, now?: Date): ReadinessReport {
    const snapshot = typeof scenarioOrSnapshot === 'string' ? loadSnapshot(scenarioOrSnapshot) : scenarioOrSnapshot;
    return evaluateSnapshot(snapshot, now ? { now } : undefined);
}

export function findingsOf(report: { findings: Finding[] }, ruleId: string): Finding[] {
    return report.findings.filter((f) => f.ruleId === ruleId);
}

/** The catalog names of the rows a rule fired with (null for org-wide rows), distinct, sorted for comparison. */
export function firedFor(report: { findings: Finding[] }, ruleId: string): (string | null)[] {
    const names = findingsOf(report, ruleId).flatMap((f) => f.items.map((i) => i.catalogName));
    return [...new Set(names)].sort((a, b) => String(a).localeCompare(String(b)));
}

/** Every line of a finding an admin can read or open: title, explanation, rows, steps, How we know. */
export function textOf(f: Finding): string {
    return [
        f.title,
        f.explanation,
        ...f.items.flatMap((i) => [i.label, i.detail, ...i.links.map((l) => `${l.label} ${l.url}`)]),
        ...f.remediation.map((r) => `${r.text} ${r.link ? `${r.link.label} ${r.link.url}` : ''}`),
        ...f.howWeKnow.evidence,
        ...f.howWeKnow.caveats,
        f.howWeKnow.source.title
    ].join('\n');
}

/** A copy of the snapshot with an admin's usage choice for one catalog app (JSR_App_Usage__mdt). */
export function withUsage(snapshot: OrgSnapshot, catalogName: string, usage: 'expected' | 'notUsed'): OrgSnapshot {
    const copy = clone(snapshot);
    const entry = copy.catalog.data?.find((e) => e.developerName === catalogName);
    if (!entry) throw new Error(`no catalog entry ${catalogName}`);
    entry.usage = { ...entry.usage, adminChoice: usage, adminRecordId: 'm014x00000TESTAAA' };
    return copy;
}

export function userReportOf(scenarioId: string, who: string, mutate?: (facts: UserFacts, snapshot: OrgSnapshot) => void, now?: Date) {
    const snapshot = loadSnapshot(scenarioId);
    const facts = loadScenarioUser(scenarioId, who);
    mutate?.(facts, snapshot);
    return evaluateUser(snapshot, facts, now ? { now } : undefined);
}

/** A snapshot with one section made unavailable, as the reader reports a forbidden query. */
export function withUnavailable(
    snapshot: OrgSnapshot,
    section: keyof Omit<OrgSnapshot, 'schemaVersion' | 'capturedAt' | 'reader'>,
    missingPermission: string
): OrgSnapshot {
    const copy = clone(snapshot);
    copy[section] = {
        status: 'unavailable',
        reason: `Test: ${section} not readable.`,
        missingPermissions: [missingPermission],
        missingFields: [],
        truncated: false,
        data: null
    };
    return copy;
}
