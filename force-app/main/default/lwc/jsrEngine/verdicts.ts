// Verdicts per app and per way of connecting, the bypass-permission views, the sandbox checklist and the gaps in
// what the person running the check could read.
import {
    BROAD_HOLDER_THRESHOLD,
    cappedWithoutHolderWords,
    IDLE_LIMIT_DAYS,
    isStandardSystemAdministrator,
    largestFirst,
    neededConnectedApps,
    permissionLabel,
    plural,
    type AppFacts,
    type BypassFacts,
    type OrgFacts
} from './facts';
import { installLink, manageLink } from './links';
import { LOGIN_WITH_SALESFORCE_PRODUCTION_ONLY } from './sources';
import type {
    AppVerdict,
    AuthorizationSummary,
    BypassPermissionView,
    GrantView,
    HolderView,
    ReasonStep,
    SandboxRefreshView,
    Verdict,
    WayVerdict
} from './report';
import type { PermissionHolder, WayId } from './snapshot';

export const WAY_ORDER: readonly WayId[] = ['web', 'desktop', 'loginWithSalesforce', 'inOrgPackage'];

export const WAY_LABELS: Record<WayId, string> = {
    web: 'Jetstream web app',
    desktop: 'Jetstream desktop app',
    loginWithSalesforce: 'Log in to Jetstream with Salesforce',
    inOrgPackage: 'Jetstream in-org package'
};

/** How many token rows an AuthorizationSummary samples for display. */
export const AUTHORIZATION_SAMPLE_SIZE = 10;

function step(question: string, answer: ReasonStep['answer'], detail: string): ReasonStep {
    return { question, answer, detail };
}

function kindWord(kind: string): string {
    return kind === 'Profile' ? 'profile' : kind === 'PermissionSet' ? 'permission set' : 'permission set group';
}

/** Grants with active users, largest first, at most GRANT_LIST_SIZE named (a large org can have thousands). */
export const GRANT_LIST_SIZE = 10;

/** The app verdict and its way verdict both name the grants: worded once per app (facts do not change). */
const grantListOf = new WeakMap<AppFacts, string>();

function grantList(app: AppFacts): string {
    const known = grantListOf.get(app);
    if (known !== undefined) return known;
    const effective = app.grants.filter((g) => !g.grantedTo.hasActivationRequired);
    // Up to GRANT_LIST_SIZE in the org's order; beyond that the largest.
    const named = (
        effective.length > GRANT_LIST_SIZE ? largestFirst(effective, GRANT_LIST_SIZE, (g) => g.grantedTo.activeAssignees) : effective
    )
        .map((g) => `${kindWord(g.grantedTo.kind)} “${g.grantedTo.label}” (${g.grantedTo.activeAssignees})`)
        .join(', ');
    const list = effective.length > GRANT_LIST_SIZE ? `${named} and ${effective.length - GRANT_LIST_SIZE} more` : named;
    grantListOf.set(app, list);
    return list;
}

// ---------------------------------------------------------------------------------------------------
// apps
// ---------------------------------------------------------------------------------------------------

export function whoCanConnect(facts: OrgFacts, app: AppFacts): string {
    if (app.installState === 'cannotDetermine')
        return `Cannot determine: ${app.installUnknownReason ?? 'the installed apps could not be read.'}`;
    if (app.installState === 'notInstalled') {
        if (app.entry.kind === 'ExternalClientApp') return 'Nobody: the in-org package is not installed.';
        const a = facts.approve;
        if (!a.determinable)
            return 'Only users holding Approve Uninstalled Connected Apps, who cannot be listed in this org (plus existing authorizations until they expire).';
        if (a.holders.length === 0)
            return 'Nobody can make a new connection: the app is not installed and nobody holds Approve Uninstalled Connected Apps.';
        return `Only the ${plural(a.totalActiveAssignees, 'user')} holding Approve Uninstalled Connected Apps (through ${a.holders.map((h) => `“${h.assignable.label}”`).join(', ')}).`;
    }
    switch (app.permittedUsers) {
        case 'selfAuthorize': {
            if (app.entry.way === 'loginWithSalesforce') return 'Any active user can log in to Jetstream with it (self-authorize).';
            if (!facts.holdersReadable) return 'Any user with API Enabled (self-authorize).';
            const total = facts.apiEnabledActiveAssignees;
            const n = facts.apiEnabledHolders.length;
            return `Any user with API Enabled (self-authorize): up to ${plural(total, 'active user')} through ${n} ${n === 1 ? 'profile, permission set or group' : 'profiles, permission sets or groups'}.`;
        }
        case 'adminApproved': {
            if (!app.grantsReadable) return 'Only pre-authorized users, but the grants could not be read.';
            const useAny =
                app.entry.kind === 'ExternalClientApp' && facts.useAny.holders.length > 0
                    ? `, plus ${plural(facts.useAny.totalActiveAssignees, 'holder')} of Use Any API Client`
                    : '';
            if (app.effectiveAssignees === 0) return `Nobody is pre-authorized${useAny}.`;
            return `Only users assigned ${grantList(app)}: up to ${plural(app.effectiveAssignees, 'user')}${useAny}.`;
        }
        default:
            return 'Cannot determine: the Permitted Users policy could not be read.';
    }
}

function grantViews(app: AppFacts): GrantView[] {
    return app.grants.map((g) => {
        const notes: string[] = [];
        if (g.grantedTo.hasActivationRequired) notes.push('session-based');
        if (g.grantedTo.groupStatus && g.grantedTo.groupStatus !== 'Updated') notes.push(`group status ${g.grantedTo.groupStatus}`);
        if (g.grantedTo.expiringAssignees > 0) notes.push(`${plural(g.grantedTo.expiringAssignees, 'assignment')} expire`);
        return {
            kind: g.grantedTo.kind,
            name: g.grantedTo.name,
            label: g.grantedTo.label,
            activeAssignees: g.grantedTo.activeAssignees,
            via: g.via,
            componentPermissionSetName: g.componentPermissionSetName,
            notes
        };
    });
}

function authorizationSummary(facts: OrgFacts, app: AppFacts): AuthorizationSummary | null {
    if (!facts.authorizationsReadable) return null;
    const sample = app.tokens
        .slice(0, AUTHORIZATION_SAMPLE_SIZE)
        .map((t) => ({ userId: t.userId, name: t.userFullName, username: t.username, lastUsed: t.lastUsedDate, useCount: t.useCount }));
    const section = facts.snapshot.authorizations;
    return {
        users: app.tokenUserIds.size,
        tokens: app.tokens.length,
        lastUsed: app.lastTokenUse,
        appInstalled: app.installState === 'installed',
        // Only a known "not installed": tokens for an app whose install could not be read prove nothing about it.
        usedButNotInstalled: app.tokens.length > 0 && app.installState === 'notInstalled',
        sample,
        atLeast: section.truncated || section.status === 'partial'
    };
}

function sessionPolicy(app: AppFacts): string {
    if (app.installState === 'notInstalled') return 'Not installed.';
    if (app.highAssurance === true) return 'High Assurance session required.';
    if (app.highAssurance === false) return 'Standard session (no High Assurance requirement).';
    return 'Cannot determine the session policy.';
}

export function appVerdicts(facts: OrgFacts): AppVerdict[] {
    const needed = new Set(neededConnectedApps(facts));
    return facts.apps.map((app) => ({
        catalogName: app.entry.developerName,
        label: app.entry.label,
        kind: app.entry.kind,
        way: app.entry.way,
        purpose: app.entry.purpose,
        install: app.installState,
        permittedUsers: app.permittedUsers,
        whoCanConnect: whoCanConnect(facts, app),
        grants: grantViews(app),
        grantsReadable: app.grantsReadable,
        grantsUnreadableReason: app.grantsReadable ? null : (facts.snapshot.grants.reason ?? 'The grants could not be read.'),
        grantsAtLeast: app.grantsReadable && facts.snapshot.grants.truncated,
        refreshTokenPolicy: app.refresh.description,
        reconnectCadence: app.refresh.cadence,
        sessionPolicy: sessionPolicy(app),
        authorizations: authorizationSummary(facts, app),
        installLink: installLink(facts.myDomainUrl, app.entry),
        installRecommended: needed.has(app) && app.installState === 'notInstalled',
        manageLink: manageLink(app.entry)
    }));
}

// ---------------------------------------------------------------------------------------------------
// ways
// ---------------------------------------------------------------------------------------------------

export function wayVerdicts(facts: OrgFacts): WayVerdict[] {
    return WAY_ORDER.map((way) => wayVerdict(facts, way));
}

function wayVerdict(facts: OrgFacts, way: WayId): WayVerdict {
    const label = WAY_LABELS[way];
    const app = facts.apps.find((a) => a.entry.way === way);
    if (!app) {
        return {
            way,
            label,
            catalogName: null,
            verdict: 'cannotDetermine',
            summary: facts.catalogReadable
                ? 'The catalog has no app for this way of connecting.'
                : 'The Jetstream app catalog could not be read.',
            reasons: [
                step(
                    'Which app serves this way of connecting?',
                    'unknown',
                    facts.catalogReadable
                        ? 'No catalog entry has this way.'
                        : (facts.snapshot.catalog.reason ?? 'The catalog section is unavailable.')
                )
            ]
        };
    }
    const name = app.entry.label;
    const reasons: ReasonStep[] = [];
    const done = (verdict: Verdict, summary: string): WayVerdict => ({
        way,
        label,
        catalogName: app.entry.developerName,
        verdict,
        summary,
        reasons
    });

    if (way === 'loginWithSalesforce') {
        const sandbox = facts.isSandbox;
        reasons.push(
            step(
                'Is this a production org?',
                sandbox === null ? 'unknown' : sandbox ? 'no' : 'yes',
                `${name} is used to log in to Jetstream itself (not to connect orgs), and ${LOGIN_WITH_SALESFORCE_PRODUCTION_ONLY}.`
            )
        );
        if (sandbox === true) return done('ready', `Not needed here: ${name} is only used to log in to Jetstream with a production org.`);
    }

    if (app.installState === 'cannotDetermine') {
        reasons.push(step(`Is ${name} installed?`, 'unknown', app.installUnknownReason ?? 'The installed apps could not be read.'));
        return done('cannotDetermine', `Cannot determine whether ${name} is installed.`);
    }

    if (app.installState === 'installed') {
        reasons.push(
            step(
                `Is ${name} installed?`,
                'yes',
                `Installed${app.install?.createdDate ? ` on ${app.install.createdDate.slice(0, 10)}` : ''}.`
            )
        );
        const verdict = installedWay(facts, app, reasons);
        if (app.highAssurance === true) {
            reasons.push(
                step(
                    `Does ${name} require a High Assurance session?`,
                    'yes',
                    'Known conflict with Jetstream’s frontdoor links: users are asked to verify their identity.'
                )
            );
        }
        reasons.push(
            step(
                `Does ${name} keep users connected?`,
                app.refresh.kind === 'immediate' ? 'no' : app.refresh.kind === 'unknown' ? 'unknown' : 'yes',
                app.refresh.cadence
            )
        );
        return done(verdict.verdict, verdict.summary);
    }

    reasons.push(
        step(`Is ${name} installed?`, 'no', 'Since September 2025 new authorizations need the app installed or a bypass permission.')
    );
    if (app.entry.kind === 'ExternalClientApp') {
        return done(
            'blocked',
            `${name} is not installed: install the Jetstream managed package to use Jetstream inside Salesforce (optional).`
        );
    }
    const a = facts.approve;
    reasons.push(
        step(
            'Does anyone hold Approve Uninstalled Connected Apps?',
            !a.determinable ? 'unknown' : a.holders.length > 0 ? 'yes' : 'no',
            !a.determinable
                ? a.fieldExists === false
                    ? 'The permission’s field is absent from this org’s describe: holders cannot be listed.'
                    : a.cappedWithoutHolder
                      ? `None ${cappedWithoutHolderWords(a)}: cannot determine.`
                      : 'Holders could not be read.'
                : a.holders.length > 0
                  ? `${plural(a.totalActiveAssignees, 'active user')} through ${a.holders.map((h) => `“${h.assignable.label}”`).join(', ')}; custom admin profiles do not get it automatically.`
                  : 'Nobody, including custom admin profiles (only the standard System Administrator profile received it automatically).'
        )
    );
    reasons.push(existingAuthorizationsStep(facts, app));
    if (facts.isSandbox === false) {
        reasons.push(
            step(
                `Will sandboxes refreshed from this org have ${name}?`,
                'no',
                'Only installs in production are carried to new or refreshed sandboxes.'
            )
        );
    } else if (facts.isSandbox === true) {
        reasons.push(
            step(
                'Is this a sandbox?',
                'yes',
                `Install ${name} in production first, then refresh; an install made here is lost at the next refresh.`
            )
        );
    }
    if (!a.determinable)
        return done(
            'actionNeeded',
            `${name} is not installed: only holders of Approve Uninstalled Connected Apps (not readable here) can connect. Install it.`
        );
    if (a.holders.length === 0)
        return done(
            'blocked',
            `${name} is not installed and nobody holds Approve Uninstalled Connected Apps: no new connection can succeed.`
        );
    return done(
        'actionNeeded',
        `${name} is not installed: only ${plural(a.totalActiveAssignees, 'holder')} of Approve Uninstalled Connected Apps can connect. Install it.`
    );
}

/** Who keeps working on an uninstalled app: only tokens within the idle limit; expired ones are named, not counted. */
function existingAuthorizationsStep(facts: OrgFacts, app: AppFacts): ReasonStep {
    const question = `Do users already have ${app.entry.label} authorizations?`;
    if (!facts.authorizationsReadable) return step(question, 'unknown', 'Existing authorizations could not be read.');
    if (app.tokens.length === 0) return step(question, 'no', 'No existing authorizations.');
    const liveUsers = app.liveTokenUsers;
    const expired = app.idleTokens;
    if (liveUsers === 0) {
        // app.tokens is most recently used first.
        const lastUsed = app.tokens[0]?.lastUsedDate?.slice(0, 10) ?? 'never';
        return step(
            question,
            'no',
            `${plural(app.tokenUserIds.size, 'user')} ${app.tokenUserIds.size === 1 ? 'holds' : 'hold'} ${plural(app.tokens.length, 'authorization')}, all unused for more than ${IDLE_LIMIT_DAYS} days, so probably expired under the idle limit (last used ${lastUsed}): none keeps working.`
        );
    }
    return step(
        question,
        'yes',
        `${plural(liveUsers, 'user')} ${liveUsers === 1 ? 'keeps' : 'keep'} working until their tokens expire; they cannot reconnect.${expired > 0 ? ` ${plural(expired, 'token')} expired under the ${IDLE_LIMIT_DAYS}-day idle limit.` : ''}`
    );
}

function installedWay(facts: OrgFacts, app: AppFacts, reasons: ReasonStep[]): { verdict: Verdict; summary: string } {
    const name = app.entry.label;
    if (app.permittedUsers === 'selfAuthorize') {
        const who = app.entry.way === 'loginWithSalesforce' ? 'any active user' : 'any user with API Enabled';
        reasons.push(
            step(`Can users self-authorize ${name}?`, 'yes', `Permitted Users is “All users may self-authorize”: ${who} can connect.`)
        );
        return { verdict: 'ready', summary: `Ready: ${who} can connect (self-authorize, broader than needed).` };
    }
    if (app.permittedUsers === 'unknown') {
        reasons.push(step(`Can users self-authorize ${name}?`, 'unknown', 'The Permitted Users policy could not be read.'));
        return { verdict: 'cannotDetermine', summary: `Cannot determine who may connect ${name}.` };
    }
    reasons.push(step(`Can users self-authorize ${name}?`, 'no', 'Permitted Users is “Admin approved users are pre-authorized”.'));
    if (!app.grantsReadable) {
        reasons.push(
            step(
                `Is ${name} granted to profiles, permission sets or groups with active users?`,
                'unknown',
                facts.snapshot.grants.reason ?? 'The grants could not be read.'
            )
        );
        return { verdict: 'cannotDetermine', summary: `Cannot determine who is pre-authorized for ${name}.` };
    }
    if (app.effectiveAssignees > 0) {
        reasons.push(step(`Is ${name} granted to profiles, permission sets or groups with active users?`, 'yes', `${grantList(app)}.`));
        return { verdict: 'ready', summary: `Ready for the pre-authorized users: up to ${plural(app.effectiveAssignees, 'user')}.` };
    }
    reasons.push(
        step(
            `Is ${name} granted to profiles, permission sets or groups with active users?`,
            'no',
            app.grants.length === 0 ? 'No grants.' : 'Only grants without active users or through session-based permission sets.'
        )
    );
    if (app.entry.kind === 'ExternalClientApp' && facts.useAny.holders.length > 0) {
        return { verdict: 'actionNeeded', summary: `Nobody is pre-authorized; only holders of Use Any API Client can reach ${name}.` };
    }
    return { verdict: 'blocked', summary: `${name} is admin-approved but nobody is pre-authorized: every connection fails.` };
}

// ---------------------------------------------------------------------------------------------------
// bypass permissions, sandbox, reader gaps
// ---------------------------------------------------------------------------------------------------

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
        }))
    };
}

export function bypassPermissionViews(facts: OrgFacts): BypassPermissionView[] {
    const a = facts.approve;
    const u = facts.useAny;
    const cappedAdvice = (b: BypassFacts) => `None ${cappedWithoutHolderWords(b)}: who holds it cannot be determined (not “nobody”).`;
    const approveAdvice = !a.determinable
        ? a.fieldExists === false
            ? 'The field is absent from this org’s describe: who holds it cannot be determined (not “nobody”). Check the System Administrator and admin profiles by hand.'
            : a.cappedWithoutHolder
              ? cappedAdvice(a)
              : 'Holders could not be read.'
        : a.holders.length === 0
          ? 'Nobody holds it: Jetstream apps that are not installed are blocked for every new connection.'
          : `Lets holders authorize any uninstalled connected app. Keep it to a few test or super users (through a permission set, at most ${BROAD_HOLDER_THRESHOLD} users); custom admin profiles, including System Administrator clones, did not receive it.`;
    const useAnyAdvice = !u.determinable
        ? u.fieldExists === false
            ? 'The permission does not exist in this org: API Access Control does not appear to be provisioned (heuristic).'
            : u.cappedWithoutHolder
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
            advice: approveAdvice
        },
        {
            permission: 'useAnyApiClient',
            label: u.label,
            determinable: u.determinable,
            holders: u.holders.map((h) => holderView(facts, h)),
            totalActiveAssignees: u.totalActiveAssignees,
            advice: useAnyAdvice
        }
    ];
}

export function sandboxRefreshView(facts: OrgFacts): SandboxRefreshView {
    // Jetstream Auth only logs in to Jetstream with a production org: a sandbox does not need it.
    const cas = neededConnectedApps(facts);
    const missing = cas.filter((a) => a.installState === 'notInstalled').map((a) => a.entry.label);
    const unknown = cas.filter((a) => a.installState === 'cannotDetermine').map((a) => a.entry.label);
    if (facts.isSandbox === null) {
        return {
            isSandbox: null,
            summary: 'Cannot determine whether this org is a sandbox.',
            checklist: ['Check Setup: Company Information.']
        };
    }
    if (!facts.isSandbox) {
        const checklist = cas.map((a) => {
            if (a.installState === 'installed')
                return `${a.entry.label}: installed, carried to sandboxes created or refreshed from now on.`;
            if (a.installState === 'notInstalled') return `${a.entry.label}: install it here before refreshing sandboxes.`;
            return `${a.entry.label}: install state unknown; check Setup: Manage Connected Apps.`;
        });
        checklist.push('Sandboxes created before an install do not get it: refresh them after installing.');
        return {
            isSandbox: false,
            summary:
                missing.length > 0
                    ? `Production without ${missing.join(', ')}: every sandbox refresh will lose ${missing.length === 1 ? 'it' : 'them'}.`
                    : unknown.length > 0
                      ? 'Cannot determine whether every Jetstream app is installed in production.'
                      : 'Every Jetstream connected app is installed in production: sandboxes created or refreshed from now on carry the installs.',
            checklist
        };
    }
    const checklist = [
        missing.length > 0
            ? `Install ${missing.join(', ')} in production first (this check cannot see production).`
            : 'Confirm the apps are installed in production too.',
        'Then refresh this sandbox from production so the installs are carried over.',
        'If an app is missing from Connected Apps OAuth Usage here, run “Match Production Licenses to Sandbox without a Refresh” (Company Information) and use the manual install link.',
        'Until then, only holders of Approve Uninstalled Connected Apps (or an install made here, lost at the next refresh) can connect.'
    ];
    return {
        isSandbox: true,
        summary:
            missing.length > 0
                ? `Sandbox without ${missing.join(', ')}: install in production first, then refresh.`
                : 'Sandbox with the Jetstream apps installed: make sure production has them too, or the next refresh removes them.',
        checklist
    };
}

const UNLOCKS: Record<string, string> = {
    PermissionsViewSetup: 'Installed apps, grants, profiles and permission sets.',
    PermissionsCustomizeApplication: 'Every user’s Jetstream authorizations (OauthToken); without it only your own are visible.',
    PermissionsManageUsers: 'Recent sign-in outcomes (Login History) and other users’ details.',
    PermissionsModifyAllData: 'Installing the apps yourself (with Customize Application).',
    PermissionsManageRemoteAccess: 'Installing the apps yourself (with Customize Application).'
};

export function readerGaps(facts: OrgFacts): { permission: string; label: string; unlocks: string }[] {
    const missing = new Set<string>();
    const perms = facts.snapshot.runningUser.data?.permissions ?? [];
    const held = new Set(perms.filter((p) => p.held).map((p) => p.name));
    for (const p of perms) if (!p.held) missing.add(p.name);
    // Installing needs Modify All Data OR Manage Connected Apps: lacking one of them is not a gap.
    if (held.has('PermissionsModifyAllData') || held.has('PermissionsManageRemoteAccess')) {
        missing.delete('PermissionsModifyAllData');
        missing.delete('PermissionsManageRemoteAccess');
    } else if (missing.has('PermissionsModifyAllData')) {
        missing.delete('PermissionsManageRemoteAccess');
    }
    for (const name of ['org', 'runningUser', 'catalog', 'apps', 'grants', 'permissionHolders', 'authorizations', 'signIns'] as const) {
        for (const p of facts.snapshot[name].missingPermissions) missing.add(p);
    }
    return [...missing].map((permission) => ({
        permission,
        label:
            permission === 'PermissionsModifyAllData' && !held.has('PermissionsManageRemoteAccess')
                ? 'Modify All Data or Manage Connected Apps'
                : permissionLabel(permission),
        unlocks: UNLOCKS[permission] ?? 'A fuller read of the org.'
    }));
}
