// Two checks of an org compared (issue 17): what changed between an older snapshot and a newer one - apps installed or
// uninstalled, grants, holders of the bypass permissions, failed sign-ins since the older check, and verdicts that
// moved. Engine logic, so any view presents the same diff; the CLI prints it (--compare). Two different orgs (a
// sandbox and its production) compare too: the result says so.
import { evaluateSnapshot } from './evaluate';
import { readable } from './facts';
import { VERDICT_SEVERITY } from './overall';
import type {
    AppInstallChange,
    ChangeDirection,
    ComparedCheck,
    FailedSignInChange,
    GrantChange,
    HolderChange,
    ReadinessComparison,
    ReadinessReport,
    Verdict,
    VerdictChange
} from './report';
import type { AppGrant, OrgSnapshot } from './snapshot';
import { WAY_LABELS } from './ways';
import { assignableWords, plural, VERDICT_LABELS } from './words';

/** Position of a verdict from worst (0) to ready; not used / not applicable have none. */
function rank(v: Verdict): number | null {
    const i = VERDICT_SEVERITY.indexOf(v);
    return i < 0 ? null : i;
}

function direction(before: Verdict, after: Verdict): ChangeDirection {
    const [b, a] = [rank(before), rank(after)];
    if (b === null || a === null) return 'changed';
    return a > b ? 'better' : 'worse';
}

function checkOf(report: ReadinessReport): ComparedCheck {
    return {
        orgId: report.org.id,
        orgName: report.org.name,
        isSandbox: report.org.isSandbox,
        capturedAt: report.capturedAt,
        verdict: report.overall.verdict,
        headline: report.overall.headline
    };
}

function verdictChanges(newer: ReadinessReport, older: ReadinessReport): VerdictChange[] {
    const changes: VerdictChange[] = [];
    if (newer.overall.verdict !== older.overall.verdict) {
        const [before, after] = [older.overall.verdict, newer.overall.verdict];
        changes.push({ subject: 'overall', label: 'Overall', before, after, direction: direction(before, after) });
    }
    for (const way of newer.ways) {
        const was = older.ways.find((w) => w.way === way.way);
        if (was && was.verdict !== way.verdict)
            changes.push({
                subject: way.way,
                label: WAY_LABELS[way.way],
                before: was.verdict,
                after: way.verdict,
                direction: direction(was.verdict, way.verdict)
            });
    }
    return changes;
}

function installChanges(newer: ReadinessReport, older: ReadinessReport, notes: string[]): AppInstallChange[] {
    const changes: AppInstallChange[] = [];
    const known = (s: string) => s === 'installed' || s === 'notInstalled';
    const add = (appName: string, jetstream: boolean, before: string, after: string) => {
        if (before === after) return;
        if (!known(before) || !known(after)) {
            notes.push(`Whether ${appName} is installed could not be determined in ${known(before) ? 'the newer' : 'the older'} check.`);
            return;
        }
        const installed = after === 'installed';
        changes.push({ appName, jetstream, change: installed ? 'installed' : 'uninstalled', direction: installed ? 'better' : 'worse' });
    };
    for (const app of newer.apps) {
        const was = older.apps.find((a) => a.catalogName === app.catalogName);
        if (was) add(app.label, true, was.install, app.install);
    }
    if (!newer.otherApps.readable || !older.otherApps.readable) {
        notes.push(`The other connected apps were not read in the ${newer.otherApps.readable ? 'older' : 'newer'} check.`);
        return changes;
    }
    for (const row of newer.otherApps.rows) {
        const was = older.otherApps.rows.find((r) => r.appName.toLowerCase() === row.appName.toLowerCase());
        if (was) add(row.appName, false, was.install, row.install);
    }
    return changes;
}

/** Grants by app and assignable (kind and name: Ids differ between a sandbox and its production). */
function grantKey(g: AppGrant): string {
    return [g.catalogName, g.grantedTo.kind, g.grantedTo.name, g.via, g.componentPermissionSetName ?? ''].join('\n');
}

function grantChanges(newer: OrgSnapshot, older: OrgSnapshot, notes: string[]): GrantChange[] {
    if (!readable(newer.grants) || !readable(older.grants)) {
        notes.push(`Grants could not be read in the ${readable(newer.grants) ? 'older' : 'newer'} check.`);
        return [];
    }
    const labelOf = new Map((newer.catalog.data ?? older.catalog.data ?? []).map((e) => [e.developerName, e.label]));
    const before = new Map(older.grants.data.map((g) => [grantKey(g), g]));
    const after = new Map(newer.grants.data.map((g) => [grantKey(g), g]));
    const row = (g: AppGrant, change: GrantChange['change'], b: number | null, a: number | null, dir: ChangeDirection): GrantChange => ({
        app: labelOf.get(g.catalogName) ?? g.catalogName,
        grantedTo: `${assignableWords(g.grantedTo)}${g.via === 'group' && g.componentPermissionSetName ? ` (through ${g.componentPermissionSetName})` : ''}`,
        change,
        activeAssigneesBefore: b,
        activeAssigneesAfter: a,
        direction: dir
    });
    const changes: GrantChange[] = [];
    for (const [key, g] of after) {
        const was = before.get(key);
        if (!was) changes.push(row(g, 'added', null, g.grantedTo.activeAssignees, 'better'));
        else if (was.grantedTo.activeAssignees !== g.grantedTo.activeAssignees)
            changes.push(row(g, 'assigneesChanged', was.grantedTo.activeAssignees, g.grantedTo.activeAssignees, 'changed'));
    }
    for (const [key, g] of before) if (!after.has(key)) changes.push(row(g, 'removed', g.grantedTo.activeAssignees, null, 'changed'));
    if (newer.grants.status !== 'ok' || older.grants.status !== 'ok')
        notes.push('Grants were read only partly in one check: a grant may be missing from the comparison.');
    return changes;
}

function holderChanges(newer: ReadinessReport, older: ReadinessReport, notes: string[]): HolderChange[] {
    const changes: HolderChange[] = [];
    for (const view of newer.bypassPermissions) {
        const was = older.bypassPermissions.find((v) => v.permission === view.permission);
        if (!was || !was.determinable || !view.determinable) {
            const which =
                !view.determinable && !was?.determinable ? 'either check' : view.determinable ? 'the older check' : 'the newer check';
            notes.push(`Who holds ${view.label} could not be determined in ${which}.`);
            continue;
        }
        const key = (h: { kind: string; name: string }) => `${h.kind}\n${h.name}`;
        const before = new Map(was.holders.map((h) => [key(h), h]));
        const after = new Map(view.holders.map((h) => [key(h), h]));
        const words = (h: { kind: 'Profile' | 'PermissionSet' | 'PermissionSetGroup'; label: string }) => assignableWords(h);
        for (const [k, h] of after) {
            const b = before.get(k);
            if (!b)
                changes.push({
                    permission: view.label,
                    holder: words(h),
                    change: 'added',
                    activeAssigneesBefore: null,
                    activeAssigneesAfter: h.activeAssignees,
                    direction: 'worse'
                });
            else if (b.activeAssignees !== h.activeAssignees)
                changes.push({
                    permission: view.label,
                    holder: words(h),
                    change: 'assigneesChanged',
                    activeAssigneesBefore: b.activeAssignees,
                    activeAssigneesAfter: h.activeAssignees,
                    direction: h.activeAssignees > b.activeAssignees ? 'worse' : 'better'
                });
        }
        for (const [k, h] of before)
            if (!after.has(k))
                changes.push({
                    permission: view.label,
                    holder: words(h),
                    change: 'removed',
                    activeAssigneesBefore: h.activeAssignees,
                    activeAssigneesAfter: null,
                    direction: 'better'
                });
    }
    return changes;
}

/** Failed sign-ins since the older check: per day when the newer check read them per day, else the 30-day totals that
 * grew (a coarser measure, named by `basis`). */
function failedSignIns(newer: OrgSnapshot, older: OrgSnapshot, jetstreamNames: Set<string>): ReadinessComparison['newFailedSignIns'] {
    const isJetstream = (application: string) => jetstreamNames.has(application.trim().toLowerCase());
    const sum = (rows: Map<string, FailedSignInChange>, application: string, status: string, attempts: number) => {
        const key = `${application}\n${status}`;
        const row = rows.get(key) ?? { application, status, attempts: 0, jetstream: isJetstream(application) };
        row.attempts += attempts;
        rows.set(key, row);
    };
    const ordered = (rows: Map<string, FailedSignInChange>) =>
        [...rows.values()]
            .filter((r) => r.attempts > 0)
            .sort((a, b) => Number(b.jetstream) - Number(a.jetstream) || b.attempts - a.attempts);
    if (readable(newer.signInDays)) {
        const since = older.capturedAt.slice(0, 10);
        const days = newer.signInDays.data;
        const rows = new Map<string, FailedSignInChange>();
        for (const f of days.failures)
            if (f.day > since) sum(rows, days.applications[f.application] ?? '', days.statuses[f.status] ?? '', f.attempts);
        return { basis: 'perDay', rows: ordered(rows) };
    }
    if (readable(newer.signIns) && readable(older.signIns)) {
        const rows = new Map<string, FailedSignInChange>();
        const failed = (s: { status: string }) => s.status.trim().toLowerCase() !== 'success';
        for (const s of newer.signIns.data.filter(failed)) sum(rows, s.application, s.status, s.attempts);
        for (const s of older.signIns.data.filter(failed))
            if (rows.has(`${s.application}\n${s.status}`)) sum(rows, s.application, s.status, -s.attempts);
        return { basis: 'totals', rows: ordered(rows) };
    }
    return { basis: 'none', rows: [] };
}

/** What changed from `older` to `newer` (each evaluated as of its own capture). */
export function compareSnapshots(newer: OrgSnapshot, older: OrgSnapshot): ReadinessComparison {
    const [after, before] = [evaluateSnapshot(newer), evaluateSnapshot(older)];
    const notes: string[] = [];
    const sameOrg = !!after.org.id && !!before.org.id && after.org.id.slice(0, 15) === before.org.id.slice(0, 15);
    if (!sameOrg)
        notes.push(
            'These are two different orgs (different Organization Ids), e.g. a sandbox and its production: differences are between them, not over time.'
        );
    if (Date.parse(newer.capturedAt) < Date.parse(older.capturedAt))
        notes.push('The “newer” check was captured before the “older” one: pass the newer one as --snapshot.');
    const jetstreamNames = new Set(
        (newer.catalog.data ?? [])
            .filter((e) => e.way !== null)
            .flatMap((e) => [e.label, ...e.matchNames])
            .map((n) => n.trim().toLowerCase())
    );
    const verdicts = verdictChanges(after, before);
    const apps = installChanges(after, before, notes);
    const grants = grantChanges(newer, older, notes);
    const bypassHolders = holderChanges(after, before, notes);
    const newFailedSignIns = failedSignIns(newer, older, jetstreamNames);
    if (newFailedSignIns.basis === 'none') notes.push('Failed sign-ins could not be compared: Login History was not read in both checks.');
    const firstStep = { before: before.overall.startHere?.title ?? null, after: after.overall.startHere?.title ?? null };
    const all: { direction: ChangeDirection }[] = [...verdicts, ...apps, ...grants, ...bypassHolders];
    // New failed sign-ins to Jetstream's apps count as one change for the worse; other apps' as one other change.
    const failing = (jetstream: boolean) => (newFailedSignIns.rows.some((r) => r.jetstream === jetstream) ? 1 : 0);
    const count = (d: ChangeDirection) => all.filter((c) => c.direction === d).length;
    const [worseCount, betterCount, otherCount] = [count('worse') + failing(true), count('better'), count('changed') + failing(false)];
    const changed = worseCount + betterCount + otherCount > 0 || firstStep.before !== firstStep.after;
    const moved =
        after.overall.verdict === before.overall.verdict
            ? `${VERDICT_LABELS[after.overall.verdict]}, as before`
            : `${VERDICT_LABELS[before.overall.verdict]} → ${VERDICT_LABELS[after.overall.verdict]}`;
    const summary = changed
        ? `${moved}: ${plural(worseCount, 'change')} for the worse, ${betterCount} for the better, ${otherCount} other.`
        : `${moved}: nothing changed.`;
    return {
        comparisonSchemaVersion: 1,
        newer: checkOf(after),
        older: checkOf(before),
        sameOrg,
        worse: worseCount > 0,
        changed,
        summary,
        verdicts,
        apps,
        grants,
        bypassHolders,
        newFailedSignIns,
        firstStep,
        notes: [...new Set(notes)]
    };
}
