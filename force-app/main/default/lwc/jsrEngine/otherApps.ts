// Every other connected app the org's users connect with (issue 17): the apps the activity call found tokens for
// (OauthToken, every AppName) and the apps an org added to its catalog, each with its install state, whether
// Salesforce provides it, who holds tokens, when it was last used, its failed sign-ins, and, for an app that is not
// installed, how many of its users will be refused at their next new authorization. Jetstream's own apps are not
// "other": they keep their ways, cards and rules.
//
// Where it comes from:
// - Not installed: no ConnectedApplication, no External Client App and no App Launcher entry (AppMenuItem) for the
//   app. Public reports observe AppMenuItemId null on the tokens of an app that is not installed and set once it is
//   (PipedreamHQ/pipedream#21557); Salesforce does not document it, and the ConnectedApplication read is the one the
//   rest of the check uses for Jetstream's apps.
// - Salesforce-provided: "Salesforce automatically installs them in your org. Salesforce distributes these client-type
//   connected apps in two managed packages" (ISVforce Guide, Manage a Connected App). An app whose App Launcher entry
//   comes from one of those packages (namespace sf_com_apps, "Salesforce Connected Apps", or sf_chttr_apps,
//   "Salesforce and Chatter Apps") is marked Salesforce-provided, and only then: Salesforce publishes no list of
//   exempt apps, and its own default apps that are not installed (the Salesforce CLI's, forcedotcom/cli#3368) are
//   blocked like any other.
// - Refused at the next new authorization: help 005132365 (a token keeps working until it expires or is revoked; a
//   new authorization of an app that is not installed needs Approve Uninstalled Connected Apps).
import { complete, missingEntriesOf, readable, ECA_OBJECT, type AppFacts, type OrgFacts } from './facts';
import { appPageLink, installLink, setupLink } from './links';
import type { InstallState, Link, OtherAppStatus, OtherAppView, OtherAppsView } from './report';
import type { AppInUse, CatalogEntry, OrgSnapshot, SignInDays } from './snapshot';
import { SOURCES } from './sources';
import { joinAnd, plural } from './words';

/** The namespaces of the managed packages Salesforce installs its own client apps with, and the packages' names
 * (InstalledSubscriberPackage rows as public projects list them; Salesforce does not document the namespaces). */
export const SALESFORCE_APP_PACKAGES: Readonly<Record<string, string>> = {
    sf_com_apps: 'Salesforce Connected Apps',
    sf_chttr_apps: 'Salesforce and Chatter Apps'
};

export interface OtherAppFacts {
    appName: string;
    /** The catalog entry an org added for the app (no way of connecting), or null. */
    entry: CatalogEntry | null;
    install: InstallState;
    /** How the install state is known, in words. */
    basis: string;
    /** The Salesforce package that installed the app, when it is one of Salesforce's. */
    salesforcePackage: string | null;
    /** The installed connected app's Id (0H4…), for its Manage page. */
    connectedAppId: string | null;
    userIds: Set<string>;
    tokens: number;
    lastUsed: string | null;
    /** Failed sign-ins in the days read; null when Login History per day was not read. */
    failedSignIns: number | null;
    /** Token holders the read shows holding Approve Uninstalled Connected Apps (they can authorize it anyway). */
    bypassUsers: number;
}

/** What the read of the other apps can tell: whether it was read, why not, and whether numbers are lower bounds. */
export interface OtherAppsRead {
    readable: boolean;
    reason: string | null;
    /** Tokens read only partly (the running user's own, or capped): user counts are "at least". */
    atLeast: boolean;
    /** Failed sign-ins per day were read (completely or not). */
    signInsReadable: boolean;
    signInsAtLeast: boolean;
}

function key(name: string): string {
    return name.trim().toLowerCase();
}

/** Catalog entries by every name they match (label and match names), case-insensitive. */
function entriesByName(entries: readonly CatalogEntry[]): Map<string, CatalogEntry> {
    const byName = new Map<string, CatalogEntry>();
    for (const entry of entries)
        for (const name of [entry.label, ...entry.matchNames]) if (!byName.has(key(name))) byName.set(key(name), entry);
    return byName;
}

/** Failed sign-in attempts per application name (case-insensitive), over every day read. */
export function failuresByApplication(days: SignInDays | null): Map<string, number> {
    const byApp = new Map<string, number>();
    if (!days) return byApp;
    for (const f of days.failures) {
        const name = days.applications[f.application];
        if (name === undefined) continue;
        byApp.set(key(name), (byApp.get(key(name)) ?? 0) + f.attempts);
    }
    return byApp;
}

/** Users known to hold Approve Uninstalled Connected Apps (the sample users of its holders), and whether that sample is
 * every holder's every user: otherwise a token holder outside it may hold the permission too. */
function approveUsers(facts: OrgFacts): { ids: Set<string>; complete: boolean } {
    const ids = new Set<string>();
    let sampled = 0;
    for (const holder of facts.approve.holders) {
        const users = facts.sampleUsersByHolder.get(holder.assignable.permissionSetId) ?? [];
        for (const u of users) ids.add(u.userId);
        sampled += users.length < holder.assignable.activeAssignees ? Number.POSITIVE_INFINITY : 0;
    }
    return { ids, complete: facts.approve.determinable && sampled === 0 };
}

function newer(a: string | null, b: string | null): string | null {
    return a === null || (b !== null && b > a) ? b : a;
}

function installOfToken(
    app: AppInUse,
    unread: string[]
): Pick<OtherAppFacts, 'install' | 'basis' | 'connectedAppId' | 'salesforcePackage'> {
    const salesforcePackage = app.applicationId && app.namespacePrefix ? (SALESFORCE_APP_PACKAGES[app.namespacePrefix] ?? null) : null;
    if (app.connectedAppId)
        return {
            install: 'installed',
            basis: salesforcePackage
                ? `Installed by Salesforce’s package “${salesforcePackage}” (namespace ${app.namespacePrefix}).`
                : 'A connected app with this name is installed (Manage Connected Apps).',
            connectedAppId: app.connectedAppId,
            salesforcePackage
        };
    if (app.externalClientAppId)
        return {
            install: 'installed',
            basis: 'An External Client App with this name is in the org.',
            connectedAppId: null,
            salesforcePackage: null
        };
    if (app.applicationId)
        return {
            install: 'installed',
            basis: salesforcePackage
                ? `Installed by Salesforce’s package “${salesforcePackage}” (namespace ${app.namespacePrefix}).`
                : 'Its tokens have an App Launcher entry, which an installed app has.',
            connectedAppId: app.applicationId.startsWith('0H4') ? app.applicationId : null,
            salesforcePackage
        };
    if (unread.length > 0)
        return {
            install: 'cannotDetermine',
            basis: `Its tokens have no App Launcher entry, but the installed apps could not all be read (${unread.join(', ')}): it may be installed.`,
            connectedAppId: null,
            salesforcePackage: null
        };
    return {
        install: 'notInstalled',
        basis: 'No connected app or External Client App of this name is installed, and its tokens have no App Launcher entry.',
        connectedAppId: null,
        salesforcePackage: null
    };
}

export interface OtherAppsFacts {
    apps: OtherAppFacts[];
    read: OtherAppsRead;
}

/** The other apps of the snapshot: the apps in use that are not Jetstream's, and the apps the org added to its catalog. */
export function otherAppFacts(facts: OrgFacts): OtherAppsFacts {
    const snapshot: OrgSnapshot = facts.snapshot;
    const jetstream = entriesByName(facts.apps.map((a) => a.entry));
    const added = new Map(facts.catalogOthers.map((a) => [a.entry.developerName, a]));
    const addedByName = entriesByName(facts.catalogOthers.map((a) => a.entry));
    const signInsReadable = readable(snapshot.signInDays);
    const failures = failuresByApplication(signInsReadable ? snapshot.signInDays.data : null);
    const bypass = approveUsers(facts);
    const tokensReadable = readable(snapshot.appsInUse);
    // A lookup the reader could not make (or cut at its cap): an app it did not find may be installed.
    const unread = [...missingEntriesOf(snapshot.appsInUse, 'ConnectedApplication'), ...missingEntriesOf(snapshot.appsInUse, ECA_OBJECT)];

    const failedOf = (names: readonly string[], fallback: AppFacts | null): number | null => {
        if (signInsReadable) return names.reduce((n, name) => n + (failures.get(key(name)) ?? 0), 0);
        return fallback && facts.signInsReadable ? fallback.failedSignIns.reduce((n, s) => n + s.attempts, 0) : null;
    };
    const fromCatalog = (app: AppFacts, inUse: AppInUse | null): OtherAppFacts => {
        const userIds = inUse ? new Set(inUse.userIds) : app.tokenUserIds;
        return {
            appName: app.entry.label,
            entry: app.entry,
            install: app.installState,
            basis:
                app.installState === 'installed'
                    ? 'Installed (Manage Connected Apps).'
                    : app.installState === 'notInstalled'
                      ? `No ${app.entry.kind === 'ExternalClientApp' ? 'External Client App' : 'connected app'} named ${app.entry.matchNames.map((n) => `“${n}”`).join(' or ')} is installed.`
                      : (app.installUnknownReason ?? 'The installed apps could not be read.'),
            salesforcePackage: null,
            connectedAppId: app.install?.objectType === 'ConnectedApplication' ? app.install.id : null,
            userIds,
            tokens: inUse ? inUse.tokens : app.tokenCount,
            lastUsed: inUse ? inUse.lastUsed : app.lastTokenUse,
            failedSignIns: failedOf([app.entry.label, ...app.entry.matchNames], app),
            bypassUsers: [...userIds].filter((id) => bypass.ids.has(id)).length
        };
    };

    const rows: OtherAppFacts[] = [];
    const seenCatalog = new Set<string>();
    for (const app of tokensReadable ? (snapshot.appsInUse.data ?? []) : []) {
        if (jetstream.has(key(app.appName))) continue;
        const entry = addedByName.get(key(app.appName));
        if (entry) {
            if (!seenCatalog.has(entry.developerName)) rows.push(fromCatalog(added.get(entry.developerName)!, app));
            else
                mergeApp(
                    rows.find((r) => r.entry === entry)!,
                    app,
                    bypass.ids
                );
            seenCatalog.add(entry.developerName);
            continue;
        }
        const userIds = new Set(app.userIds);
        rows.push({
            appName: app.appName,
            entry: null,
            ...installOfToken(app, unread),
            userIds,
            tokens: app.tokens,
            lastUsed: app.lastUsed,
            failedSignIns: failedOf([app.appName], null),
            bypassUsers: [...userIds].filter((id) => bypass.ids.has(id)).length
        });
    }
    // Apps the org added to its catalog and nobody holds a token for (or the activity call did not read): from
    // getSnapshot's own read of the catalog's apps.
    for (const app of facts.catalogOthers)
        if (!seenCatalog.has(app.entry.developerName))
            rows.push(fromCatalog(app, tokensReadable ? { ...NO_TOKENS, appName: app.entry.label } : null));

    return {
        apps: rows,
        read: {
            readable: tokensReadable,
            reason: tokensReadable ? (snapshot.appsInUse.status === 'ok' ? null : snapshot.appsInUse.reason) : snapshot.appsInUse.reason,
            atLeast: !complete(snapshot.appsInUse),
            signInsReadable,
            signInsAtLeast: !complete(snapshot.signInDays)
        }
    };
}

/** An app the activity call saw no token of. */
const NO_TOKENS: AppInUse = {
    appName: '',
    applicationId: null,
    namespacePrefix: null,
    connectedAppId: null,
    externalClientAppId: null,
    tokens: 0,
    lastUsed: null,
    userIds: []
};

/** A catalog app whose tokens carry two names (a label and a match name): one row. */
function mergeApp(row: OtherAppFacts, app: AppInUse, bypassIds: Set<string>): void {
    for (const id of app.userIds) row.userIds.add(id);
    row.tokens += app.tokens;
    row.lastUsed = newer(row.lastUsed, app.lastUsed);
    row.bypassUsers = [...row.userIds].filter((id) => bypassIds.has(id)).length;
}

// ---------------------------------------------------------------------------------------------------
// the view
// ---------------------------------------------------------------------------------------------------

/** Worst first: users who will be refused, then what cannot be determined, then the rest. */
const STATUS_ORDER: readonly OtherAppStatus[] = ['willBeRefused', 'cannotDetermine', 'notInstalled', 'installed', 'salesforceProvided'];

export const OTHER_APP_STATUS_LABELS: Record<OtherAppStatus, string> = {
    willBeRefused: 'Not installed: users will be refused',
    cannotDetermine: 'Cannot determine',
    notInstalled: 'Not installed',
    installed: 'Installed',
    salesforceProvided: 'Installed by Salesforce'
};

/** Users of an app that is not installed who will be refused at their next new authorization: every token holder
 * but those known to hold Approve Uninstalled Connected Apps; an upper bound when who holds it is only partly known. */
export function refusedOf(app: OtherAppFacts, facts: OrgFacts): { refused: number; atMost: boolean } {
    const { complete: everyHolderKnown } = approveUsers(facts);
    return { refused: app.userIds.size - app.bypassUsers, atMost: !everyHolderKnown };
}

function statusOf(app: OtherAppFacts, facts: OrgFacts): OtherAppStatus {
    if (app.install === 'cannotDetermine') return 'cannotDetermine';
    if (app.install === 'notInstalled') return refusedOf(app, facts).refused > 0 ? 'willBeRefused' : 'notInstalled';
    return app.salesforcePackage ? 'salesforceProvided' : 'installed';
}

function linksOf(app: OtherAppFacts, facts: OrgFacts): Link[] {
    if (app.install === 'installed') {
        if (app.entry) return [appPageLink(app.entry, app.connectedAppId ? { id: app.connectedAppId } : null)];
        return [appPageLink({ kind: 'ConnectedApp', label: app.appName }, app.connectedAppId ? { id: app.connectedAppId } : null)];
    }
    const install = app.entry ? installLink(facts.myDomainUrl, app.entry) : null;
    return install
        ? [install, setupLink('oauthUsage')]
        : [setupLink('oauthUsage', `Setup: Connected Apps OAuth Usage (${app.appName} → Install)`)];
}

function detailOf(app: OtherAppFacts, status: OtherAppStatus, facts: OrgFacts, atLeast: boolean): string {
    const some = (n: number, word: string) => `${atLeast ? 'at least ' : ''}${plural(n, word)}`;
    const holders =
        app.userIds.size === 0
            ? 'Nobody holds a token.'
            : `${some(app.userIds.size, 'user')} ${app.userIds.size === 1 ? 'holds' : 'hold'} tokens.`;
    switch (status) {
        case 'willBeRefused': {
            const { refused, atMost } = refusedOf(app, facts);
            const bypass =
                app.bypassUsers > 0
                    ? ` (${plural(app.bypassUsers, 'other')} ${app.bypassUsers === 1 ? 'holds' : 'hold'} Approve Uninstalled Connected Apps)`
                    : '';
            return `${holders} Not installed: ${atMost ? 'up to ' : ''}${plural(refused, 'user')}${bypass} will be refused at their next new authorization, when a token expires, is revoked or the user is frozen. Install it if your org uses it; leave it uninstalled to block it.`;
        }
        case 'notInstalled':
            return `${holders} Not installed: ${app.userIds.size === 0 ? 'any new authorization will be refused' : 'every token holder holds Approve Uninstalled Connected Apps, so they can authorize it again'}.`;
        case 'cannotDetermine':
            return `${holders} ${app.basis}`;
        case 'salesforceProvided':
            return `${holders} ${app.basis} Salesforce installs its own client apps; nothing to do.`;
        default:
            return `${holders} Installed: new authorizations follow its Permitted Users policy.`;
    }
}

export function otherAppsView(facts: OrgFacts, others: OtherAppsFacts): OtherAppsView {
    const { apps, read } = others;
    const rows = apps.map((app): OtherAppView => {
        const status = statusOf(app, facts);
        const refused = status === 'willBeRefused' || status === 'notInstalled' ? refusedOf(app, facts) : null;
        return {
            appName: app.appName,
            catalogName: app.entry?.developerName ?? null,
            status,
            statusLabel: OTHER_APP_STATUS_LABELS[status],
            install: app.install,
            salesforceProvided: app.salesforcePackage !== null,
            basis: app.basis,
            users: app.userIds.size,
            tokens: app.tokens,
            lastUsed: app.lastUsed,
            failedSignIns: app.failedSignIns,
            refusedAtNextAuthorization: refused ? refused.refused : null,
            refusedAtMost: refused ? refused.atMost : false,
            detail: detailOf(app, status, facts, read.atLeast),
            links: linksOf(app, facts)
        };
    });
    rows.sort(
        (a, b) =>
            STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
            (b.refusedAtNextAuthorization ?? 0) - (a.refusedAtNextAuthorization ?? 0) ||
            b.users - a.users ||
            (b.failedSignIns ?? 0) - (a.failedSignIns ?? 0) ||
            a.appName.localeCompare(b.appName)
    );
    const refusing = rows.filter((r) => r.status === 'willBeRefused');
    const refusedUsers = refusing.reduce((n, r) => n + (r.refusedAtNextAuthorization ?? 0), 0);
    const provided = rows.filter((r) => r.status === 'salesforceProvided').length;
    const parts = [
        refusing.length > 0
            ? `${plural(refusing.length, 'app')} not installed: ${refusing.some((r) => r.refusedAtMost) ? 'up to ' : ''}${plural(refusedUsers, 'user')} will be refused at their next new authorization`
            : null,
        provided > 0 ? `${provided} installed by Salesforce` : null
    ].filter((p): p is string => p !== null);
    const summary = !read.readable
        ? `The other connected apps could not be read${read.reason ? `: ${read.reason}` : '.'}`
        : rows.length === 0
          ? 'No other app holds OAuth tokens in this org.'
          : `${read.atLeast ? 'At least ' : ''}${plural(rows.length, 'other app')} in use${parts.length > 0 ? `: ${parts.join('; ')}` : ''}.`;
    return {
        readable: read.readable,
        reason: read.reason,
        atLeast: read.atLeast,
        signInsRead: read.signInsReadable,
        summary,
        rows,
        caveats: [...OTHER_APPS_CAVEATS],
        sources: [SOURCES.usageRestriction, SOURCES.salesforceClientApps, SOURCES.appMenuItemNotInstalled, SOURCES.salesforceCliUninstalled]
    };
}

export const OTHER_APPS_CAVEATS: readonly string[] = [
    'Not installed means: no connected app or External Client App of that name, and no App Launcher entry on its tokens. Public reports observe that an app that is not installed has none (PipedreamHQ/pipedream#21557); Salesforce does not document it.',
    'Salesforce-provided means installed by one of the two packages Salesforce installs its own client apps with (namespaces sf_com_apps and sf_chttr_apps, as public package listings show them). Salesforce publishes no list of exempt apps: any other app, Salesforce’s own default apps included (the Salesforce CLI’s), is treated like a third-party app.',
    'Who will be refused: every token holder except the users the check saw holding Approve Uninstalled Connected Apps (a sample of each holder’s users): “up to” when that sample is not every holder.'
];

/** Names for a plan step or a finding: "A, B and 3 more". */
export function appNames(rows: readonly { appName: string }[], max = 3): string {
    const named = rows.slice(0, max).map((r) => r.appName);
    return rows.length > max ? `${named.join(', ')} and ${rows.length - max} more` : joinAnd(named);
}
