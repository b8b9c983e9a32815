// Rules about the two permissions that bypass (or once bypassed) the install requirement — Approve Uninstalled
// Connected Apps and Use Any API Client — and the admin profiles that lack the first. Rows are holders or profiles.
import { BROAD_HOLDER_THRESHOLD, isStandardSystemAdministrator } from './facts';
import { assignableLink, docLink, setupLink } from './links';
import type { RemediationStep } from './report';
import { holderList, orgMatch, rule, textStep, usedUninstalledConnectedApps, type RuleContext, type RuleMatch } from './ruleKit';
import type { PermissionHolder, WayId } from './snapshot';
import { SOURCES, USE_ANY_JETSTREAM_DIFFERS } from './sources';
import { assignableWords, cappedWithoutHolderWords, joinAnd, plural } from './words';

/** Holders, the most active users first (ties in the org's order): the rows a large org shows first. */
function largestHoldersFirst(holders: readonly PermissionHolder[]): PermissionHolder[] {
    return holders
        .map((h, i) => ({ h, i }))
        .sort((x, y) => y.h.assignable.activeAssignees - x.h.assignable.activeAssignees || x.i - y.i)
        .map(({ h }) => h);
}

/** The used ways whose connected app is not installed: what the install-related org rules are about. */
function uninstalledWays(ctx: RuleContext): WayId[] {
    return usedUninstalledConnectedApps(ctx).flatMap((a) => (a.entry.way ? [a.entry.way] : []));
}

function holderRow(h: PermissionHolder, detail: string, extra: Partial<RuleMatch> = {}): RuleMatch {
    return orgMatch(assignableWords(h.assignable), detail, [], { links: [assignableLink(h.assignable)], ...extra });
}

export const APPROVE_FIELD_MISSING = rule('org', {
    id: 'bypass.approve-field-missing',
    title: 'Approve Uninstalled Connected Apps cannot be read in this org',
    severity: 'info',
    plan: { kind: 'complete', action: 'complete-check' },
    source: SOURCES.approveFieldAbsent,
    description:
        'PermissionsCanApproveUninstalledApps is absent from this org’s PermissionSet describe (seen in some orgs), so who may bypass the install requirement cannot be determined. Never reported as “nobody”.',
    remediationSummary: 'Check the permission on profiles and permission sets by hand; in a sandbox, match production licenses.',
    evaluate: (ctx) => {
        if (!ctx.org.holdersReadable || ctx.org.approve.fieldExists !== false) return [];
        return [
            orgMatch('Approve Uninstalled Connected Apps', 'Not in this org’s describe: who holds it cannot be read.', [
                'The PermissionSet describe has no PermissionsCanApproveUninstalledApps field.'
            ])
        ];
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

export const CUSTOM_ADMIN_LACKS_APPROVE = rule('org', {
    id: 'bypass.custom-admin-lacks-approve',
    title: 'Custom admin profiles lack Approve Uninstalled Connected Apps',
    severity: 'warning',
    plan: { kind: 'unblock', action: 'install' },
    source: SOURCES.usageRestriction,
    description:
        'Salesforce added Approve Uninstalled Connected Apps only to the standard System Administrator profile. Custom admin profiles, including clones of System Administrator, did not get it: while a Jetstream app the org uses is not installed, their users are blocked like anyone else.',
    remediationSummary: 'Install the apps (preferred), or grant the permission through a permission set to the admins who need it.',
    evaluate: (ctx) => {
        const ways = uninstalledWays(ctx);
        if (ways.length === 0) return [];
        return ctx.org.customAdminProfilesWithoutApprove.map((h) =>
            holderRow(h, `${plural(h.assignable.activeAssignees, 'admin')} on this profile cannot connect to uninstalled Jetstream apps.`, {
                ways,
                evidence: [
                    `Custom admin profile without the permission: ${assignableWords(h.assignable)} (${plural(h.assignable.activeAssignees, 'active user')}).`
                ],
                params: { users: h.assignable.activeAssignees }
            })
        );
    },
    headline: (matches) =>
        `${plural(
            matches.reduce((n, m) => n + Number(m.params.users), 0),
            'admin'
        )} on custom profiles cannot connect to uninstalled Jetstream apps`,
    explain: (_m, ctx) =>
        `Salesforce gave Approve Uninstalled Connected Apps only to the standard System Administrator profile; custom profiles, including clones of System Administrator, were not updated. Admins on these profiles are blocked from ${joinAnd(usedUninstalledConnectedApps(ctx).map((a) => a.entry.label))} until it is installed.`,
    remediation: () => [
        textStep('Install the Jetstream apps (the first step of the plan): then no admin needs the bypass.'),
        {
            text: 'Or grant Approve Uninstalled Connected Apps through a permission set to the admins who test uninstalled apps.',
            link: setupLink('permissionSets')
        }
    ]
});

export const APPROVE_BROAD = rule('org', {
    id: 'bypass.approve-uninstalled-broad',
    title: 'Approve Uninstalled Connected Apps is widely held',
    severity: 'recommendation',
    plan: { kind: 'recommend', title: 'Trim who holds Approve Uninstalled Connected Apps' },
    source: SOURCES.usageRestriction,
    description: `Approve Uninstalled Connected Apps is held through a custom profile, or by more than ${BROAD_HOLDER_THRESHOLD} active users. It lets them authorize any uninstalled connected app, not only Jetstream; Salesforce says to give it only to highly trusted users. (${BROAD_HOLDER_THRESHOLD} is this check’s threshold, not Salesforce’s. The standard System Administrator profile, where Salesforce put it, counts only through the user threshold.)`,
    remediationSummary:
        'Remove it from profiles; grant it through a permission set to a few test or super users, and install the apps instead.',
    evaluate: (ctx) => {
        const a = ctx.org.approve;
        if (!a.determinable) return [];
        const viaProfile = a.holders.filter(
            (h) => h.assignable.kind === 'Profile' && !isStandardSystemAdministrator(h.assignable, h.modifyAllData)
        );
        if (viaProfile.length === 0 && a.totalActiveAssignees <= BROAD_HOLDER_THRESHOLD) return [];
        return largestHoldersFirst(a.holders).map((h, i) =>
            holderRow(
                h,
                `${plural(h.assignable.activeAssignees, 'active user')}${isStandardSystemAdministrator(h.assignable, h.modifyAllData) ? ' (the standard System Administrator profile, where Salesforce put it)' : ''}.`,
                { params: { users: h.assignable.activeAssignees }, evidence: i === 0 ? [`Held through ${holderList(a.holders)}.`] : [] }
            )
        );
    },
    headline: (matches) =>
        `Approve Uninstalled Connected Apps is held by up to ${plural(
            matches.reduce((n, m) => n + Number(m.params.users), 0),
            'user'
        )}`,
    explain: () =>
        'Approve Uninstalled Connected Apps lets a user authorize any uninstalled connected app, bypassing the September 2025 restriction for every vendor, not only Jetstream. Salesforce recommends it only for highly trusted users; Jetstream suggests limiting it to test or super users.',
    remediation: () => [
        { text: 'Remove the permission from custom profiles.', link: setupLink('profiles') },
        { text: 'Grant it through a permission set to the few test or super users who need it.', link: setupLink('permissionSets') },
        textStep('Install the Jetstream apps so nobody needs the bypass.')
    ],
    caveats: [
        `“Widely held” means a custom profile or more than ${BROAD_HOLDER_THRESHOLD} active users: this check’s threshold; Salesforce and Jetstream only say “highly trusted” or “test or super users”.`,
        'Users assigned through two holders count twice (an upper bound).'
    ]
});

export const SANDBOX_APPROVE_MISSING = rule('org', {
    id: 'org.sandbox-approve-missing',
    title: 'This sandbox may be missing Approve Uninstalled Connected Apps',
    severity: 'warning',
    plan: { kind: 'unblock', action: 'match-licenses' },
    source: SOURCES.matchProductionLicenses,
    description:
        'A sandbox where the permission field is absent or nobody holds it, while a Jetstream app it uses is not installed. Jetstream’s docs: run “Match Production Licenses to Sandbox without a Refresh” so the permission exists (it also fixes apps missing from OAuth Usage).',
    remediationSummary: 'Match production licenses to the sandbox, then install the apps (or grant the permission).',
    evaluate: (ctx) => {
        const ways = uninstalledWays(ctx);
        if (ctx.org.isSandbox !== true || !ctx.org.holdersReadable || ways.length === 0) return [];
        const a = ctx.org.approve;
        if (a.fieldExists !== false && a.holders.length > 0) return [];
        const detail =
            a.fieldExists === false
                ? 'The permission is not in this sandbox’s describe.'
                : a.cappedWithoutHolder
                  ? `No holder ${cappedWithoutHolderWords(a)}.`
                  : 'Nobody in this sandbox holds it, not even the standard System Administrator profile.';
        return [orgMatch('This sandbox', detail, [detail], { ways })];
    },
    headline: () => 'This sandbox may be missing Approve Uninstalled Connected Apps',
    explain: () =>
        'Sandboxes created before the September 2025 change can lack the new permission until their licenses are matched to production. Jetstream links this to apps missing from Connected Apps OAuth Usage.',
    remediation: () => [
        {
            text: 'In this sandbox: Company Information → Match Production Licenses (needs Modify All Data).',
            link: setupLink('companyInformation')
        },
        { text: 'Salesforce Help 000386961.', link: docLink('Help 000386961', SOURCES.matchProductionLicenses.url) }
    ],
    caveats: [
        `That matching licenses restores Approve Uninstalled Connected Apps in a sandbox is Jetstream’s advice (${SOURCES.jetstreamInstall.title}); Salesforce’s article describes matching licenses, not this permission.`
    ]
});

export const USE_ANY_NO_BYPASS = rule('org', {
    id: 'bypass.use-any-api-client-no-bypass',
    title: 'Use Any API Client no longer bypasses the install requirement',
    severity: 'warning',
    plan: { kind: 'unblock', action: 'install' },
    source: SOURCES.useAnyApiClientChange,
    description:
        'Users hold Use Any API Client while a Jetstream app the org uses is not installed. Since the week of 2025-12-08 it no longer lets them authorize uninstalled connected apps (Jetstream’s own page still lists it as a bypass: this check follows Salesforce, and its How we know says why).',
    remediationSummary: 'Install the apps; give Approve Uninstalled Connected Apps to the few who must test uninstalled apps.',
    evaluate: (ctx) => {
        const u = ctx.org.useAny;
        const ways = uninstalledWays(ctx);
        if (!u.determinable || u.holders.length === 0 || ways.length === 0) return [];
        return largestHoldersFirst(u.holders).map((h) =>
            holderRow(
                h,
                h.canApproveUninstalledApps === true
                    ? `${plural(h.assignable.activeAssignees, 'active user')}; also grants Approve Uninstalled Connected Apps.`
                    : `${plural(h.assignable.activeAssignees, 'active user')}; does not grant Approve Uninstalled Connected Apps: they are blocked.`,
                { ways, params: { users: h.assignable.activeAssignees } }
            )
        );
    },
    headline: (matches) =>
        `${plural(
            matches.reduce((n, m) => n + Number(m.params.users), 0),
            'holder'
        )} of Use Any API Client cannot use it to reach uninstalled Jetstream apps`,
    explain: () =>
        'Since the week of 8 December 2025, Use Any API Client no longer lets users self-authorize uninstalled connected apps; only Approve Uninstalled Connected Apps (or installing the app) does. Jetstream’s own page still lists it as a bypass: it is out of date there.',
    remediation: () => [
        textStep('Install the Jetstream apps (the first step of the plan).'),
        {
            text: 'If a few users must connect before the install, grant them Approve Uninstalled Connected Apps through a permission set.',
            link: setupLink('permissionSets')
        }
    ],
    caveats: [
        `${USE_ANY_JETSTREAM_DIFFERS} (${SOURCES.jetstreamInstallPageUseAny.title})`,
        'Salesforce’s article asks for action only where “For admin-approved users, limit API access to only allowlisted connected apps” is checked (API Access Control, which Salesforce Support provisions).'
    ]
});

export const USE_ANY_BROAD = rule('org', {
    id: 'bypass.use-any-api-client-broad',
    title: 'Use Any API Client is widely held',
    severity: 'recommendation',
    plan: { kind: 'recommend', title: 'Trim who holds Use Any API Client' },
    source: SOURCES.apiAccessControl,
    description: `Use Any API Client is held through a profile or by more than ${BROAD_HOLDER_THRESHOLD} active users. It bypasses API Access Control for every API client: a security risk when widely distributed.`,
    remediationSummary: 'Limit it to a permission set for the few integration users who need it.',
    evaluate: (ctx) => {
        const u = ctx.org.useAny;
        if (!u.determinable) return [];
        const viaProfile = u.holders.filter((h) => h.assignable.kind === 'Profile');
        if (viaProfile.length === 0 && u.totalActiveAssignees <= BROAD_HOLDER_THRESHOLD) return [];
        return largestHoldersFirst(u.holders).map((h, i) =>
            holderRow(h, `${plural(h.assignable.activeAssignees, 'active user')}.`, {
                params: { users: h.assignable.activeAssignees },
                evidence: i === 0 ? [`Held through ${holderList(u.holders)}.`] : []
            })
        );
    },
    headline: (matches) =>
        `Use Any API Client is held by up to ${plural(
            matches.reduce((n, m) => n + Number(m.params.users), 0),
            'user'
        )}`,
    explain: () => 'Use Any API Client gives unrestricted API access past API Access Control. Grant it only to named integration users.',
    remediation: () => [
        { text: 'Remove it from profiles and broad permission sets.', link: setupLink('permissionSets') },
        { text: 'Review API Access Control.', link: setupLink('apiAccessControl') }
    ],
    caveats: [`“Widely held” means a profile or more than ${BROAD_HOLDER_THRESHOLD} active users: this check’s threshold.`]
});

export const API_ACCESS_CONTROL = rule('org', {
    id: 'org.api-access-control-provisioned',
    title: 'API Access Control appears to be provisioned: check it by hand',
    severity: 'info',
    plan: null,
    source: SOURCES.apiAccessControl,
    description:
        'The Use Any API Client field exists, which suggests Salesforce Support provisioned API Access Control (heuristic, unverified). Its settings are not readable with SOQL: a guided manual check.',
    remediationSummary:
        'Open API Access Control; if API access is limited to allowlisted apps, make the Jetstream apps admin-approved and granted.',
    evaluate: (ctx) => {
        if (!ctx.org.holdersReadable || ctx.org.useAny.fieldExists !== true) return [];
        return [
            orgMatch(
                'API Access Control',
                'Appears to be provisioned: check whether API access is limited to allowlisted apps.',
                ['PermissionSet.PermissionsUseAnyApiClient exists in this org’s describe.'],
                { links: [setupLink('apiAccessControl')] }
            )
        ];
    },
    headline: () => 'API Access Control appears to be provisioned: check it by hand',
    explain: () =>
        'If “limit API access to only allowlisted connected apps” is on, users reach the API only through connected apps that are admin-approved and granted to them (or with Use Any API Client). The setting cannot be read with SOQL.',
    remediation: () => [
        {
            text: 'Open API Access Control and note whether API access is limited to allowlisted apps.',
            link: setupLink('apiAccessControl')
        },
        {
            text: 'If it is, set each Jetstream app to “Admin approved users are pre-authorized” and grant it to “Jetstream Users”.',
            link: setupLink('connectedApps')
        }
    ],
    caveats: ['That the field exists exactly when API Access Control is provisioned is a heuristic, not documented.']
});

export const BYPASS_RULES = [
    APPROVE_FIELD_MISSING,
    CUSTOM_ADMIN_LACKS_APPROVE,
    SANDBOX_APPROVE_MISSING,
    USE_ANY_NO_BYPASS,
    APPROVE_BROAD,
    USE_ANY_BROAD,
    API_ACCESS_CONTROL
];
