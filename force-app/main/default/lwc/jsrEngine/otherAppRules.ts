// Rules about the other connected apps the org's users connect with (otherApps.ts). They never change Jetstream's
// verdict: a recommendation, planned in one step below all of Jetstream's own (rank 6), one row per app.
import { appNames, otherAppsView, type OtherAppsFacts } from './otherApps';
import { setupLink } from './links';
import type { OtherAppsView } from './report';
import { orgMatch, rule, textStep, type RuleContext } from './ruleKit';
import { SOURCES } from './sources';
import { plural } from './words';

const views = new WeakMap<OtherAppsFacts, OtherAppsView>();

/** The section's view, worded once per evaluation (the rule and the report share it). */
export function otherAppsViewOf(ctx: Pick<RuleContext, 'org' | 'otherApps'>): OtherAppsView | null {
    if (!ctx.otherApps) return null;
    let view = views.get(ctx.otherApps);
    if (!view) views.set(ctx.otherApps, (view = otherAppsView(ctx.org, ctx.otherApps)));
    return view;
}

export const OTHER_APPS_NOT_INSTALLED = rule('org', {
    id: 'org.other-apps-not-installed',
    title: 'Other connected apps not installed',
    severity: 'recommendation',
    plan: { kind: 'otherApps', action: 'other-apps' },
    source: SOURCES.usageRestriction,
    description:
        'Users hold OAuth tokens for a connected app that is not Jetstream’s and is not installed (no connected app or External Client App of that name, no App Launcher entry on its tokens). Their connections keep working until a token expires, is revoked or the user is frozen; the next new authorization is refused unless they hold Approve Uninstalled Connected Apps. Apps installed by Salesforce’s own packages are not flagged; Salesforce publishes no list of exempt apps, so no other app is spared. A recommendation: it never changes Jetstream’s verdict.',
    remediationSummary:
        'Setup > Connected Apps OAuth Usage: Install each app the org uses (or use the install link its catalog entry gives), then set its Permitted Users; leave the others uninstalled, or block them.',
    caveats: [
        'An app is “not installed” when no connected app or External Client App has its name and its tokens have no App Launcher entry: observed in public reports (PipedreamHQ/pipedream#21557), not documented by Salesforce.',
        'Who will be refused: every token holder except the users the check saw holding Approve Uninstalled Connected Apps (a sample of each holder’s users), so the count is an upper bound when that sample is not every holder.'
    ],
    evaluate: (ctx) =>
        (otherAppsViewOf(ctx)?.rows ?? [])
            .filter((row) => row.status === 'willBeRefused')
            .map((row) =>
                orgMatch(
                    row.appName,
                    row.detail,
                    [
                        `${row.appName}: ${row.basis} ${plural(row.users, 'user')} ${row.users === 1 ? 'holds' : 'hold'} ${plural(row.tokens, 'token')}, last used ${row.lastUsed?.slice(0, 10) ?? 'never'}${row.failedSignIns ? `; ${plural(row.failedSignIns, 'failed sign-in')} in the days read` : ''}.`
                    ],
                    {
                        // An app the org added to its catalog: the row names its entry.
                        app: ctx.org.catalogOthers.find((a) => a.entry.developerName === row.catalogName) ?? null,
                        links: row.links,
                        params: { refused: row.refusedAtNextAuthorization ?? 0, atMost: row.refusedAtMost },
                        ways: []
                    }
                )
            ),
    headline: (matches) => {
        const refused = matches.reduce((n, m) => n + Number(m.params.refused), 0);
        const atMost = matches.some((m) => m.params.atMost === true) ? 'Up to ' : '';
        return `${atMost}${plural(refused, 'user')} of ${appNames(matches.map((m) => ({ appName: m.label ?? '' })))} will be refused at their next new authorization`;
    },
    explain: () =>
        'Since September 2025 Salesforce refuses new authorizations of connected apps that are not installed, for every app, not only Jetstream’s. Users who authorized one before keep working until their token expires or is revoked (Salesforce revokes a frozen user’s tokens); then they are refused, one angry user at a time, unless they hold Approve Uninstalled Connected Apps.',
    remediation: () => [
        {
            text: 'Setup > Connected Apps OAuth Usage: for each app your org uses, click Install, then set its Permitted Users and grant it to the users who need it.',
            link: setupLink('oauthUsage')
        },
        textStep(
            'An app your org does not want: leave it uninstalled (new authorizations stay refused), or Block it on the same page to end its existing connections now.'
        ),
        {
            text: 'To keep an app’s install link and purpose in this check, add it to the Readiness App custom metadata type (no way of connecting).',
            link: setupLink('customMetadata', 'Setup: Custom Metadata Types (Readiness App)')
        }
    ]
});

export const OTHER_APP_RULES = [OTHER_APPS_NOT_INSTALLED];
