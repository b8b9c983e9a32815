import { RULES } from '../../force-app/main/default/lwc/jsrEngine/rules';
import { OAUTH_ERROR_PATTERNS } from '../../force-app/main/default/lwc/jsrEngine/oauthErrors';
import { anchor, renderRuleCatalog, type CatalogRule } from '../ruleCatalog';

const RULE: CatalogRule = {
    id: 'app.not-installed',
    title: 'Connected app not installed',
    severity: 'error',
    scope: 'app',
    plan: { kind: 'unblock', action: 'install' },
    description: 'The app has no ConnectedApplication row | pipes are escaped.',
    remediationSummary: 'Install it.',
    source: {
        title: 'Salesforce help 005132365',
        url: 'https://help.salesforce.com/s/articleView?id=005132365&type=1',
        effectiveDate: '2025-09-01'
    }
};

describe('renderRuleCatalog', () => {
    const text = renderRuleCatalog(RULES, OAUTH_ERROR_PATTERNS);

    it('documents every rule and OAuth error pattern with a dated source', () => {
        for (const rule of RULES) {
            expect(text).toContain(`\n### ${rule.id}\n`);
            expect(text).toContain(`](#${anchor(rule.id)})`);
            expect(text).toContain(`), effective ${rule.source.effectiveDate}`);
        }
        expect(text).toContain(`The readiness engine has ${RULES.length} rules`);
        for (const pattern of OAUTH_ERROR_PATTERNS) expect(text).toContain(`\n### ${pattern.id}\n`);
    });

    it('escapes markup in rule texts and is deterministic', () => {
        const one = renderRuleCatalog([RULE], []);
        expect(one).toContain('- Checks: The app has no ConnectedApplication row \\| pipes are escaped.');
        expect(one).toContain('**Connected app not installed**. Error, per catalog app.');
        expect(one).toBe(renderRuleCatalog([RULE], []));
        expect(one).toContain('1 rules (1 error, 0 warning, 0 recommendation, 0 info)');
    });
});
