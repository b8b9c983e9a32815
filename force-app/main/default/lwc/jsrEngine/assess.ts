// One user, one app: the chain of facts that decides whether the user can make a connection, and the one action that
// would unblock them. The check is a list of steps (USER_STEPS) walked in order by a short loop: each step adds its
// question to the chain and either decides or lets the next step ask. Used by evaluateUser (user.ts) and the user rules.
import {
    complete,
    daysSince,
    ECA_OBJECT,
    IDLE_LIMIT_DAYS,
    isLiveToken,
    missingEntriesOf,
    readable,
    refusalCauseOf,
    type AppFacts,
    type OrgFacts
} from './facts';
import { appPageLink, appSetupPageLabel, installLink, setupLink, userLink } from './links';
import type { CanConnect, Link, ReasonStep } from './report';
import type { AppGrant, OauthTokenRow, SignInOutcome, UserAssignment, UserFacts, UserInfo } from './snapshot';
import { LOGIN_WITH_SALESFORCE_PRODUCTION_ONLY } from './sources';
import { kindWord, plural } from './words';

export type TriState = 'yes' | 'no' | 'unknown';

export type ConnectionPath = 'selfAuthorize' | 'preAuthorized' | 'approveUninstalled' | 'existingAuthorization' | 'useAnyApiClient';

export type Blocker =
    | 'factsUnavailable'
    | 'productionUnknown'
    | 'inactive'
    | 'frozen'
    | 'frozenUnknown'
    | 'apiDisabled'
    | 'apiUnknown'
    | 'installUnknown'
    | 'notInstalled'
    | 'packageNotInstalled'
    | 'permittedUsersUnknown'
    | 'notGranted'
    | 'grantsUnknown'
    | 'sessionBasedOnly'
    | 'approveUnknown';

export interface GrantMatch {
    grant: AppGrant;
    assignment: UserAssignment;
}

export interface UserAppAssessment {
    app: AppFacts;
    canConnect: CanConnect;
    chain: ReasonStep[];
    unblockAction: string | null;
    unblockLinks: Link[];
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
    /** Every assignment was read: none granting something is proof it is not granted. */
    assignmentsComplete: boolean;
    /** Current assignments (expired ones removed). */
    assignments: UserAssignment[];
    expiredAssignments: UserAssignment[];
    /** UserLogin.IsFrozen of the user: unknown when the reader could not read it (Manage Users). */
    frozen: TriState;
    apiEnabled: TriState;
    apiEnabledVia: UserAssignment[];
    /** API Enabled only through a session-based permission set. */
    apiEnabledOnlyConditional: boolean;
    approve: TriState;
    approveVia: UserAssignment[];
    useAny: TriState;
    useAnyVia: UserAssignment[];
    grantsReadable: boolean;
    /** The grants reaching the user were read in full: none is proof of "not granted". */
    grantsComplete: boolean;
    /** The grants section's missingFields entries about ExternalClientApplication: the reader could not look up the
     * External Client Apps for this user, so it read no grant of them (unknown, not "not granted"). */
    ecaGrantsMissing: string[];
    tokensReadable: boolean;
    /** The user's tokens were read in full: no live token is proof of "no authorization that still works". */
    tokensComplete: boolean;
    signInsReadable: boolean;
    apps: Map<string, UserAppAssessment>;
}

export function describeAssignment(a: UserAssignment): string {
    const notes: string[] = [];
    if (a.assignable.hasActivationRequired) notes.push('session-based: grants nothing until activated in a session');
    if (a.assignable.groupStatus && a.assignable.groupStatus !== 'Updated') notes.push(`group status ${a.assignable.groupStatus}`);
    if (a.expirationDate) notes.push(`assignment expires ${a.expirationDate.slice(0, 10)}`);
    return `${kindWord(a.assignable.kind)} “${a.assignable.label}”${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

function listAssignments(list: UserAssignment[]): string {
    return list.map(describeAssignment).join(', ');
}

type Flag = 'apiEnabled' | 'canApproveUninstalledApps' | 'useAnyApiClient';

function holds(
    assignments: UserAssignment[],
    read: { readable: boolean; complete: boolean },
    flag: Flag
): { state: TriState; via: UserAssignment[]; onlyConditional: boolean } {
    if (!read.readable) return { state: 'unknown', via: [], onlyConditional: false };
    const via = assignments.filter((a) => a[flag] === true);
    const effective = via.filter((a) => !a.assignable.hasActivationRequired);
    if (effective.length > 0) return { state: 'yes', via: effective, onlyConditional: false };
    if (via.length > 0) return { state: 'unknown', via, onlyConditional: true };
    // For the optional fields, null on every assignment means the field is absent from describe.
    if (flag !== 'apiEnabled' && assignments.length > 0 && assignments.every((a) => a[flag] === null)) {
        return { state: flag === 'useAnyApiClient' ? 'no' : 'unknown', via: [], onlyConditional: false };
    }
    // Partly read assignments: one that grants it may be missing, so "no" is not proven.
    return { state: read.complete ? 'no' : 'unknown', via: [], onlyConditional: false };
}

export function buildUserView(org: OrgFacts, facts: UserFacts): UserView {
    const info = readable(facts.user) ? facts.user.data : null;
    const assignmentsReadable = readable(facts.assignments);
    const assignmentsRead = { readable: assignmentsReadable, complete: complete(facts.assignments) };
    const assignments: UserAssignment[] = [];
    const expiredAssignments: UserAssignment[] = [];
    for (const a of facts.assignments.data ?? []) {
        const age = daysSince(a.expirationDate, org.now);
        // An assignment whose ExpirationDate has passed grants nothing (Salesforce removes it shortly after).
        if (age !== null && age > 0) expiredAssignments.push(a);
        else assignments.push(a);
    }
    const api = holds(assignments, assignmentsRead, 'apiEnabled');
    const approve = holds(assignments, assignmentsRead, 'canApproveUninstalledApps');
    const useAny = holds(assignments, assignmentsRead, 'useAnyApiClient');
    const view: UserView = {
        facts,
        info,
        displayName: info ? info.name : 'This user',
        assignmentsReadable,
        assignmentsComplete: assignmentsRead.complete,
        assignments,
        expiredAssignments,
        frozen: readable(facts.userLogin) ? (facts.userLogin.data.isFrozen ? 'yes' : 'no') : 'unknown',
        apiEnabled: api.state,
        apiEnabledVia: api.via,
        apiEnabledOnlyConditional: api.onlyConditional,
        approve: approve.state,
        approveVia: approve.via,
        useAny: useAny.state,
        useAnyVia: useAny.via,
        grantsReadable: readable(facts.grants),
        grantsComplete: complete(facts.grants),
        ecaGrantsMissing: missingEntriesOf(facts.grants, ECA_OBJECT),
        tokensReadable: readable(facts.authorizations),
        tokensComplete: complete(facts.authorizations),
        signInsReadable: readable(facts.signIns),
        apps: new Map()
    };
    const assignmentById = new Map(assignments.map((a) => [a.assignable.permissionSetId, a]));
    for (const app of org.apps) {
        const names = new Set([...app.entry.matchNames, app.entry.label].map((n) => n.trim().toLowerCase()));
        const grantedVia: GrantMatch[] = [];
        for (const grant of facts.grants.data ?? []) {
            const assignment =
                grant.catalogName === app.entry.developerName ? assignmentById.get(grant.grantedTo.permissionSetId) : undefined;
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

// ---------------------------------------------------------------------------------------------------
// the steps
// ---------------------------------------------------------------------------------------------------

interface Check {
    org: OrgFacts;
    user: UserView;
    app: AppFacts;
    /** The app's label and the user's name, for the wording. */
    label: string;
    who: string;
    result: UserAppAssessment;
    ask(question: string, answer: ReasonStep['answer'], detail: string): void;
}

/** How a step decides: the answer, why not (blocker) or how (path), and the one action that would unblock. */
interface Outcome {
    canConnect: CanConnect;
    blocker?: Blocker;
    path?: ConnectionPath;
    action?: string;
    links?: Link[];
}

interface UserStep {
    /** Whether the step asks anything for this user and app (default: always). */
    applies?(c: Check): boolean;
    /** Adds the step's question to the chain; returns an Outcome to decide, nothing to go on. */
    run(c: Check): Outcome | undefined;
}

const isLogin = (c: Check) => c.app.entry.way === 'loginWithSalesforce';
const isInstalled = (c: Check) => c.app.installState === 'installed';
const isUninstalledConnectedApp = (c: Check) => c.app.installState === 'notInstalled' && c.app.entry.kind === 'ConnectedApp';
const isAdminApproved = (c: Check) => isInstalled(c) && c.app.permittedUsers === 'adminApproved';

const no = (blocker: Blocker, action: string, links: Link[] = []): Outcome => ({ canConnect: 'no', blocker, action, links });
const unknown = (blocker: Blocker, action: string, links: Link[] = []): Outcome => ({ canConnect: 'unknown', blocker, action, links });
const yes = (path: ConnectionPath): Outcome => ({ canConnect: 'yes', path });

function grantWords(g: GrantMatch): string {
    const a = g.grant.grantedTo;
    const notes: string[] = [];
    if (g.grant.via === 'group' && g.grant.componentPermissionSetName)
        notes.push(`whose permission set “${g.grant.componentPermissionSetName}” holds the grant`);
    if (a.groupStatus && a.groupStatus !== 'Updated')
        notes.push(`group status ${a.groupStatus}: the aggregate may be stale until recalculated`);
    if (a.hasActivationRequired) notes.push('session-based');
    if (g.assignment.expirationDate) notes.push(`assignment expires ${g.assignment.expirationDate.slice(0, 10)}`);
    return `${kindWord(a.kind)} “${a.label}”${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

function lastUse(tokens: OauthTokenRow[]): string {
    let last: string | null = null;
    for (const t of tokens) if (t.lastUsedDate && (!last || t.lastUsedDate > last)) last = t.lastUsedDate;
    return last ? last.slice(0, 10) : 'never';
}

function installLinks(c: Check): Link[] {
    const link = installLink(c.org.myDomainUrl, c.app.entry);
    return link ? [link] : [setupLink('oauthUsage')];
}

/** The steps, in the order they are asked. */
export const USER_STEPS: readonly UserStep[] = [
    {
        // The user's own record.
        run: (c) => {
            if (c.user.info) return undefined;
            c.ask(
                `Could ${c.who}’s details be read?`,
                'unknown',
                c.user.facts.user.reason ?? 'The user section of the facts is unavailable.'
            );
            return unknown('factsUnavailable', 'Open the user in Setup and check their profile, permission sets and status by hand.', [
                setupLink('users')
            ]);
        }
    },
    {
        // Log in with Salesforce works only with production orgs (Jetstream docs).
        applies: isLogin,
        run: (c) => {
            const sandbox = c.org.isSandbox;
            if (sandbox === false) return undefined;
            c.ask(
                'Is this a production org?',
                sandbox === null ? 'unknown' : 'no',
                `${c.label} logs people in to Jetstream itself, and ${LOGIN_WITH_SALESFORCE_PRODUCTION_ONLY}.`
            );
            return sandbox === null
                ? unknown('productionUnknown', 'Check in Setup: Company Information whether this is a production org.', [
                      setupLink('companyInformation')
                  ])
                : { canConnect: 'notApplicable' };
        }
    },
    {
        run: (c) => {
            const active = c.user.info?.isActive === true;
            c.ask(
                `Is ${c.who} an active user?`,
                active ? 'yes' : 'no',
                active ? 'The user is active.' : 'Inactive users cannot log in or authorize apps.'
            );
            return active ? undefined : no('inactive', `Reactivate ${c.who}.`, [userLink(c.user.info?.userId ?? null, c.who)]);
        }
    },
    {
        // A frozen user cannot log in (Object Reference, UserLogin); since April 2026 Salesforce freezes users itself and
        // revokes their refresh tokens (help 005318944, 005319571). Unknown goes on and keeps a "yes" from being given.
        run: (c) => {
            const q = `Is ${c.who} frozen?`;
            if (c.user.frozen === 'no') {
                c.ask(q, 'no', 'Their login is not frozen.');
                return undefined;
            }
            if (c.user.frozen === 'unknown') {
                c.ask(q, 'unknown', c.user.facts.userLogin.reason ?? 'Whether the user is frozen could not be read.');
                return undefined;
            }
            c.ask(
                q,
                'yes',
                'A frozen user cannot log in until an admin unfreezes them. If Salesforce froze them (anonymizing VPN or proxy traffic, a login anomaly), it also revoked all their refresh tokens.'
            );
            return no(
                'frozen',
                `Unfreeze ${c.who} (their user page → Unfreeze), then have them connect ${c.label} again: a new authorization, which needs the app installed or Approve Uninstalled Connected Apps.`,
                [userLink(c.user.info?.userId ?? null, c.who)]
            );
        }
    },
    {
        // Jetstream needs API Enabled to connect an org; logging in to Jetstream with Salesforce does not (assumption, see README).
        applies: (c) => !isLogin(c),
        run: (c) => {
            const u = c.user;
            const q = `Does ${c.who} have API Enabled?`;
            if (u.apiEnabled === 'yes') c.ask(q, 'yes', `Through ${listAssignments(u.apiEnabledVia)}.`);
            else if (u.apiEnabled === 'unknown')
                c.ask(
                    q,
                    'unknown',
                    u.apiEnabledOnlyConditional
                        ? `Only through ${listAssignments(u.apiEnabledVia)}, which grants nothing until a session activates it.`
                        : (u.facts.assignments.reason ?? 'The user’s permission set assignments could not be read.')
                );
            else {
                c.ask(q, 'no', 'No profile, permission set or group assigned to the user grants API Enabled.');
                return no(
                    'apiDisabled',
                    `Grant ${c.who} API Enabled through a permission set (a dedicated “Jetstream Users” permission set can grant both API Enabled and ${c.label}).`,
                    [setupLink('permissionSets')]
                );
            }
            return undefined;
        }
    },
    {
        run: (c) => {
            const q = `Is ${c.label} installed in this org?`;
            if (c.app.installState === 'cannotDetermine') {
                c.ask(q, 'unknown', c.app.installUnknownReason ?? 'The installed apps could not be read.');
                return unknown('installUnknown', `Check ${appSetupPageLabel(c.app.entry)} for ${c.label}.`, [
                    appPageLink(c.app.entry, c.app.install)
                ]);
            }
            if (isInstalled(c)) {
                c.ask(q, 'yes', `Installed${c.app.install?.createdDate ? ` on ${c.app.install.createdDate.slice(0, 10)}` : ''}.`);
                return undefined;
            }
            c.ask(q, 'no', 'Not installed: since September 2025 a new connection needs the app installed, or a bypass permission.');
            return c.app.entry.kind === 'ExternalClientApp'
                ? no('packageNotInstalled', `Install the Jetstream for Salesforce package, which brings ${c.label}.`)
                : undefined;
        }
    },
    {
        applies: isInstalled,
        run: (c) => {
            const q = `Can users self-authorize ${c.label}?`;
            if (c.app.permittedUsers === 'selfAuthorize') {
                c.ask(q, 'yes', 'Permitted Users is “All users may self-authorize”: the user approves access on first connection.');
                return yes('selfAuthorize');
            }
            if (c.app.permittedUsers === 'unknown') {
                c.ask(q, 'unknown', 'The Permitted Users policy could not be read.');
                return unknown('permittedUsersUnknown', `Check Permitted Users of ${c.label} on its Setup page.`, [
                    appPageLink(c.app.entry, c.app.install)
                ]);
            }
            c.ask(q, 'no', 'Permitted Users is “Admin approved users are pre-authorized”: only granted users can connect.');
            return undefined;
        }
    },
    { applies: isAdminApproved, run: (c) => preAuthorization(c) },
    {
        applies: isUninstalledConnectedApp,
        run: (c) => {
            const u = c.user;
            const q = `Does ${c.who} hold Approve Uninstalled Connected Apps?`;
            if (u.approve === 'yes') {
                c.ask(q, 'yes', `Through ${listAssignments(u.approveVia)}.`);
                return yes('approveUninstalled');
            }
            c.ask(
                q,
                u.approve,
                u.approve === 'no'
                    ? 'No assignment grants it (custom profiles, including clones of System Administrator, did not receive it automatically).'
                    : c.org.approve.fieldExists === false || u.assignments.every((a) => a.canApproveUninstalledApps === null)
                      ? 'This org’s describe has no field for it, so it cannot be read.'
                      : u.approveVia.length > 0
                        ? `Only through ${listAssignments(u.approveVia)}, which grants nothing until activated.`
                        : 'The user’s assignments could not be read.'
            );
            return undefined;
        }
    },
    {
        applies: (c) => isUninstalledConnectedApp(c) && c.user.useAny === 'yes',
        run: (c) => {
            c.result.reliesOnUseAnyApiClient = true;
            c.ask(
                `Does Use Any API Client let ${c.who} in?`,
                'no',
                `${c.who} holds Use Any API Client (through ${listAssignments(c.user.useAnyVia)}), but since the week of 2025-12-08 it no longer allows authorizing uninstalled connected apps.`
            );
            return undefined;
        }
    },
    {
        applies: isUninstalledConnectedApp,
        run: (c) => {
            const q = `Does ${c.who} already have a ${c.label} authorization?`;
            const tokens = c.result.tokens;
            if (!c.user.tokensReadable) {
                c.ask(q, 'unknown', c.user.facts.authorizations.reason ?? 'OAuth tokens could not be read.');
                return unknown(
                    'approveUnknown',
                    `Install ${c.label}: then nobody depends on a bypass permission or an old authorization.`,
                    installLinks(c)
                );
            }
            const live = tokens.filter((t) => isLiveToken(t, c.org.now));
            const expired = tokens.filter((t) => !isLiveToken(t, c.org.now));
            const expiredNote = `expired under the ${IDLE_LIMIT_DAYS}-day idle limit (last used ${lastUse(expired)})`;
            if (live.length > 0) {
                c.ask(
                    q,
                    'yes',
                    `${plural(live.length, 'live authorization')} (last used ${lastUse(live)}): ${live.length === 1 ? 'it keeps working until it expires or is' : 'they keep working until they expire or are'} revoked, but reconnecting will be blocked until ${c.label} is installed.${expired.length > 0 ? ` ${expired.length} more ${expiredNote}.` : ''}`
                );
                return yes('existingAuthorization');
            }
            if (!c.user.tokensComplete) {
                c.ask(
                    q,
                    'unknown',
                    `None that still works among the authorizations this check could read (${c.user.facts.authorizations.reason ?? 'only part of them'}).`
                );
                return unknown(
                    'approveUnknown',
                    `Install ${c.label}: then nobody depends on a bypass permission or an old authorization.`,
                    installLinks(c)
                );
            }
            c.ask(
                q,
                'no',
                tokens.length > 0
                    ? `${plural(expired.length, 'authorization')} ${expiredNote}: none works any more.`
                    : 'No existing authorization to keep using.'
            );
            return c.user.approve === 'unknown'
                ? unknown('approveUnknown', `Install ${c.label}: then nobody depends on a bypass permission.`, installLinks(c))
                : no('notInstalled', `Install ${c.label} in this org.`, installLinks(c));
        }
    }
];

/** Admin-approved: whether a grant reaches the user without session activation (Use Any API Client reaches an
 * External Client App without one). */
function preAuthorization(c: Check): Outcome {
    const { user, app, who, label, result } = c;
    const q = `Is ${who} pre-authorized for ${label}?`;
    const effective = result.grantedVia.filter((g) => !g.grant.grantedTo.hasActivationRequired);
    if (effective.length > 0) {
        c.ask(q, 'yes', `Through ${effective.map(grantWords).join(', ')}.`);
        return yes('preAuthorized');
    }
    const appLinks = [appPageLink(app.entry, app.install)];
    if (!user.grantsReadable || !user.assignmentsReadable) {
        c.ask(q, 'unknown', user.facts.grants.reason ?? 'The grants reaching the user could not be read.');
        return unknown('grantsUnknown', `Check ${who}’s profile and permission sets against the ones ${label} is granted to.`, appLinks);
    }
    if (app.entry.kind === 'ExternalClientApp' && user.useAny === 'yes') {
        c.ask(
            q,
            'yes',
            `${user.ecaGrantsMissing.length > 0 ? 'Whether a grant reaches them cannot be read, but' : 'Not granted, but'} ${who} holds Use Any API Client, which reaches any external client app even when it is admin-approved.`
        );
        return yes('useAnyApiClient');
    }
    if (app.entry.kind === 'ExternalClientApp' && user.ecaGrantsMissing.length > 0) {
        c.ask(
            q,
            'unknown',
            `External Client Apps could not be read with this user’s facts (${user.ecaGrantsMissing.join(', ')}), so whether a grant of ${label} reaches ${who} cannot be determined.`
        );
        return unknown('grantsUnknown', `Check ${who}’s profile and permission sets against the ones ${label} is granted to.`, appLinks);
    }
    if (result.grantedVia.length > 0) {
        c.ask(
            q,
            'unknown',
            `Only through ${result.grantedVia.map(grantWords).join(', ')}, which grants nothing until a session activates it.`
        );
        return unknown(
            'sessionBasedOnly',
            `Assign ${who} a permission set that grants ${label} without session activation (for example “Jetstream Users”).`,
            [setupLink('permissionSets')]
        );
    }
    if (!user.grantsComplete || !user.assignmentsComplete) {
        // Review DEF-1, for one user: no grant among those read, but a section is partial.
        const reason = !user.grantsComplete ? user.facts.grants.reason : user.facts.assignments.reason;
        c.ask(q, 'unknown', `No grant among those read; some could not be read (${reason ?? 'the list was cut'}).`);
        return unknown('grantsUnknown', `Check ${who}’s permission set groups against the ones ${label} is granted to.`, appLinks);
    }
    c.ask(q, 'no', `No profile, permission set or group assigned to ${who} is granted ${label}.`);
    const suggestion = app.grants.find(
        (g) => g.grantedTo.kind === 'PermissionSet' && !g.grantedTo.hasActivationRequired && g.via === 'direct'
    );
    return suggestion
        ? no('notGranted', `Assign ${who} the permission set “${suggestion.grantedTo.label}”, which is granted ${label}.`, [
              userLink(user.info?.userId ?? null, who)
          ])
        : no(
              'notGranted',
              `Grant ${label} to a permission set (for example a dedicated “Jetstream Users”) and assign it to ${who}.`,
              appLinks
          );
}

function assess(
    org: OrgFacts,
    user: UserView,
    app: AppFacts,
    grantedVia: GrantMatch[],
    tokens: OauthTokenRow[],
    failedSignIns: SignInOutcome[]
): UserAppAssessment {
    const result: UserAppAssessment = {
        app,
        canConnect: 'unknown',
        chain: [],
        unblockAction: null,
        unblockLinks: [],
        path: null,
        blocker: null,
        grantedVia,
        tokens,
        failedSignIns,
        reliesOnUseAnyApiClient: false
    };
    const check: Check = {
        org,
        user,
        app,
        label: app.entry.label,
        who: user.displayName,
        result,
        ask: (question, answer, detail) => result.chain.push({ question, answer, detail })
    };
    let outcome: Outcome | undefined;
    for (const step of USER_STEPS) {
        if (step.applies && !step.applies(check)) continue;
        outcome = step.run(check);
        if (outcome) break;
    }
    // Every path ends in a deciding step; an unknown is the safe default should one not.
    decideWith(check, outcome ?? unknown('installUnknown', `Check ${app.entry.label} by hand.`));
    return finish(result, user);
}

function decideWith(c: Check, o: Outcome): void {
    const r = c.result;
    r.canConnect = o.canConnect;
    r.blocker = o.blocker ?? null;
    r.path = o.path ?? null;
    r.unblockAction = o.action ?? null;
    r.unblockLinks = o.links ?? [];
    // A later "yes" cannot clear an earlier unknown: without knowing API Enabled the answer stays unknown.
    if (o.canConnect === 'yes' && !isLogin(c) && c.user.apiEnabled === 'unknown') {
        r.canConnect = 'unknown';
        r.blocker = 'apiUnknown';
        r.unblockAction = `Check that ${c.who} has API Enabled through their profile or a permission set.`;
        r.unblockLinks = [userLink(c.user.info?.userId ?? null, c.who)];
    } else if (o.canConnect === 'yes' && c.user.frozen === 'unknown') {
        r.canConnect = 'unknown';
        r.blocker = 'frozenUnknown';
        r.unblockAction = `Check whether ${c.who} is frozen: their user page shows an Unfreeze button when they are.`;
        r.unblockLinks = [userLink(c.user.info?.userId ?? null, c.who)];
    }
}

/** Steps after the decision: facts that do not change it but that an admin needs (High Assurance, failed sign-ins). */
function finish(result: UserAppAssessment, user: UserView): UserAppAssessment {
    const { app, chain } = result;
    if (result.canConnect === 'notApplicable') return result;
    if (result.canConnect !== 'no' && app.highAssurance === true) {
        chain.push({
            question: `Does ${app.entry.label} require a High Assurance session?`,
            answer: 'yes',
            detail: 'The user must verify their identity (MFA) for the session; Jetstream’s links into Salesforce can then ask to “Choose a Verification Method”.'
        });
    }
    if (result.failedSignIns.length > 0) {
        const attempts = result.failedSignIns.reduce((n, s) => n + s.attempts, 0);
        const statuses = [...new Set(result.failedSignIns.map((s) => `“${s.status}”`))].join(', ');
        const causes = [...new Set(result.failedSignIns.map((s) => refusalCauseOf(s.status)))];
        const profile = user.info?.profileName ? `profile “${user.info.profileName}”` : 'their profile';
        const why = [
            causes.includes('ipRestriction')
                ? ` An IP restriction refused them: probably the Login IP Ranges of ${profile}${app.entry.way === 'web' ? ', which must include Jetstream’s servers' : app.entry.way === 'desktop' ? ', which must include the network they connect from' : ''}.`
                : '',
            causes.includes('loginHours') ? ` They tried outside the Login Hours of ${profile}.` : ''
        ].join('');
        chain.push({
            question: `Has ${user.displayName} failed to sign in to ${app.entry.label} recently?`,
            answer: 'yes',
            detail: `${plural(attempts, 'failed attempt')}: ${statuses}.${why}`
        });
    }
    return result;
}
