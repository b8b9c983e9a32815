// Rules of the one-user check (evaluateUser): why this user cannot connect, or what their access hangs on. Rows are
// the apps; the chain of the user check (assess.ts) decides, these rules only word what it found.
import type { UserAppAssessment } from './assess';
import { refusalCauseOf } from './facts';
import { installLink, setupLink, userLink } from './links';
import type { Section } from './snapshot';
import { appLabels, appMatch, counts, orgMatch, rule, type RuleContext, type RuleMatch } from './ruleKit';
import { sectionGapEvidence, sectionGapSteps } from './readerRules';
import { isLoginHoursStatus, loginHoursStep } from './signInRules';
import { SOURCES, TOKEN_ENDS } from './sources';
import { plural } from './words';

/** One row per app whose way the org uses and whose assessment satisfies the predicate (the user check shows the
 * other ways as "not used", with no finding). */
function perUserApp(ctx: RuleContext, predicate: (a: UserAppAssessment) => boolean, detail: (a: UserAppAssessment) => string): RuleMatch[] {
    if (!ctx.user) return [];
    const out: RuleMatch[] = [];
    for (const app of ctx.org.apps) {
        if (!counts(ctx, app)) continue;
        const a = ctx.user.apps.get(app.entry.developerName);
        if (a && predicate(a))
            out.push(
                appMatch(
                    app,
                    detail(a),
                    a.chain.map((s) => `${s.question} ${s.answer}: ${s.detail}`),
                    { assessment: a }
                )
            );
    }
    return out;
}

function who(ctx: RuleContext): string {
    return ctx.user?.displayName ?? 'The user';
}

function actions(matches: readonly RuleMatch[]) {
    return matches
        .map((m) => ({ text: m.assessment?.unblockAction ?? '', link: m.assessment?.unblockLinks[0] ?? null }))
        .filter((s) => s.text);
}

type UserSection = 'user' | 'assignments' | 'grants' | 'authorizations' | 'signIns' | 'userLogin';
const USER_SECTION_LABELS: Record<UserSection, string> = {
    user: 'details',
    assignments: 'permission set assignments',
    grants: 'grants',
    authorizations: 'authorizations',
    signIns: 'sign-ins',
    userLogin: 'frozen state'
};

export const USER_FACTS_UNAVAILABLE = rule('user', {
    id: 'user.facts-unavailable',
    title: 'Part of the user’s facts could not be read',
    severity: 'info',
    plan: null,
    source: SOURCES.objectReference,
    description: 'A section of the one-user facts is unavailable, so the chain says “unknown” where it depends on it.',
    remediationSummary: 'Give the checker the named permission, or check the user by hand in Setup.',
    evaluate: (ctx) => {
        if (!ctx.user) return [];
        const f = ctx.user.facts;
        return (Object.keys(USER_SECTION_LABELS) as UserSection[])
            .filter((name) => f[name].status === 'unavailable')
            .map((name) =>
                orgMatch(`The user’s ${USER_SECTION_LABELS[name]}`, f[name].reason ?? 'Not read.', sectionGapEvidence(f[name]), {
                    params: { section: name }
                })
            );
    },
    headline: (matches, ctx) =>
        `Part of ${who(ctx)}’s facts could not be read (${matches.map((m) => USER_SECTION_LABELS[m.params.section as UserSection]).join(', ')})`,
    explain: () => 'Steps that depend on these facts say “unknown”.',
    remediation: (matches, ctx) => {
        const f = ctx.user?.facts;
        return f ? sectionGapSteps(matches.map((m) => f[m.params.section as UserSection] as Section<unknown>)) : [];
    }
});

export const USER_INACTIVE = rule('user', {
    id: 'user.inactive',
    title: 'User is inactive',
    severity: 'error',
    plan: null,
    source: SOURCES.jetstreamRequiredPermissions,
    description: 'The user is inactive and cannot log in or authorize any app.',
    remediationSummary: 'Reactivate the user if they should use Jetstream.',
    evaluate: (ctx) => {
        if (!ctx.user?.info || ctx.user.info.isActive) return [];
        return [orgMatch(ctx.user.displayName, `${ctx.user.info.username} is inactive.`, [])];
    },
    headline: (_m, ctx) => `${who(ctx)} is inactive`,
    explain: () => 'Inactive users cannot log in to Salesforce, so they cannot connect Jetstream in any way.',
    remediation: () => [{ text: 'Reactivate the user in Setup: Users.', link: setupLink('users') }]
});

export const USER_FROZEN = rule('user', {
    id: 'user.frozen',
    title: 'User is frozen',
    severity: 'error',
    plan: null,
    source: SOURCES.userLoginObject,
    description:
        'The user is active but frozen (UserLogin.IsFrozen): they cannot log in, so they cannot connect Jetstream in any way until an admin unfreezes them. Since April 2026 Salesforce also freezes users itself and revokes all their refresh tokens, so after unfreezing they connect again with a new authorization, which needs the app installed.',
    remediationSummary: 'Unfreeze the user (or deactivate them if frozen on purpose), then check the install of the apps they use.',
    evaluate: (ctx) => {
        if (!ctx.user?.info?.isActive || ctx.user.frozen !== 'yes') return [];
        return [
            orgMatch(ctx.user.displayName, `${ctx.user.info.username} is frozen.`, ['UserLogin.IsFrozen is true for this user.'], {
                links: [userLink(ctx.user.info.userId, ctx.user.displayName)]
            })
        ];
    },
    headline: (_m, ctx) => `${who(ctx)} is frozen`,
    explain: () =>
        `A frozen user cannot log in to Salesforce, so they cannot connect Jetstream in any way. Since April 2026 Salesforce freezes users itself — connected-app or API traffic from an anonymizing VPN, a proxy or a high-risk address (from 2026-04-24), or a login anomaly — and revokes all their refresh tokens. Once unfrozen, connecting again is a new authorization: it needs the app installed or Approve Uninstalled Connected Apps.`,
    remediation: (_m, ctx) => {
        const name = ctx.user?.displayName ?? 'the user';
        const steps = [
            {
                text: `Unfreeze ${name}: their user page → Unfreeze (if you froze them on purpose, deactivate them instead).`,
                link: userLink(ctx.user?.info?.userId ?? null, name)
            }
        ];
        for (const app of ctx.org.apps.filter(
            (a) => counts(ctx, a) && a.entry.kind === 'ConnectedApp' && a.installState === 'notInstalled'
        )) {
            steps.push({
                text: `Then install ${app.entry.label}: reconnecting after a freeze is a new authorization.`,
                link: installLink(ctx.org.myDomainUrl, app.entry) ?? setupLink('oauthUsage')
            });
        }
        return steps;
    },
    caveats: [
        'Whether Salesforce or an admin froze the user is not readable: Salesforce emails the admins when it freezes someone.',
        `Freezes by Salesforce: ${SOURCES.containmentVpn.title}; ${SOURCES.containmentAnomaly.title}.`
    ]
});

export const USER_API_DISABLED = rule('user', {
    id: 'user.api-disabled',
    title: 'User lacks API Enabled',
    severity: 'error',
    plan: null,
    source: SOURCES.jetstreamRequiredPermissions,
    description: 'No profile, permission set or group assigned to the user grants API Enabled, which Jetstream needs to connect an org.',
    remediationSummary: 'Grant API Enabled through a permission set (for example “Jetstream Users”).',
    evaluate: (ctx) => {
        if (!ctx.user?.info?.isActive || ctx.user.apiEnabled !== 'no') return [];
        const assigned = ctx.user.assignments.map((a) => `“${a.assignable.label}”`).join(', ') || 'none';
        return [orgMatch(ctx.user.displayName, `Assignments: ${assigned}; none grants API Enabled.`, [])];
    },
    headline: (_m, ctx) => `${who(ctx)} does not have API Enabled`,
    explain: () =>
        'Jetstream works through the Salesforce API: without API Enabled the user cannot connect the web app, the desktop app or the in-org package.',
    remediation: () => [
        {
            text: 'Assign a permission set with API Enabled (a “Jetstream Users” permission set can also grant the apps).',
            link: setupLink('permissionSets')
        }
    ]
});

export const USER_NEEDS_INSTALL = rule('user', {
    id: 'user.needs-install',
    title: 'User blocked: app not installed',
    severity: 'error',
    plan: null,
    source: SOURCES.usageRestriction,
    description: 'The app is not installed and the user has neither Approve Uninstalled Connected Apps nor an existing authorization.',
    remediationSummary: 'Install the app.',
    evaluate: (ctx) =>
        perUserApp(
            ctx,
            (a) => a.blocker === 'notInstalled' || a.blocker === 'packageNotInstalled',
            () => 'Not installed; no bypass and no existing authorization.'
        ),
    headline: (matches, ctx) => `${who(ctx)} cannot connect: ${appLabels(matches)} ${matches.length === 1 ? 'is' : 'are'} not installed`,
    explain: () =>
        'Since September 2025 a new authorization needs the app installed or Approve Uninstalled Connected Apps; this user has neither.',
    remediation: (matches) => actions(matches)
});

export const USER_NOT_GRANTED = rule('user', {
    id: 'user.not-granted',
    title: 'User not pre-authorized for an admin-approved app',
    severity: 'error',
    plan: null,
    source: SOURCES.notApprovedForAccess,
    description:
        'The app is admin-approved and none of the user’s profile, permission sets or groups is granted it: the user’s attempts fail with “Failed: Not approved for access”.',
    remediationSummary: 'Assign the user a permission set granted the app.',
    evaluate: (ctx) =>
        perUserApp(
            ctx,
            (a) => a.blocker === 'notGranted',
            () => 'Admin-approved; not granted to any of the user’s profile, permission sets or groups.'
        ),
    headline: (matches, ctx) => `${who(ctx)} is not pre-authorized for ${appLabels(matches)}`,
    explain: () => 'An admin-approved app only admits users whose profile, permission set or group is granted it.',
    remediation: (matches) => actions(matches)
});

export const USER_SESSION_ONLY = rule('user', {
    id: 'user.session-based-only',
    title: 'User granted only through a session-based permission set',
    severity: 'warning',
    plan: null,
    source: SOURCES.permissionSetObjects,
    description: 'The only grant reaching the user is a session-based permission set, which grants nothing until activated in a session.',
    remediationSummary: 'Assign a regular permission set granted the app.',
    evaluate: (ctx) =>
        perUserApp(
            ctx,
            (a) => a.blocker === 'sessionBasedOnly',
            () => 'Granted only through a session-based permission set.'
        ),
    headline: (matches, ctx) => `${who(ctx)} reaches ${appLabels(matches)} only through a session-based permission set`,
    explain: () => 'Session-based permission sets grant nothing until a session activates them.',
    remediation: (matches) => actions(matches),
    caveats: ['Whether an OAuth connection can activate a session-based permission set is not verified.']
});

export const USER_RELIES_ON_APPROVE = rule('user', {
    id: 'user.relies-on-approve-uninstalled',
    title: 'User connects only through Approve Uninstalled Connected Apps',
    severity: 'warning',
    plan: null,
    source: SOURCES.usageRestriction,
    description: 'The app is not installed; the user can connect only because they hold Approve Uninstalled Connected Apps.',
    remediationSummary: 'Install the app so access does not depend on a bypass permission.',
    evaluate: (ctx) =>
        perUserApp(
            ctx,
            (a) => a.path === 'approveUninstalled',
            () => 'Not installed; connects through the bypass permission.'
        ),
    headline: (matches, ctx) => `${who(ctx)} reaches ${appLabels(matches)} only through Approve Uninstalled Connected Apps`,
    explain: () =>
        'The app is not installed; this user connects through the bypass permission, which also opens every other uninstalled app.',
    remediation: (matches) => matches.map((m) => ({ text: `Install ${m.app?.entry.label ?? 'the app'}.`, link: null }))
});

export const USER_RELIES_ON_USE_ANY = rule('user', {
    id: 'user.relies-on-use-any-api-client',
    title: 'User relies on Use Any API Client',
    severity: 'warning',
    plan: null,
    source: SOURCES.useAnyApiClientChange,
    description:
        'The user holds Use Any API Client but not Approve Uninstalled Connected Apps, for an app that is not installed: since 2025-12-08 that no longer lets them connect.',
    remediationSummary: 'Install the app.',
    evaluate: (ctx) =>
        perUserApp(
            ctx,
            (a) => a.reliesOnUseAnyApiClient,
            () => 'Holds Use Any API Client, which no longer helps with uninstalled apps.'
        ),
    headline: (matches, ctx) => `Use Any API Client no longer gets ${who(ctx)} into ${appLabels(matches)}`,
    explain: () => 'Since the week of 8 December 2025, Use Any API Client no longer allows authorizing uninstalled connected apps.',
    remediation: (matches) => matches.map((m) => ({ text: `Install ${m.app?.entry.label ?? 'the app'}.`, link: null }))
});

export const USER_EXISTING_TOKEN_ONLY = rule('user', {
    id: 'user.existing-token-only',
    title: 'User connected only through an existing authorization',
    severity: 'warning',
    plan: null,
    source: SOURCES.usageRestriction,
    description:
        'The app is not installed; the user’s existing authorization keeps working, but reconnecting (after expiry or revocation) will be blocked.',
    remediationSummary: 'Install the app before the token expires.',
    evaluate: (ctx) =>
        perUserApp(
            ctx,
            (a) => a.path === 'existingAuthorization',
            () => 'Works until the authorization ends (30 days unused, or revoked); cannot reconnect.'
        ),
    headline: (matches, ctx) => `${who(ctx)}’s ${appLabels(matches)} connection will not survive a reconnect`,
    explain: () => `The existing authorization works ${TOKEN_ENDS}; a new one needs the app installed.`,
    remediation: (matches) => matches.map((m) => ({ text: `Install ${m.app?.entry.label ?? 'the app'}.`, link: null }))
});

export const USER_GROUP_OUTDATED = rule('user', {
    id: 'user.group-outdated',
    title: 'User’s access comes through a group that is not up to date',
    severity: 'recommendation',
    plan: null,
    source: SOURCES.permissionSetObjects,
    description: 'The user is pre-authorized through a permission set group whose status is not Updated.',
    remediationSummary: 'Recalculate the group.',
    evaluate: (ctx) =>
        perUserApp(
            ctx,
            (a) =>
                a.path === 'preAuthorized' &&
                a.grantedVia.some((g) => g.grant.grantedTo.groupStatus !== null && g.grant.grantedTo.groupStatus !== 'Updated'),
            (a) =>
                a.grantedVia
                    .filter((g) => g.grant.grantedTo.groupStatus !== null && g.grant.grantedTo.groupStatus !== 'Updated')
                    .map((g) => `Group “${g.grant.grantedTo.label}” has status ${g.grant.grantedTo.groupStatus ?? '?'}.`)
                    .join(' ')
        ),
    headline: (matches, ctx) => `${who(ctx)} reaches ${appLabels(matches)} through a group that is not up to date`,
    explain: () => 'Until the group is recalculated its aggregated permissions may not include the grant.',
    remediation: () => [{ text: 'Open the group and recalculate it.', link: setupLink('permissionSetGroups') }]
});

export const USER_GRANT_EXPIRING = rule('user', {
    id: 'user.grant-expiring',
    title: 'User’s access depends on an expiring assignment',
    severity: 'recommendation',
    plan: null,
    source: SOURCES.permissionSetObjects,
    description: 'Every grant that pre-authorizes the user comes through an assignment with an expiration date.',
    remediationSummary: 'Extend the assignment if the user should keep access.',
    evaluate: (ctx) =>
        perUserApp(
            ctx,
            (a) =>
                a.path === 'preAuthorized' &&
                a.grantedVia.filter((g) => !g.grant.grantedTo.hasActivationRequired).every((g) => g.assignment.expirationDate !== null),
            (a) =>
                a.grantedVia
                    .map((g) => `“${g.grant.grantedTo.label}” assignment expires ${g.assignment.expirationDate?.slice(0, 10) ?? '?'}.`)
                    .join(' ')
        ),
    headline: (matches, ctx) => `${who(ctx)} loses ${appLabels(matches)} when an assignment expires`,
    explain: () => 'When the assignment expires the grant no longer reaches the user, and their next connection attempt fails.',
    remediation: () => [{ text: 'Extend the assignment’s expiration date if needed.', link: setupLink('permissionSets') }]
});

export const USER_SIGNIN_FAILURES = rule('user', {
    id: 'user.signin-failures',
    title: 'User’s recent sign-in failures',
    severity: 'info',
    plan: null,
    source: SOURCES.notApprovedForAccess,
    description: 'Login History shows failed sign-ins of this user for a catalog app.',
    remediationSummary: 'Fix the blocker in the user’s chain.',
    evaluate: (ctx) =>
        perUserApp(
            ctx,
            (a) => a.failedSignIns.length > 0,
            (a) => {
                const ip = a.failedSignIns.find((s) => refusalCauseOf(s.status) === 'ipRestriction');
                if (ip) {
                    const profile = ctx.user?.info?.profileName ? `their profile “${ctx.user.info.profileName}”` : 'their profile';
                    return `“${ip.status}”: an IP restriction refused them, probably the Login IP Ranges of ${profile}${a.app.entry.way === 'web' ? ', which must include Jetstream’s servers' : ''}.`;
                }
                if (a.failedSignIns.some((s) => isLoginHoursStatus(s.status))) {
                    const profile = ctx.user?.info?.profileName ? `their profile “${ctx.user.info.profileName}”` : 'their profile';
                    return `“Restricted Time”: signed in outside the Login Hours of ${profile}.`;
                }
                const attempts = plural(
                    a.failedSignIns.reduce((n, s) => n + s.attempts, 0),
                    'failed attempt'
                );
                return a.canConnect === 'no'
                    ? `${attempts}; the chain explains why.`
                    : `${attempts}; the current facts would let the user connect: the failures may predate a fix.`;
            }
        ),
    headline: (matches, ctx) => `${who(ctx)} failed to sign in to ${appLabels(matches)} recently`,
    explain: () => 'Login History shows failed sign-ins in the last 30 days.',
    remediation: (matches, ctx) => [
        ...(matches.some((m) => m.assessment?.failedSignIns.some((s) => isLoginHoursStatus(s.status)))
            ? [loginHoursStep(ctx.user?.info?.profileName ?? '<the user’s profile>')]
            : []),
        { text: 'Open Login History.', link: setupLink('loginHistory') }
    ],
    caveats: ['The Login History statuses are Salesforce’s (Object Reference, LOGIN_STATUS values), compared without case.']
});

export const USER_RULES = [
    USER_FACTS_UNAVAILABLE,
    USER_INACTIVE,
    USER_FROZEN,
    USER_API_DISABLED,
    USER_NEEDS_INSTALL,
    USER_NOT_GRANTED,
    USER_SESSION_ONLY,
    USER_RELIES_ON_USE_ANY,
    USER_RELIES_ON_APPROVE,
    USER_EXISTING_TOKEN_ONLY,
    USER_GROUP_OUTDATED,
    USER_GRANT_EXPIRING,
    USER_SIGNIN_FAILURES
];
