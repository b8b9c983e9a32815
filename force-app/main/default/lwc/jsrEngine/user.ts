// evaluateUser: can this one user connect each way, the chain of facts that decides it, and the one action that
// would unblock them. The org facts (and the judgement of every app) are cached per snapshot object so checking many
// users stays cheap.
import { buildUserView } from './assess';
import { resolveNow, type EvaluateOptions } from './evaluate';
import { buildOrgFacts, type OrgFacts } from './facts';
import { userLink } from './links';
import type { UserReport, UserWayVerdict } from './report';
import { runRules } from './ruleKit';
import { RULES } from './rules';
import type { OrgSnapshot, UserFacts } from './snapshot';
import { judge, WAY_LABELS, WAY_ORDER, type AppJudgement } from './ways';

const factsCache = new WeakMap<OrgSnapshot, { facts: OrgFacts; judged: Map<string, AppJudgement> }>();

function orgFactsFor(snapshot: OrgSnapshot, now: Date): { facts: OrgFacts; judged: Map<string, AppJudgement> } {
    const cached = factsCache.get(snapshot);
    if (cached && cached.facts.now.getTime() === now.getTime()) return cached;
    const facts = buildOrgFacts(snapshot, now);
    const entry = { facts, judged: judge(facts) };
    factsCache.set(snapshot, entry);
    return entry;
}

export function evaluateUser(snapshot: OrgSnapshot, userFacts: UserFacts, options?: EvaluateOptions): UserReport {
    const { facts, judged } = orgFactsFor(snapshot, resolveNow(snapshot.capturedAt, options));
    const user = buildUserView(facts, userFacts);
    const ways: UserWayVerdict[] = WAY_ORDER.map((way) => {
        const app = facts.apps.find((a) => a.entry.way === way);
        const assessment = app ? user.apps.get(app.entry.developerName) : undefined;
        const usage = app ? (judged.get(app.entry.developerName)?.usage.usage ?? 'expected') : 'expected';
        if (!assessment) {
            return {
                way,
                label: WAY_LABELS[way],
                usage,
                canConnect: 'unknown',
                chain: [
                    {
                        question: 'Which app serves this way of connecting?',
                        answer: 'unknown',
                        detail: 'The catalog has no app for it (or could not be read).'
                    }
                ],
                unblockAction: null,
                unblockLinks: []
            };
        }
        const connects = assessment.canConnect === 'yes' || assessment.canConnect === 'notApplicable';
        return {
            way,
            label: WAY_LABELS[way],
            // The user check follows the org: log in with Salesforce in a sandbox is not applicable for everyone.
            usage,
            canConnect: assessment.canConnect,
            chain: assessment.chain,
            unblockAction: connects ? null : assessment.unblockAction,
            unblockLinks: connects ? [] : assessment.unblockLinks
        };
    });
    return {
        userId: user.info?.userId ?? '',
        name: user.info?.name ?? 'Unknown user',
        username: user.info?.username ?? '',
        link: user.info ? userLink(user.info.userId, user.info.name) : null,
        ways,
        findings: runRules(RULES, { org: facts, judged, user }, ['user'])
    };
}
