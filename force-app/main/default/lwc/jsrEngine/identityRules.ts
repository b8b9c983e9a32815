// Rules about who can sign in at all: frozen users among those who connect Jetstream (UserLogin), and what the check
// cannot read and an admin checks by hand — profile Login IP Ranges and Login Hours, and the MFA that every Jetstream
// connect now meets. Rows are apps, or the org.
import { connectedApps, type AppFacts, type FrozenConnector } from './facts';
import { appPageLink, docLink, installLink, setupLink, userLink } from './links';
import type { RemediationStep } from './report';
import {
    appLabels,
    appMatch,
    appOf,
    installed,
    orgMatch,
    provenProblem,
    rule,
    usedApps,
    type RuleContext,
    type RuleMatch
} from './ruleKit';
import { SOURCES } from './sources';
import { joinAnd, listNames, plural } from './words';

/** At most this many users get their own unfreeze step (and link); the rest are in the rows and Setup: Users. */
const UNFREEZE_STEPS = 10;

function connectorWords(c: FrozenConnector, app: AppFacts): string {
    const how = c.holdsToken
        ? `holds a ${app.entry.label} authorization`
        : `signed in to ${app.entry.label} ${plural(c.signInAttempts, 'time')} in the last 30 days`;
    const profile = c.user.profileName ? `, profile “${c.user.profileName}”` : '';
    return `${c.user.name} (${c.user.username}${profile}): frozen; ${how}.`;
}

/** The distinct frozen users of the matches, in match order. */
function frozenOf(matches: readonly RuleMatch[]): FrozenConnector[] {
    const seen = new Map<string, FrozenConnector>();
    for (const m of matches) for (const c of m.app?.frozenConnectors ?? []) if (!seen.has(c.user.userId)) seen.set(c.user.userId, c);
    return [...seen.values()];
}

export const APP_FROZEN_USERS = rule('app', {
    id: 'app.frozen-users',
    title: 'Users who connect Jetstream are frozen',
    severity: 'warning',
    plan: { kind: 'unblock', action: 'unfreeze' },
    source: SOURCES.containmentVpn,
    description:
        'A user who holds a token of a Jetstream app, or signed in to one in the last 30 days, is frozen (UserLogin.IsFrozen): they cannot log in until an admin unfreezes them. Since April 2026 Salesforce freezes users itself (connected-app or API traffic from anonymizing VPNs, proxies or high-risk addresses from 2026-04-24; login anomalies) and revokes all their refresh tokens, so reconnecting is a new authorization, which needs the app installed. A warning on each way those users use; not read (the check lacks Manage Users), each way’s chain says “unknown”.',
    remediationSummary:
        'Unfreeze the users who should keep working (or deactivate those frozen on purpose), then make sure the apps they use are installed: they reconnect with a new authorization.',
    evaluate: (ctx) =>
        usedApps(ctx)
            .filter((a) => a.frozenConnectors.length > 0 && provenProblem(ctx, a))
            .map((a) =>
                appMatch(
                    a,
                    `${plural(a.frozenConnectors.length, 'user')} who ${a.frozenConnectors.length === 1 ? 'connects' : 'connect'} it ${a.frozenConnectors.length === 1 ? 'is' : 'are'} frozen: ${listNames(a.frozenConnectors.map((c) => c.user.name))}.`,
                    a.frozenConnectors.map((c) => connectorWords(c, a)),
                    {
                        params: { users: a.frozenConnectors.length },
                        links: [...a.frozenConnectors.slice(0, 5).map((c) => userLink(c.user.userId, c.user.name)), setupLink('users')]
                    }
                )
            ),
    headline: (matches) => {
        const users = frozenOf(matches).length;
        return `${plural(users, 'user')} who ${users === 1 ? 'connects' : 'connect'} ${appLabels(matches)} ${users === 1 ? 'is' : 'are'} frozen`;
    },
    explain: () =>
        'A frozen user cannot log in to Salesforce, so they cannot connect Jetstream. Since April 2026 Salesforce freezes users itself — when a connected app or the API is used from an anonymizing VPN, a proxy or a high-risk address (from 2026-04-24), or after a login anomaly — revokes all their OAuth refresh tokens and emails the admins who have Modify All Data. Once unfrozen, the user connects Jetstream again: a new authorization, which needs the app installed (or Approve Uninstalled Connected Apps).',
    remediation: (matches, ctx) => {
        const frozen = frozenOf(matches);
        const steps: RemediationStep[] = frozen.slice(0, UNFREEZE_STEPS).map((c) => ({
            text: `Unfreeze ${c.user.name} (their user page → Unfreeze) if they should keep working; if you froze them on purpose, deactivate them instead.`,
            link: userLink(c.user.userId, c.user.name)
        }));
        if (frozen.length > UNFREEZE_STEPS)
            steps.push({ text: `And ${plural(frozen.length - UNFREEZE_STEPS, 'more user')} listed above.`, link: setupLink('users') });
        const uninstalled = matches.map(appOf).filter((a) => a.entry.kind === 'ConnectedApp' && a.installState === 'notInstalled');
        for (const app of uninstalled) {
            steps.push({
                text: `Then install ${app.entry.label}: their refresh tokens were revoked if Salesforce froze them, and reconnecting is a new authorization, blocked while the app is not installed.`,
                link: installLink(ctx.org.myDomainUrl, app.entry) ?? setupLink('oauthUsage')
            });
        }
        if (uninstalled.length === 0)
            steps.push({
                text: 'Then have them connect Jetstream again (a new authorization): check that the apps they use are installed and that they may use them (the app cards).',
                link: null
            });
        steps.push({
            text: 'If Salesforce froze them for an anonymizing VPN or proxy (its email to admins says so), ask them to connect without it: Jetstream Desktop connects from the user’s own network.',
            link: docLink('Salesforce Help 005318944', SOURCES.containmentVpn.url)
        });
        return steps;
    },
    caveats: [
        'Frozen users are read from UserLogin.IsFrozen, which needs Manage Users. Whether Salesforce or an admin froze a user is not readable: Salesforce’s email to the admins says which.',
        'A frozen user counts as connecting an app when they hold one of its tokens or signed in to it in the last 30 days (Login History). A user Salesforce froze holds no token any more (it revokes them all), so the sign-ins find them.',
        `Login anomalies freeze users too (${SOURCES.containmentAnomaly.title}).`
    ]
});

/** The documented addresses an app connects from, worded ("74.220.50.22, 74.220.50.23 and 74.220.50.24"). */
export function egressWords(app: AppFacts): string {
    return joinAnd(app.entry.egressIps);
}

export const IP_MANUAL_CHECK = rule('app', {
    id: 'app.ip-manual-check',
    title: 'Login IP ranges and login hours: check by hand',
    severity: 'info',
    plan: null,
    source: SOURCES.jetstreamIpAddresses,
    description:
        'Profile Login IP Ranges and Login Hours, and an app’s IP Relaxation, cannot be read with SOQL (they are profile and app metadata; no queryable object holds them): a guided check by hand per app where it matters. The web app connects from Jetstream’s documented addresses (the catalog’s egress IPs), so a profile with Login IP Ranges must include them; the desktop app connects from each user’s own network, so Jetstream’s addresses do not matter for it.',
    remediationSummary:
        'For the web app, compare each profile’s Login IP Ranges with Jetstream’s addresses (or relax IP restrictions on the app); for every app, check the Login Hours of the profiles of Jetstream users.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => installed(a) && (a.entry.way === 'web' || a.entry.way === 'desktop'))
            .map((a) =>
                appMatch(
                    a,
                    a.entry.way === 'desktop'
                        ? 'Connects from each user’s own network (office, home, VPN): a profile with Login IP Ranges must include those networks; Jetstream’s addresses do not matter here.'
                        : a.entry.egressIps.length > 0
                          ? `Connects from Jetstream’s servers: a profile with Login IP Ranges must include ${egressWords(a)}.`
                          : 'The catalog lists no outbound addresses for this app.',
                    [
                        a.entry.way === 'desktop'
                            ? 'Jetstream Desktop runs on the user’s computer and calls Salesforce from the user’s network.'
                            : `Catalog egress IPs: ${a.entry.egressIps.join(', ') || 'none'}.`,
                        `Not readable with SOQL: ${SOURCES.profileLoginRestrictions.title}.`
                    ],
                    { links: [appPageLink(a.entry, a.install), setupLink('profiles')] }
                )
            ),
    headline: (matches) => `Check Login IP Ranges and Login Hours for ${appLabels(matches)} by hand`,
    explain: () =>
        'A profile can limit where (Login IP Ranges) and when (Login Hours) its users log in; an app’s IP Relaxation decides whether those ranges apply to it. The check cannot read either. Where a profile limits its ranges, the web app needs Jetstream’s addresses in them (it calls Salesforce from Jetstream’s servers), and the desktop app needs the networks people work from. Refusals that Login History shows are listed in their own finding.',
    remediation: (matches) => {
        const steps: RemediationStep[] = [];
        for (const m of matches) {
            const app = appOf(m);
            steps.push({
                text:
                    app.entry.way === 'web' && app.entry.egressIps.length > 0
                        ? `${app.entry.label}: Setup > Profiles > each profile of Jetstream users > Login IP Ranges: the ranges must include ${egressWords(app)} (Jetstream’s addresses since 2026-05-28). Or relax IP restrictions on the app: its page → Edit Policies → IP Relaxation.`
                        : `${app.entry.label}: the same profiles’ Login IP Ranges must include the networks people connect from (office, home, VPN); or relax IP restrictions on the app: its page → Edit Policies → IP Relaxation.`,
                link: appPageLink(app.entry, app.install)
            });
        }
        steps.push({
            text: 'Setup > Profiles > each profile of Jetstream users > Login Hours: Jetstream connects only within them.',
            link: setupLink('profiles')
        });
        return steps;
    },
    caveats: [
        'Login IP Ranges and Login Hours are profile metadata (Metadata API); this check reads SOQL only, and no Salesforce document describes an object that holds them.'
    ]
});

/** The used ways served by a connected app (MFA meets every Jetstream connect through Salesforce's login page). */
function usedConnectedApps(ctx: RuleContext): AppFacts[] {
    return usedApps(ctx).filter((a) => connectedApps(ctx.org).includes(a));
}

export const MFA_CHECK = rule('org', {
    id: 'org.mfa-check',
    title: 'MFA on every Jetstream connect: check by hand',
    severity: 'info',
    plan: null,
    source: SOURCES.mfaAllUsers,
    description:
        'Jetstream asks Salesforce for a fresh login on every connect, and Salesforce now requires MFA on every employee login (production from 2026-07-20, sandboxes from 2026-06-22), a phishing-resistant method for admins and other privileged users (production from 2026-07-01). Who has registered which method cannot be read with SOQL here: a guided check by hand, with the apps’ High Assurance session policy, which the check reads.',
    remediationSummary:
        'Make sure every Jetstream user has a verification method registered, and every admin a phishing-resistant one (a security key or a built-in authenticator).',
    evaluate: (ctx) => {
        const apps = usedConnectedApps(ctx);
        if (apps.length === 0) return [];
        const sandbox = ctx.org.isSandbox === true;
        const since = sandbox
            ? 'in sandboxes since 2026-06-22'
            : 'in production since 2026-07-20, and admins need a phishing-resistant method since 2026-07-01';
        const highAssurance = apps.filter((a) => a.highAssurance === true).map((a) => a.entry.label);
        const evidence = [
            `Jetstream asks for a fresh login on every connect (${SOURCES.jetstreamFreshLogin.title}).`,
            `MFA on every employee login ${since} (${SOURCES.mfaAllUsers.title}; ${SOURCES.mfaPrivileged.title}).`,
            ...apps.map(
                (a) =>
                    `${a.entry.label}: ${a.highAssurance === true ? 'requires a High Assurance session' : a.highAssurance === false ? 'standard session (no High Assurance requirement)' : a.installState === 'installed' ? 'session policy could not be read' : 'not installed (no session policy)'}.`
            ),
            'Not read: which verification methods each user has registered (TwoFactorMethodsInfo needs the Manage MFA in API permission), and the org’s identity verification settings.'
        ];
        return [
            orgMatch(
                'Every Jetstream connect',
                `${joinAnd(apps.map((a) => a.entry.label))}: every connect is a fresh Salesforce login, and MFA applies to it ${since}.${highAssurance.length > 0 ? ` ${joinAnd(highAssurance)} also ${highAssurance.length === 1 ? 'requires' : 'require'} a High Assurance session.` : ''}`,
                evidence,
                { links: [setupLink('identityVerification'), setupLink('users')] }
            )
        ];
    },
    headline: () => 'Every Jetstream connect now asks for MFA: check that users can answer it',
    explain: () =>
        'Jetstream asks Salesforce for a fresh login each time someone connects an org, and Salesforce now requires multi-factor authentication on every employee login, single sign-on included; admins and other privileged users need a phishing-resistant method. A user without a registered method cannot finish connecting. The check cannot read who has registered what.',
    remediation: () => {
        const steps: RemediationStep[] = [
            {
                text: 'Check that every Jetstream user has a verification method registered (Salesforce Authenticator, an authenticator app, a security key or a built-in authenticator): their user page → Identity Verification Methods.',
                link: setupLink('users')
            },
            {
                text: 'Admins and users with Modify All Data, View All Data, Customize Application or Author Apex need a phishing-resistant method: a security key or a built-in authenticator (Touch ID, Windows Hello).',
                link: setupLink('identityVerification')
            },
            { text: 'Salesforce Help 005321561 (every employee login).', link: docLink('Help 005321561', SOURCES.mfaAllUsers.url) },
            {
                text: 'Salesforce Help 005321563 (phishing-resistant MFA for privileged users).',
                link: docLink('Help 005321563', SOURCES.mfaPrivileged.url)
            }
        ];
        return steps;
    },
    caveats: [
        'Salesforce staggers the enforcement over about 30 days from the dates given (about 7 days in sandboxes).',
        'The phishing-resistant requirement covers direct and single sign-on logins of users with the System Administrator profile, Modify All Data, View All Data, Customize Application or Author Apex (Help 005321563).'
    ]
});

export const IDENTITY_RULES = [APP_FROZEN_USERS, IP_MANUAL_CHECK, MFA_CHECK];
