// The report's other views: who holds the bypass permissions, who connects Jetstream but cannot sign in (frozen,
// refused), what a sandbox refresh means for this org, and what the person running the check could not read.
import {
    isStandardSystemAdministrator,
    productionMyDomainUrl,
    refusalCauseOf,
    SECTION_ORDER,
    type AppFacts,
    type BypassFacts,
    type OrgFacts
} from './facts';
import { assignableLink, docLink, installLink, profileLink, userLink } from './links';
import type {
    BypassPermissionView,
    FrozenUsersView,
    FrozenUserView,
    HolderView,
    Link,
    RefusalsView,
    SandboxOption,
    SandboxRefreshView,
    SignInBlockersView
} from './report';
import { byProfile } from './signInRules';
import type { PermissionHolder } from './snapshot';
import { SOURCES, USE_ANY_JETSTREAM_DIFFERS } from './sources';
import type { AppJudgement } from './ways';
import { cappedWithoutHolderWords, joinAnd, permissionLabel, plural } from './words';

function holderView(facts: OrgFacts, h: PermissionHolder): HolderView {
    return {
        kind: h.assignable.kind,
        name: h.assignable.name,
        label: h.assignable.label,
        activeAssignees: h.assignable.activeAssignees,
        expiringAssignees: h.assignable.expiringAssignees,
        isStandardSystemAdministrator: isStandardSystemAdministrator(h.assignable, h.modifyAllData),
        sessionBased: h.assignable.hasActivationRequired,
        sampleUsers: (facts.sampleUsersByHolder.get(h.assignable.permissionSetId) ?? []).map((u) => ({
            userId: u.userId,
            name: u.name,
            username: u.username,
            expirationDate: u.expirationDate
        })),
        link: assignableLink(h.assignable)
    };
}

export function bypassPermissionViews(facts: OrgFacts): BypassPermissionView[] {
    const a = facts.approve;
    const u = facts.useAny;
    const cappedAdvice = (b: BypassFacts) => `None ${cappedWithoutHolderWords(b)}: who holds it cannot be determined (not “nobody”).`;
    const approveAdvice = !a.determinable
        ? a.fieldExists === false
            ? 'The permission is not in this org’s describe: who holds it cannot be determined (not “nobody”). Check the System Administrator and admin profiles by hand.'
            : a.cappedWithoutHolder
              ? cappedAdvice(a)
              : 'Holders could not be read.'
        : a.holders.length === 0
          ? 'Nobody holds it: Jetstream apps that are not installed are blocked for every new connection.'
          : 'Lets holders authorize any uninstalled connected app. Salesforce says to give it only to highly trusted users: keep it to a few test or super users, through a permission set. Custom admin profiles, including System Administrator clones, did not receive it.';
    const useAnyAdvice =
        u.fieldExists === false
            ? 'Not applicable: the permission does not exist in this org (API Access Control does not appear to be provisioned).'
            : !u.determinable
              ? u.cappedWithoutHolder
                  ? cappedAdvice(u)
                  : 'Holders could not be read.'
              : u.holders.length === 0
                ? 'Nobody holds it. Since 2025-12-08 it would not help with uninstalled apps anyway.'
                : 'Since 2025-12-08 it no longer lets users authorize uninstalled connected apps; it still bypasses API Access Control for every API client, so avoid broad distribution.';
    return [
        {
            permission: 'canApproveUninstalledApps',
            label: a.label,
            determinable: a.determinable,
            holders: a.holders.map((h) => holderView(facts, h)),
            totalActiveAssignees: a.totalActiveAssignees,
            advice: approveAdvice,
            sourcesDiffer: null
        },
        {
            permission: 'useAnyApiClient',
            label: u.label,
            determinable: u.determinable,
            holders: u.holders.map((h) => holderView(facts, h)),
            totalActiveAssignees: u.totalActiveAssignees,
            advice: useAnyAdvice,
            sourcesDiffer: USE_ANY_SOURCES_DIFFER
        }
    ];
}

/** Jetstream's install page and Salesforce disagree on Use Any API Client: the check follows Salesforce, and says so. */
const USE_ANY_SOURCES_DIFFER = {
    text: USE_ANY_JETSTREAM_DIFFERS,
    links: [
        docLink('Salesforce Help 005228838', SOURCES.useAnyApiClientChange.url),
        docLink('Jetstream: Connecting Jetstream to Salesforce', SOURCES.jetstreamInstallPageUseAny.url)
    ]
};

/** What a refresh does to existing Jetstream connections, each with its source (or "unverified"). */
const REFRESH_EFFECTS = [
    `A refresh creates a new org with a new Organization Id (${SOURCES.sandboxNewOrgId.title}, ${SOURCES.sandboxNewOrgId.url}).`,
    `Jetstream then asks each user to remove the old org and connect the sandbox again (${SOURCES.jetstreamSandboxRefresh.url}): that is a new authorization, blocked unless the app is installed in the sandbox or the user holds Approve Uninstalled Connected Apps (${SOURCES.usageRestriction.title}).`,
    'Whether existing OAuth tokens are copied into the refreshed sandbox is unverified: no Salesforce document says; plan for every user to reconnect.',
    `Login History starts empty after a refresh (${SOURCES.sandboxLoginHistory.url}): sign-in evidence reappears as users connect.`
];

/** The used connected apps the org needs installed (Jetstream Auth never counts in a sandbox: not applicable). */
function neededApps(judged: Map<string, AppJudgement>): AppJudgement[] {
    return [...judged.values()].filter((j) => j.usage.counts && j.app.entry.kind === 'ConnectedApp');
}

export function sandboxRefreshView(facts: OrgFacts, judged: Map<string, AppJudgement>): SandboxRefreshView {
    const needed = neededApps(judged);
    const missing = needed.filter((j) => j.app.installState === 'notInstalled').map((j) => j.app);
    const unknown = needed.filter((j) => j.app.installState === 'cannotDetermine').map((j) => j.app.entry.label);
    const missingLabels = joinAnd(missing.map((a) => a.entry.label));
    if (facts.isSandbox === null) {
        return {
            isSandbox: null,
            summary: 'Cannot determine whether this org is a sandbox.',
            options: [],
            refreshEffects: REFRESH_EFFECTS,
            checklist: ['Check Setup: Company Information.']
        };
    }
    if (!facts.isSandbox) {
        const checklist = needed.map(({ app }) => {
            if (app.installState === 'installed')
                return `${app.entry.label}: installed, carried to sandboxes created or refreshed from now on.`;
            if (app.installState === 'notInstalled') return `${app.entry.label}: install it here before refreshing sandboxes.`;
            return `${app.entry.label}: install state unknown; check Setup: Manage Connected Apps.`;
        });
        checklist.push('Sandboxes created before an install do not get it: install there too, or refresh them after installing here.');
        return {
            isSandbox: false,
            summary:
                missing.length > 0
                    ? `Production without ${missingLabels}: every sandbox created or refreshed from it lacks ${missing.length === 1 ? 'it' : 'them'}, and every Jetstream user there must reconnect after a refresh.`
                    : unknown.length > 0
                      ? 'Cannot determine whether every Jetstream app this org uses is installed in production.'
                      : 'Every Jetstream app this org uses is installed in production: sandboxes created or refreshed from now on carry the installs.',
            options: [],
            refreshEffects: REFRESH_EFFECTS,
            checklist
        };
    }
    const production = productionMyDomainUrl(facts.myDomainUrl);
    const hereLinks = missing.map((a) => installLink(facts.myDomainUrl, a.entry)).filter((l): l is Link => l !== null);
    const productionLinks = missing
        .map((a) => installLink(production, a.entry))
        .filter((l): l is Link => l !== null)
        .map((l) => ({ ...l, label: `${l.label} in production` }));
    const options: SandboxOption[] =
        missing.length === 0
            ? []
            : [
                  {
                      title: `Install ${missingLabels} in this sandbox now`,
                      tradeOff:
                          'Fixes this sandbox today, in minutes. Lost at its next refresh: then install again (or do the next option first).',
                      links: hereLinks
                  },
                  {
                      title: `Install ${missingLabels} in production before the next refresh`,
                      tradeOff: `Carried into every sandbox created or refreshed afterwards, Jetstream’s own recommendation. Does nothing for this sandbox until it is refreshed (a refresh replaces its data), and changes production: set Permitted Users there first.${production ? ' The production link is derived from this sandbox’s My Domain: check it is your production domain.' : ''}`,
                      links: productionLinks
                  }
              ];
    return {
        isSandbox: true,
        summary:
            missing.length > 0
                ? `Sandbox without ${missingLabels}: install here now, in production before the next refresh, or both (this check cannot see production).`
                : 'Sandbox with the Jetstream apps it uses installed: make sure production has them too, or the next refresh removes them.',
        options,
        refreshEffects: REFRESH_EFFECTS,
        checklist: [
            missing.length > 0
                ? `Decide: install ${missingLabels} here now, in production before the next refresh, or both.`
                : 'Confirm the apps are installed in production too.',
            'If an app is missing from Connected Apps OAuth Usage here, run “Match Production Licenses to Sandbox without a Refresh” (Company Information) and use the manual install link.',
            'Until an install, only holders of Approve Uninstalled Connected Apps can make a new connection.'
        ]
    };
}

const UNLOCKS: Record<string, string> = {
    PermissionsViewSetup: 'Installed apps, grants, profiles and permission sets.',
    PermissionsCustomizeApplication: 'Every user’s Jetstream authorizations (OauthToken); without it only your own are visible.',
    PermissionsManageUsers:
        'Every user’s recent sign-ins and refusals (Login History); without it only your own are visible. Manage Users also shows who is frozen (User Login).',
    PermissionsModifyAllData: 'Installing the apps yourself (with Customize Application).',
    PermissionsManageRemoteAccess: 'Installing the apps yourself (with Customize Application).'
};

/** Pairs of permissions either of which allows the same thing: lacking one of a pair is no gap, lacking both is one
 * gap named by the first. Installing: Modify All Data or Manage Connected Apps. Every user's LoginHistory: Manage Users
 * or Monitor Login History (Object Reference, LoginHistory). */
const ALTERNATIVES: readonly (readonly [string, string])[] = [
    ['PermissionsModifyAllData', 'PermissionsManageRemoteAccess'],
    ['PermissionsManageUsers', 'PermissionsMonitorLoginHistory']
];

export function readerGaps(facts: OrgFacts): { permission: string; label: string; unlocks: string }[] {
    const missing = new Set<string>();
    const perms = facts.snapshot.runningUser.data?.permissions ?? [];
    const held = new Set(perms.filter((p) => p.held).map((p) => p.name));
    for (const p of perms) if (!p.held) missing.add(p.name);
    for (const name of SECTION_ORDER) for (const p of facts.snapshot[name].missingPermissions) missing.add(p);
    const labels = new Map<string, string>();
    for (const [first, second] of ALTERNATIVES) {
        if (held.has(first) || held.has(second)) {
            missing.delete(first);
            missing.delete(second);
        } else if (missing.has(first) || missing.has(second)) {
            missing.delete(second);
            missing.add(first);
            labels.set(first, `${permissionLabel(first)} or ${permissionLabel(second)}`);
        }
    }
    // Monitor Login History stands in for Manage Users on Login History only: who is frozen (User Login) needs Manage Users.
    const unlocks = new Map<string, string>();
    if (
        held.has('PermissionsMonitorLoginHistory') &&
        !held.has('PermissionsManageUsers') &&
        facts.snapshot.frozenUsers.missingPermissions.includes('PermissionsManageUsers')
    ) {
        missing.add('PermissionsManageUsers');
        unlocks.set('PermissionsManageUsers', 'Who is frozen (User Login); Monitor Login History already shows every sign-in.');
    }
    return [...missing].map((permission) => ({
        permission,
        label: labels.get(permission) ?? permissionLabel(permission),
        unlocks: unlocks.get(permission) ?? UNLOCKS[permission] ?? 'A fuller read of the org.'
    }));
}

// ---------------------------------------------------------------------------------------------------
// who connects Jetstream but cannot sign in
// ---------------------------------------------------------------------------------------------------

function frozenUsersView(facts: OrgFacts): FrozenUsersView {
    const byUser = new Map<string, FrozenUserView>();
    for (const app of facts.apps) {
        for (const c of app.frozenConnectors) {
            let view = byUser.get(c.user.userId);
            if (!view) {
                view = {
                    userId: c.user.userId,
                    name: c.user.name,
                    username: c.user.username,
                    profileName: c.user.profileName,
                    apps: [],
                    evidence: '',
                    link: userLink(c.user.userId, c.user.name)
                };
                byUser.set(c.user.userId, view);
            }
            view.apps.push(app.entry.label);
            const how = c.holdsToken
                ? `holds a ${app.entry.label} authorization`
                : `signed in to ${app.entry.label} ${plural(c.signInAttempts, 'time')} in the last 30 days`;
            view.evidence = view.evidence ? `${view.evidence}; ${how}` : how;
        }
    }
    const users = [...byUser.values()];
    const atLeast = facts.frozenReadable && !facts.frozenComplete;
    const summary = !facts.frozenReadable
        ? `Cannot determine who is frozen: ${facts.snapshot.frozenUsers.reason ?? 'User Login could not be read'}`
        : users.length > 0
          ? `${atLeast ? 'At least ' : ''}${plural(users.length, 'user')} who ${users.length === 1 ? 'connects' : 'connect'} Jetstream ${users.length === 1 ? 'is' : 'are'} frozen: they cannot sign in until an admin unfreezes them, and then connect again with a new authorization.`
          : atLeast
            ? 'No frozen user among those who connect Jetstream that the check could read; some facts were read only partly, so this is not a “nobody”.'
            : `No user who connects Jetstream is frozen${facts.frozenUsers.length > 0 ? ` (${plural(facts.frozenUsers.length, 'frozen user')} in the org, none connecting Jetstream)` : ''}.`;
    return {
        determinable: facts.frozenReadable,
        connectors: users.length,
        atLeast,
        inOrg: facts.frozenUsers.length,
        summary: summary.endsWith('.') ? summary : `${summary}.`,
        users
    };
}

function causeWords(app: AppFacts, statuses: readonly string[]): string {
    const causes = new Set(statuses.map(refusalCauseOf));
    const parts: string[] = [];
    if (causes.has('ipRestriction'))
        parts.push(
            app.entry.way === 'web' && app.entry.egressIps.length > 0
                ? `Login IP Ranges that probably exclude Jetstream’s servers (${joinAnd(app.entry.egressIps)})`
                : app.entry.way === 'desktop'
                  ? 'Login IP Ranges that probably exclude the networks these users connect from'
                  : 'Login IP Ranges that probably exclude the addresses these users connect from'
        );
    if (causes.has('loginHours')) parts.push('Login Hours: they tried outside them');
    return parts.join('; ');
}

function refusalsView(facts: OrgFacts): RefusalsView {
    const rows: RefusalsView['rows'] = [];
    for (const app of facts.apps) {
        for (const g of byProfile([...app.ipRefusals, ...app.hoursRefusals])) {
            const statuses = [...g.statuses];
            rows.push({
                app: app.entry.label,
                way: app.entry.way,
                profileName: g.profileName,
                profileLink: profileLink(g.profileId, g.profileName ?? 'profile'),
                statuses,
                cause: causeWords(app, statuses),
                users: g.users.size,
                attempts: g.attempts
            });
        }
    }
    const atLeast = facts.refusalsReadable && !facts.refusalsComplete;
    const users = new Set(facts.apps.flatMap((a) => [...a.ipRefusals, ...a.hoursRefusals].map((r) => r.userId))).size;
    const summary = !facts.refusalsReadable
        ? `Cannot determine: ${facts.snapshot.signInRefusals.reason ?? 'Login History could not be read'}`
        : rows.length > 0
          ? `${atLeast ? 'At least ' : ''}${plural(users, 'user')} refused by IP restrictions or Login Hours connecting Jetstream in the last 30 days, by profile.`
          : atLeast
            ? 'No refusal among the sign-ins the check could read; some could not be read.'
            : 'Login History shows no Jetstream sign-in refused by IP restrictions or Login Hours in the last 30 days.';
    return { determinable: facts.refusalsReadable, atLeast, summary: summary.endsWith('.') ? summary : `${summary}.`, rows };
}

export function signInBlockersView(facts: OrgFacts): SignInBlockersView {
    return { frozen: frozenUsersView(facts), refusals: refusalsView(facts) };
}
