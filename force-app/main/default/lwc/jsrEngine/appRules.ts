// Rules about each catalog app: installed or not, who may connect (Permitted Users and grants), its token and
// session policies, and the grants that carry it. Rows are apps (or the profiles / permission sets of a grant).
import { IDLE_LIMIT_DAYS, productionMyDomainUrl, type AppFacts, type OrgFacts } from './facts';
import { appPageLink, appSetupPageLabel, assignableLink, docLink, installLink, manageLink, setupLink } from './links';
import type { RemediationStep } from './report';
import {
    appLabels,
    appMatch,
    appOf,
    counts,
    installed,
    provenProblem,
    rule,
    textStep,
    usedApps,
    usedUninstalledConnectedApps,
    type RuleContext,
    type RuleMatch
} from './ruleKit';
import type { AppGrant } from './snapshot';
import { DEVICE_FLOW_EXCEPTION, SOURCES, TOKEN_ENDS } from './sources';
import { assignableWords, joinAnd, listNames, plural, refreshWords } from './words';

function verdictOf(ctx: RuleContext, app: AppFacts) {
    return ctx.judged.get(app.entry.developerName)?.decision.verdict;
}

function tokenEvidence(org: OrgFacts, app: AppFacts): string {
    if (!org.authorizationsReadable) return 'Existing authorizations could not be read.';
    if (app.tokenCount === 0) {
        return org.authorizationsComplete
            ? 'Nobody holds an existing authorization.'
            : 'No existing authorization among the tokens the check could see (only part of them were readable).';
    }
    const atLeast = org.authorizationsComplete ? '' : 'at least ';
    return `${atLeast}${plural(app.tokenUserIds.size, 'user')} ${app.tokenUserIds.size === 1 ? 'holds' : 'hold'} ${plural(app.tokenCount, 'existing authorization')} (last used ${app.lastTokenUse?.slice(0, 10) ?? 'never'}): ${listNames(app.tokenUserNames, 5, app.tokenUserIds.size)}.`;
}

/** Who grants API Enabled: how many profiles, permission sets and groups, and the largest of them. */
function apiEnabledEvidence(org: OrgFacts): string {
    const { holders, activeAssignees, largest } = org.apiEnabled;
    const largestWords = largest.map((h) => `“${h.assignable.label}” (${h.assignable.activeAssignees})`).join(', ');
    return `API Enabled is granted by ${holders} ${holders === 1 ? 'profile, permission set or group' : 'profiles, permission sets or groups'} (up to ${plural(activeAssignees, 'active user')})${largest.length > 0 ? `; the largest: ${largestWords}` : ''}.`;
}

function approveEvidence(org: OrgFacts): string {
    const a = org.approve;
    if (!a.determinable) {
        return a.fieldExists === false
            ? 'Who holds Approve Uninstalled Connected Apps cannot be determined: the permission is not in this org’s describe.'
            : a.cappedWithoutHolder
              ? 'No holder of Approve Uninstalled Connected Apps among the holders read (list capped): cannot determine.'
              : 'Who holds Approve Uninstalled Connected Apps could not be read.';
    }
    if (a.holders.length === 0) return 'Nobody holds Approve Uninstalled Connected Apps.';
    return `Approve Uninstalled Connected Apps: ${plural(a.totalActiveAssignees, 'active user')} through ${a.holders.map((h) => `“${h.assignable.label}”`).join(', ')}.`;
}

/** The install steps of the apps of the matches: one install link each; in a sandbox the trade-off (here now, lost at
 * the next refresh; in production before the next refresh). */
export function installSteps(ctx: RuleContext, apps: readonly AppFacts[]): RemediationStep[] {
    const org = ctx.org;
    const steps: RemediationStep[] = [];
    const production = org.isSandbox === true ? productionMyDomainUrl(org.myDomainUrl) : null;
    for (const app of apps) {
        const here = installLink(org.myDomainUrl, app.entry);
        if (here) {
            steps.push({
                text:
                    org.isSandbox === true
                        ? `Install ${app.entry.label} in this sandbox now (lost at its next refresh).`
                        : `Install ${app.entry.label}: open the link as an admin with Customize Application and, in addition, Modify All Data or Manage Connected Apps, and approve.`,
                link: here
            });
        }
        const prod = installLink(production, app.entry);
        if (prod) {
            steps.push({
                text: `And install ${app.entry.label} in production before the next refresh, so refreshed sandboxes carry it (link derived from this sandbox’s My Domain: check it is your production domain).`,
                link: { ...prod, label: `${prod.label} in production` }
            });
        }
    }
    steps.push({
        text: `${steps.length > 0 ? 'Or find' : 'Find'} ${appsWords(apps)} on Connected Apps OAuth Usage and click Install (listed only after someone tried to connect, and sometimes not at all).`,
        link: setupLink('oauthUsage')
    });
    steps.push({
        text: 'Then set Permitted Users and, to limit who connects, grant the app to a dedicated “Jetstream Users” permission set (the app’s page → Edit Policies, Manage Permission Sets).',
        link: null
    });
    return steps;
}

function appsWords(apps: readonly AppFacts[]): string {
    return joinAnd(apps.map((a) => a.entry.label));
}

export const APP_INSTALL_UNKNOWN = rule('app', {
    id: 'app.install-unknown',
    title: 'Cannot determine whether the app is installed',
    severity: 'info',
    plan: { kind: 'complete', action: 'complete-check' },
    source: SOURCES.usageRestriction,
    description:
        'The installed apps were not readable, External Client Apps could not be queried (the reader names ExternalClientApplication in the apps section’s missing fields), or the reader returned no row for the catalog entry: install state is unknown, never “not installed”.',
    remediationSummary:
        'Check Setup: Manage Connected Apps (or External Client App Manager) by hand, or give the checker View Setup and Configuration.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => a.installState === 'cannotDetermine')
            .map((a) => {
                const evidence = [a.installUnknownReason ?? 'The installed apps could not be read.'];
                const readerReason = ctx.org.snapshot.apps.reason;
                if (a.entry.kind === 'ExternalClientApp' && ctx.org.ecaObjectMissing.length > 0 && readerReason)
                    evidence.push(`Reader: ${readerReason}`);
                return appMatch(a, `Look for it in ${appSetupPageLabel(a.entry)}.`, evidence, { links: [manageLink(a.entry)] });
            }),
    headline: (matches) => `Cannot determine whether ${appLabels(matches)} ${matches.length === 1 ? 'is' : 'are'} installed`,
    explain: () => 'Whether an app is installed decides who can connect; it could not be read, so this is not a pass and not a “no”.',
    remediation: (matches) =>
        matches.map((m) => ({
            text: `Look for ${appOf(m).entry.label} in ${appSetupPageLabel(appOf(m).entry)}.`,
            link: manageLink(appOf(m).entry)
        }))
});

export const APP_NOT_INSTALLED = rule('app', {
    id: 'app.not-installed',
    title: 'Connected app not installed',
    severity: 'error',
    plan: { kind: 'unblock', action: 'install' },
    source: SOURCES.usageRestriction,
    description: `Since September 2025 a connected app must be installed for new authorizations. For a way the org uses: an error when nobody holds Approve Uninstalled Connected Apps (the way is blocked), a warning when some do or when holders cannot be read (action needed). Existing authorizations keep working ${DEVICE_FLOW_EXCEPTION} ${TOKEN_ENDS}.`,
    remediationSummary:
        'Install the app with the manual install link built from this org’s My Domain (or from Connected Apps OAuth Usage); in a sandbox, here now and in production before the next refresh.',
    evaluate: (ctx) =>
        usedUninstalledConnectedApps(ctx).map((a) => {
            const link = installLink(ctx.org.myDomainUrl, a.entry);
            const blocked = verdictOf(ctx, a) === 'blocked';
            return appMatch(
                a,
                blocked
                    ? 'Not installed, and nobody can bypass it: no new connection can succeed.'
                    : 'Not installed: only holders of Approve Uninstalled Connected Apps can make a new connection.',
                [
                    `No connected app named ${a.entry.matchNames.map((n) => `“${n}”`).join(' or ')} is installed.`,
                    approveEvidence(ctx.org),
                    tokenEvidence(ctx.org, a)
                ],
                { severity: blocked ? 'error' : 'warning', links: link ? [link] : [setupLink('oauthUsage')] }
            );
        }),
    headline: (matches) => `${appLabels(matches)} ${matches.length === 1 ? 'is' : 'are'} not installed`,
    explain: (matches, ctx) => {
        const who =
            matches[0]?.severity === 'error'
                ? 'nobody can make a new connection: nobody holds Approve Uninstalled Connected Apps'
                : ctx.org.approve.determinable
                  ? `only the ${plural(ctx.org.approve.totalActiveAssignees, 'user')} holding Approve Uninstalled Connected Apps can make a new connection`
                  : 'only holders of Approve Uninstalled Connected Apps can make a new connection, and who holds it cannot be read here';
        return `Since September 2025 Salesforce blocks new authorizations of connected apps that are not installed. Today ${who}; an authorization users already have keeps working ${TOKEN_ENDS}. System administrators are not exempt unless their profile holds the permission.`;
    },
    remediation: (matches, ctx) => installSteps(ctx, matches.map(appOf))
});

export const APP_USED_NOT_INSTALLED = rule('app', {
    id: 'app.used-not-installed',
    title: 'App used but not installed',
    severity: 'warning',
    plan: { kind: 'unblock', action: 'install' },
    source: SOURCES.manageOauthUsage,
    description: `Users hold tokens for a catalog app that is not installed. Each keeps working ${TOKEN_ENDS}; then, like anyone new, its user is blocked. The app may be missing from Connected Apps OAuth Usage (a Salesforce bug Jetstream reports), so the manual install link is given.`,
    remediationSummary:
        'Install it now, with the manual install link if OAuth Usage does not list it; in a sandbox, match production licenses first.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => a.tokenCount > 0 && usedUninstalledConnectedApps(ctx).includes(a))
            .map((a) => {
                const live = a.liveTokenUsers;
                const detail =
                    live === 0
                        ? `${plural(a.tokenUserIds.size, 'user')} connected before, all unused for more than ${IDLE_LIMIT_DAYS} days: probably expired, none keeps working.`
                        : `${plural(live, 'user')} still connected; ${live === 1 ? 'that connection stops' : 'those connections stop'} at expiry (${IDLE_LIMIT_DAYS} days without use) or revocation, and cannot be renewed.`;
                const link = installLink(ctx.org.myDomainUrl, a.entry);
                return appMatch(a, detail, [tokenEvidence(ctx.org, a)], {
                    params: { users: a.tokenUserIds.size, live },
                    links: link ? [link] : [setupLink('oauthUsage')]
                });
            }),
    headline: (matches) => {
        const users = matches.reduce((n, m) => n + Number(m.params.users), 0);
        return `${plural(users, 'user')} connected to ${appLabels(matches)}, which ${matches.length === 1 ? 'is' : 'are'} not installed`;
    },
    explain: (_matches, ctx) =>
        `An existing authorization keeps working ${DEVICE_FLOW_EXCEPTION} ${TOKEN_ENDS}; reconnecting then needs the app installed. Jetstream reports that the app may not appear on Connected Apps OAuth Usage even after sign-in attempts (a Salesforce bug): the manual install link works regardless.${ctx.org.isSandbox === true ? ' In a sandbox, “Match Production Licenses to Sandbox without a Refresh” can restore it there.' : ''}`,
    remediation: (matches, ctx) => {
        const steps = installSteps(ctx, matches.map(appOf)).slice(0, -2);
        if (ctx.org.isSandbox === true) {
            steps.push({
                text: 'Not listed on OAuth Usage in this sandbox? Run “Match Production Licenses to Sandbox without a Refresh” (Company Information), then try again.',
                link: setupLink('companyInformation')
            });
            steps.push({
                text: 'How to match production licenses (Salesforce Help 000386961).',
                link: docLink('Help 000386961', SOURCES.matchProductionLicenses.url)
            });
        }
        return steps;
    },
    caveats: [
        `A token unused for more than ${IDLE_LIMIT_DAYS} days is counted as expired, read from OauthToken.LastUsedDate (CreatedDate when never used): Salesforce does not document that this is the clock of the idle limit.`
    ]
});

export const ECA_NOT_INSTALLED = rule('app', {
    id: 'eca.not-installed',
    title: 'In-org package not installed',
    severity: 'error',
    plan: { kind: 'unblock', action: 'install-package' },
    source: SOURCES.ecaPreAuthorization,
    description:
        'The org uses the in-org package way (an admin marked it expected, or users signed in with it) but the package’s External Client App is not installed. Orgs that do not use it never see this (the package default is “not used”).',
    remediationSummary: 'Install the Jetstream for Salesforce managed package, assign its permission set, and pre-authorize its app.',
    evaluate: (ctx) =>
        usedApps(ctx)
            .filter((a) => a.entry.kind === 'ExternalClientApp' && a.installState === 'notInstalled' && provenProblem(ctx, a))
            .map((a) =>
                appMatch(a, 'Not installed: nobody can use Jetstream inside Salesforce.', [
                    `No External Client App named ${a.entry.matchNames.map((n) => `“${n}”`).join(' or ')} exists.`
                ])
            ),
    headline: (matches) => `${appLabels(matches)} is not installed`,
    explain: () =>
        'The External Client App comes with Jetstream’s managed package (early access); without the package nobody can use Jetstream inside Salesforce.',
    remediation: () => [
        textStep(
            'Install the Jetstream for Salesforce managed package, assign its permission set, and pre-authorize the app for a profile or an unmanaged permission set.'
        ),
        {
            text: 'If this org does not use the in-org package, mark it not used.',
            link: setupLink('customMetadata', 'Setup: Custom Metadata Types (Readiness App Usage)')
        }
    ]
});

function grantWords(g: AppGrant): string {
    return `${assignableWords(g.grantedTo)} (${plural(g.grantedTo.activeAssignees, 'active user')}${g.grantedTo.hasActivationRequired ? ', session-based' : ''})`;
}

export const APP_ADMIN_APPROVED_NO_GRANTS = rule('app', {
    id: 'app.admin-approved-no-grants',
    title: 'Admin-approved, but nobody is pre-authorized',
    severity: 'error',
    plan: { kind: 'unblock', action: 'pre-authorize' },
    source: SOURCES.notApprovedForAccess,
    description: `Permitted Users is “Admin approved users are pre-authorized” and the grants, read in full, give the app to no profile, permission set or group with active users (outside session-based sets): nobody can connect, and attempts fail with “Failed: Not approved for access”. A warning instead of an error for an External Client App that holders of Use Any API Client still reach (${SOURCES.ecaPreAuthorization.title}). A partly read grants section is “cannot determine” (app.permitted-users-unknown), never this rule.`,
    remediationSummary: 'Grant the app to a dedicated “Jetstream Users” permission set (with API Enabled) and assign it.',
    evaluate: (ctx) =>
        usedApps(ctx)
            .filter(
                (a) =>
                    installed(a) &&
                    a.permittedUsers === 'adminApproved' &&
                    a.grantsComplete &&
                    a.effectiveAssignees === 0 &&
                    provenProblem(ctx, a)
            )
            .map((a) => {
                const evidence =
                    a.grants.length === 0
                        ? [`No profile, permission set or group is granted ${a.entry.label}.`]
                        : [`Granted only to ${a.grants.map(grantWords).join(', ')}.`];
                const failed = a.failedSignIns.reduce((n, s) => n + s.attempts, 0);
                if (failed > 0) evidence.push(`${plural(failed, 'failed sign-in')} recorded for ${a.entry.label}.`);
                const blocked = verdictOf(ctx, a) === 'blocked';
                return appMatch(
                    a,
                    blocked
                        ? 'Nobody is pre-authorized: every connection fails.'
                        : 'Nobody is pre-authorized; only holders of Use Any API Client reach it.',
                    evidence,
                    { severity: blocked ? 'error' : 'warning', links: [appPageLink(a.entry, a.install)] }
                );
            }),
    headline: (matches) => `${appLabels(matches)}: admin-approved, but nobody is pre-authorized`,
    explain: (matches) =>
        `With “Admin approved users are pre-authorized”, only users whose profile, permission set or group is granted the app can connect. None with active users is, so ${matches[0]?.severity === 'error' ? 'every connection fails' : 'only holders of Use Any API Client can connect'} (“Failed: Not approved for access” in Login History; users see an OAuth error such as “user is not admin approved to access this app”).`,
    remediation: (matches) => [
        {
            text: 'Create a “Jetstream Users” permission set with API Enabled and assign it to the people who use Jetstream.',
            link: setupLink('permissionSets')
        },
        ...matches.map((m) => ({
            text: `Grant ${appOf(m).entry.label} to it: the app’s page → Manage Permission Sets → add “Jetstream Users”.`,
            link: appPageLink(appOf(m).entry, appOf(m).install)
        })),
        textStep('Alternatively switch Permitted Users to “All users may self-authorize” (broader: every user with API Enabled).')
    ]
});

export const APP_PERMITTED_UNKNOWN = rule('app', {
    id: 'app.permitted-users-unknown',
    title: 'Cannot determine who may use the app',
    severity: 'info',
    plan: { kind: 'complete', action: 'complete-check' },
    source: SOURCES.jetstreamInstall,
    description:
        'The app is installed but its Permitted Users policy, or (for admin-approved apps) its grants, could not be read, or were read only partly and the grants read have no active users (a permission set group’s grant may be missing): “cannot determine”, never “nobody”.',
    remediationSummary:
        'Check the app’s policies and profiles / permission sets by hand in Setup, or give the checker View Setup and Configuration.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter(
                (a) =>
                    installed(a) &&
                    (a.permittedUsers === 'unknown' ||
                        (a.permittedUsers === 'adminApproved' && (!a.grantsReadable || (!a.grantsComplete && a.effectiveAssignees === 0))))
            )
            .map((a) => {
                const grantsReason = ctx.org.snapshot.grants.reason ?? 'no reason given';
                const detail =
                    a.permittedUsers === 'unknown'
                        ? a.entry.kind === 'ExternalClientApp' && ctx.org.ecaPolicyMissing.length > 0
                            ? 'Its OAuth policies cannot be read in this org: the Permitted Users policy is unknown.'
                            : 'The Permitted Users policy could not be read.'
                        : !a.grantsReadable
                          ? 'Admin-approved, but the grants could not be read.'
                          : 'Admin-approved; the grants read have no active users, but some grants could not be read: at least none, not “nobody”.';
                const evidence =
                    a.permittedUsers === 'unknown' && ctx.org.ecaPolicyMissing.length > 0
                        ? [`Not readable: ${ctx.org.ecaPolicyMissing.join(', ')}.`]
                        : [`Grants: ${grantsReason}`];
                return appMatch(a, detail, evidence);
            }),
    headline: (matches) => `Cannot determine who may connect ${appLabels(matches)}`,
    explain: () => 'Who can connect depends on facts that could not be read in full; this is not a pass and not a “nobody”.',
    remediation: (matches) =>
        matches.map((m) => ({
            text: `Open ${appOf(m).entry.label}’s policies and its profiles / permission sets.`,
            link: appPageLink(appOf(m).entry, appOf(m).install)
        }))
});

export const APP_SELF_AUTHORIZE = rule('app', {
    id: 'app.self-authorize',
    title: 'Any user with API Enabled can connect',
    severity: 'recommendation',
    plan: { kind: 'recommend', title: 'Limit who can connect: pre-authorize a “Jetstream Users” permission set' },
    source: SOURCES.jetstreamInstall,
    description:
        'Permitted Users is “All users may self-authorize”: every user with API Enabled can connect the app. Salesforce’s default after an install and fine by Jetstream’s page; a recommendation (never a readiness problem) to limit it to the people who use Jetstream.',
    remediationSummary: 'Grant the app to a dedicated “Jetstream Users” permission set, then switch Permitted Users to admin-approved.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => installed(a) && a.permittedUsers === 'selfAuthorize')
            .map((a) =>
                appMatch(
                    a,
                    a.entry.way === 'loginWithSalesforce'
                        ? 'Any active user can log in to Jetstream with it.'
                        : ctx.org.holdersReadable
                          ? `Any user with API Enabled can connect: up to ${plural(ctx.org.apiEnabled.activeAssignees, 'active user')}.`
                          : 'Any user with API Enabled can connect.',
                    [ctx.org.holdersReadable ? apiEnabledEvidence(ctx.org) : 'Who has API Enabled could not be read.']
                )
            ),
    headline: (matches) => `${appLabels(matches)}: any user with API Enabled can connect`,
    explain: () =>
        '“All users may self-authorize” lets every user with API Enabled connect (every active user, for Jetstream Auth). That works, and it is broader than most orgs need: a dedicated “Jetstream Users” permission set limits Jetstream to the people who use it.',
    remediation: (matches) => [
        {
            text: 'Create a “Jetstream Users” permission set with API Enabled and assign it to the people who use Jetstream.',
            link: setupLink('permissionSets')
        },
        ...matches.map((m) => ({
            text: `Grant ${appOf(m).entry.label} to it, then switch its Permitted Users to “Admin approved users are pre-authorized” (in that order, so nobody loses access).`,
            link: appPageLink(appOf(m).entry, appOf(m).install)
        }))
    ]
});

export const REFRESH_IMMEDIATE = rule('app', {
    id: 'app.refresh-immediate',
    title: 'Refresh tokens expire immediately',
    severity: 'recommendation',
    plan: { kind: 'recommend', title: 'Let Jetstream stay connected: change the refresh token policy' },
    source: SOURCES.idleRefreshTokenTtl,
    description: 'The refresh token policy is “Expire refresh token immediately”: users can connect, but reconnect every time.',
    remediationSummary: 'Choose an inactivity-based policy (for example 30 days) unless reconnecting every time is intended.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => installed(a) && a.refresh.kind === 'immediate')
            .map((a) => appMatch(a, 'Users reconnect every time.', [`Policy: ${refreshWords(a.refresh).description}.`])),
    headline: (matches) => `${appLabels(matches)}: users reconnect every time`,
    explain: () => 'The refresh token expires immediately, so Jetstream cannot stay connected between sessions.',
    remediation: (matches) =>
        matches.map((m) => ({
            text: `Set ${appOf(m).entry.label}’s refresh token policy to expire after a period of inactivity, unless this is intended.`,
            link: appPageLink(appOf(m).entry, appOf(m).install)
        })),
    caveats: ['For connected apps, “immediately” is read from RefreshTokenValidityPeriod = 0, an encoding no document states.']
});

export const HIGH_ASSURANCE = rule('app', {
    id: 'app.high-assurance',
    title: 'High Assurance session required',
    severity: 'recommendation',
    plan: { kind: 'recommend', title: 'Avoid extra verification prompts: review the High Assurance session policy' },
    source: SOURCES.jetstreamTroubleshooting,
    description:
        'The app requires a High Assurance session. Every Jetstream connect is a fresh Salesforce login, now with MFA; and Jetstream opens Salesforce pages through frontdoor login, where with High Assurance required users are asked to “Choose a Verification Method” (a known conflict).',
    remediationSummary: 'Lower the app’s session policy, or have users enable “Don’t Auto-Login on Link Clicks” in Jetstream.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => installed(a) && a.highAssurance === true)
            .map((a) =>
                appMatch(a, 'Users verify their identity again on Jetstream’s links into Salesforce.', [
                    'Session policy: High Assurance session required.'
                ])
            ),
    headline: (matches) => `${appLabels(matches)} ${matches.length === 1 ? 'requires' : 'require'} a High Assurance session`,
    explain: () =>
        'Jetstream opens Salesforce pages with frontdoor login using the existing session; with High Assurance required, Salesforce asks users to “Choose a Verification Method” on those links. Connecting itself is a fresh login with MFA either way.',
    remediation: (matches) => [
        ...matches.map((m) => ({
            text: `Set ${appOf(m).entry.label}’s session policy back to standard if High Assurance is not required for it.`,
            link: appPageLink(appOf(m).entry, appOf(m).install)
        })),
        textStep('Or ask users to enable “Don’t Auto-Login on Link Clicks” in Jetstream’s settings.')
    ]
});

// ---------------------------------------------------------------------------------------------------
// grants of installed, admin-approved apps (rows: the profile / permission set / group)
// ---------------------------------------------------------------------------------------------------

interface GrantGroup {
    grant: AppGrant;
    apps: AppFacts[];
}

const notableGrantsOf = new WeakMap<OrgFacts, { sessionBased: GrantGroup[]; groupOutdated: GrantGroup[]; expiring: GrantGroup[] }>();

function addTo(groups: Map<string, GrantGroup>, g: AppGrant, app: AppFacts): void {
    const entry = groups.get(g.grantedTo.permissionSetId);
    if (!entry) groups.set(g.grantedTo.permissionSetId, { grant: g, apps: [app] });
    else if (!entry.apps.includes(app)) entry.apps.push(app);
}

/** Grants of installed admin-approved apps grouped by the profile / permission set / group they go to, so a set
 * granted several apps is one row; one pass over the grants (thousands in a large org) for the three rules. */
function notableGrants(org: OrgFacts) {
    const known = notableGrantsOf.get(org);
    if (known) return known;
    const sessionBased = new Map<string, GrantGroup>();
    const groupOutdated = new Map<string, GrantGroup>();
    const expiring = new Map<string, GrantGroup>();
    for (const app of org.apps) {
        if (!installed(app) || app.permittedUsers !== 'adminApproved') continue;
        for (const g of app.grants) {
            if (g.grantedTo.hasActivationRequired) addTo(sessionBased, g, app);
            if (g.grantedTo.kind === 'PermissionSetGroup' && g.grantedTo.groupStatus !== null && g.grantedTo.groupStatus !== 'Updated')
                addTo(groupOutdated, g, app);
            if (g.grantedTo.expiringAssignees > 0) addTo(expiring, g, app);
        }
    }
    const notable = {
        sessionBased: [...sessionBased.values()],
        groupOutdated: [...groupOutdated.values()],
        expiring: [...expiring.values()]
    };
    notableGrantsOf.set(org, notable);
    return notable;
}

function grantMatch(ctx: RuleContext, group: GrantGroup, detail: string, evidence: string[], params: RuleMatch['params'] = {}): RuleMatch {
    const apps = group.apps.map((a) => a.entry.label).join(', ');
    return {
        // The row is about the grant; its app only when one app (counts then follows that app's usage).
        app: group.apps.length === 1 ? (group.apps[0] ?? null) : null,
        label: assignableWords(group.grant.grantedTo),
        detail: `${detail} Grants ${apps}.`,
        links: [assignableLink(group.grant.grantedTo)],
        evidence,
        params: { ...params, apps },
        counts: group.apps.some((a) => counts(ctx, a)),
        ways: group.apps.flatMap((a) => (a.entry.way && counts(ctx, a) ? [a.entry.way] : []))
    };
}

export const GRANT_SESSION_BASED = rule('app', {
    id: 'grant.session-based',
    title: 'Granted through a session-based permission set',
    severity: 'recommendation',
    plan: { kind: 'recommend', title: 'Check the session-based grants (break-glass sets grant nothing until activated)' },
    source: SOURCES.permissionSetObjects,
    description:
        'An admin-approved app is granted to a session-based permission set (HasActivationRequired), which grants nothing until a session activates it; its assignees are not counted as pre-authorized. Often a deliberate break-glass design.',
    remediationSummary: 'Grant the app through a regular permission set, or make sure the set is activated in the sessions that connect.',
    evaluate: (ctx) =>
        notableGrants(ctx.org).sessionBased.map((g) =>
            grantMatch(
                ctx,
                g,
                `Session-based: its ${plural(g.grant.grantedTo.activeAssignees, 'assignee')} are not counted as pre-authorized.`,
                [`${assignableWords(g.grant.grantedTo)} has HasActivationRequired = true.`]
            )
        ),
    headline: (matches) => `${plural(matches.length, 'grant')} through session-based permission sets`,
    explain: () =>
        'Session-based permission sets grant nothing until activated in the session: their assignees are not counted as pre-authorized. Fine for a break-glass set; for everyday users, grant the app through a regular set.',
    remediation: () => [
        {
            text: 'Grant the app through a permission set without session activation (for example “Jetstream Users”).',
            link: setupLink('permissionSets')
        }
    ],
    caveats: ['Whether an OAuth connection can activate a session-based permission set is not verified.']
});

export const GRANT_GROUP_OUTDATED = rule('app', {
    id: 'grant.group-outdated',
    title: 'Granted through a permission set group that is not up to date',
    severity: 'recommendation',
    plan: { kind: 'recommend', title: 'Recalculate the permission set groups that grant Jetstream' },
    source: SOURCES.permissionSetObjects,
    description:
        'A permission set group granted the app has status Outdated, Updating or Failed: its aggregated permissions may not include the grant yet.',
    remediationSummary: 'Open the group and recalculate it (or fix the failure).',
    evaluate: (ctx) =>
        notableGrants(ctx.org).groupOutdated.map((g) =>
            grantMatch(ctx, g, `Status ${g.grant.grantedTo.groupStatus ?? '?'}: members may not receive the grant yet.`, [
                `Group “${g.grant.grantedTo.label}” has status ${g.grant.grantedTo.groupStatus ?? '?'}.`
            ])
        ),
    headline: (matches) =>
        `${plural(matches.length, 'permission set group')} granting Jetstream ${matches.length === 1 ? 'is' : 'are'} not up to date`,
    explain: () =>
        'Salesforce recalculates a group’s aggregated permissions after its components change; until its status is Updated, members may not receive the app.',
    remediation: (matches) =>
        matches.flatMap((m) => (m.links ?? []).map((link) => ({ text: `Open ${m.label ?? 'the group'} and recalculate it.`, link })))
});

export const GRANT_EXPIRING = rule('app', {
    id: 'grant.expiring-assignments',
    title: 'Assignments carrying the grant expire',
    severity: 'recommendation',
    plan: { kind: 'recommend', title: 'Review the expiring assignments that grant Jetstream' },
    source: SOURCES.permissionSetObjects,
    description:
        'Some assignments of a permission set or group granted the app have an expiration date; those users lose access when it passes.',
    remediationSummary: 'Extend the assignments that should last, or expect those users to lose access.',
    evaluate: (ctx) =>
        notableGrants(ctx.org).expiring.map((g) =>
            grantMatch(
                ctx,
                g,
                `${plural(g.grant.grantedTo.expiringAssignees, 'assignment')} expire.`,
                [`${plural(g.grant.grantedTo.expiringAssignees, 'assignment')} of “${g.grant.grantedTo.label}” have an expiration date.`],
                {
                    expiring: g.grant.grantedTo.expiringAssignees
                }
            )
        ),
    headline: (matches) =>
        `${plural(
            matches.reduce((n, m) => n + Number(m.params.expiring), 0),
            'assignment'
        )} granting Jetstream expire`,
    explain: () => 'When an assignment expires the grant no longer reaches that user, and their next connection attempt fails.',
    remediation: () => [{ text: 'Review the expiration dates on each permission set’s assignments (links in the rows).', link: null }]
});

export const APP_RULES = [
    APP_INSTALL_UNKNOWN,
    APP_NOT_INSTALLED,
    APP_USED_NOT_INSTALLED,
    ECA_NOT_INSTALLED,
    APP_ADMIN_APPROVED_NO_GRANTS,
    APP_PERMITTED_UNKNOWN,
    APP_SELF_AUTHORIZE,
    REFRESH_IMMEDIATE,
    HIGH_ASSURANCE,
    GRANT_SESSION_BASED,
    GRANT_GROUP_OUTDATED,
    GRANT_EXPIRING
];
