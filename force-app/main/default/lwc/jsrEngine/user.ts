// evaluateUser: can this one user connect each way, the chain of facts that decides it, and the one action that
// would unblock them. The org facts are cached per snapshot object so checking many users stays cheap.
import { buildUserView } from './assess';
import { resolveNow, runRules, type EvaluateOptions } from './evaluate';
import { buildOrgFacts, type OrgFacts } from './facts';
import type { UserReport, UserWayVerdict } from './report';
import type { OrgSnapshot, UserFacts } from './snapshot';
import { WAY_LABELS, WAY_ORDER } from './verdicts';

const factsCache = new WeakMap<OrgSnapshot, OrgFacts>();

function orgFactsFor(snapshot: OrgSnapshot, now: Date): OrgFacts {
    const cached = factsCache.get(snapshot);
    if (cached && cached.now.getTime() === now.getTime()) return cached;
    const facts = buildOrgFacts(snapshot, now);
    factsCache.set(snapshot, facts);
    return facts;
}

export function evaluateUser(snapshot: OrgSnapshot, facts: UserFacts, options?: EvaluateOptions): UserReport {
    const org = orgFactsFor(snapshot, resolveNow(snapshot.capturedAt, options));
    const user = buildUserView(org, facts);
    const ways: UserWayVerdict[] = WAY_ORDER.map((way) => {
        const app = org.apps.find((a) => a.entry.way === way);
        const assessment = app ? user.apps.get(app.entry.developerName) : undefined;
        if (!assessment) {
            return {
                way,
                label: WAY_LABELS[way],
                canConnect: 'unknown',
                chain: [
                    {
                        question: 'Which app serves this way of connecting?',
                        answer: 'unknown',
                        detail: 'The catalog has no app for it (or could not be read).'
                    }
                ],
                unblockAction: null
            };
        }
        return {
            way,
            label: WAY_LABELS[way],
            canConnect: assessment.canConnect,
            chain: assessment.chain,
            unblockAction: assessment.canConnect === 'yes' ? null : assessment.unblockAction
        };
    });
    return {
        userId: user.info?.userId ?? '',
        name: user.info?.name ?? 'Unknown user',
        username: user.info?.username ?? '',
        ways,
        findings: runRules({ org, user }, ['user'])
    };
}
