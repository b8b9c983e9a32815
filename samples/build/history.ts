// Earlier checks of two sample orgs (samples/history/), for comparing two checks (npm run readiness -- --snapshot NEW
// --compare OLD) and for its tests: the same org a month before the sample's capture, with what changed since undone.
//   Umbrella Health, 2026-10-29: Jetstream Desktop not yet installed (users already held its tokens), 10 users in
//   "Jetstream Users" instead of 14, no failed sign-in yet. Since then: Desktop installed, a grant grew, the desktop
//   way and the overall verdict moved, and Desktop refused two sign-ins before its grants were fixed.
//   Stark Logistics, 2026-10-29: the custom "Stark Support Admin" profile did not yet hold Approve Uninstalled Connected
//   Apps, and Gearset was not installed. Since then: a new bypass holder, an app installed, Workbench refusals.
import type { OrgSnapshot } from '../../force-app/main/default/lwc/jsrEngine/snapshot';
import { daysBefore, notInstalledApp, SIGN_IN_WINDOWS } from './kit';

export const EARLIER = '2026-10-29';

function clone<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}

/** The snapshot as read on `day` (same time of day): nothing used, signed in or failed after it. */
function asOf(snapshot: OrgSnapshot, day: string): OrgSnapshot {
    const s = clone(snapshot);
    s.capturedAt = `${day}${s.capturedAt.slice(10)}`;
    const clamp = (iso: string | null) => (iso !== null && iso > s.capturedAt ? s.capturedAt : iso);
    for (const app of s.authorizations.data ?? []) {
        for (const use of app.uses) use.lastUse = clamp(use.lastUse);
        for (const row of app.sample) row.lastUsedDate = clamp(row.lastUsedDate);
    }
    for (const app of s.appsInUse.data ?? []) app.lastUsed = clamp(app.lastUsed);
    // Login History: only what happened by then (these orgs' failures all came later).
    if (s.signIns.data) s.signIns.data = s.signIns.data.filter((row) => row.lastAttempt === null || row.lastAttempt <= s.capturedAt);
    if (s.signInDays.data) {
        s.signInDays.data.windows = SIGN_IN_WINDOWS.map((w) => ({
            firstDay: daysBefore(day, w.from),
            lastDay: daysBefore(day, w.to),
            truncated: false,
            oldestDayRead: daysBefore(day, w.from)
        }));
        s.signInDays.data.failures = s.signInDays.data.failures.filter((f) => f.day <= day);
    }
    return s;
}

function umbrellaEarlier(now: OrgSnapshot): OrgSnapshot {
    const s = asOf(now, EARLIER);
    s.apps.data = (s.apps.data ?? []).map((a) => (a.catalogName === 'Jetstream_Desktop' ? notInstalledApp(a.catalogName) : a));
    s.grants.data = (s.grants.data ?? []).filter((g) => g.catalogName !== 'Jetstream_Desktop');
    for (const g of s.grants.data) if (g.grantedTo.name === 'Jetstream_Users') g.grantedTo.activeAssignees = 10;
    // The Desktop tokens had no App Launcher entry before it was installed.
    for (const app of s.authorizations.data ?? []) if (app.appName === 'Jetstream Desktop') app.applicationId = null;
    for (const app of s.appsInUse.data ?? [])
        if (app.appName === 'Jetstream Desktop') Object.assign(app, { applicationId: null, connectedAppId: null });
    return s;
}

function starkEarlier(now: OrgSnapshot): OrgSnapshot {
    const s = asOf(now, EARLIER);
    const holders = s.permissionHolders.data;
    const support = holders?.holders.find((h) => h.assignable.name === 'Stark Support Admin');
    if (holders && support) {
        support.canApproveUninstalledApps = false;
        holders.sampleUsers = holders.sampleUsers.filter((u) => u.permissionSetId !== support.assignable.permissionSetId);
    }
    for (const app of s.appsInUse.data ?? [])
        if (app.appName === 'Gearset') Object.assign(app, { applicationId: null, connectedAppId: null });
    return s;
}

/** samples/history/<scenario>--<day>.json for the scenarios that have an earlier check. */
export function historyOf(snapshots: Map<string, OrgSnapshot>): Map<string, OrgSnapshot> {
    const earlier = new Map<string, OrgSnapshot>();
    const add = (id: string, build: (now: OrgSnapshot) => OrgSnapshot) => {
        const now = snapshots.get(`snapshots/${id}.json`);
        if (!now) throw new Error(`history: no sample ${id}`);
        earlier.set(`history/${id}--${EARLIER}.json`, build(now));
    };
    add('prod-admin-approved-with-grants', umbrellaEarlier);
    add('prod-tokens-uninstalled-apps', starkEarlier);
    return earlier;
}
