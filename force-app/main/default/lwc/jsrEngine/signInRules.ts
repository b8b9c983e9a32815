// Rules about recent sign-ins (Login History, last 30 days): who failed, and why. Sign-ins are evidence, not a
// verdict: a partly read Login History never makes a way ready or not, so these rules are information; the plan uses
// the failures to rank the step that unblocks those users first.
import { largestFirst, type AppFacts } from './facts';
import { setupLink } from './links';
import type { RemediationStep } from './report';
import { appLabels, appMatch, largestLines, rule, type RuleContext } from './ruleKit';
import type { SignInOutcome } from './snapshot';
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

export const SIGNIN_LOGIN_HOURS = rule('app', {
    id: 'signin.outside-login-hours',
    title: 'Sign-ins refused outside Login Hours',
    severity: 'info',
    plan: null,
    source: SOURCES.loginHours,
    description:
        'Login History shows “Restricted Time” for a catalog app: the user’s profile restricts Login Hours and the sign-in came outside them. Login Hours are a profile setting, separate from Login IP Ranges and the app’s IP Relaxation.',
    remediationSummary:
        'Setup > Profiles > <profile> > Login Hours: widen the hours (or Clear all times) for the profiles of the refused users.',
    evaluate: (ctx) =>
        ctx.org.apps
            .map((a) => ({ a, refused: a.failedSignIns.filter((s) => isLoginHoursStatus(s.status)) }))
            .filter(({ refused }) => refused.length > 0)
            .map(({ a, refused }) =>
                appMatch(
                    a,
                    `${plural(signInUsers(refused), 'user')} refused outside their profile’s Login Hours.`,
                    largestLines(
                        refused,
                        (s) => s.attempts,
                        (s) => `${signInLine(s)}.`,
                        'sign-in groups'
                    ),
                    {
                        params: { users: signInUsers(refused) },
                        links: [setupLink('profiles')]
                    }
                )
            ),
    headline: (matches) =>
        `${plural(
            matches.reduce((n, m) => n + Number(m.params.users), 0),
            'user'
        )} refused sign-in to ${appLabels(matches)} outside Login Hours`,
    explain: () =>
        'Salesforce refused these sign-ins because they came outside the Login Hours of the user’s profile. Login Hours are set per profile, in the time zone that was the org’s default when they were first set; they are not an IP range and not a setting of the app, and the check cannot read them.',
    remediation: () => [
        loginHoursStep('<the profile of each user listed>'),
        { text: 'Open Login History to see who was refused and when.', link: setupLink('loginHistory') }
    ],
    caveats: [
        'Salesforce documents Login Hours but not the status text “Restricted Time”: an org that words it differently never fires this rule.'
    ]
});

export const SIGN_IN_RULES = [SIGNIN_FAILURES, SIGNIN_LOGIN_HOURS];
