// Many orgs at once (issue 17): one row per snapshot - production and its sandboxes, or a consultant's clients - with
// the org's type, overall verdict, first step, Jetstream's apps installed and who holds the bypass. Engine logic, so the
// CLI (several --snapshot) and any view present the same rows.
import { evaluateSnapshot } from './evaluate';
import { worstVerdict } from './overall';
import type { OrgOverviewRow, OrgsOverview, OrgType, ReadinessReport } from './report';
import type { OrgSnapshot } from './snapshot';
import { plural, VERDICT_LABELS } from './words';

function orgTypeOf(snapshot: OrgSnapshot): OrgType {
    const org = snapshot.org.data;
    if (!org) return 'Unknown';
    if (org.isSandbox) return 'Sandbox';
    if (/developer edition/i.test(org.edition)) return 'Developer Edition';
    return org.trialExpirationDate ? 'Scratch or trial org' : 'Production';
}

/** One org's row, from its report. */
export function overviewRow(snapshot: OrgSnapshot, report: ReadinessReport): OrgOverviewRow {
    // Jetstream's connected apps the org needs: the ways that count, log in with Salesforce never in a sandbox.
    const needed = report.apps.filter((a) => a.kind === 'ConnectedApp' && a.usage.counts);
    const approve = report.bypassPermissions.find((b) => b.permission === 'canApproveUninstalledApps');
    return {
        orgName: report.org.name,
        orgId: report.org.id,
        type: orgTypeOf(snapshot),
        capturedAt: report.capturedAt,
        verdict: report.overall.verdict,
        verdictLabel: VERDICT_LABELS[report.overall.verdict],
        firstStep: report.overall.startHere?.title ?? null,
        appsInstalled: needed.some((a) => a.install === 'cannotDetermine') ? null : needed.filter((a) => a.install === 'installed').length,
        appsNeeded: needed.length,
        bypassUsers: approve?.determinable ? approve.totalActiveAssignees : null,
        bypassHolders: approve?.determinable ? approve.holders.length : null,
        otherAppsRefusing: report.otherApps.readable ? report.otherApps.rows.filter((r) => r.status === 'willBeRefused').length : null
    };
}

/** Every org in one table, in the order given; the verdict is the worst of them. */
export function overviewOfOrgs(snapshots: readonly OrgSnapshot[], options: { now?: Date } = {}): OrgsOverview {
    const rows = snapshots.map((snapshot) => overviewRow(snapshot, evaluateSnapshot(snapshot, options)));
    const verdict = worstVerdict(rows.map((r) => r.verdict));
    const notReady = rows.filter((r) => r.verdict !== 'ready' && r.verdict !== 'notUsed').length;
    return {
        overviewSchemaVersion: 1,
        verdict,
        summary: `${plural(rows.length, 'org')}: ${notReady === 0 ? 'every one ready' : `${notReady} not ready`}; the worst is ${VERDICT_LABELS[verdict]}.`,
        rows
    };
}
