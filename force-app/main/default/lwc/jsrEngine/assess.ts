// One user, one app: the chain of facts that decides whether the user can make a connection, and the one action
// that would unblock them. Used by evaluateUser (user.ts) and by the user-scope rules.
import {
    daysSince,
    ECA_OBJECT,
    IDLE_LIMIT_DAYS,
    isLiveToken,
    missingEntriesOf,
    plural,
    readable,
    type AppFacts,
    type OrgFacts
} from './facts';
import { appSetupPageLabel } from './links';
import type { ReasonStep } from './report';
import { LOGIN_WITH_SALESFORCE_PRODUCTION_ONLY } from './sources';
import type { AppGrant, OauthTokenRow, SignInOutcome, UserAssignment, UserFacts, UserInfo } from './snapshot';

export type TriState = 'yes' | 'no' | 'unknown';

export type ConnectionPath = 'selfAuthorize' | 'preAuthorized' | 'approveUninstalled' | 'existingAuthorization' | 'useAnyApiClient';

export type Blocker =
    | 'factsUnavailable'
    | 'inactive'
    | 'apiDisabled'
    | 'apiUnknown'
    | 'installUnknown'
    | 'notInstalled'
    | 'packageNotInstalled'
    | 'permittedUsersUnknown'
    | 'notGranted'
    | 'grantsUnknown'
    | 'sessionBasedOnly'
    | 'approveUnknown'
    | 'productionOnly';

export interface GrantMatch {
    grant: AppGrant;
    assignment: UserAssignment;
}

export interface UserAppAssessment {
    app: AppFacts;
    canConnect: TriState;
    chain: ReasonStep[];
    unblockAction: string | null;
    path: ConnectionPath | null;
    blocker: Blocker | null;
    /** Grants of the app that reach the user through a current assignment. */
    grantedVia: GrantMatch[];
    tokens: OauthTokenRow[];
    failedSignIns: SignInOutcome[];
    /** Holds Use Any API Client but not Approve Uninstalled, for an app that is not installed (no bypass since 2025-12-08). */
    reliesOnUseAnyApiClient: boolean;
}

export interface UserView {
    facts: UserFacts;
    info: UserInfo | null;
    displayName: string;
    assignmentsReadable: boolean;
    /** Current assignments (expired ones removed). */
    assignments: UserAssignment[];
    expiredAssignments: UserAssignment[];
    apiEnabled: TriState;
    apiEnabledVia: UserAssignment[];
    /** API Enabled only through a session-based permission set. */
    apiEnabledOnlyConditional: boolean;
    approve: TriState;
    approveVia: UserAssignment[];
    useAny: TriState;
    useAnyVia: UserAssignment[];
    grantsReadable: boolean;
    /** The grants section's missingFields entries about ExternalClientApplication: the reader could not look up the
     * External Client Apps for this user, so it read no grant of them (unknown, not "not granted"). */
    ecaGrantsMissing: string[];
    tokensReadable: boolean;
    signInsReadable: boolean;
    apps: Map<string, UserAppAssessment>;
}

export function describeAssignment(a: UserAssignment): string {
    const kind =
        a.assignable.kind === 'Profile' ? 'profile' : a.assignable.kind === 'PermissionSet' ? 'permission set' : 'permission set group';
    const notes: string[] = [];
    if (a.assignable.hasActivationRequired) notes.push('session-based: grants nothing until activated in a session');
    if (a.assignable.groupStatus && a.assignable.groupStatus !== 'Updated') notes.push(`group status ${a.assignable.groupStatus}`);
    if (a.expirationDate) notes.push(`assignment expires ${a.expirationDate.slice(0, 10)}`);
    return `${kind} “${a.assignable.label}”${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

function listAssignments(list: UserAssignment[]): string {
    return list.map(describeAssignment).join(', ');
}

type Flag = 'apiEnabled' | 'canApproveUninstalledApps' | 'useAnyApiClient';

function holds(
    assignments: UserAssignment[],
    readableFlag: boolean,
    flag: Flag
): { state: TriState; via: UserAssignment[]; onlyConditional: boolean } {
    if (!readableFlag) return { state: 'unknown', via: [], onlyConditional: false };
    const via = assignments.filter((a) => a[flag] === true);
    const effective = via.filter((a) => !a.assignable.hasActivationRequired);
    if (effective.length > 0) return { state: 'yes', via: effective, onlyConditional: false };
    if (via.length > 0) return { state: 'unknown', via, onlyConditional: true };
    // For the optional fields, null on every assignment means the field is absent from describe.
    if (flag !== 'apiEnabled' && assignments.length > 0 && assignments.every((a) => a[flag] === null)) {
        return { state: 'unknown', via: [], onlyConditional: false };
    }
    return { state: 'no', via: [], onlyConditional: false };
}

export function buildUserView(org: OrgFacts, facts: UserFacts): UserView {
    const info = readable(facts.user) ? facts.user.data : null;
    const assignmentsReadable = readable(facts.assignments);
    const all = facts.assignments.data ?? [];
    const assignments: UserAssignment[] = [];
    const expiredAssignments: UserAssignment[] = [];
    for (const a of all) {
        const age = daysSince(a.expirationDate, org.now);
        // An assignment whose ExpirationDate has passed grants nothing (Salesforce removes it shortly after).
        if (age !== null && age > 0) expiredAssignments.push(a);
        else assignments.push(a);
    }
    const api = holds(assignments, assignmentsReadable, 'apiEnabled');
    const approve = holds(assignments, assignmentsReadable, 'canApproveUninstalledApps');
    const useAny = holds(assignments, assignmentsReadable, 'useAnyApiClient');
    const view: UserView = {
        facts,
        info,
        displayName: info ? info.name : 'This user',
        assignmentsReadable,
        assignments,
        expiredAssignments,
        apiEnabled: api.state,
        apiEnabledVia: api.via,
        apiEnabledOnlyConditional: api.onlyConditional,
        approve: approve.state,
        approveVia: approve.via,
        useAny: useAny.state,
        useAnyVia: useAny.via,
        grantsReadable: readable(facts.grants),
        ecaGrantsMissing: missingEntriesOf(facts.grants, ECA_OBJECT),
        tokensReadable: readable(facts.authorizations),
        signInsReadable: readable(facts.signIns),
        apps: new Map()
    };
    const currentPermissionSetIds = new Set(assignments.map((a) => a.assignable.permissionSetId));
    const assignmentById = new Map(assignments.map((a) => [a.assignable.permissionSetId, a]));
    for (const app of org.apps) {
        const names = new Set([...app.entry.matchNames, app.entry.label].map((n) => n.trim().toLowerCase()));
        const grantedVia: GrantMatch[] = [];
        for (const grant of facts.grants.data ?? []) {
            if (grant.catalogName !== app.entry.developerName || !currentPermissionSetIds.has(grant.grantedTo.permissionSetId)) continue;
            const assignment = assignmentById.get(grant.grantedTo.permissionSetId);
            if (assignment) grantedVia.push({ grant, assignment });
        }
        const tokens = (facts.authorizations.data ?? []).filter((t) => names.has(t.appName.trim().toLowerCase()));
        const failedSignIns = (facts.signIns.data ?? []).filter(
            (s) => names.has(s.application.trim().toLowerCase()) && s.status.trim().toLowerCase() !== 'success'
        );
        view.apps.set(app.entry.developerName, assess(org, view, app, grantedVia, tokens, failedSignIns));
    }
    return view;
}

function step(question: string, answer: ReasonStep['answer'], detail: string): ReasonStep {
    return { question, answer, detail };
}

function assess(
    org: OrgFacts,
    user: UserView,
    app: AppFacts,
    grantedVia: GrantMatch[],
    tokens: OauthTokenRow[],
    failedSignIns: SignInOutcome[]
): UserAppAssessment {
    const label = app.entry.label;
    const who = user.displayName;
    const chain: ReasonStep[] = [];
    const result: UserAppAssessment = {
        app,
        canConnect: 'unknown',
        chain,
        unblockAction: null,
        path: null,
        blocker: null,
        grantedVia,
        tokens,
        failedSignIns,
        reliesOnUseAnyApiClient: false
    };
    const block = (blocker: Blocker, action: string): UserAppAssessment => {
        result.canConnect = 'no';
        result.blocker = blocker;
        result.unblockAction = action;
        return finish(result, user, org);
    };
    const undetermined = (blocker: Blocker, action: string): UserAppAssessment => {
        result.canConnect = 'unknown';
        result.blocker = blocker;
        result.unblockAction = action;
        return finish(result, user, org);
    };
    const allow = (path: ConnectionPath): UserAppAssessment => {
        result.path = path;
        // A later "yes" cannot clear an earlier unknown: without knowing API Enabled the answer stays unknown.
        if (apiUnknown) {
            result.canConnect = 'unknown';
            result.blocker = 'apiUnknown';
            result.unblockAction = `Check that ${who} has API Enabled through their profile or a permission set.`;
        } else {
            result.canConnect = 'yes';
        }
        return finish(result, user, org);
    };
    const apiUnknown = app.entry.way !== 'loginWithSalesforce' && user.apiEnabled === 'unknown';

    if (!user.info) {
        chain.push(
            step(`Could ${who}’s details be read?`, 'unknown', user.facts.user.reason ?? 'The user section of the facts is unavailable.')
        );
        return undetermined('factsUnavailable', 'Open the user in Setup and check their profile, permission sets and status by hand.');
    }
    if (app.entry.way === 'loginWithSalesforce' && org.isSandbox === true) {
        chain.push(
            step(
                'Is this a production org?',
                'no',
                `${label} is used to log in to Jetstream itself, and ${LOGIN_WITH_SALESFORCE_PRODUCTION_ONLY}.`
            )
        );
        return block('productionOnly', `Check ${who} in the production org: ${label} is only used with production.`);
    }
    chain.push(
        step(
            `Is ${who} an active user?`,
            user.info.isActive ? 'yes' : 'no',
            user.info.isActive ? 'The user is active.' : 'Inactive users cannot log in or authorize apps.'
        )
    );
    if (!user.info.isActive) return block('inactive', `Reactivate ${who} (Setup: Users).`);

    if (app.entry.way === 'loginWithSalesforce') {
        chain.push(
            step(
                `Does ${who} need API Enabled?`,
                'notApplicable',
                `Logging in to Jetstream with Salesforce only identifies the user; Jetstream’s docs ask for API Enabled to connect orgs, not to log in (assumption).`
            )
        );
    } else if (user.apiEnabled === 'yes') {
        chain.push(step(`Does ${who} have API Enabled?`, 'yes', `Through ${listAssignments(user.apiEnabledVia)}.`));
    } else if (user.apiEnabled === 'unknown') {
        chain.push(
            step(
                `Does ${who} have API Enabled?`,
                'unknown',
                user.apiEnabledOnlyConditional
                    ? `Only through ${listAssignments(user.apiEnabledVia)}, which grants nothing until a session activates it.`
                    : (user.facts.assignments.reason ?? 'The user’s permission set assignments could not be read.')
            )
        );
    } else {
        chain.push(
            step(`Does ${who} have API Enabled?`, 'no', 'No profile, permission set or group assigned to the user grants API Enabled.')
        );
        return block(
            'apiDisabled',
            `Grant ${who} API Enabled through a permission set (a dedicated “Jetstream Users” permission set can grant both API Enabled and ${label}).`
        );
    }

    if (app.installState === 'cannotDetermine') {
        chain.push(
            step(`Is ${label} installed in this org?`, 'unknown', app.installUnknownReason ?? 'The installed apps could not be read.')
        );
        return undetermined('installUnknown', `Check ${appSetupPageLabel(app.entry)} for ${label}.`);
    }
    if (app.installState === 'installed') {
        chain.push(
            step(
                `Is ${label} installed in this org?`,
                'yes',
                `Installed${app.install?.createdDate ? ` on ${app.install.createdDate.slice(0, 10)}` : ''}.`
            )
        );
        return installedPath(org, user, app, result, chain, { block, undetermined, allow });
    }

    chain.push(
        step(
            `Is ${label} installed in this org?`,
            'no',
            'Not installed: since September 2025 new authorizations need the app installed or a bypass permission.'
        )
    );
    if (app.entry.kind === 'ExternalClientApp') {
        return block('packageNotInstalled', `Install the Jetstream managed package, which brings ${label}.`);
    }
    if (user.approve === 'yes') {
        chain.push(step(`Does ${who} hold Approve Uninstalled Connected Apps?`, 'yes', `Through ${listAssignments(user.approveVia)}.`));
        return allow('approveUninstalled');
    }
    chain.push(
        step(
            `Does ${who} hold Approve Uninstalled Connected Apps?`,
            user.approve,
            user.approve === 'no'
                ? 'No assignment grants it (custom profiles, including clones of System Administrator, did not receive it automatically).'
                : org.approve.fieldExists === false || user.assignments.every((a) => a.canApproveUninstalledApps === null)
                  ? 'This org’s PermissionSet describe has no PermissionsCanApproveUninstalledApps field, so it cannot be read.'
                  : user.approveVia.length > 0
                    ? `Only through ${listAssignments(user.approveVia)}, which grants nothing until activated.`
                    : 'The user’s assignments could not be read.'
        )
    );
    if (user.useAny === 'yes') {
        result.reliesOnUseAnyApiClient = true;
        chain.push(
            step(
                `Does Use Any API Client let ${who} in?`,
                'no',
                `${who} holds Use Any API Client (through ${listAssignments(user.useAnyVia)}), but since the week of 2025-12-08 it no longer allows authorizing uninstalled connected apps.`
            )
        );
    }
    if (!user.tokensReadable) {
        chain.push(
            step(
                `Does ${who} already have a ${label} authorization?`,
                'unknown',
                user.facts.authorizations.reason ?? 'OAuth tokens could not be read.'
            )
        );
    } else if (tokens.length > 0) {
        const live = tokens.filter((t) => isLiveToken(t, org.now));
        const expired = tokens.filter((t) => !isLiveToken(t, org.now));
        const expiredNote = `expired under the ${IDLE_LIMIT_DAYS}-day idle limit (last used ${lastUse(expired)})`;
        if (live.length > 0) {
            chain.push(
                step(
                    `Does ${who} already have a ${label} authorization?`,
                    'yes',
                    `${plural(live.length, 'live authorization')} (last used ${lastUse(live)}): ${live.length === 1 ? 'it keeps working until it expires or is' : 'they keep working until they expire or are'} revoked, but reconnecting will be blocked until ${label} is installed.${expired.length > 0 ? ` ${expired.length} more ${expiredNote}.` : ''}`
                )
            );
            return allow('existingAuthorization');
        }
        chain.push(
            step(
                `Does ${who} already have a ${label} authorization?`,
                'no',
                `No — ${expiredNote}: ${plural(expired.length, 'authorization')} unused for more than ${IDLE_LIMIT_DAYS} days no longer ${expired.length === 1 ? 'works' : 'work'}.`
            )
        );
    } else {
        chain.push(step(`Does ${who} already have a ${label} authorization?`, 'no', 'No existing authorization to keep using.'));
    }
    if (user.approve === 'unknown' || !user.tokensReadable) {
        return undetermined('approveUnknown', `Install ${label}: then nobody depends on a bypass permission or an old authorization.`);
    }
    return block('notInstalled', `Install ${label} in this org (install link in the report).`);
}

function lastUse(tokens: OauthTokenRow[]): string {
    let last: string | null = null;
    for (const t of tokens) if (t.lastUsedDate && (!last || t.lastUsedDate > last)) last = t.lastUsedDate;
    return last ? last.slice(0, 10) : 'never';
}

interface Outcomes {
    block: (blocker: Blocker, action: string) => UserAppAssessment;
    undetermined: (blocker: Blocker, action: string) => UserAppAssessment;
    allow: (path: ConnectionPath) => UserAppAssessment;
}

function installedPath(
    org: OrgFacts,
    user: UserView,
    app: AppFacts,
    result: UserAppAssessment,
    chain: ReasonStep[],
    o: Outcomes
): UserAppAssessment {
    const label = app.entry.label;
    const who = user.displayName;
    if (app.permittedUsers === 'selfAuthorize') {
        chain.push(
            step(
                `Can users self-authorize ${label}?`,
                'yes',
                'Permitted Users is “All users may self-authorize”: the user approves access on first connection.'
            )
        );
        return o.allow('selfAuthorize');
    }
    if (app.permittedUsers === 'unknown') {
        chain.push(step(`Can users self-authorize ${label}?`, 'unknown', 'The Permitted Users policy could not be read.'));
        return o.undetermined('permittedUsersUnknown', `Check Permitted Users of ${label} in ${manageWhere(app)}.`);
    }
    chain.push(
        step(
            `Can users self-authorize ${label}?`,
            'no',
            'Permitted Users is “Admin approved users are pre-authorized”: only granted users can connect.'
        )
    );
    const effective = result.grantedVia.filter((g) => !g.grant.grantedTo.hasActivationRequired);
    if (effective.length > 0) {
        chain.push(step(`Is ${who} pre-authorized for ${label}?`, 'yes', `Through ${effective.map((g) => grantWords(g)).join(', ')}.`));
        return o.allow('preAuthorized');
    }
    if (!user.grantsReadable || !user.assignmentsReadable) {
        chain.push(
            step(
                `Is ${who} pre-authorized for ${label}?`,
                'unknown',
                user.facts.grants.reason ?? 'The grants reaching the user could not be read.'
            )
        );
        return o.undetermined(
            'grantsUnknown',
            `Check ${who}’s profile and permission sets against the profiles and permission sets of ${label}.`
        );
    }
    if (app.entry.kind === 'ExternalClientApp' && user.ecaGrantsMissing.length > 0) {
        return ecaGrantsUnknown(user, app, chain, o);
    }
    if (app.entry.kind === 'ExternalClientApp' && user.useAny === 'yes') {
        chain.push(
            step(
                `Is ${who} pre-authorized for ${label}?`,
                'yes',
                `Not granted, but ${who} holds Use Any API Client, which reaches any external client app even when it is admin-approved.`
            )
        );
        return o.allow('useAnyApiClient');
    }
    if (result.grantedVia.length > 0) {
        chain.push(
            step(
                `Is ${who} pre-authorized for ${label}?`,
                'unknown',
                `Only through ${result.grantedVia.map((g) => grantWords(g)).join(', ')}, which grants nothing until a session activates it.`
            )
        );
        return o.undetermined(
            'sessionBasedOnly',
            `Assign ${who} a permission set that grants ${label} without session activation (for example “Jetstream Users”).`
        );
    }
    chain.push(
        step(`Is ${who} pre-authorized for ${label}?`, 'no', `No profile, permission set or group assigned to ${who} is granted ${label}.`)
    );
    const suggestion = app.grants.find(
        (g) => g.grantedTo.kind === 'PermissionSet' && !g.grantedTo.hasActivationRequired && g.via === 'direct'
    );
    return o.block(
        'notGranted',
        suggestion
            ? `Assign ${who} the permission set “${suggestion.grantedTo.label}”, which is granted ${label}.`
            : `Grant ${label} to a permission set (for example a dedicated “Jetstream Users”) and assign it to ${who}.`
    );
}

/** The user's facts name ExternalClientApplication as unreadable: no grant of an External Client App was looked up. */
function ecaGrantsUnknown(user: UserView, app: AppFacts, chain: ReasonStep[], o: Outcomes): UserAppAssessment {
    const label = app.entry.label;
    const who = user.displayName;
    const missing = user.ecaGrantsMissing.join(', ');
    if (user.useAny === 'yes') {
        chain.push(
            step(
                `Is ${who} pre-authorized for ${label}?`,
                'yes',
                `Whether a grant of ${label} reaches ${who} cannot be determined (${missing}), but ${who} holds Use Any API Client, which reaches any external client app even when it is admin-approved.`
            )
        );
        return o.allow('useAnyApiClient');
    }
    chain.push(
        step(
            `Is ${who} pre-authorized for ${label}?`,
            'unknown',
            `External Client Apps could not be read with this user’s facts (${missing}), so whether a grant of ${label} reaches ${who} cannot be determined.`
        )
    );
    return o.undetermined(
        'grantsUnknown',
        `Check ${who}’s profile and permission sets against the ones ${label} is granted to in ${manageWhere(app)}.`
    );
}

function manageWhere(app: AppFacts): string {
    return app.entry.kind === 'ExternalClientApp' ? 'Setup: External Client App Manager' : 'Setup: Manage Connected Apps';
}

function grantWords(g: GrantMatch): string {
    const a = g.grant.grantedTo;
    const kind = a.kind === 'Profile' ? 'profile' : a.kind === 'PermissionSet' ? 'permission set' : 'permission set group';
    const notes: string[] = [];
    if (g.grant.via === 'group' && g.grant.componentPermissionSetName)
        notes.push(`whose permission set “${g.grant.componentPermissionSetName}” holds the grant`);
    if (a.groupStatus && a.groupStatus !== 'Updated')
        notes.push(`group status ${a.groupStatus}: the aggregate may be stale until recalculated`);
    if (a.hasActivationRequired) notes.push('session-based');
    if (g.assignment.expirationDate) notes.push(`assignment expires ${g.assignment.expirationDate.slice(0, 10)}`);
    return `${kind} “${a.label}”${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/** Steps after the decision: facts that do not change it but that an admin needs (High Assurance, failed sign-ins). */
function finish(result: UserAppAssessment, user: UserView, _org: OrgFacts): UserAppAssessment {
    const { app, chain } = result;
    const label = app.entry.label;
    if (result.canConnect !== 'no' && app.highAssurance === true) {
        chain.push(
            step(
                `Does ${label} require a High Assurance session?`,
                'yes',
                'The user must verify their identity (MFA) for the session; Jetstream’s frontdoor links can then ask to “Choose a Verification Method”.'
            )
        );
    }
    if (result.failedSignIns.length > 0) {
        const attempts = result.failedSignIns.reduce((n, s) => n + s.attempts, 0);
        const statuses = [...new Set(result.failedSignIns.map((s) => `“${s.status}”`))].join(', ');
        chain.push(
            step(
                `Has ${user.displayName} failed to sign in to ${label} recently?`,
                'yes',
                `${attempts} failed attempt${attempts === 1 ? '' : 's'}: ${statuses}.`
            )
        );
    }
    return result;
}
