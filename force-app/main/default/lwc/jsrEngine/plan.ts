// The action plan: the findings that count, turned into one ordered list of steps. Findings with the same action
// merge (one "Install the Jetstream apps" step with a button per app, one "Pre-authorize users" step listing each
// app's page), and steps are ranked by impact:
//   1. unblock a used way for users already failing (failed sign-ins, frozen users, users refused by an IP restriction)
//      or about to lose their connection (tokens on an app that is not installed: they stop at expiry, revocation or
//      freeze);
//   2. what blocks new users on a used way; 3. other action needed; 4. complete the check (only when some used way
//   cannot be determined); 5. recommendations; 6. the other connected apps the org's users connect with, one step
//   below every Jetstream step.
// Within a rank: more users affected first, then way order. The header's "start here" is the first step.
import { productionMyDomainUrl, type AppFacts, type OrgFacts } from './facts';
import { appPageLink, docLink, installLink, setupLink, usageSettingLink, userLink } from './links';
import { appNames } from './otherApps';
import type { Finding, Link, PlanStep, WayVerdict } from './report';
import type { PlanHint, RuleDefinition } from './ruleKit';
import { signInUsers } from './signInRules';
import type { WayId } from './snapshot';
import { SOURCES } from './sources';
import { WAY_ORDER, type AppJudgement } from './ways';
import { joinAnd, permissionLabel, plural, SECTION_LABELS } from './words';

interface PlanInput {
    facts: OrgFacts;
    judged: Map<string, AppJudgement>;
    ways: readonly WayVerdict[];
    findings: readonly Finding[];
    rules: readonly RuleDefinition[];
}

interface StepDraft {
    key: string;
    hint: PlanHint;
    findings: Finding[];
}

const WAY_SHORT: Record<WayId, string> = {
    web: 'the web app',
    desktop: 'the desktop app',
    loginWithSalesforce: 'log in with Salesforce',
    inOrgPackage: 'the in-org package'
};

const KIND_RANK: Record<PlanHint['kind'], PlanStep['rank']> = { unblock: 2, fix: 3, complete: 4, recommend: 5, otherApps: 6 };

export function buildPlan(input: PlanInput): PlanStep[] {
    const hints = new Map(input.rules.map((r) => [r.id, r.plan]));
    const someCannotDetermine = input.ways.some((w) => w.usage.counts && w.verdict === 'cannotDetermine');
    const drafts = new Map<string, StepDraft>();
    for (const finding of input.findings) {
        const hint = hints.get(finding.ruleId);
        if (!hint || !finding.counts) continue;
        if (hint.kind === 'complete' && !someCannotDetermine) continue;
        const key = hint.action ?? finding.ruleId;
        const draft = drafts.get(key);
        if (draft) draft.findings.push(finding);
        else drafts.set(key, { key, hint, findings: [finding] });
    }
    const steps = [...drafts.values()].map((d) => stepOf(d, input));
    const wayRank = (s: PlanStep) => Math.min(...s.ways.map((w) => WAY_ORDER.indexOf(w)), WAY_ORDER.length);
    return steps
        .map((step, order) => ({ step, order }))
        .sort(
            (a, b) =>
                a.step.rank - b.step.rank ||
                affected(b.step, input) - affected(a.step, input) ||
                wayRank(a.step) - wayRank(b.step) ||
                a.order - b.order
        )
        .map(({ step }) => step);
}

// ---------------------------------------------------------------------------------------------------
// who a step unblocks
// ---------------------------------------------------------------------------------------------------

/** The apps of the used ways a step is about whose verdict is not ready. */
function notReadyApps(ways: readonly WayId[], input: PlanInput): AppFacts[] {
    return [...input.judged.values()]
        .filter(
            (j) =>
                j.app.entry.way &&
                ways.includes(j.app.entry.way) &&
                j.usage.counts &&
                (j.verdict === 'blocked' || j.verdict === 'actionNeeded')
        )
        .map((j) => j.app);
}

interface Affected {
    failing: number;
    losing: number;
}

const affectedCache = new WeakMap<PlanStep, Affected>();

function affectedOf(ways: readonly WayId[], action: string, input: PlanInput): Affected {
    const apps = notReadyApps(ways, input);
    // Frozen users and users refused by an IP restriction: only the step about them unblocks them, and it unblocks no one
    // else; any other step, the users failing to sign in on its ways.
    const failing =
        action === 'unfreeze'
            ? new Set(apps.flatMap((a) => a.frozenConnectors.map((c) => c.user.userId))).size
            : action === 'ip-ranges'
              ? new Set(apps.flatMap((a) => a.ipRefusals.map((r) => r.userId))).size
              : apps.reduce((n, a) => n + signInUsers(a.failedSignIns), 0);
    // Live tokens on an app that is not installed stop at expiry, revocation or a freeze, and cannot be renewed.
    const losing =
        action === 'install' ? apps.filter((a) => a.installState === 'notInstalled').reduce((n, a) => n + a.liveTokenUsers, 0) : 0;
    return { failing, losing };
}

function affected(step: PlanStep, input: PlanInput): number {
    const a = affectedCache.get(step) ?? affectedOf(step.ways, step.id, input);
    return a.failing + a.losing;
}

function whyUnblock(a: Affected, ways: readonly WayId[]): string {
    const parts: string[] = [];
    if (a.failing > 0) parts.push(`${plural(a.failing, 'user')} ${a.failing === 1 ? 'is' : 'are'} failing to sign in`);
    if (a.losing > 0)
        parts.push(
            `${a.failing > 0 ? `${a.losing} more` : plural(a.losing, 'user')} will lose their connection when it expires (${a.losing === 1 ? 'it' : 'they'} cannot reconnect)`
        );
    const lead = parts.length > 0 ? `${parts.join('; ')}. ` : '';
    return `${lead}Unblocks new connections through ${joinAnd(ways.map((w) => WAY_SHORT[w]))}.`;
}

// ---------------------------------------------------------------------------------------------------
// steps by action
// ---------------------------------------------------------------------------------------------------

function waysOf(findings: readonly Finding[]): WayId[] {
    const ways = new Set<WayId>();
    for (const f of findings) for (const w of f.ways) ways.add(w);
    return WAY_ORDER.filter((w) => ways.has(w));
}

function labelsOf(apps: readonly AppFacts[]): string {
    return joinAnd(apps.map((a) => a.entry.label));
}

function uniqueLinks(links: readonly Link[]): Link[] {
    const seen = new Set<string>();
    return links.filter((l) => (seen.has(l.url) ? false : (seen.add(l.url), true)));
}

function stepOf(d: StepDraft, input: PlanInput): PlanStep {
    const ways = waysOf(d.findings);
    const { facts, judged } = input;
    const base = { id: d.key, findings: [...new Set(d.findings.map((f) => f.ruleId))], ways };
    const used = [...judged.values()].filter((j) => j.usage.counts).map((j) => j.app);
    const a = affectedOf(ways, d.key, input);
    const rank: PlanStep['rank'] = d.hint.kind === 'unblock' && a.failing + a.losing > 0 ? 1 : KIND_RANK[d.hint.kind];
    let step: PlanStep;
    switch (d.key) {
        case 'install': {
            const apps = used.filter((app) => app.entry.kind === 'ConnectedApp' && app.installState === 'notInstalled');
            const sandbox = facts.isSandbox === true;
            const here = apps.map((app) => installLink(facts.myDomainUrl, app.entry)).filter((l): l is Link => l !== null);
            const production = sandbox
                ? apps
                      .map((app) => installLink(productionMyDomainUrl(facts.myDomainUrl), app.entry))
                      .filter((l): l is Link => l !== null)
                      .map((l) => ({ ...l, label: `${l.label} in production` }))
                : [];
            step = {
                ...base,
                rank,
                title: `${apps.length === 1 ? `Install ${labelsOf(apps)}` : 'Install the Jetstream apps'}${sandbox ? ' here now, and in production before the next refresh' : ''}`,
                why: `${whyUnblock(a, ways)}${sandbox ? ' An install here is lost at the next refresh; one in production reaches this sandbox only when it is refreshed.' : ''}`,
                links: here.length + production.length > 0 ? [...here, ...production] : [setupLink('oauthUsage')]
            };
            break;
        }
        case 'pre-authorize': {
            const apps = used.filter(
                (app) =>
                    app.installState === 'installed' &&
                    app.permittedUsers === 'adminApproved' &&
                    app.grantsComplete &&
                    app.effectiveAssignees === 0
            );
            step = {
                ...base,
                rank,
                title: `Pre-authorize users for ${labelsOf(apps)}`,
                why: `${whyUnblock(a, ways)} Grant ${apps.length === 1 ? 'it' : 'each'} to a “Jetstream Users” permission set and assign it.`,
                links: [...apps.map((app) => appPageLink(app.entry, app.install)), setupLink('permissionSets')]
            };
            break;
        }
        case 'install-package':
            step = {
                ...base,
                rank,
                title: 'Install the Jetstream for Salesforce package',
                why: `${whyUnblock(a, ways)} If this org does not use Jetstream inside Salesforce, mark it not used instead.`,
                links: [usageSettingLink(null)]
            };
            break;
        case 'match-licenses':
            step = {
                ...base,
                rank,
                title: 'Match production licenses in this sandbox',
                why: `${whyUnblock(a, ways)} Restores Approve Uninstalled Connected Apps here (and apps missing from OAuth Usage).`,
                links: [setupLink('companyInformation'), docLink('Help 000386961', SOURCES.matchProductionLicenses.url)]
            };
            break;
        case 'unfreeze': {
            const frozen = new Map<string, { name: string; id: string }>();
            for (const app of used)
                for (const c of app.frozenConnectors) frozen.set(c.user.userId, { name: c.user.name, id: c.user.userId });
            const uninstalled = used.filter(
                (app) => app.frozenConnectors.length > 0 && app.entry.kind === 'ConnectedApp' && app.installState === 'notInstalled'
            );
            step = {
                ...base,
                rank,
                title: `Unfreeze the ${plural(frozen.size, 'user')} who ${frozen.size === 1 ? 'connects' : 'connect'} Jetstream, then check the install`,
                why: `${whyUnblock(a, ways)} Once unfrozen they connect again: a new authorization, which needs the app installed (Salesforce revokes all refresh tokens of a user it freezes).${uninstalled.length > 0 ? ` ${labelsOf(uninstalled)} ${uninstalled.length === 1 ? 'is' : 'are'} not installed.` : ''}`,
                links: [...[...frozen.values()].slice(0, 5).map((u) => userLink(u.id, u.name)), setupLink('users')]
            };
            break;
        }
        case 'other-apps': {
            // One step for every other app, below Jetstream's: the finding's rows are the apps, worst first.
            const rows = d.findings.flatMap((f) => f.items.filter((i) => i.counts));
            step = {
                ...base,
                rank,
                title: `Install the other apps your users connect with, or leave them blocked: ${appNames(rows.map((r) => ({ appName: r.label })))}`,
                why: `${d.findings.map((f) => f.title).join('; ')}. Install the ones your org uses; an app left uninstalled stays blocked.`,
                links: uniqueLinks(rows.flatMap((r) => r.links)).slice(0, 6)
            };
            break;
        }
        case 'complete-check':
            step = { ...base, rank, ...completeCheck(input, d.findings) };
            break;
        default: {
            const first = d.findings[0];
            step = {
                ...base,
                rank,
                title: d.hint.title ?? first?.title ?? d.key,
                why: d.findings.map((f) => f.title).join('; ') + '.',
                links: uniqueLinks(d.findings.flatMap((f) => f.items.filter((i) => i.counts).flatMap((i) => i.links))).slice(0, 6)
            };
        }
    }
    affectedCache.set(step, a);
    return step;
}

/** Review DEF-8: the step names the real cause: the permission to add, else the part that could not be read, else
 * what to check by hand. */
function completeCheck(input: PlanInput, findings: readonly Finding[]): Pick<PlanStep, 'title' | 'why' | 'links'> {
    const snapshot = input.facts.snapshot;
    const undetermined = input.ways.filter((w) => w.usage.counts && w.verdict === 'cannotDetermine');
    const why = `${undetermined.map((w) => w.summary.replace(/\.$/, '')).join('; ')}.`;
    const sections = (Object.keys(SECTION_LABELS) as (keyof typeof SECTION_LABELS)[]).filter((name) => snapshot[name].status !== 'ok');
    const permissions = [...new Set(sections.flatMap((name) => snapshot[name].missingPermissions))];
    if (permissions.length > 0) {
        return {
            title: `Complete the check: run it as a user with ${joinAnd(permissions.map(permissionLabel))}`,
            why,
            links: [setupLink('permissionSets')]
        };
    }
    const unavailable = sections.filter((name) => snapshot[name].status === 'unavailable');
    if (unavailable.length > 0) {
        return {
            title: `Complete the check: ${joinAnd(unavailable.map((n) => SECTION_LABELS[n]))} could not be read`,
            why,
            links: []
        };
    }
    const links = uniqueLinks(findings.flatMap((f) => f.items.filter((i) => i.counts).flatMap((i) => i.links)));
    return {
        title: `Check by hand: ${undetermined[0]?.summary.replace(/^Cannot determine /, '').replace(/\.$/, '') ?? 'what could not be read'}`,
        why,
        links
    };
}
