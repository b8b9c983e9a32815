/**
 * The OAuth error decoder: an admin pastes the message or the redirect URL a user saw while connecting Jetstream,
 * and gets the cause and the fix. Every known error is one entry of OAUTH_ERROR_PATTERNS (oauthErrorPatterns.ts:
 * data, also rendered into docs/rule-catalog.md); oauthErrorInput.ts reads the paste; decodeOAuthError picks the first
 * matching entry and, when an org snapshot is given, turns the generic fix steps into links and facts for that org,
 * about the one app the user was connecting with when the paste says which.
 */
import type { AppInstall, CatalogEntry, OrgSnapshot, WayId } from './snapshot';
import type { DecodedError, InstallState, RemediationStep } from './report';
import { resolveNow } from './evaluate';
import { appsReadOf, buildOrgFacts, installStateOf, type AppsRead, type OrgFacts } from './facts';
import { appPageLink, installLink, setupLink, type SetupPageId } from './links';
import { OAUTH_ERROR_PATTERNS, type FixStepTemplate, type OAuthErrorPattern } from './oauthErrorPatterns';
import { readOAuthErrorInput } from './oauthErrorInput';

export { OAUTH_ERROR_PATTERNS } from './oauthErrorPatterns';
export type { FixStepTemplate, OAuthErrorPattern } from './oauthErrorPatterns';
export {
    DECODER_MAX_INPUT_LENGTH,
    decodeFormComponent,
    extractErrorParameters,
    isDecoderInputTooLong,
    normalizeOAuthErrorInput
} from './oauthErrorInput';

/** The catalog fields the decoder uses. */
export type DecoderCatalogEntry = Pick<
    CatalogEntry,
    'developerName' | 'label' | 'kind' | 'matchNames' | 'way' | 'installAppId' | 'installAppOrgId' | 'egressIps' | 'sortOrder'
>;

/** Used when no snapshot (or no readable catalog) is given: the package's catalog defaults (JSR_App__mdt). */
export const DEFAULT_DECODER_CATALOG: readonly DecoderCatalogEntry[] = [
    {
        developerName: 'Jetstream_Web',
        label: 'Jetstream',
        kind: 'ConnectedApp',
        matchNames: ['Jetstream'],
        way: 'web',
        installAppId: '0Ci4S000000CaUB',
        installAppOrgId: '00D4S000000pHDF',
        egressIps: ['74.220.50.22', '74.220.50.23', '74.220.50.24'],
        sortOrder: 10
    },
    {
        developerName: 'Jetstream_Desktop',
        label: 'Jetstream Desktop',
        kind: 'ConnectedApp',
        matchNames: ['Jetstream Desktop'],
        way: 'desktop',
        installAppId: '0Ci4S000000CadS',
        installAppOrgId: '00D4S000000pHDF',
        egressIps: [],
        sortOrder: 20
    },
    {
        developerName: 'Jetstream_Auth',
        label: 'Jetstream Auth',
        kind: 'ConnectedApp',
        matchNames: ['Jetstream Auth'],
        way: 'loginWithSalesforce',
        installAppId: '0Ci4S000000Cact',
        installAppOrgId: '00D4S000000pHDF',
        egressIps: [],
        sortOrder: 30
    },
    {
        developerName: 'Jetstream_In_Org_Package',
        label: 'Jetstream for Salesforce',
        kind: 'ExternalClientApp',
        matchNames: ['Jetstream for Salesforce', 'Jetstream_Canvas'],
        way: 'inOrgPackage',
        installAppId: null,
        installAppOrgId: null,
        egressIps: [],
        sortOrder: 40
    }
];

// ---------------------------------------------------------------------------------------------------
// Which app the user was connecting with
// ---------------------------------------------------------------------------------------------------

/**
 * Where Salesforce sends each Jetstream app's answer, so a pasted URL (the redirect, or an authorize URL's
 * redirect_uri) says which app the user was connecting with. Jetstream's code at 5bf9e9b (2026-08-22): the web app's
 * SFDC_CALLBACK_URL https://getjetstream.app/oauth/sfdc/callback and its error page /oauth-link/ (apps/api/.env.production,
 * apps/api/src/main.ts); the desktop app's jetstream://addOrg/oauth/sfdc/callback and client id
 * (apps/jetstream-desktop/src/config/environment.ts); log in with Salesforce at /api/auth/callback/salesforce; the
 * in-org package at /canvas/callback and /canvas-auth/. Mapped to a way, so any catalog entry for that way matches.
 */
const JETSTREAM_CALLBACKS: readonly { way: WayId; pattern: RegExp }[] = [
    { way: 'desktop', pattern: /jetstream:\/\/addOrg\/oauth\/sfdc\/callback/i },
    { way: 'desktop', pattern: /\b3MVG94YrNIs0WS4d2PK0lDfKIz_loKEkofpaTrvi7_3g_tLRZSQ9_XNQpSmtNVMs7hnO77x3RqRGaxy86vnK_/ },
    { way: 'web', pattern: /getjetstream\.app\/oauth(?:\/sfdc\/callback|-link\/)/i },
    { way: 'loginWithSalesforce', pattern: /getjetstream\.app\/api\/auth\/callback\/salesforce/i },
    { way: 'inOrgPackage', pattern: /getjetstream\.app\/canvas(?:\/callback|-auth\/)/i }
];

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Catalog apps the text names, longest name first so "Jetstream Desktop" is not also read as "Jetstream". */
export function appsNamedIn<T extends DecoderCatalogEntry>(text: string, catalog: readonly T[]): T[] {
    const names = catalog
        .flatMap((entry) => [entry.label, ...entry.matchNames].map((name) => ({ entry, name: name.trim() })))
        .filter(({ name }) => name.length > 0)
        .sort((a, b) => b.name.length - a.name.length);
    let remaining = text;
    const found: T[] = [];
    for (const { entry, name } of names) {
        const pattern = new RegExp(`(^|[^A-Za-z0-9_])${escapeRegExp(name)}(?![A-Za-z0-9_])`, 'gi');
        if (!pattern.test(remaining)) continue;
        remaining = remaining.replace(pattern, '$1 ');
        if (!found.includes(entry)) found.push(entry);
    }
    return found.sort((a, b) => a.sortOrder - b.sortOrder);
}

/** The app the paste shows the user was connecting with: a Jetstream callback in a URL wins (it is where the error
 * came from), else the apps the text names. Empty when the paste does not say. */
export function appsConnectingIn<T extends DecoderCatalogEntry>(text: string, catalog: readonly T[]): T[] {
    const ways = new Set(JETSTREAM_CALLBACKS.filter(({ pattern }) => pattern.test(text)).map(({ way }) => way));
    const byCallback = catalog.filter((entry) => entry.way !== null && ways.has(entry.way));
    return byCallback.length > 0 ? byCallback : appsNamedIn(text, catalog);
}

// ---------------------------------------------------------------------------------------------------
// Making the fix concrete for one org
// ---------------------------------------------------------------------------------------------------

interface AppInContext {
    catalog: DecoderCatalogEntry;
    install: AppInstall | null;
    /** The engine's install state (never the raw installed flag: an External Client App the reader could not query
     * has installed = false but is "cannot determine"). */
    installState: InstallState;
    installUnknownReason: string | null;
}

function setupStep(text: string, page: SetupPageId): RemediationStep {
    return { text, link: setupLink(page) };
}

function textStep(text: string): RemediationStep {
    return { text, link: null };
}

const NO_SNAPSHOT = 'No org snapshot was given.';

class FixContext {
    readonly catalog: readonly DecoderCatalogEntry[];
    /** The apps the paste shows the user was connecting with (empty: it does not say). */
    readonly named: AppInContext[];
    /** The engine's facts for the snapshot (null without one): install states come from here, as in the report. */
    private readonly facts: OrgFacts | null;
    private readonly appsRead: AppsRead | null;

    constructor(
        readonly snapshot: OrgSnapshot | null,
        text: string
    ) {
        const catalog = snapshot?.catalog.data ?? [];
        this.catalog = catalog.length > 0 ? catalog : DEFAULT_DECODER_CATALOG;
        this.facts = snapshot ? buildOrgFacts(snapshot, resolveNow(snapshot.capturedAt)) : null;
        this.appsRead = snapshot ? appsReadOf(snapshot) : null;
        this.named = appsConnectingIn(text, this.catalog).map((entry) => this.appOf(entry));
    }

    get myDomainUrl(): string | null {
        return this.snapshot?.org.data?.myDomainUrl ?? null;
    }

    /** The app with the engine's install state. Entries the facts do not hold (the catalog section was not readable,
     * so the decoder uses the package defaults) are judged by the same helper on the apps section. */
    appOf(entry: DecoderCatalogEntry): AppInContext {
        const known = this.facts?.appByCatalogName.get(entry.developerName);
        if (known) {
            return {
                catalog: entry,
                install: known.install,
                installState: known.installState,
                installUnknownReason: known.installUnknownReason
            };
        }
        if (this.snapshot === null || this.appsRead === null) {
            return { catalog: entry, install: null, installState: 'cannotDetermine', installUnknownReason: NO_SNAPSHOT };
        }
        const install = this.snapshot.apps.data?.find((row) => row.catalogName === entry.developerName) ?? null;
        return { catalog: entry, install, ...installStateOf(entry, install, this.appsRead) };
    }

    /** The apps a step is about: those the paste names, else every catalog app that passes the filter and could be the
     * one (not log in with Salesforce in a sandbox: Jetstream's docs say it needs a production org). */
    concerned(filter: (entry: DecoderCatalogEntry) => boolean): AppInContext[] {
        if (this.named.length > 0) return this.named.filter((app) => filter(app.catalog));
        const sandbox = this.snapshot?.org.data?.isSandbox === true;
        return this.catalog
            .filter((entry) => filter(entry) && !(sandbox && entry.way === 'loginWithSalesforce'))
            .map((entry) => this.appOf(entry));
    }

    /** True when the paste does not say which app, so a step lists the candidates as choices. */
    get appUnknown(): boolean {
        return this.named.length === 0;
    }
}

function hasInstallIds(entry: DecoderCatalogEntry): boolean {
    return entry.installAppId !== null && entry.installAppOrgId !== null;
}

const WHICH_APP = 'The error does not say which app the user was connecting with; install the one they use:';

/**
 * Install steps: for the app the paste names, its install link; when the paste does not say, one lead step and one
 * choice per app that is not installed (never the same sentence once per app). Installed apps are said to be installed,
 * in one step.
 */
function installSteps(template: { text: string; ways?: readonly WayId[] }, context: FixContext): RemediationStep[] {
    const { ways } = template;
    const candidates = context.concerned((entry) => hasInstallIds(entry) && (!ways || (entry.way !== null && ways.includes(entry.way))));
    if (candidates.length === 0) {
        return [
            setupStep(`${template.text} There is no install link for this app; install it from Connected Apps OAuth Usage.`, 'oauthUsage')
        ];
    }
    const myDomainUrl = context.myDomainUrl;
    const choices = context.appUnknown && candidates.length > 1;
    if (myDomainUrl === null) {
        const links = candidates.map(({ catalog }) => ({
            text: `${catalog.label}: <your My Domain URL>/identity/app/AppInstallApprovalPage.apexp?app_id=${catalog.installAppId ?? ''}&app_org_id=${catalog.installAppOrgId ?? ''}`,
            link: null
        }));
        const lead = `${template.text}${choices ? ` ${WHICH_APP}` : ''} (The Jetstream Readiness tab builds these links for your org.)`;
        return [textStep(lead), ...links];
    }
    const notInstalled = candidates.filter((app) => app.installState !== 'installed');
    if (notInstalled.length === 0) {
        const names = candidates.map((app) => app.catalog.label).join(', ');
        const capturedAt = context.snapshot?.capturedAt ?? '';
        return [
            textStep(
                `${names} ${candidates.length === 1 ? 'is' : 'are'} installed in this org (snapshot of ${capturedAt}), so the install is not what is missing. If the error is newer than the snapshot, read the org again.`
            )
        ];
    }
    const state = (installState: InstallState): string => (installState === 'notInstalled' ? 'not installed' : 'install state unknown');
    if (notInstalled.length === 1 && !choices) {
        const [app] = notInstalled;
        return app
            ? [{ text: `${template.text} ${app.catalog.label} (${state(app.installState)}).`, link: installLink(myDomainUrl, app.catalog) }]
            : [];
    }
    return [
        textStep(choices ? `${template.text} ${WHICH_APP}` : template.text),
        ...notInstalled.map(({ catalog, installState }) => ({
            text: `${catalog.label} (${state(installState)}).`,
            link: installLink(myDomainUrl, catalog)
        }))
    ];
}

/** The app's Permitted Users policy and grants, or null when there is nothing to act on (the app is not installed:
 * the install step covers it). */
function describeGrants(app: AppInContext, snapshot: OrgSnapshot): string | null {
    const { catalog, install, installState } = app;
    if (installState === 'notInstalled') return null;
    if (installState === 'cannotDetermine' || install === null) return `${catalog.label}: install state unknown.`;
    if (install.optionsAllowAdminApprovedUsersOnly === false)
        return `${catalog.label}: Permitted Users = "All users may self-authorize"; any user with API Enabled can connect.`;
    if (install.optionsAllowAdminApprovedUsersOnly === null) return `${catalog.label}: Permitted Users could not be read.`;
    if (snapshot.grants.status === 'unavailable' || snapshot.grants.data === null)
        return `${catalog.label}: Permitted Users = "Admin approved users are pre-authorized"; the grants could not be read (${snapshot.grants.reason ?? 'grants section unavailable'}).`;
    const grants = snapshot.grants.data.filter((grant) => grant.catalogName === catalog.developerName);
    if (grants.length === 0)
        return `${catalog.label}: Permitted Users = "Admin approved users are pre-authorized" and no profile, permission set or group is granted the app, so nobody can connect.`;
    const listed = grants
        .map((grant) => `${grant.grantedTo.kind} ${grant.grantedTo.label} (${grant.grantedTo.activeAssignees} active)`)
        .join(', ');
    return `${catalog.label}: Permitted Users = "Admin approved users are pre-authorized"; granted to ${listed}.`;
}

function grantSteps(template: { text: string }, context: FixContext): RemediationStep[] {
    const snapshot = context.snapshot;
    if (snapshot === null) return [setupStep(template.text, 'connectedApps')];
    const apps = context.concerned((entry) => entry.kind === 'ConnectedApp');
    const described = apps.flatMap((app) => {
        const text = describeGrants(app, snapshot);
        return text === null ? [] : [textStep(text)];
    });
    // Every app concerned is not installed: there are no policies or grants to check yet.
    if (apps.length > 0 && described.length === 0) return [];
    return [setupStep(template.text, 'connectedApps'), ...described];
}

/** The addresses to allow in Login IP Ranges: the catalog's egress IPs of the apps concerned. */
function ipRangesSteps(template: { text: string }, context: FixContext): RemediationStep[] {
    const apps = context.concerned((entry) => entry.kind === 'ConnectedApp');
    const steps: RemediationStep[] = [setupStep(template.text, 'profiles')];
    const fixed = apps.filter((app) => app.catalog.egressIps.length > 0);
    for (const { catalog } of fixed) steps.push(textStep(`${catalog.label} connects from ${catalog.egressIps.join(', ')}.`));
    const desktop = apps.filter((app) => app.catalog.way === 'desktop').map((app) => app.catalog.label);
    if (desktop.length > 0)
        steps.push(textStep(`${desktop.join(', ')} connects from the user’s own network: allow it, or see its address in Login History.`));
    return steps;
}

/** The one connected app the paste names, on its own Manage page when the snapshot shows it installed; otherwise the
 * Manage Connected Apps list (the app is unknown, or several are named). */
function appPageSteps(template: { text: string }, context: FixContext): RemediationStep[] {
    const named = context.named.filter((app) => app.catalog.kind === 'ConnectedApp');
    const [app] = named;
    if (named.length === 1 && app && app.installState === 'installed')
        return [{ text: template.text, link: appPageLink(app.catalog, app.install) }];
    return [setupStep(template.text, 'connectedApps')];
}

function orgTypeStep(template: { sandbox: string; production: string }, context: FixContext): RemediationStep[] {
    const isSandbox = context.snapshot?.org.data?.isSandbox;
    if (isSandbox === true) return [setupStep(template.sandbox, 'companyInformation')];
    if (isSandbox === false) return [textStep(template.production)];
    return [textStep(`In a sandbox: ${template.sandbox} In production: ${template.production}`)];
}

function apiAccessControlStep(template: { text: string }, context: FixContext): RemediationStep[] {
    const holders = context.snapshot?.permissionHolders;
    if (!holders?.data) return [textStep(template.text)];
    const provisioned = holders.data.fieldsAvailable.useAnyApiClient;
    const hint = provisioned
        ? 'This org has the "Use Any API Client" permission in describe, so API Access Control appears to be provisioned (a heuristic; check Setup, API Access Control).'
        : 'This org has no "Use Any API Client" permission in describe, so API Access Control is probably not provisioned.';
    return [textStep(`${template.text} ${hint}`)];
}

function externalClientAppStep(template: { text: string }, context: FixContext): RemediationStep[] {
    const ecas = context.catalog.filter((entry) => entry.kind === 'ExternalClientApp');
    if (ecas.length === 0) return [];
    if (context.snapshot === null) {
        return [
            textStep(
                `${template.text} check in External Client App Manager that ${ecas.map((e) => e.label).join(', ')} is installed in this org.`
            )
        ];
    }
    return ecas.map((entry) => {
        const { install, installState, installUnknownReason } = context.appOf(entry);
        if (installState === 'installed')
            return textStep(`${template.text} ${entry.label}: installed as ${install?.name ?? entry.label} in this org.`);
        if (installState === 'notInstalled') return textStep(`${template.text} ${entry.label}: not installed in this org.`);
        const why = installUnknownReason === null ? '' : ` ${installUnknownReason}`;
        return textStep(`${template.text} ${entry.label}: install state unknown in this org.${why}`);
    });
}

function resolveStep(template: FixStepTemplate, context: FixContext): RemediationStep[] {
    switch (template.kind) {
        case 'text':
            return [textStep(template.text)];
        case 'setup':
            return [setupStep(template.text, template.page)];
        case 'doc':
            return [{ text: template.text, link: { label: template.label, url: template.url, kind: 'doc' } }];
        case 'install':
            return installSteps(template, context);
        case 'grants':
            return grantSteps(template, context);
        case 'orgType':
            return orgTypeStep(template, context);
        case 'apiAccessControl':
            return apiAccessControlStep(template, context);
        case 'ipRanges':
            return ipRangesSteps(template, context);
        case 'appPage':
            return appPageSteps(template, context);
        default:
            // The last kind, 'externalClientApp' (TypeScript narrows template to it here).
            return externalClientAppStep(template, context);
    }
}

const UNKNOWN_CHECKS: readonly FixStepTemplate[] = [
    {
        kind: 'text',
        text: 'Paste the full URL from the browser’s address bar on the error page (its error and error_description parameters name the cause), or the JSON body of the error ({"error": …, "error_description": …}).'
    },
    { kind: 'setup', page: 'loginHistory', text: "Look for the user's failed attempt and its Status in Login History." },
    { kind: 'install', text: 'Is the app installed in this org?' },
    { kind: 'grants', text: 'Does Permitted Users allow the user, through a profile, permission set or group granted the app?' },
    {
        kind: 'text',
        text: 'Does the user have API Enabled, and (for an uninstalled app) Approve Uninstalled Connected Apps?'
    },
    { kind: 'apiAccessControl', text: 'Is API Access Control limiting API access to allowlisted apps?' }
];

function firstMatch(haystack: string): OAuthErrorPattern | null {
    return OAUTH_ERROR_PATTERNS.find((pattern) => pattern.matchers.some((matcher) => matcher.test(haystack))) ?? null;
}

/**
 * Decodes an OAuth error message, redirect URL or JSON error body. With a snapshot, install links use the org's My
 * Domain and the catalog ids of the app the paste shows the user was connecting with (else of each catalog app not
 * installed, as choices), and grant steps give that app's current Permitted Users policy and grants.
 *
 * Linear in the input's length (see oauthErrorInput.ts): safe on any input, though the tab and the CLI refuse input
 * longer than DECODER_MAX_INPUT_LENGTH.
 */
export function decodeOAuthError(input: string, snapshot?: OrgSnapshot | null): DecodedError {
    const read = readOAuthErrorInput(input);
    const { normalized } = read;
    const context = new FixContext(snapshot ?? null, read.haystack);
    const pattern = normalized.length > 0 ? firstMatch(read.haystack) : null;
    if (pattern === null) {
        return {
            id: 'unknown',
            matched: false,
            normalized,
            cause:
                normalized.length === 0
                    ? 'Nothing was pasted. Paste the error message, the full URL from the address bar of the error page, or the JSON body of the error.'
                    : 'This message is not one the decoder knows. Paste the full URL of the error page or the JSON body of the error if you have them; otherwise check the points below, in order.',
            fix: UNKNOWN_CHECKS.flatMap((template) => resolveStep(template, context)),
            source: null
        };
    }
    return {
        id: pattern.id,
        matched: true,
        normalized,
        cause: pattern.cause,
        fix: pattern.fix.flatMap((template) => resolveStep(template, context)),
        source: pattern.source
    };
}
