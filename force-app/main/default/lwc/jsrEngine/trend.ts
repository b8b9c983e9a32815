// Failed sign-ins to Jetstream's apps per day (the tab's chart, issue 17): the activity call's LoginHistory groups per
// day, application and status (SignInDays), kept for the catalog's Jetstream apps, over every day the read covers. The
// summary is the chart's text alternative: the period, the totals, whether failures still happen, the last one.
import { readable, type OrgFacts } from './facts';
import type { SignInTrendSeries, SignInTrendView } from './report';
import type { SignInDays } from './snapshot';
import { plural } from './words';

/** The last days compared with the days before to say whether failures are rising, falling or have stopped. */
export const RECENT_DAYS = 7;
const DAY_MS = 86_400_000;

function addDays(day: string, n: number): string {
    return new Date(Date.parse(`${day}T00:00:00.000Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from first to last (ISO dates), at most 400 (a malformed window must not build a huge axis). */
export function daysBetween(first: string, last: string): string[] {
    const days: string[] = [];
    for (let day = first; day <= last && days.length < 400; day = addDays(day, 1)) days.push(day);
    return days;
}

/** Days a capped window did not read completely: its oldest day read, and the days before it in the window. */
function partialDaysOf(data: SignInDays): Set<string> {
    const partial = new Set<string>();
    for (const w of data.windows) {
        if (!w.truncated) continue;
        const cut = w.oldestDayRead ?? w.lastDay;
        for (const day of daysBetween(w.firstDay, cut)) partial.add(day);
    }
    return partial;
}

function trendOf(totals: readonly number[]): { trend: SignInTrendView['trend']; recent: number; before: number } {
    const recent = totals.slice(-RECENT_DAYS).reduce((n, c) => n + c, 0);
    const before = totals.slice(0, -RECENT_DAYS).reduce((n, c) => n + c, 0);
    const earlierDays = Math.max(totals.length - RECENT_DAYS, 0);
    if (recent + before === 0) return { trend: 'none', recent, before };
    if (recent === 0) return { trend: 'stopped', recent, before };
    if (earlierDays === 0 || before === 0) return { trend: 'rising', recent, before };
    const [recentRate, beforeRate] = [recent / Math.min(RECENT_DAYS, totals.length), before / earlierDays];
    return { trend: recentRate > beforeRate * 1.5 ? 'rising' : recentRate < beforeRate * 0.5 ? 'falling' : 'steady', recent, before };
}

const TREND_WORDS: Record<SignInTrendView['trend'], string> = {
    none: 'No failed sign-in.',
    stopped: `None in the last ${RECENT_DAYS} days: the failures have stopped.`,
    falling: 'Falling.',
    rising: 'Rising: users are still being refused.',
    steady: 'Steady: users are still being refused.',
    unknown: ''
};

function unread(reason: string): SignInTrendView {
    return { readable: false, reason, days: [], partialDays: [], series: [], totals: [], trend: 'unknown', summary: reason, statuses: [] };
}

export function signInTrendView(facts: OrgFacts): SignInTrendView {
    const section = facts.snapshot.signInDays;
    if (!readable(section)) return unread(`Failed sign-ins per day could not be read${section.reason ? `: ${section.reason}` : '.'}`);
    const data = section.data;
    const first = data.windows.reduce<string | null>((d, w) => (d === null || w.firstDay < d ? w.firstDay : d), null);
    const last = data.windows.reduce<string | null>((d, w) => (d === null || w.lastDay > d ? w.lastDay : d), null);
    if (first === null || last === null) return unread('Login History was not read per day.');
    const days = daysBetween(first, last);
    const dayIndex = new Map(days.map((d, i) => [d, i]));
    const appOf = new Map<string, { catalogName: string; label: string }>();
    for (const app of facts.apps)
        for (const name of [app.entry.label, ...app.entry.matchNames])
            appOf.set(name.trim().toLowerCase(), { catalogName: app.entry.developerName, label: app.entry.label });
    const series = new Map<string, SignInTrendSeries>();
    for (const app of facts.apps)
        series.set(app.entry.developerName, {
            catalogName: app.entry.developerName,
            label: app.entry.label,
            counts: days.map(() => 0),
            total: 0
        });
    const statuses = new Map<string, number>();
    for (const f of data.failures) {
        const app = appOf.get((data.applications[f.application] ?? '').trim().toLowerCase());
        const at = dayIndex.get(f.day);
        if (!app || at === undefined) continue;
        const s = series.get(app.catalogName)!;
        s.counts[at] = (s.counts[at] ?? 0) + f.attempts;
        s.total += f.attempts;
        const status = data.statuses[f.status] ?? 'Unknown status';
        statuses.set(status, (statuses.get(status) ?? 0) + f.attempts);
    }
    const shown = [...series.values()].filter((s) => s.total > 0);
    const totals = days.map((_, i) => shown.reduce((n, s) => n + (s.counts[i] ?? 0), 0));
    const partialDays = days.filter((d) => partialDaysOf(data).has(d));
    const { trend, recent, before } = trendOf(totals);
    const total = recent + before;
    const lastFailure = [...days].reverse().find((_, i) => (totals[days.length - 1 - i] ?? 0) > 0) ?? null;
    const perApp = shown.map((s) => `${s.label} ${s.total}`).join(', ');
    const atLeast = partialDays.length > 0 || section.status !== 'ok' ? 'At least ' : '';
    const summary =
        total === 0
            ? `No failed sign-in to Jetstream’s apps from ${first} to ${last}${partialDays.length > 0 ? ' among the sign-ins read' : ''}.`
            : `${atLeast}${plural(total, 'failed sign-in')} to Jetstream’s apps from ${first} to ${last} (${perApp}): ${recent} in the last ${RECENT_DAYS} days, ${before} in the ${days.length - Math.min(RECENT_DAYS, days.length)} days before. ${TREND_WORDS[trend]} Last on ${lastFailure}.${partialDays.length > 0 ? ` Not every sign-in of ${partialDays.length === 1 ? partialDays[0] : `${partialDays[0]} to ${partialDays[partialDays.length - 1]}`} could be read.` : ''}`;
    return {
        readable: true,
        reason: section.status === 'ok' ? null : section.reason,
        days,
        partialDays,
        series: shown,
        totals,
        trend,
        summary,
        statuses: [...statuses.entries()].sort((a, b) => b[1] - a[1]).map(([status, attempts]) => ({ status, attempts }))
    };
}
