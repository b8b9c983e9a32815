// Every readiness rule as one data entry: stable id, title, severity, scope, source with its effective date, a
// static description and remediation summary (read by the generated rule catalog), and the functions that find
// matches in the normalised facts and word the explanation and remediation for one match.
import type { UserAppAssessment, UserView } from './assess';
import {
    BROAD_HOLDER_THRESHOLD,
    IDLE_LIMIT_DAYS,
    SECTION_LABELS,
    STANDARD_SYS_ADMIN_HOW,
    cappedWithoutHolderWords,
    connectedApps,
    isStandardSystemAdministrator,
    largestFirst,
    neededConnectedApps,
    permissionLabel,
    plural,
    productionMyDomainUrl,
    type AppFacts,
    type BypassFacts,
    type OrgFacts,
    type SnapshotSectionName
} from './facts';
import { appSetupPageLabel, docLink, installLink, manageLink, setupLink } from './links';
import type { RemediationStep, RuleSource, Severity } from './report';
import type { AppGrant, PermissionHolder, Section, SignInOutcome } from './snapshot';
import { DEVICE_FLOW_EXCEPTION, LOGIN_HOURS_STEP_END, SOURCES } from './sources';

export type RuleScope = 'org' | 'app' | 'user';
export type RuleParams = Record<string, string | number | boolean | null>;

export interface RuleContext {
    org: OrgFacts;
    /** Set only when evaluating one user (evaluateUser); org and app rules ignore it. */
    user: UserView | null;
}

export interface RuleMatch {
    catalogName: string | null;
    /** The facts that made the rule fire, one per line. */
    evidence: string[];
    /** The values the wording uses, also useful for exports and tests. */
    params: RuleParams;
    app: AppFacts | null;
    /** For user rules: the user's assessment for the app. */
    assessment: UserAppAssessment | null;
}

export interface RuleDefinition {
    readonly id: string;
    readonly title: string;
    readonly severity: Severity;
    readonly scope: RuleScope;
    /** What the rule checks, for the catalog document. */
    readonly description: string;
    /** What an admin does when it fires, for the catalog document. */
    readonly remediationSummary: string;
    readonly source: RuleSource;
    evaluate(ctx: RuleContext): RuleMatch[];
    /** The finding's title for one match. */
    headline(match: RuleMatch, ctx: RuleContext): string;
    explain(match: RuleMatch, ctx: RuleContext): string;
    remediation(match: RuleMatch, ctx: RuleContext): RemediationStep[];
}

// ---------------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------------

function match(app: AppFacts | null, evidence: string[], params: RuleParams = {}, assessment: UserAppAssessment | null = null): RuleMatch {
    return { catalogName: app ? app.entry.developerName : null, evidence, params, app, assessment };
}

function appOf(m: RuleMatch): AppFacts {
    if (!m.app) throw new Error('An app rule matched without an app');
    return m.app;
}

function textStep(text: string): RemediationStep {
    return { text, link: null };
}

function kindWord(kind: string): string {
    return kind === 'Profile' ? 'profile' : kind === 'PermissionSet' ? 'permission set' : 'permission set group';
}

function holderWords(h: PermissionHolder): string {
    const std = isStandardSystemAdministrator(h.assignable, h.modifyAllData)
        ? `; the standard System Administrator profile, ${STANDARD_SYS_ADMIN_HOW}`
        : '';
    return `${kindWord(h.assignable.kind)} “${h.assignable.label}” (${plural(h.assignable.activeAssignees, 'active user')}${std})`;
}

/** At most EVIDENCE_LINES lines of evidence, the rest summarised: a 5,000-holder org must not produce 5,000 lines. */
export const EVIDENCE_LINES = 20;

/** One evidence line per item, largest key first, capped at EVIDENCE_LINES with the rest summarised; only the lines
 * kept are worded (a large org has thousands of grants or sign-in groups). */
function largestLines<T>(items: readonly T[], key: (item: T) => number, line: (item: T) => string, noun: string): string[] {
    const lines = largestFirst(items, EVIDENCE_LINES, key).map(line);
    if (items.length > EVIDENCE_LINES) lines.push(`…and ${items.length - EVIDENCE_LINES} more ${noun}.`);
    return lines;
}

function byActiveAssignees(h: PermissionHolder): number {
    return h.assignable.activeAssignees;
}

function holderList(holders: PermissionHolder[]): string {
    const max = 10;
    const named = largestFirst(holders, max, byActiveAssignees).map(holderWords).join(', ');
    return holders.length > max ? `${named} and ${holders.length - max} more` : named;
}

function listNames(names: string[], max = 5): string {
    if (names.length <= max) return names.join(', ');
    return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

function atLeast(section: Section<unknown>): string {
    return section.truncated ? 'at least ' : '';
}

function tokenEvidence(ctx: RuleContext, app: AppFacts): string {
    if (!ctx.org.authorizationsReadable) return 'Existing authorizations could not be read (see the “cannot determine” finding).';
    if (app.tokens.length === 0) {
        return ctx.org.snapshot.authorizations.status === 'partial'
            ? 'No existing authorizations among the tokens the check could see (only part of them were readable).'
            : 'Nobody holds an existing authorization.';
    }
    const names = app.tokenUserNames;
    return `${atLeast(ctx.org.snapshot.authorizations)}${plural(app.tokenUserIds.size, 'user')} ${app.tokenUserIds.size === 1 ? 'holds' : 'hold'} ${plural(app.tokens.length, 'existing authorization')} (last used ${app.lastTokenUse?.slice(0, 10) ?? 'never'}): ${listNames(names)}.`;
}

function approveEvidence(ctx: RuleContext): string {
    const a = ctx.org.approve;
    if (!a.determinable) {
        if (a.cappedWithoutHolder) return cappedApproveEvidence(a);
        return a.fieldExists === false
            ? 'Who holds Approve Uninstalled Connected Apps cannot be determined: the field is absent from this org’s describe.'
            : 'Who holds Approve Uninstalled Connected Apps could not be read.';
    }
    if (a.holders.length === 0) return 'Nobody holds Approve Uninstalled Connected Apps.';
    return `Approve Uninstalled Connected Apps is held through ${holderList(a.holders)}.`;
}

function cappedApproveEvidence(a: BypassFacts): string {
    return `No holder of Approve Uninstalled Connected Apps ${cappedWithoutHolderWords(a)}: whether anyone holds it cannot be determined.`;
}

function installSteps(ctx: RuleContext, app: AppFacts): RemediationStep[] {
    const link = installLink(ctx.org.myDomainUrl, app.entry);
    const steps: RemediationStep[] = [];
    if (link) {
        steps.push({
            text: `Open the install link as an admin with Customize Application and Modify All Data (or Manage Connected Apps), and approve the install of ${app.entry.label}.`,
            link
        });
    }
    steps.push({
        text: `${link ? 'Or find' : 'Find'} ${app.entry.label} on Connected Apps OAuth Usage and click Install (it is listed only after someone tried to connect, and sometimes not at all).`,
        link: setupLink('oauthUsage')
    });
    steps.push({
        text: `Then set its Permitted Users and grant it to a dedicated “Jetstream Users” permission set (Manage Connected Apps → ${app.entry.label} → Edit Policies).`,
        link: manageLink(app.entry)
    });
    return steps;
}

function notInstalledConnectedApps(ctx: RuleContext): AppFacts[] {
    return neededConnectedApps(ctx.org).filter((a) => a.installState !== 'installed');
}

interface GrantGroup {
    /** The first grant to this profile / permission set / group. */
    grant: AppGrant;
    apps: AppFacts[];
}

/** The grants three rules look at (session-based, group not up to date, expiring assignments). */
interface NotableGrants {
    sessionBased: GrantGroup[];
    groupOutdated: GrantGroup[];
    expiring: GrantGroup[];
}

function isGroupOutdated(g: AppGrant): boolean {
    return g.grantedTo.kind === 'PermissionSetGroup' && g.grantedTo.groupStatus !== null && g.grantedTo.groupStatus !== 'Updated';
}

function addToGroup(groups: Map<string, GrantGroup>, g: AppGrant, app: AppFacts): void {
    const key = g.grantedTo.permissionSetId;
    const entry = groups.get(key);
    if (!entry) groups.set(key, { grant: g, apps: [app] });
    else if (!entry.apps.includes(app)) entry.apps.push(app);
}

const notableGrantsOf = new WeakMap<OrgFacts, NotableGrants>();

/** Grants of installed admin-approved apps grouped by the profile / permission set / group they go to, so a set
 * granted several apps gives one finding; one pass over the grants (thousands in a large org) for the three rules,
 * kept with the facts. */
function notableGrants(org: OrgFacts): NotableGrants {
    const known = notableGrantsOf.get(org);
    if (known) return known;
    const sessionBased = new Map<string, GrantGroup>();
    const groupOutdated = new Map<string, GrantGroup>();
    const expiring = new Map<string, GrantGroup>();
    for (const app of org.apps) {
        if (!installed(app) || app.permittedUsers !== 'adminApproved') continue;
        for (const g of app.grants) {
            if (g.grantedTo.hasActivationRequired) addToGroup(sessionBased, g, app);
            if (isGroupOutdated(g)) addToGroup(groupOutdated, g, app);
            if (g.grantedTo.expiringAssignees > 0) addToGroup(expiring, g, app);
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

function grantMatch(group: GrantGroup, evidence: string[], params: RuleParams): RuleMatch {
    const only = group.apps.length === 1 ? (group.apps[0] ?? null) : null;
    return match(only, [...evidence, `Granted: ${group.apps.map((a) => a.entry.label).join(', ')}.`], {
        ...params,
        apps: group.apps.map((a) => a.entry.label).join(', ')
    });
}

function installed(app: AppFacts): boolean {
    return app.installState === 'installed';
}

function orgRule(def: Omit<RuleDefinition, 'scope'>): RuleDefinition {
    return { ...def, scope: 'org' };
}

function appRule(def: Omit<RuleDefinition, 'scope'>): RuleDefinition {
    return { ...def, scope: 'app' };
}

function userRule(def: Omit<RuleDefinition, 'scope'>): RuleDefinition {
    return { ...def, scope: 'user' };
}

/** User rules: one match per app whose assessment satisfies the predicate. */
function perUserApp(
    ctx: RuleContext,
    predicate: (a: UserAppAssessment) => boolean,
    evidence: (a: UserAppAssessment) => string[]
): RuleMatch[] {
    if (!ctx.user) return [];
    const out: RuleMatch[] = [];
    for (const app of ctx.org.apps) {
        const a = ctx.user.apps.get(app.entry.developerName);
        if (a && predicate(a)) out.push(match(app, evidence(a), {}, a));
    }
    return out;
}

function chainEvidence(a: UserAppAssessment): string[] {
    return a.chain.map((s) => `${s.question} ${s.answer}: ${s.detail}`);
}

const SECTION_ORDER: SnapshotSectionName[] = [
    'org',
    'runningUser',
    'catalog',
    'apps',
    'grants',
    'permissionHolders',
    'authorizations',
    'signIns'
];

function sectionGapEvidence(section: Section<unknown>): string[] {
    const lines: string[] = [];
    if (section.reason) lines.push(section.reason);
    for (const p of section.missingPermissions) lines.push(`Missing permission: ${permissionLabel(p)} (${p}).`);
    for (const f of section.missingFields) lines.push(`Field absent from this org’s describe: ${f}.`);
    if (section.truncated) lines.push('The reader’s row cap was reached: counts are lower bounds (“at least”).');
    return lines;
}

function sectionGapSteps(section: Section<unknown>): RemediationStep[] {
    const steps: RemediationStep[] = section.missingPermissions.map((p) => ({
        text: `Give the person running the check ${permissionLabel(p)} (for example through a permission set), then run the check again.`,
        link: setupLink('permissionSets')
    }));
    for (const f of section.missingFields)
        steps.push(textStep(`${f} does not exist in this org: check the matching setting by hand in Setup.`));
    if (steps.length === 0) steps.push(textStep('Run the check again; if the section stays unreadable, check the reason above.'));
    return steps;
}

// ---------------------------------------------------------------------------------------------------
// the rules
// ---------------------------------------------------------------------------------------------------

const SECTION_UNAVAILABLE = orgRule({
    id: 'reader.section-unavailable',
    title: 'A part of the org could not be read',
    severity: 'warning',
    source: SOURCES.objectReference,
    description:
        'Fires for every snapshot section the reader could not read (missing permission, failed query). Verdicts that depend on it say “cannot determine”, never pass.',
    remediationSummary: 'Give the person running the check the named permission and run it again, or check the setting by hand.',
    evaluate: (ctx) =>
        SECTION_ORDER.filter((name) => ctx.org.snapshot[name].status === 'unavailable').map((name) =>
            match(null, sectionGapEvidence(ctx.org.snapshot[name]), { section: name })
        ),
    headline: (m) => `Cannot determine: ${SECTION_LABELS[m.params.section as SnapshotSectionName]} could not be read`,
    explain: (m) =>
        `The check could not read ${SECTION_LABELS[m.params.section as SnapshotSectionName].toLowerCase()}, so every verdict that depends on it says “cannot determine” instead of passing.`,
    remediation: (m, ctx) => sectionGapSteps(ctx.org.snapshot[m.params.section as SnapshotSectionName])
});

const SECTION_PARTIAL = orgRule({
    id: 'reader.section-partial',
    title: 'A part of the org was read only partly',
    severity: 'info',
    source: SOURCES.objectReference,
    description:
        'Fires for every section read partly: a row cap was reached, an optional field is absent or the reader saw only its own rows.',
    remediationSummary: 'Treat the counts as lower bounds; give the named permission for a full read.',
    evaluate: (ctx) =>
        SECTION_ORDER.filter((name) => ctx.org.snapshot[name].status === 'partial').map((name) =>
            match(null, sectionGapEvidence(ctx.org.snapshot[name]), { section: name })
        ),
    headline: (m) => `Partly read: ${SECTION_LABELS[m.params.section as SnapshotSectionName]}`,
    explain: (m) =>
        `Only part of ${SECTION_LABELS[m.params.section as SnapshotSectionName].toLowerCase()} could be read: numbers built from it are lower bounds, and a missing entry is not proof of absence.`,
    remediation: (m, ctx) => sectionGapSteps(ctx.org.snapshot[m.params.section as SnapshotSectionName])
});

const APP_INSTALL_UNKNOWN = appRule({
    id: 'app.install-unknown',
    title: 'Cannot determine whether the app is installed',
    severity: 'warning',
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
                // For External Client Apps, the reader's own words say why (not queryable, fields absent, the query error).
                if (a.entry.kind === 'ExternalClientApp' && ctx.org.ecaObjectMissing.length > 0 && readerReason)
                    evidence.push(`Reader: ${readerReason}`);
                return match(a, evidence);
            }),
    headline: (m) => `Cannot determine whether ${appOf(m).entry.label} is installed`,
    explain: (m) => `Whether ${appOf(m).entry.label} is installed decides who can connect; it could not be read, so this is not a pass.`,
    remediation: (m) => [
        { text: `Look for ${appOf(m).entry.label} in ${appSetupPageLabel(appOf(m).entry)}.`, link: manageLink(appOf(m).entry) }
    ]
});

const APP_INSTALLED = appRule({
    id: 'app.installed',
    title: 'App installed',
    severity: 'pass',
    source: SOURCES.usageRestriction,
    description:
        'The catalog app has a ConnectedApplication / ExternalClientApplication row: new authorizations are not blocked by the September 2025 install requirement.',
    remediationSummary: 'Nothing to do.',
    evaluate: (ctx) =>
        ctx.org.apps.filter(installed).map((a) => {
            const i = a.install;
            return match(a, [
                `${i?.objectType ?? 'App'} “${i?.name ?? a.entry.label}” (${i?.id ?? 'no id'})${i?.createdDate ? `, installed ${i.createdDate.slice(0, 10)}` : ''}.`
            ]);
        }),
    headline: (m) => `${appOf(m).entry.label} is installed`,
    explain: (m) => `${appOf(m).entry.label} is installed, so new connections depend only on its Permitted Users policy and grants.`,
    remediation: () => []
});

const APP_NOT_INSTALLED = appRule({
    id: 'app.not-installed',
    title: 'Connected app not installed',
    severity: 'error',
    source: SOURCES.usageRestriction,
    description: `Since September 2025 a connected app must be installed for new authorizations. Without the install, only holders of Approve Uninstalled Connected Apps can connect; existing authorizations keep working until they expire or are revoked ${DEVICE_FLOW_EXCEPTION}.`,
    remediationSummary:
        'Install the app with the manual install link built from this org’s My Domain (or from Connected Apps OAuth Usage).',
    evaluate: (ctx) =>
        neededConnectedApps(ctx.org)
            .filter((a) => a.installState === 'notInstalled')
            .map((a) =>
                match(
                    a,
                    [
                        `No ConnectedApplication named ${a.entry.matchNames.map((n) => `“${n}”`).join(' or ')} exists in this org.`,
                        approveEvidence(ctx),
                        tokenEvidence(ctx, a)
                    ],
                    { holders: ctx.org.approve.determinable ? ctx.org.approve.totalActiveAssignees : null }
                )
            ),
    headline: (m) => `${appOf(m).entry.label} is not installed`,
    explain: (m, ctx) => {
        const a = appOf(m);
        const who = !ctx.org.approve.determinable
            ? 'only users holding Approve Uninstalled Connected Apps (which cannot be listed here)'
            : ctx.org.approve.holders.length === 0
              ? 'nobody'
              : `only the ${plural(ctx.org.approve.totalActiveAssignees, 'user')} holding Approve Uninstalled Connected Apps`;
        return `Since September 2025 Salesforce blocks new authorizations of connected apps that are not installed. Today ${who} can make a new ${a.entry.label} connection; users who already authorized it keep working until their token expires or is revoked ${DEVICE_FLOW_EXCEPTION}. System administrators are not exempt unless their profile holds the permission.`;
    },
    remediation: (m, ctx) => installSteps(ctx, appOf(m))
});

const APP_USED_NOT_INSTALLED = appRule({
    id: 'app.used-not-installed',
    title: 'App used but not installed',
    severity: 'warning',
    source: SOURCES.manageOauthUsage,
    description:
        'Users hold tokens for a catalog app that is not installed. Their connections keep working, but anyone new (or any of them once a token expires) is blocked. The app may be missing from Connected Apps OAuth Usage (a known Salesforce bug), so the manual install link is given; in a sandbox, “Match Production Licenses to Sandbox without a Refresh” restores the permission.',
    remediationSummary:
        'Install it now, with the manual install link if OAuth Usage does not list it; in a sandbox, match production licenses first.',
    evaluate: (ctx) =>
        connectedApps(ctx.org)
            .filter((a) => a.installState === 'notInstalled' && a.tokens.length > 0)
            .map((a) => {
                const idle = a.idleTokens;
                const evidence = [tokenEvidence(ctx, a)];
                if (idle > 0)
                    evidence.push(
                        `${plural(idle, 'token')} unused for more than ${IDLE_LIMIT_DAYS} days probably expired already under the idle limit.`
                    );
                return match(a, evidence, { users: a.tokenUserIds.size, tokens: a.tokens.length, idleTokens: idle });
            }),
    headline: (m) => `${appOf(m).entry.label} is used by ${plural(Number(m.params.users), 'user')} but not installed`,
    explain: (m) => {
        const label = appOf(m).entry.label;
        const who =
            m.params.idleTokens === m.params.tokens
                ? `Every existing ${label} authorization has gone unused for more than ${IDLE_LIMIT_DAYS} days and has probably expired under the idle limit (last use is read from OauthToken.LastUsedDate, or CreatedDate if never used): nobody keeps working, and reconnecting needs the app installed.`
                : `Existing ${label} authorizations used within the last ${IDLE_LIMIT_DAYS} days keep working ${DEVICE_FLOW_EXCEPTION}, but the next user, or any of these users once their token expires after ${IDLE_LIMIT_DAYS} days without use, cannot connect until the app is installed.`;
        return `${who} Jetstream reports that the app may not appear on Connected Apps OAuth Usage even after login attempts (a Salesforce bug): the manual install link works regardless.`;
    },
    remediation: (m, ctx) => {
        const steps = installSteps(ctx, appOf(m));
        if (ctx.org.isSandbox === true) {
            steps.push({
                text: 'Not listed on OAuth Usage in this sandbox? Run “Match Production Licenses to Sandbox without a Refresh” from Company Information so Approve Uninstalled Connected Apps exists here, then try again.',
                link: setupLink('companyInformation')
            });
            steps.push({
                text: 'How to match production licenses (Salesforce Help 000386961).',
                link: docLink('Help 000386961', SOURCES.matchProductionLicenses.url)
            });
        }
        return steps;
    }
});

const APP_PRODUCTION_NOT_INSTALLED = appRule({
    id: 'app.production-not-installed',
    title: 'Not installed in production: every sandbox refresh loses it',
    severity: 'warning',
    source: SOURCES.jetstreamInstall,
    description:
        'A production org without the install: sandboxes created or refreshed from it do not have the app, so each refresh needs a new install.',
    remediationSummary: 'Install the app in production, then create or refresh sandboxes.',
    evaluate: (ctx) => {
        return ctx.org.isSandbox === false
            ? connectedApps(ctx.org)
                  .filter((a) => a.installState === 'notInstalled')
                  .map((a) =>
                      match(a, [
                          `This is a production org (${ctx.org.org?.edition ?? 'edition unknown'}) and ${a.entry.label} is not installed.`
                      ])
                  )
            : [];
    },
    headline: (m) => `Sandboxes refreshed from this org will not have ${appOf(m).entry.label}`,
    explain: (m) =>
        `An install in production is carried to sandboxes created or refreshed afterwards. Without ${appOf(m).entry.label} installed here, every sandbox refresh needs a new install in that sandbox.`,
    remediation: (m, ctx) => [
        ...installSteps(ctx, appOf(m)).slice(0, 1),
        { text: 'Then create or refresh the sandboxes that need Jetstream.', link: setupLink('sandboxes') }
    ]
});

const APP_SANDBOX_NOT_INSTALLED = appRule({
    id: 'app.sandbox-not-installed',
    title: 'Not installed in this sandbox: install in production first',
    severity: 'warning',
    source: SOURCES.jetstreamInstall,
    description:
        'A sandbox without the install. Installing here works until the next refresh; installing in production first carries it to every refreshed sandbox.',
    remediationSummary: 'Install the app in production, then refresh the sandbox; install here meanwhile if needed.',
    evaluate: (ctx) => {
        return ctx.org.isSandbox === true
            ? neededConnectedApps(ctx.org)
                  .filter((a) => a.installState === 'notInstalled')
                  .map((a) =>
                      match(a, [
                          `This org is a sandbox (${ctx.org.myDomainUrl ?? 'My Domain unknown'}) and ${a.entry.label} is not installed.`
                      ])
                  )
            : [];
    },
    headline: (m) => `${appOf(m).entry.label} is not installed in this sandbox`,
    explain: (m) =>
        `An install made in a sandbox is lost at its next refresh. Install ${appOf(m).entry.label} in production first, then refresh (or create) this sandbox so the install is carried over. This check cannot see production: confirm it there.`,
    remediation: (m, ctx) => {
        const a = appOf(m);
        const production = installLink(productionMyDomainUrl(ctx.org.myDomainUrl), a.entry);
        const here = installLink(ctx.org.myDomainUrl, a.entry);
        const steps: RemediationStep[] = [];
        steps.push({
            text: production
                ? `In production, install ${a.entry.label} (link derived from this sandbox’s My Domain; check it is your production domain).`
                : `In production, install ${a.entry.label} with the install link on your production My Domain.`,
            link: production ? { ...production, label: `Install ${a.entry.label} in production` } : null
        });
        steps.push({ text: 'Then refresh this sandbox from production.', link: null });
        if (here) steps.push({ text: `Need it before the refresh? Install it here too (lost at the next refresh).`, link: here });
        return steps;
    }
});

const APP_ADMIN_APPROVED_NO_GRANTS = appRule({
    id: 'app.admin-approved-no-grants',
    title: 'Admin-approved, but nobody is pre-authorized',
    severity: 'error',
    source: SOURCES.notApprovedForAccess,
    description: `Permitted Users is “Admin approved users are pre-authorized” and no profile, permission set or group with active users (outside session-based sets) is granted the app: nobody can connect (an external client app still lets holders of Use Any API Client in: ${SOURCES.ecaPreAuthorization.title}, ${SOURCES.ecaPreAuthorization.url}), and attempts fail with “Failed: Not approved for access”.`,
    remediationSummary: 'Grant the app to a dedicated “Jetstream Users” permission set (with API Enabled) and assign it.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => installed(a) && a.permittedUsers === 'adminApproved' && a.grantsReadable && a.effectiveAssignees === 0)
            .map((a) => {
                const evidence =
                    a.grants.length === 0
                        ? [`No profile, permission set or group is granted ${a.entry.label}.`]
                        : [
                              `Granted only to ${a.grants
                                  .map(
                                      (g) =>
                                          `${kindWord(g.grantedTo.kind)} “${g.grantedTo.label}” (${plural(g.grantedTo.activeAssignees, 'active user')}${g.grantedTo.hasActivationRequired ? ', session-based' : ''})`
                                  )
                                  .join(', ')}.`
                          ];
                const failed = a.failedSignIns.reduce((n, s) => n + s.attempts, 0);
                if (failed > 0)
                    evidence.push(`${plural(failed, 'failed sign-in')} recorded for ${a.entry.label} (see the sign-in finding).`);
                // Use Any API Client still reaches an admin-approved external client app without a grant.
                const useAnyHolders =
                    a.entry.kind === 'ExternalClientApp' && ctx.org.useAny.holders.length > 0 ? ctx.org.useAny.totalActiveAssignees : 0;
                if (useAnyHolders > 0) {
                    evidence.push(`Only the ${plural(useAnyHolders, 'holder')} of Use Any API Client can reach this external client app.`);
                }
                return match(a, evidence, { grants: a.grants.length, useAnyHolders });
            }),
    headline: (m) => `${appOf(m).entry.label} is admin-approved, but nobody is pre-authorized`,
    explain: (m) => {
        const useAnyHolders = Number(m.params.useAnyHolders);
        const outcome =
            useAnyHolders > 0
                ? `only the ${plural(useAnyHolders, 'holder')} of Use Any API Client can connect (it reaches any external client app); everyone else fails`
                : 'every connection fails';
        return `With “Admin approved users are pre-authorized”, only users whose profile, permission set or group is granted ${appOf(m).entry.label} can connect. None with active users is, so ${outcome} (“Failed: Not approved for access” in Login History; users see an OAuth error such as “user is not admin approved to access this app”).`;
    },
    remediation: (m) => {
        const a = appOf(m);
        return [
            {
                text: 'Create a “Jetstream Users” permission set with API Enabled and assign it to the people who use Jetstream.',
                link: setupLink('permissionSets')
            },
            {
                text: `Grant ${a.entry.label} to it: ${a.entry.kind === 'ExternalClientApp' ? 'External Client App Manager' : 'Manage Connected Apps'} → ${a.entry.label} → Manage Permission Sets → add “Jetstream Users”.`,
                link: manageLink(a.entry)
            },
            textStep('Alternatively switch Permitted Users to “All users may self-authorize” (broader: every user with API Enabled).')
        ];
    }
});

const APP_ADMIN_APPROVED_GRANTS = appRule({
    id: 'app.admin-approved-grants',
    title: 'Admin-approved: exactly the granted users can connect',
    severity: 'pass',
    source: SOURCES.jetstreamInstall,
    description:
        'Permitted Users is admin-approved and the app is granted to profiles, permission sets or groups with active users: exactly those assignees can connect.',
    remediationSummary: 'Nothing to do; assign the granted permission set to new Jetstream users.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => installed(a) && a.permittedUsers === 'adminApproved' && a.grantsReadable && a.effectiveAssignees > 0)
            .map((a) =>
                match(
                    a,
                    largestLines(
                        a.grants,
                        (g) => g.grantedTo.activeAssignees,
                        (g) =>
                            `${kindWord(g.grantedTo.kind)} “${g.grantedTo.label}”: ${plural(g.grantedTo.activeAssignees, 'active user')}${g.via === 'group' ? ` (through its permission set “${g.componentPermissionSetName ?? '?'}”)` : ''}${g.grantedTo.hasActivationRequired ? ' (session-based: not counted)' : ''}.`,
                        'grants'
                    ),
                    { assignees: a.effectiveAssignees, grants: a.grants.length }
                )
            ),
    headline: (m) => `${appOf(m).entry.label}: only granted users can connect (up to ${plural(Number(m.params.assignees), 'user')})`,
    explain: (m) =>
        `${appOf(m).entry.label} is admin-approved: exactly the active users assigned the granted profiles, permission sets or groups can connect (up to ${Number(m.params.assignees)}; a user assigned through two grants counts twice).`,
    remediation: () => []
});

const APP_SELF_AUTHORIZE = appRule({
    id: 'app.self-authorize',
    title: 'Any user with API Enabled can connect',
    severity: 'warning',
    source: SOURCES.jetstreamInstall,
    description:
        'Permitted Users is “All users may self-authorize”: every user with API Enabled can connect the app, which is broader than most orgs need.',
    remediationSummary: 'Grant the app to a dedicated “Jetstream Users” permission set, then switch Permitted Users to admin-approved.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => installed(a) && a.permittedUsers === 'selfAuthorize')
            .map((a) => {
                const api = ctx.org.apiEnabledHolders;
                const total = ctx.org.apiEnabledActiveAssignees;
                return match(
                    a,
                    [
                        ctx.org.holdersReadable
                            ? `API Enabled is granted by ${api.length} ${api.length === 1 ? 'profile, permission set or group' : 'profiles, permission sets or groups'} (up to ${plural(total, 'active user')}).`
                            : 'Who has API Enabled could not be read.'
                    ],
                    { apiUsers: ctx.org.holdersReadable ? total : null }
                );
            }),
    headline: (m) => {
        const a = appOf(m);
        return a.entry.way === 'loginWithSalesforce'
            ? `${a.entry.label}: any user can log in to Jetstream with it`
            : `${a.entry.label}: any user with API Enabled can connect`;
    },
    explain: (m) => {
        const a = appOf(m);
        const who =
            a.entry.way === 'loginWithSalesforce'
                ? `every active user log in to Jetstream with ${a.entry.label}`
                : `every user with API Enabled connect ${a.entry.label}`;
        return `“All users may self-authorize” lets ${who}; that is broader than needed. A dedicated “Jetstream Users” permission set limits Jetstream to the people who use it.`;
    },
    remediation: (m) => {
        const a = appOf(m);
        return [
            {
                text: 'Create a “Jetstream Users” permission set with API Enabled and assign it to the people who use Jetstream.',
                link: setupLink('permissionSets')
            },
            {
                text: `Grant ${a.entry.label} to it, then switch Permitted Users to “Admin approved users are pre-authorized” (in that order, so nobody loses access).`,
                link: manageLink(a.entry)
            }
        ];
    }
});

const APP_PERMITTED_UNKNOWN = appRule({
    id: 'app.permitted-users-unknown',
    title: 'Cannot determine who may use the app',
    severity: 'warning',
    source: SOURCES.jetstreamInstall,
    description: 'The app is installed but its Permitted Users policy, or (for admin-approved apps) its grants, could not be read.',
    remediationSummary: 'Check the app’s policies and profiles / permission sets by hand in Setup.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => installed(a) && (a.permittedUsers === 'unknown' || (a.permittedUsers === 'adminApproved' && !a.grantsReadable)))
            .map((a) =>
                match(a, [
                    a.permittedUsers !== 'unknown'
                        ? `${a.entry.label} is admin-approved, but the grants could not be read: ${ctx.org.snapshot.grants.reason ?? 'no reason given'}`
                        : a.entry.kind === 'ExternalClientApp' && ctx.org.ecaPolicyMissing.length > 0
                          ? `External Client App OAuth policies could not be read in this org (${ctx.org.ecaPolicyMissing.join(', ')}): the Permitted Users policy is unknown.`
                          : 'The Permitted Users policy was not readable.'
                ])
            ),
    headline: (m) => `Cannot determine who may connect ${appOf(m).entry.label}`,
    explain: (m) => `Who can connect ${appOf(m).entry.label} depends on facts that could not be read; this is not a pass.`,
    remediation: (m) => [
        { text: `Open ${appOf(m).entry.label}’s policies and its profiles / permission sets.`, link: manageLink(appOf(m).entry) }
    ]
});

const GRANT_SESSION_BASED = appRule({
    id: 'grant.session-based',
    title: 'Granted through a session-based permission set',
    severity: 'warning',
    source: SOURCES.permissionSetObjects,
    description:
        'An admin-approved app is granted to a session-based permission set (HasActivationRequired), which grants nothing until a session activates it; its assignees are not counted as pre-authorized.',
    remediationSummary: 'Grant the app through a regular permission set, or make sure the set is activated in the sessions that connect.',
    evaluate: (ctx) =>
        notableGrants(ctx.org).sessionBased.map((group) =>
            grantMatch(
                group,
                [
                    `${kindWord(group.grant.grantedTo.kind)} “${group.grant.grantedTo.label}” is session-based (${plural(group.grant.grantedTo.activeAssignees, 'active user')}).`
                ],
                {
                    permissionSet: group.grant.grantedTo.label
                }
            )
        ),
    headline: (m) => `${String(m.params.apps)} granted through session-based “${String(m.params.permissionSet)}”`,
    explain: (m) =>
        `Session-based permission sets grant nothing until activated in the session. Assignees of “${String(m.params.permissionSet)}” are not counted as pre-authorized for ${String(m.params.apps)}; whether an OAuth connection can activate the set is not verified.`,
    remediation: () => [
        {
            text: 'Grant the app through a permission set without session activation (for example “Jetstream Users”).',
            link: setupLink('permissionSets')
        }
    ]
});

const GRANT_GROUP_OUTDATED = appRule({
    id: 'grant.group-outdated',
    title: 'Granted through a permission set group that is not up to date',
    severity: 'warning',
    source: SOURCES.permissionSetObjects,
    description:
        'A permission set group granted the app has status Outdated, Updating or Failed: its aggregated permissions may not include the grant yet.',
    remediationSummary: 'Open the group and recalculate it (or fix the failure).',
    evaluate: (ctx) =>
        notableGrants(ctx.org).groupOutdated.map((group) =>
            grantMatch(
                group,
                [
                    `Group “${group.grant.grantedTo.label}” has status ${group.grant.grantedTo.groupStatus ?? '?'} (${plural(group.grant.grantedTo.activeAssignees, 'active user')}).`
                ],
                { group: group.grant.grantedTo.label, status: group.grant.grantedTo.groupStatus }
            )
        ),
    headline: (m) => `Group “${String(m.params.group)}” is ${String(m.params.status)}`,
    explain: (m) =>
        `Salesforce recalculates a group’s aggregated permissions after its components change; while the status is ${String(m.params.status)}, members may not yet receive ${String(m.params.apps)}.`,
    remediation: () => [{ text: 'Open the permission set group and recalculate it.', link: setupLink('permissionSetGroups') }]
});

const GRANT_EXPIRING = appRule({
    id: 'grant.expiring-assignments',
    title: 'Assignments carrying the grant expire',
    severity: 'info',
    source: SOURCES.permissionSetObjects,
    description:
        'Some assignments of a permission set or group granted the app have an expiration date; those users lose access when it passes.',
    remediationSummary: 'Extend the assignments that should last, or expect those users to lose access.',
    evaluate: (ctx) =>
        notableGrants(ctx.org).expiring.map((group) =>
            grantMatch(
                group,
                [
                    `${plural(group.grant.grantedTo.expiringAssignees, 'assignment')} of “${group.grant.grantedTo.label}” have an expiration date.`
                ],
                {
                    assignable: group.grant.grantedTo.label,
                    expiring: group.grant.grantedTo.expiringAssignees
                }
            )
        ),
    headline: (m) => `${plural(Number(m.params.expiring), 'assignment')} of “${String(m.params.assignable)}” expire`,
    explain: (m) => `Users whose assignment of “${String(m.params.assignable)}” expires lose ${String(m.params.apps)} at that date.`,
    remediation: () => [{ text: 'Review the expiration dates on the permission set’s assignments.', link: setupLink('permissionSets') }]
});

const APPROVE_BROAD = orgRule({
    id: 'bypass.approve-uninstalled-broad',
    title: 'Approve Uninstalled Connected Apps is widely held',
    severity: 'warning',
    source: SOURCES.usageRestriction,
    description: `Approve Uninstalled Connected Apps is held through a custom profile, or by more than ${BROAD_HOLDER_THRESHOLD} active users. It lets them authorize any uninstalled connected app, not only Jetstream. (The standard System Administrator profile, where Salesforce put it, counts only through the user threshold; it is identified as the standard profile with Modify All Data.)`,
    remediationSummary:
        'Remove it from profiles; grant it through a permission set to a few test or super users, and install the apps instead.',
    evaluate: (ctx) => {
        const a = ctx.org.approve;
        if (!a.determinable) return [];
        const viaProfile = a.holders.filter(
            (h) => h.assignable.kind === 'Profile' && !isStandardSystemAdministrator(h.assignable, h.modifyAllData)
        );
        if (viaProfile.length === 0 && a.totalActiveAssignees <= BROAD_HOLDER_THRESHOLD) return [];
        return [
            match(null, [`Held through ${holderList(a.holders)}.`], {
                users: a.totalActiveAssignees,
                viaProfile: viaProfile.length
            })
        ];
    },
    headline: (m) => `Approve Uninstalled Connected Apps is held by up to ${plural(Number(m.params.users), 'user')}`,
    explain: () =>
        'Approve Uninstalled Connected Apps lets a user authorize any uninstalled connected app, bypassing the September 2025 restriction for every vendor, not only Jetstream. Salesforce recommends it only for highly trusted users; Jetstream suggests limiting it to test or super users.',
    remediation: () => [
        { text: 'Remove the permission from custom profiles.', link: setupLink('profiles') },
        { text: 'Grant it through a permission set to the few test or super users who need it.', link: setupLink('permissionSets') },
        textStep('Install the Jetstream apps so nobody needs the bypass.')
    ]
});

const CUSTOM_ADMIN_LACKS_APPROVE = orgRule({
    id: 'bypass.custom-admin-lacks-approve',
    title: 'Custom admin profiles lack Approve Uninstalled Connected Apps',
    severity: 'warning',
    source: SOURCES.usageRestriction,
    description:
        'Salesforce added Approve Uninstalled Connected Apps only to the standard System Administrator profile. Custom admin profiles, including clones of System Administrator, did not get it: their users are blocked from uninstalled apps like anyone else.',
    remediationSummary: 'Install the apps (preferred), or grant the permission through a permission set to the admins who need it.',
    evaluate: (ctx) => {
        const missing = notInstalledConnectedApps(ctx);
        const profiles = ctx.org.customAdminProfilesWithoutApprove;
        if (missing.length === 0 || profiles.length === 0) return [];
        return [
            match(
                null,
                [
                    `Custom admin profiles without the permission: ${holderList(profiles)}.`,
                    `Not installed (or unknown): ${missing.map((a) => a.entry.label).join(', ')}.`
                ],
                { profiles: profiles.length, users: profiles.reduce((n, h) => n + h.assignable.activeAssignees, 0) }
            )
        ];
    },
    headline: (m) => `${plural(Number(m.params.users), 'admin')} on custom profiles cannot connect to uninstalled Jetstream apps`,
    explain: () =>
        'Salesforce gave Approve Uninstalled Connected Apps only to the standard System Administrator profile; custom profiles, including those cloned from System Administrator, were not updated. Admins on these profiles are not exempt: they are blocked from every Jetstream app that is not installed.',
    remediation: () => [
        textStep('Install the Jetstream apps (see the install findings): then no admin needs the bypass.'),
        {
            text: 'Or grant Approve Uninstalled Connected Apps through a permission set to the admins who test uninstalled apps.',
            link: setupLink('permissionSets')
        }
    ]
});

const APPROVE_FIELD_MISSING = orgRule({
    id: 'bypass.approve-field-missing',
    title: 'Approve Uninstalled Connected Apps cannot be read in this org',
    severity: 'warning',
    source: SOURCES.usageRestriction,
    description:
        'PermissionsCanApproveUninstalledApps is absent from this org’s PermissionSet describe (seen in some orgs), so who may bypass the install requirement cannot be determined. Never reported as “nobody”.',
    remediationSummary: 'Check the permission on profiles and permission sets by hand; in a sandbox, match production licenses.',
    evaluate: (ctx) => {
        return ctx.org.holdersReadable && ctx.org.approve.fieldExists === false
            ? [match(null, ['The PermissionSet describe has no PermissionsCanApproveUninstalledApps field.'])]
            : [];
    },
    headline: () => 'Cannot determine who holds Approve Uninstalled Connected Apps',
    explain: () =>
        'The field behind Approve Uninstalled Connected Apps does not exist in this org’s describe, so holders cannot be listed. This is “cannot determine”, not “nobody”: check by hand.',
    remediation: (_m, ctx) => {
        const steps: RemediationStep[] = [
            {
                text: 'Open the System Administrator profile and your admin profiles and look for Approve Uninstalled Connected Apps.',
                link: setupLink('profiles')
            }
        ];
        if (ctx.org.isSandbox === true) {
            steps.push({
                text: 'In a sandbox, “Match Production Licenses to Sandbox without a Refresh” adds the permission.',
                link: setupLink('companyInformation')
            });
        }
        return steps;
    }
});

const SANDBOX_APPROVE_MISSING = orgRule({
    id: 'org.sandbox-approve-missing',
    title: 'This sandbox may be missing Approve Uninstalled Connected Apps',
    severity: 'warning',
    source: SOURCES.matchProductionLicenses,
    description:
        'A sandbox where the permission field is absent or nobody holds it, with Jetstream apps not installed. Jetstream’s docs: run “Match Production Licenses to Sandbox without a Refresh” so the permission exists (it also fixes apps missing from OAuth Usage).',
    remediationSummary: 'Match production licenses to the sandbox, then install the apps (or grant the permission).',
    evaluate: (ctx) => {
        if (ctx.org.isSandbox !== true || !ctx.org.holdersReadable || notInstalledConnectedApps(ctx).length === 0) return [];
        const a = ctx.org.approve;
        if (a.fieldExists !== false && a.holders.length > 0) return [];
        return [
            match(null, [
                a.fieldExists === false
                    ? 'The permission field is absent from this sandbox’s describe.'
                    : a.cappedWithoutHolder
                      ? cappedApproveEvidence(a)
                      : 'Nobody in this sandbox holds the permission.'
            ])
        ];
    },
    headline: () => 'This sandbox may be missing Approve Uninstalled Connected Apps',
    explain: () =>
        'Sandboxes created before the September 2025 change can lack the new permission until their licenses are matched to production. Jetstream links this to the apps missing from Connected Apps OAuth Usage.',
    remediation: () => [
        { text: 'In this sandbox: Company Information → Match Production Licenses.', link: setupLink('companyInformation') },
        { text: 'Salesforce Help 000386961.', link: docLink('Help 000386961', SOURCES.matchProductionLicenses.url) }
    ]
});

const USE_ANY_NO_BYPASS = orgRule({
    id: 'bypass.use-any-api-client-no-bypass',
    title: 'Use Any API Client no longer bypasses the install requirement',
    severity: 'warning',
    source: SOURCES.useAnyApiClientChange,
    description:
        'Users hold Use Any API Client while Jetstream apps are not installed. Since the week of 2025-12-08 it no longer lets them authorize uninstalled connected apps: any reliance on it is a finding (Jetstream’s own page still lists it as a bypass).',
    remediationSummary: 'Install the apps; give Approve Uninstalled Connected Apps to the few who must test uninstalled apps.',
    evaluate: (ctx) => {
        const u = ctx.org.useAny;
        const missing = notInstalledConnectedApps(ctx);
        if (!u.determinable || u.holders.length === 0 || missing.length === 0) return [];
        const withoutApprove = u.holders.filter((h) => h.canApproveUninstalledApps !== true);
        return [
            match(
                null,
                [
                    `Use Any API Client is held through ${holderList(u.holders)}.`,
                    withoutApprove.length === 0
                        ? 'Each of them also grants Approve Uninstalled Connected Apps.'
                        : `Without Approve Uninstalled Connected Apps: ${listNames(withoutApprove.map((h) => `“${h.assignable.label}”`))}.`,
                    `Not installed (or unknown): ${missing.map((a) => a.entry.label).join(', ')}.`
                ],
                { users: u.totalActiveAssignees }
            )
        ];
    },
    headline: (m) => `${plural(Number(m.params.users), 'holder')} of Use Any API Client cannot use it to reach uninstalled Jetstream apps`,
    explain: () =>
        'Since the week of 8 December 2025, Use Any API Client no longer lets users self-authorize uninstalled connected apps; only Approve Uninstalled Connected Apps (or installing the app) does. Holders who relied on it are blocked from the Jetstream apps that are not installed.',
    remediation: () => [
        textStep('Install the Jetstream apps (see the install findings).'),
        {
            text: 'If a few users must connect before the install, grant them Approve Uninstalled Connected Apps through a permission set.',
            link: setupLink('permissionSets')
        }
    ]
});

const USE_ANY_BROAD = orgRule({
    id: 'bypass.use-any-api-client-broad',
    title: 'Use Any API Client is widely held',
    severity: 'warning',
    source: SOURCES.apiAccessControl,
    description: `Use Any API Client is held through a profile or by more than ${BROAD_HOLDER_THRESHOLD} active users. It bypasses API Access Control for every API client: a security risk when widely distributed.`,
    remediationSummary: 'Limit it to a permission set for the few integration users who need it.',
    evaluate: (ctx) => {
        const u = ctx.org.useAny;
        if (!u.determinable) return [];
        const viaProfile = u.holders.filter((h) => h.assignable.kind === 'Profile');
        if (viaProfile.length === 0 && u.totalActiveAssignees <= BROAD_HOLDER_THRESHOLD) return [];
        return [match(null, [`Held through ${holderList(u.holders)}.`], { users: u.totalActiveAssignees })];
    },
    headline: (m) => `Use Any API Client is held by up to ${plural(Number(m.params.users), 'user')}`,
    explain: () =>
        'Use Any API Client gives unrestricted API access past API Access Control. Jetstream advises against broad distribution; grant it only to named integration users.',
    remediation: () => [
        { text: 'Remove it from profiles and broad permission sets.', link: setupLink('permissionSets') },
        { text: 'Review API Access Control.', link: setupLink('apiAccessControl') }
    ]
});

const API_ACCESS_CONTROL = orgRule({
    id: 'org.api-access-control-provisioned',
    title: 'API Access Control appears to be provisioned: check it by hand',
    severity: 'info',
    source: SOURCES.apiAccessControl,
    description:
        'The Use Any API Client field exists, which suggests Salesforce Support provisioned API Access Control (heuristic, unverified). Its settings are not readable with SOQL: a guided manual check.',
    remediationSummary:
        'Open API Access Control; if API access is limited to allowlisted apps, make the Jetstream apps admin-approved and granted.',
    evaluate: (ctx) => {
        return ctx.org.holdersReadable && ctx.org.useAny.fieldExists === true
            ? [match(null, ['PermissionSet.PermissionsUseAnyApiClient exists in this org’s describe.'])]
            : [];
    },
    headline: () => 'API Access Control appears to be provisioned: check it by hand',
    explain: () =>
        'If “limit API access to only allowlisted connected apps” is on, users reach the API only through connected apps that are admin-approved and granted to them (or with Use Any API Client). Session-based tools break under it. The setting cannot be read with SOQL.',
    remediation: () => [
        {
            text: 'Open API Access Control and note whether API access is limited to allowlisted apps.',
            link: setupLink('apiAccessControl')
        },
        {
            text: 'If it is, set each Jetstream app to “Admin approved users are pre-authorized” and grant it to “Jetstream Users”.',
            link: setupLink('connectedApps')
        }
    ]
});

const REFRESH_POLICY = appRule({
    id: 'app.refresh-policy',
    title: 'How often users reconnect',
    severity: 'info',
    source: SOURCES.idleRefreshTokenTtl,
    description: `Reads the app’s refresh token policy (immediate, lifetime, inactivity or until revoked) and combines it with the ${IDLE_LIMIT_DAYS}-day idle limit into a reconnect cadence in plain words. The unit of a connected app’s period is not exposed by the API.`,
    remediationSummary: 'Change the refresh token policy if the cadence does not suit your users.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => installed(a) && a.refresh.kind !== 'immediate')
            .map((a) => {
                const idle = a.idleTokens;
                const evidence = [`Policy: ${a.refresh.description}.`];
                if (idle > 0)
                    evidence.push(
                        `${plural(idle, 'existing token')} unused for more than ${IDLE_LIMIT_DAYS} days: those users will have to reconnect.`
                    );
                return match(a, evidence, { kind: a.refresh.kind, idleTokens: idle });
            }),
    headline: (m) => `${appOf(m).entry.label}: users ${appOf(m).refresh.summary}`,
    explain: (m) =>
        `${appOf(m).refresh.cadence} Salesforce enforces a ${IDLE_LIMIT_DAYS}-day idle limit on Jetstream’s refresh tokens: a token unused for ${IDLE_LIMIT_DAYS} days expires whatever the policy says.`,
    remediation: (m) => [{ text: `Edit ${appOf(m).entry.label}’s refresh token policy if needed.`, link: manageLink(appOf(m).entry) }]
});

const REFRESH_IMMEDIATE = appRule({
    id: 'app.refresh-immediate',
    title: 'Refresh tokens expire immediately',
    severity: 'warning',
    source: SOURCES.idleRefreshTokenTtl,
    description:
        'The refresh token policy is “Expire refresh token immediately”: Jetstream cannot stay connected, users reconnect every time.',
    remediationSummary: 'Choose an inactivity-based policy (for example 30 days) unless reconnecting every time is intended.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => installed(a) && a.refresh.kind === 'immediate')
            .map((a) => match(a, [`Policy: ${a.refresh.description}.`])),
    headline: (m) => `${appOf(m).entry.label}: users reconnect every time`,
    explain: (m) => appOf(m).refresh.cadence,
    remediation: (m) => [
        {
            text: `Set ${appOf(m).entry.label}’s refresh token policy to expire after a period of inactivity, unless this is intended.`,
            link: manageLink(appOf(m).entry)
        }
    ]
});

const HIGH_ASSURANCE = appRule({
    id: 'app.high-assurance',
    title: 'High Assurance session required',
    severity: 'warning',
    source: SOURCES.jetstreamTroubleshooting,
    description:
        'The app requires a High Assurance session. Jetstream opens Salesforce pages through frontdoor login; with High Assurance required users are asked to “Choose a Verification Method” (a known conflict).',
    remediationSummary: 'Lower the app’s session policy, or have users enable “Don’t Auto-Login on Link Clicks” in Jetstream.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => installed(a) && a.highAssurance === true)
            .map((a) => match(a, ['Session policy: High Assurance session required.'])),
    headline: (m) => `${appOf(m).entry.label} requires a High Assurance session`,
    explain: (m) =>
        `${appOf(m).entry.label} requires a High Assurance session. Jetstream opens Salesforce pages with frontdoor login using the existing session; with High Assurance required, Salesforce asks users to “Choose a Verification Method” on those links.`,
    remediation: (m) => [
        {
            text: `Set ${appOf(m).entry.label}’s session policy back to standard if High Assurance is not required for it.`,
            link: manageLink(appOf(m).entry)
        },
        textStep('Or ask users to enable “Don’t Auto-Login on Link Clicks” in Jetstream’s settings.')
    ]
});

const IP_MANUAL_CHECK = appRule({
    id: 'app.ip-manual-check',
    title: 'IP restrictions: check by hand',
    severity: 'info',
    source: SOURCES.jetstreamIpAddresses,
    description:
        'IP relaxation and login IP ranges cannot be read with SOQL. For the web app, allow Jetstream’s documented outbound IPs (from the catalog); the desktop app connects from each user’s own network.',
    remediationSummary: 'Check the app’s IP Relaxation and the profiles’ Login IP Ranges against the listed addresses.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => installed(a) && (a.entry.way === 'web' || a.entry.way === 'desktop'))
            .map((a) =>
                match(
                    a,
                    a.entry.way === 'desktop'
                        ? [
                              'Jetstream Desktop runs on the user’s computer: Salesforce sees the user’s own network address, not Jetstream’s servers.'
                          ]
                        : a.entry.egressIps.length > 0
                          ? [`Jetstream’s documented outbound IPs: ${a.entry.egressIps.join(', ')}.`]
                          : ['The catalog lists no outbound IPs for this app.'],
                    { way: a.entry.way }
                )
            ),
    headline: (m) => `Check IP restrictions for ${appOf(m).entry.label} by hand`,
    explain: (m) => {
        const a = appOf(m);
        return a.entry.way === 'desktop'
            ? `If profiles restrict Login IP Ranges and ${a.entry.label}’s IP Relaxation enforces them, users can connect only from allowed networks (office, VPN). These settings are not readable by the check.`
            : `If profiles restrict Login IP Ranges and ${a.entry.label}’s IP Relaxation enforces them, allow Jetstream’s servers${a.entry.egressIps.length ? ` (${a.entry.egressIps.join(', ')})` : ''} or relax IP restrictions for the app. These settings are not readable by the check.`;
    },
    remediation: (m) => [
        { text: `Open ${appOf(m).entry.label} → Edit Policies → IP Relaxation.`, link: manageLink(appOf(m).entry) },
        { text: 'Check Login IP Ranges on the profiles of Jetstream users.', link: setupLink('profiles') },
        { text: 'Check the org-wide trusted IP ranges.', link: setupLink('networkAccess') }
    ]
});

/** LoginHistory "Restricted Time": the sign-in came outside the Login Hours of the user's profile. */
function isLoginHoursStatus(status: string): boolean {
    return /\brestricted time\b|\blogin hours\b/i.test(status);
}

function loginHoursStep(profile: string): RemediationStep {
    return { text: `Setup > Profiles > ${profile} > ${LOGIN_HOURS_STEP_END}`, link: setupLink('profiles') };
}

function signInLine(s: SignInOutcome): string {
    return `${s.userName ?? 'All users (not grouped by user)'}: ${plural(s.attempts, 'attempt')} “${s.status}”${s.lastAttempt ? `, last ${s.lastAttempt.slice(0, 10)}` : ''}`;
}

const SIGNIN_LOGIN_HOURS = appRule({
    id: 'signin.outside-login-hours',
    title: 'Sign-ins refused outside Login Hours',
    severity: 'warning',
    source: SOURCES.loginHours,
    description:
        'Login History shows “Restricted Time” for a catalog app: the user’s profile restricts Login Hours and the sign-in came outside them. Login Hours are a profile setting, separate from Login IP Ranges and the app’s IP Relaxation. Unverified: Salesforce documents Login Hours but not this status text; an org that words it differently never fires this rule.',
    remediationSummary:
        'Setup > Profiles > <profile> > Login Hours: widen the hours (or Clear all times) for the profiles of the refused users.',
    evaluate: (ctx) =>
        ctx.org.apps
            .map((a) => ({ a, refused: a.failedSignIns.filter((s) => isLoginHoursStatus(s.status)) }))
            .filter(({ refused }) => refused.length > 0)
            .map(({ a, refused }) => {
                const users = new Set(refused.map((s) => s.userId ?? s.userName ?? 'all users'));
                return match(
                    a,
                    largestLines(
                        refused,
                        (s) => s.attempts,
                        (s) => `${signInLine(s)}.`,
                        'sign-in groups'
                    ),
                    { users: users.size }
                );
            }),
    headline: (m) => `${plural(Number(m.params.users), 'user')} refused sign-in to ${appOf(m).entry.label} outside Login Hours`,
    explain: (m) =>
        `Login History records “Restricted Time” for ${appOf(m).entry.label}: Salesforce refused these sign-ins because they came outside the Login Hours of the user’s profile (the status text is unverified: Salesforce documents Login Hours, not this status). Login Hours are set per profile, in the time zone that was the org’s default when they were first set; they are not an IP range and not a setting of ${appOf(m).entry.label}, and the check cannot read them.`,
    remediation: () => [
        loginHoursStep('<the profile of each user listed>'),
        { text: 'Open Login History to see who was refused and when.', link: setupLink('loginHistory') }
    ]
});

function failureExplainedBy(app: AppFacts, status: string): string {
    const s = status.toLowerCase();
    if (isLoginHoursStatus(s)) return SIGNIN_LOGIN_HOURS.id;
    if (s.includes('not approved')) {
        if (app.installState === 'notInstalled') return APP_NOT_INSTALLED.id;
        if (app.permittedUsers === 'adminApproved')
            return app.effectiveAssignees === 0 ? APP_ADMIN_APPROVED_NO_GRANTS.id : 'user.not-granted';
    }
    // "ip" as a word ("Restricted IP"), not inside one ("membership", "relationship").
    if (/\bip\b/.test(s) || s.includes('restricted')) return IP_MANUAL_CHECK.id;
    if (app.installState === 'notInstalled') return APP_NOT_INSTALLED.id;
    return 'unknown';
}

const SIGNIN_FAILURES = appRule({
    id: 'signin.failures',
    title: 'Recent sign-in failures',
    severity: 'warning',
    source: SOURCES.notApprovedForAccess,
    description:
        'Login History shows failed sign-ins for a catalog app (for example “Failed: Not approved for access”): who was blocked and which rule explains it.',
    remediationSummary: 'Fix the rule named in the finding; check one blocked user with the user check.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => a.failedSignIns.length > 0)
            .map((a) => {
                const users = new Set<string>();
                let attempts = 0;
                for (const s of a.failedSignIns) {
                    users.add(s.userId ?? s.userName ?? 'all users');
                    attempts += s.attempts;
                }
                const evidence = largestLines(
                    a.failedSignIns,
                    (s) => s.attempts,
                    (s) => `${signInLine(s)} (explained by ${failureExplainedBy(a, s.status)}).`,
                    'sign-in groups'
                );
                const most = largestFirst(a.failedSignIns, 1, (s) => s.attempts)[0];
                return match(a, evidence, { users: users.size, attempts, explainedBy: failureExplainedBy(a, most?.status ?? '') });
            }),
    headline: (m) => `${plural(Number(m.params.users), 'user')} failed to sign in to ${appOf(m).entry.label} recently`,
    explain: (m) => {
        const by = String(m.params.explainedBy);
        const why =
            by === APP_ADMIN_APPROVED_NO_GRANTS.id
                ? 'the app is admin-approved and nobody is pre-authorized'
                : by === 'user.not-granted'
                  ? 'the app is admin-approved and these users are not granted it (check them with the user check)'
                  : by === APP_NOT_INSTALLED.id
                    ? 'the app is not installed and they lack Approve Uninstalled Connected Apps'
                    : by === SIGNIN_LOGIN_HOURS.id
                      ? 'Login Hours on the users’ profiles (they signed in outside the hours their profile allows; a profile setting, not an IP restriction)'
                      : by === IP_MANUAL_CHECK.id
                        ? 'IP restrictions'
                        : 'a reason the check cannot infer; open Login History for details';
        return `Login History records failed sign-ins to ${appOf(m).entry.label}. The likely cause: ${why}.`;
    },
    remediation: () => [{ text: 'Open Login History for the details of each attempt.', link: setupLink('loginHistory') }]
});

const ECA_NOT_INSTALLED = appRule({
    id: 'eca.not-installed',
    title: 'In-org package not installed',
    severity: 'info',
    source: SOURCES.ecaPreAuthorization,
    description:
        'The external client app of Jetstream’s in-org (managed) package is not installed: only needed to run Jetstream inside Salesforce.',
    remediationSummary: 'Install the Jetstream managed package only if you want Jetstream inside Salesforce.',
    evaluate: (ctx) =>
        ctx.org.apps
            .filter((a) => a.entry.kind === 'ExternalClientApp' && a.installState === 'notInstalled')
            .map((a) => match(a, [`No ExternalClientApplication named ${a.entry.matchNames.map((n) => `“${n}”`).join(' or ')} exists.`])),
    headline: (m) => `${appOf(m).entry.label} is not installed`,
    explain: (m) =>
        `${appOf(m).entry.label} comes with Jetstream’s managed package (early access). Skip this if you use Jetstream on the web or desktop only.`,
    remediation: () => [
        textStep(
            'Install the Jetstream managed package, assign its permission set, and pre-authorize the app for a profile or an unmanaged permission set.'
        )
    ]
});

// ---------------------------------------------------------------------------------------------------
// user rules (evaluateUser)
// ---------------------------------------------------------------------------------------------------

const USER_FACTS_UNAVAILABLE = userRule({
    id: 'user.facts-unavailable',
    title: 'Part of the user’s facts could not be read',
    severity: 'warning',
    source: SOURCES.objectReference,
    description: 'A section of the one-user facts is unavailable, so the chain says “unknown” where it depends on it.',
    remediationSummary: 'Give the checker the named permission, or check the user by hand in Setup.',
    evaluate: (ctx) => {
        if (!ctx.user) return [];
        const f = ctx.user.facts;
        const sections = {
            user: f.user,
            assignments: f.assignments,
            grants: f.grants,
            authorizations: f.authorizations,
            signIns: f.signIns
        };
        return Object.entries(sections)
            .filter(([, s]) => s.status === 'unavailable')
            .map(([name, s]) => match(null, sectionGapEvidence(s), { section: name }));
    },
    headline: (m) => `Cannot read the user’s ${String(m.params.section)}`,
    explain: (m) => `The user’s ${String(m.params.section)} could not be read; steps that depend on it say “unknown”.`,
    remediation: (m, ctx) => {
        const f = ctx.user?.facts;
        const section = f
            ? (f[m.params.section as 'user' | 'assignments' | 'grants' | 'authorizations' | 'signIns'] as Section<unknown>)
            : null;
        return section ? sectionGapSteps(section) : [];
    }
});

const USER_INACTIVE = userRule({
    id: 'user.inactive',
    title: 'User is inactive',
    severity: 'error',
    source: SOURCES.jetstreamRequiredPermissions,
    description: 'The user is inactive and cannot log in or authorize any app.',
    remediationSummary: 'Reactivate the user if they should use Jetstream.',
    evaluate: (ctx) => (ctx.user?.info && !ctx.user.info.isActive ? [match(null, [`${ctx.user.info.username} is inactive.`])] : []),
    headline: (_m, ctx) => `${ctx.user?.displayName ?? 'The user'} is inactive`,
    explain: () => 'Inactive users cannot log in to Salesforce, so they cannot connect Jetstream in any way.',
    remediation: () => [{ text: 'Reactivate the user in Setup: Users.', link: setupLink('users') }]
});

const USER_API_DISABLED = userRule({
    id: 'user.api-disabled',
    title: 'User lacks API Enabled',
    severity: 'error',
    source: SOURCES.jetstreamRequiredPermissions,
    description: 'No profile, permission set or group assigned to the user grants API Enabled, which Jetstream needs to connect an org.',
    remediationSummary: 'Grant API Enabled through a permission set (for example “Jetstream Users”).',
    evaluate: (ctx) => {
        return ctx.user?.info?.isActive && ctx.user.apiEnabled === 'no'
            ? [
                  match(null, [
                      `Assignments: ${ctx.user.assignments.map((a) => `“${a.assignable.label}”`).join(', ') || 'none'}; none grants API Enabled.`
                  ])
              ]
            : [];
    },
    headline: (_m, ctx) => `${ctx.user?.displayName ?? 'The user'} does not have API Enabled`,
    explain: () =>
        'Jetstream works through the Salesforce API: without API Enabled the user cannot connect the web app, the desktop app or the in-org package.',
    remediation: () => [
        {
            text: 'Assign a permission set with API Enabled (a “Jetstream Users” permission set can also grant the apps).',
            link: setupLink('permissionSets')
        }
    ]
});

const USER_NOT_GRANTED = userRule({
    id: 'user.not-granted',
    title: 'User not pre-authorized for an admin-approved app',
    severity: 'error',
    source: SOURCES.notApprovedForAccess,
    description:
        'The app is admin-approved and none of the user’s profile, permission sets or groups is granted it: the user’s attempts fail with “Failed: Not approved for access”.',
    remediationSummary: 'Assign the user a permission set granted the app.',
    evaluate: (ctx) => perUserApp(ctx, (a) => a.blocker === 'notGranted', chainEvidence),
    headline: (m, ctx) => `${ctx.user?.displayName ?? 'The user'} is not pre-authorized for ${appOf(m).entry.label}`,
    explain: (m) => `${appOf(m).entry.label} only admits users whose profile, permission set or group is granted it.`,
    remediation: (m) => [
        { text: m.assessment?.unblockAction ?? 'Assign a permission set granted the app.', link: setupLink('permissionSets') }
    ]
});

const USER_NEEDS_INSTALL = userRule({
    id: 'user.needs-install',
    title: 'User blocked: app not installed',
    severity: 'error',
    source: SOURCES.usageRestriction,
    description: 'The app is not installed and the user has neither Approve Uninstalled Connected Apps nor an existing authorization.',
    remediationSummary: 'Install the app.',
    evaluate: (ctx) => perUserApp(ctx, (a) => a.blocker === 'notInstalled', chainEvidence),
    headline: (m, ctx) => `${ctx.user?.displayName ?? 'The user'} cannot connect: ${appOf(m).entry.label} is not installed`,
    explain: (m) =>
        `Since September 2025 a new ${appOf(m).entry.label} authorization needs the app installed or Approve Uninstalled Connected Apps; this user has neither.`,
    remediation: (m, ctx) => {
        return appOf(m).entry.kind === 'ConnectedApp'
            ? installSteps(ctx, appOf(m)).slice(0, 2)
            : [textStep(m.assessment?.unblockAction ?? '')];
    }
});

const USER_SESSION_ONLY = userRule({
    id: 'user.session-based-only',
    title: 'User granted only through a session-based permission set',
    severity: 'warning',
    source: SOURCES.permissionSetObjects,
    description: 'The only grant reaching the user is a session-based permission set, which grants nothing until activated in a session.',
    remediationSummary: 'Assign a regular permission set granted the app.',
    evaluate: (ctx) => perUserApp(ctx, (a) => a.blocker === 'sessionBasedOnly', chainEvidence),
    headline: (m, ctx) =>
        `${ctx.user?.displayName ?? 'The user'} reaches ${appOf(m).entry.label} only through a session-based permission set`,
    explain: () =>
        'Session-based permission sets grant nothing until a session activates them; whether an OAuth connection does is not verified.',
    remediation: (m) => [
        { text: m.assessment?.unblockAction ?? 'Assign a regular permission set granted the app.', link: setupLink('permissionSets') }
    ]
});

const USER_RELIES_ON_APPROVE = userRule({
    id: 'user.relies-on-approve-uninstalled',
    title: 'User connects only through Approve Uninstalled Connected Apps',
    severity: 'warning',
    source: SOURCES.usageRestriction,
    description: 'The app is not installed; the user can connect only because they hold Approve Uninstalled Connected Apps.',
    remediationSummary: 'Install the app so access does not depend on a bypass permission.',
    evaluate: (ctx) => perUserApp(ctx, (a) => a.path === 'approveUninstalled', chainEvidence),
    headline: (m, ctx) =>
        `${ctx.user?.displayName ?? 'The user'} reaches ${appOf(m).entry.label} only through Approve Uninstalled Connected Apps`,
    explain: (m) =>
        `${appOf(m).entry.label} is not installed; this user connects through the bypass permission, which also opens every other uninstalled app.`,
    remediation: (m, ctx) => installSteps(ctx, appOf(m)).slice(0, 1)
});

const USER_RELIES_ON_USE_ANY = userRule({
    id: 'user.relies-on-use-any-api-client',
    title: 'User relies on Use Any API Client',
    severity: 'warning',
    source: SOURCES.useAnyApiClientChange,
    description:
        'The user holds Use Any API Client but not Approve Uninstalled Connected Apps, for an app that is not installed: since 2025-12-08 that no longer lets them connect.',
    remediationSummary: 'Install the app.',
    evaluate: (ctx) => perUserApp(ctx, (a) => a.reliesOnUseAnyApiClient, chainEvidence),
    headline: (m, ctx) => `Use Any API Client no longer gets ${ctx.user?.displayName ?? 'the user'} into ${appOf(m).entry.label}`,
    explain: () => 'Since the week of 8 December 2025, Use Any API Client no longer allows authorizing uninstalled connected apps.',
    remediation: (m, ctx) => installSteps(ctx, appOf(m)).slice(0, 1)
});

const USER_EXISTING_TOKEN_ONLY = userRule({
    id: 'user.existing-token-only',
    title: 'User connected only through an existing authorization',
    severity: 'warning',
    source: SOURCES.usageRestriction,
    description:
        'The app is not installed; the user’s existing authorization keeps working, but reconnecting (after expiry or revocation) will be blocked.',
    remediationSummary: 'Install the app before the token expires.',
    evaluate: (ctx) => perUserApp(ctx, (a) => a.path === 'existingAuthorization', chainEvidence),
    headline: (m, ctx) => `${ctx.user?.displayName ?? 'The user'}’s ${appOf(m).entry.label} connection will not survive a reconnect`,
    explain: (m) =>
        `The existing authorization works until it expires (${IDLE_LIMIT_DAYS} days without use) or is revoked; a new one needs ${appOf(m).entry.label} installed.`,
    remediation: (m, ctx) => installSteps(ctx, appOf(m)).slice(0, 1)
});

const USER_GRANT_EXPIRING = userRule({
    id: 'user.grant-expiring',
    title: 'User’s access depends on an expiring assignment',
    severity: 'info',
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
                a.grantedVia.map(
                    (g) => `“${g.grant.grantedTo.label}” assignment expires ${g.assignment.expirationDate?.slice(0, 10) ?? '?'}.`
                )
        ),
    headline: (m, ctx) => `${ctx.user?.displayName ?? 'The user'} loses ${appOf(m).entry.label} when an assignment expires`,
    explain: () => 'When the assignment expires the grant no longer reaches the user, and their next connection attempt fails.',
    remediation: () => [{ text: 'Extend the assignment’s expiration date if needed.', link: setupLink('permissionSets') }]
});

const USER_GROUP_OUTDATED = userRule({
    id: 'user.group-outdated',
    title: 'User’s access comes through a group that is not up to date',
    severity: 'warning',
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
        ),
    headline: (m, ctx) => `${ctx.user?.displayName ?? 'The user'} reaches ${appOf(m).entry.label} through a group that is not up to date`,
    explain: () => 'Until the group is recalculated its aggregated permissions may not include the grant.',
    remediation: () => [{ text: 'Open the group and recalculate it.', link: setupLink('permissionSetGroups') }]
});

const USER_SIGNIN_FAILURES = userRule({
    id: 'user.signin-failures',
    title: 'User’s recent sign-in failures',
    severity: 'warning',
    source: SOURCES.notApprovedForAccess,
    description: 'Login History shows failed sign-ins of this user for a catalog app.',
    remediationSummary: 'Fix the blocker in the user’s chain.',
    evaluate: (ctx) =>
        perUserApp(
            ctx,
            (a) => a.failedSignIns.length > 0,
            (a) =>
                a.failedSignIns.map(
                    (s) => `${plural(s.attempts, 'attempt')} “${s.status}”${s.lastAttempt ? `, last ${s.lastAttempt.slice(0, 10)}` : ''}.`
                )
        ),
    headline: (m, ctx) => `${ctx.user?.displayName ?? 'The user'} failed to sign in to ${appOf(m).entry.label}`,
    explain: (m, ctx) => {
        if (m.assessment?.failedSignIns.some((s) => isLoginHoursStatus(s.status))) {
            const who = ctx.user?.displayName ?? 'The user';
            const profile = ctx.user?.info?.profileName;
            return `Login History shows “Restricted Time”: ${who} signed in outside the Login Hours of ${profile ? `their profile “${profile}”` : 'their profile'} (a profile setting, not an IP restriction; the status text is unverified).`;
        }
        return m.assessment?.canConnect === 'no'
            ? `The chain explains it: ${m.assessment.unblockAction ?? ''}`
            : 'The current facts would let the user connect; the failures may predate a fix. Open Login History for details.';
    },
    remediation: (m, ctx) => [
        ...(m.assessment?.failedSignIns.some((s) => isLoginHoursStatus(s.status))
            ? [loginHoursStep(ctx.user?.info?.profileName ?? '<the user’s profile>')]
            : []),
        { text: 'Open Login History.', link: setupLink('loginHistory') }
    ]
});

const USER_CAN_CONNECT = userRule({
    id: 'user.can-connect',
    title: 'User can connect',
    severity: 'pass',
    source: SOURCES.usageRestriction,
    description: 'The chain of facts lets the user make a connection through this app.',
    remediationSummary: 'Nothing to do.',
    evaluate: (ctx) => perUserApp(ctx, (a) => a.canConnect === 'yes', chainEvidence),
    headline: (m, ctx) => `${ctx.user?.displayName ?? 'The user'} can connect ${appOf(m).entry.label}`,
    explain: (m) => `Decided by: ${m.assessment?.chain.map((s) => `${s.question} ${s.answer}`).join(' → ') ?? ''}.`,
    remediation: () => []
});

/** The rule catalog, in evaluation and display order. */
export const RULES: readonly RuleDefinition[] = [
    SECTION_UNAVAILABLE,
    SECTION_PARTIAL,
    APP_INSTALL_UNKNOWN,
    APP_NOT_INSTALLED,
    APP_USED_NOT_INSTALLED,
    APP_PRODUCTION_NOT_INSTALLED,
    APP_SANDBOX_NOT_INSTALLED,
    APP_ADMIN_APPROVED_NO_GRANTS,
    APP_PERMITTED_UNKNOWN,
    APP_SELF_AUTHORIZE,
    GRANT_SESSION_BASED,
    GRANT_GROUP_OUTDATED,
    GRANT_EXPIRING,
    APPROVE_FIELD_MISSING,
    CUSTOM_ADMIN_LACKS_APPROVE,
    APPROVE_BROAD,
    SANDBOX_APPROVE_MISSING,
    USE_ANY_NO_BYPASS,
    USE_ANY_BROAD,
    API_ACCESS_CONTROL,
    REFRESH_IMMEDIATE,
    REFRESH_POLICY,
    HIGH_ASSURANCE,
    IP_MANUAL_CHECK,
    SIGNIN_FAILURES,
    SIGNIN_LOGIN_HOURS,
    ECA_NOT_INSTALLED,
    APP_INSTALLED,
    APP_ADMIN_APPROVED_GRANTS,
    USER_FACTS_UNAVAILABLE,
    USER_INACTIVE,
    USER_API_DISABLED,
    USER_NEEDS_INSTALL,
    USER_NOT_GRANTED,
    USER_SESSION_ONLY,
    USER_RELIES_ON_USE_ANY,
    USER_RELIES_ON_APPROVE,
    USER_EXISTING_TOKEN_ONLY,
    USER_GROUP_OUTDATED,
    USER_GRANT_EXPIRING,
    USER_SIGNIN_FAILURES,
    USER_CAN_CONNECT
];
