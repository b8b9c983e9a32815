// Rules about recent sign-ins (Login History, last 30 days): who failed, and why. Sign-ins are evidence: the failures
// other rules explain (not installed, not pre-authorized) are information here, and the plan uses them to rank the step
// that unblocks those users first. A refusal by an IP restriction has no other rule behind it (profile Login IP Ranges
// cannot be read), so users refused that way make the way need action, attributed to their profiles.
import { largestFirst, type AppFacts } from './facts';
import { egressWords } from './identityRules';
import { appPageLink, profileLink, setupLink } from './links';
import type { RemediationStep } from './report';
import { appLabels, appMatch, appOf, largestLines, provenProblem, rule, usedApps, type RuleContext } from './ruleKit';
import type { SignInOutcome, SignInRefusal } from './snapshot';
import { LOGIN_HOURS_STEP_END, SOURCES } from './sources';
import { plural } from './words';

/** LoginHistory "Restricted Time": the sign-in came outside the Login Hours of the user's profile. */
export function isLoginHoursStatus(status: string): boolean {
    return /\brestricted time\b|\blogin hours\b/i.test(status);
}

export function loginHoursStep(profile: string): RemediationStep {
    return { text: `Setup > Profiles > ${profile} > ${LOGIN_HOURS_STEP_END}`, link: setupLink('profiles') };
}

function signInLine(s: SignInOutcome): string {
    return `${s.userName ?? 'All users (not grouped by user)'}: ${plural(s.attempts, 'attempt')} “${s.status}”${s.lastAttempt ? `, last ${s.lastAttempt.slice(0, 10)}` : ''}`;
}

/** Distinct users behind sign-in rows (a row without a user is at least one). */
export function signInUsers(rows: readonly SignInOutcome[]): number {
    return new Set(rows.map((s) => s.userId ?? s.userName ?? 'all users')).size;
}

/** The likely cause of a failure status, in words (never a rule id). */
function likelyCause(ctx: RuleContext, app: AppFacts, status: string): string {
    const s = status.toLowerCase();
    if (isLoginHoursStatus(s)) return 'outside the Login Hours of their profile';
    if (s.trim() === 'user is frozen') return 'the user is frozen';
    if (s.includes('not approved')) {
        if (app.installState === 'notInstalled') return 'the app is not installed';
        if (app.permittedUsers === 'adminApproved')
            return app.effectiveAssignees === 0 && app.grantsComplete
                ? 'nobody is pre-authorized for the app'
                : 'they are not pre-authorized (check them with the user check)';
    }
    // "ip" as a word ("Restricted IP"), not inside one ("membership", "relationship").
    if (/\bip\b/.test(s) || s.includes('restricted')) return 'an IP restriction';
    if (app.installState === 'notInstalled') return 'the app is not installed';
    void ctx;
    return 'a reason the check cannot infer: open Login History';
}

export const SIGNIN_FAILURES = rule('app', {
    id: 'signin.failures',
    title: 'Recent sign-in failures',
    severity: 'info',
    plan: null,
    source: SOURCES.notApprovedForAccess,
    description:
        'Login History (last 30 days) shows failed sign-ins for a catalog app (for example “Failed: Not approved for access”): who was blocked and the likely cause. Information: the failures may predate a fix, and a partly read Login History proves nothing either way; the plan ranks first the step that unblocks these users.',
    remediationSummary: 'Follow the plan’s first step; check one blocked user with the user check.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => a.failedSignIns.length > 0)
            .map((a) => {
                const attempts = a.failedSignIns.reduce((n, s) => n + s.attempts, 0);
                const most = largestFirst(a.failedSignIns, 1, (s) => s.attempts)[0];
                const users = signInUsers(a.failedSignIns);
                return appMatch(
                    a,
                    `${plural(users, 'user')}, ${plural(attempts, 'failed attempt')}; likely cause: ${likelyCause(ctx, a, most?.status ?? '')}.`,
                    largestLines(
                        a.failedSignIns,
                        (s) => s.attempts,
                        (s) => `${signInLine(s)}.`,
                        'sign-in groups'
                    ),
                    {
                        params: { users, attempts },
                        links: [setupLink('loginHistory')]
                    }
                );
            }),
    headline: (matches) =>
        `${plural(
            matches.reduce((n, m) => n + Number(m.params.users), 0),
            'user'
        )} failed to sign in to ${appLabels(matches)} recently`,
    explain: () =>
        'Login History records failed sign-ins in the last 30 days. Each row names the likely cause; the user check shows one user’s full chain.',
    remediation: () => [{ text: 'Open Login History for the details of each attempt.', link: setupLink('loginHistory') }]
});

interface ProfileRefusals {
    profileId: string | null;
    profileName: string | null;
    users: Set<string>;
    userNames: string[];
    attempts: number;
    statuses: Set<string>;
}

/** Refusals by the profile of the refused users, most users first. */
export function byProfile(rows: readonly SignInRefusal[]): ProfileRefusals[] {
    const groups = new Map<string, ProfileRefusals>();
    for (const r of rows) {
        const key = r.profileId ?? r.profileName ?? '';
        let g = groups.get(key);
        if (!g) {
            g = { profileId: r.profileId, profileName: r.profileName, users: new Set(), userNames: [], attempts: 0, statuses: new Set() };
            groups.set(key, g);
        }
        if (!g.users.has(r.userId)) {
            g.users.add(r.userId);
            g.userNames.push(r.userFullName ?? r.username ?? r.userId);
        }
        g.attempts += r.attempts;
        g.statuses.add(r.status);
    }
    return [...groups.values()].sort((a, b) => b.users.size - a.users.size || b.attempts - a.attempts);
}

function profileWords(g: Pick<ProfileRefusals, 'profileName'>): string {
    return g.profileName ? `profile “${g.profileName}”` : 'a profile the check could not read';
}

function refusalLine(r: SignInRefusal): string {
    const profile = r.profileName ? `, profile “${r.profileName}”` : '';
    return `${r.userFullName ?? r.username ?? r.userId}${profile}: ${plural(r.attempts, 'attempt')} “${r.status}”.`;
}

/** Where the app connects from, for the profile's Login IP Ranges. */
function fromWords(app: AppFacts): string {
    if (app.entry.way === 'web' && app.entry.egressIps.length > 0) return `Jetstream’s servers (${egressWords(app)})`;
    if (app.entry.way === 'desktop') return 'the networks these users connect from (the desktop app runs on their computer)';
    return 'the addresses these users connect from';
}

export const SIGNIN_IP_REFUSED = rule('app', {
    id: 'signin.ip-refused',
    title: 'Sign-ins refused by IP restrictions',
    severity: 'warning',
    plan: { kind: 'unblock', action: 'ip-ranges', title: 'Let Jetstream through the Login IP Ranges of the profiles that refuse it' },
    source: SOURCES.loginStatusValues,
    description:
        'Login History (last 30 days) shows sign-ins to a Jetstream app refused by an IP restriction: “Restricted IP” (the profile’s Login IP Ranges) or “Failed: IP Address Not Allowed” (the app’s IP restrictions, which enforce those ranges). One row per app and profile of the refused users: the profile probably excludes Jetstream’s servers (web app) or the users’ networks (desktop app). The ranges themselves cannot be read with SOQL, so this is the evidence; a warning on the ways those users use.',
    remediationSummary:
        'Add Jetstream’s addresses (web app) or the users’ networks (desktop app) to the Login IP Ranges of the profiles listed, or relax IP restrictions on the app.',
    evaluate: (ctx) =>
        usedApps(ctx)
            .filter((a) => a.ipRefusals.length > 0 && provenProblem(ctx, a))
            .flatMap((a) =>
                byProfile(a.ipRefusals).map((g) =>
                    appMatch(
                        a,
                        `${plural(g.users.size, 'user')} refused (${[...g.statuses].map((s) => `“${s}”`).join(', ')}, ${plural(g.attempts, 'attempt')}): its Login IP Ranges probably exclude ${fromWords(a)}.`,
                        a.ipRefusals
                            .filter((r) => (r.profileId ?? r.profileName ?? '') === (g.profileId ?? g.profileName ?? ''))
                            .map(refusalLine),
                        {
                            label: `${a.entry.label}: ${profileWords(g)}`,
                            links: [profileLink(g.profileId, g.profileName ?? 'profile'), setupLink('loginHistory')],
                            params: { users: g.users.size, profile: g.profileName }
                        }
                    )
                )
            ),
    headline: (matches) => {
        const users = new Set(matches.flatMap((m) => (m.app?.ipRefusals ?? []).map((r) => r.userId))).size;
        return `${plural(users, 'user')} refused by IP restrictions connecting ${appLabels(matches)}`;
    },
    explain: () =>
        'Salesforce refused these sign-ins because of where they came from: “Restricted IP” means the Login IP Ranges of the user’s profile do not include the address; “Failed: IP Address Not Allowed” means the app’s IP restrictions, which enforce those ranges. The web app calls Salesforce from Jetstream’s servers, so a profile that limits its ranges must include Jetstream’s addresses; the desktop app calls from each user’s own network. The check cannot read the ranges: each row names the profile to open.',
    remediation: (matches) => {
        const steps: RemediationStep[] = [];
        for (const m of matches) {
            const app = appOf(m);
            const profile = String(m.params.profile ?? '');
            const target = m.links?.[0] ?? setupLink('profiles');
            steps.push({
                text: `${profile ? `Setup > Profiles > ${profile}` : 'The profile of the users listed'} > Login IP Ranges: include ${fromWords(app)}.`,
                link: target
            });
        }
        for (const app of new Set(matches.map(appOf)))
            steps.push({
                text: `Or relax IP restrictions on ${app.entry.label}: its page → Edit Policies → IP Relaxation (its users can then connect from any address).`,
                link: appPageLink(app.entry, app.install)
            });
        steps.push({ text: 'Login History shows each refused attempt and its source address.', link: setupLink('loginHistory') });
        return steps;
    },
    caveats: [
        'Login History of the last 30 days: a refusal from before a change to the ranges still shows; the date of each attempt is in Login History.',
        'Each refused user is attributed to their current profile (User.ProfileId).',
        `Where each app connects from: ${SOURCES.jetstreamIpAddresses.title}.`
    ]
});

export const SIGNIN_LOGIN_HOURS = rule('app', {
    id: 'signin.outside-login-hours',
    title: 'Sign-ins refused outside Login Hours',
    severity: 'info',
    plan: null,
    source: SOURCES.loginHours,
    description:
        'Login History shows “Restricted time” for a catalog app: the user’s profile restricts Login Hours and the sign-in came outside them, attributed to the profiles of the refused users where the check could read them. Login Hours are a profile setting, separate from Login IP Ranges and the app’s IP Relaxation; users can still connect within the hours, so this is information.',
    remediationSummary:
        'Setup > Profiles > <profile> > Login Hours: widen the hours (or Clear all times) for the profiles of the refused users.',
    evaluate: (ctx) =>
        ctx.org.apps
            .map((a) => ({ a, refused: a.failedSignIns.filter((s) => isLoginHoursStatus(s.status)), profiles: byProfile(a.hoursRefusals) }))
            .filter(({ refused, profiles }) => refused.length > 0 || profiles.length > 0)
            .map(({ a, refused, profiles }) => {
                const users = profiles.length > 0 ? profiles.reduce((n, g) => n + g.users.size, 0) : signInUsers(refused);
                const names = profiles.map(profileWords);
                return appMatch(
                    a,
                    profiles.length > 0
                        ? `${plural(users, 'user')} refused outside the Login Hours of ${names.join(', ')}.`
                        : `${plural(users, 'user')} refused outside their profile’s Login Hours.`,
                    profiles.length > 0
                        ? a.hoursRefusals.map(refusalLine)
                        : largestLines(
                              refused,
                              (s) => s.attempts,
                              (s) => `${signInLine(s)}.`,
                              'sign-in groups'
                          ),
                    {
                        params: { users, profiles: profiles.map((g) => g.profileName ?? '').join('\n') },
                        links:
                            profiles.length > 0
                                ? profiles.map((g) => profileLink(g.profileId, g.profileName ?? 'profile'))
                                : [setupLink('profiles')]
                    }
                );
            }),
    headline: (matches) =>
        `${plural(
            matches.reduce((n, m) => n + Number(m.params.users), 0),
            'user'
        )} refused sign-in to ${appLabels(matches)} outside Login Hours`,
    explain: () =>
        'Salesforce refused these sign-ins because they came outside the Login Hours of the user’s profile. Login Hours are set per profile, in the time zone that was the org’s default when they were first set; they are not an IP range and not a setting of the app, and the check cannot read them.',
    remediation: (matches) => {
        const named = [
            ...new Set(
                matches.flatMap((m) =>
                    String(m.params.profiles ?? '')
                        .split('\n')
                        .filter((p) => p)
                )
            )
        ];
        return [
            ...(named.length > 0 ? named.map((p) => loginHoursStep(p)) : [loginHoursStep('<the profile of each user listed>')]),
            { text: 'Open Login History to see who was refused and when.', link: setupLink('loginHistory') }
        ];
    },
    caveats: [
        'Login History writes the status “Restricted time” (Object Reference, LOGIN_STATUS values); its capitalisation varies, so the check compares without case.'
    ]
});

export const SIGN_IN_RULES = [SIGNIN_FAILURES, SIGNIN_IP_REFUSED, SIGNIN_LOGIN_HOURS];
