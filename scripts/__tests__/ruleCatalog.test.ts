import { RULES } from '../../force-app/main/default/lwc/jsrEngine/rules';
import { OAUTH_ERROR_PATTERNS } from '../../force-app/main/default/lwc/jsrEngine/oauthErrors';
import { anchor, renderRuleCatalog, ruleCatalogMain, type CatalogIo, type CatalogRule } from '../ruleCatalog';

const RULE: CatalogRule = {
    id: 'app.not-installed',
    title: 'Connected app not installed',
    severity: 'error',
    scope: 'app',
    description: 'The app has no ConnectedApplication row | pipes are escaped.',
    remediationSummary: 'Install it.',
    source: {
        title: 'Salesforce help 005132365',
        url: 'https://help.salesforce.com/s/articleView?id=005132365&type=1',
        effectiveDate: '2025-09-01'
    }
};

function memoryIo(initial: string | null): { io: CatalogIo; files: Map<string, string>; log: string[] } {
    const files = new Map<string, string>();
    const log: string[] = [];
    return {
        files,
        log,
        io: {
            readFile: () => initial,
            writeFile: (path, text) => files.set(path, text),
            log: (text) => log.push(text)
        }
    };
}

describe('renderRuleCatalog', () => {
    const text = renderRuleCatalog(RULES, OAUTH_ERROR_PATTERNS);

    it('documents every rule with severity, scope, description, remediation and a dated source', () => {
        for (const rule of RULES) {
            expect(text).toContain(`\n### ${rule.id}\n`);
            expect(text).toContain(`](#${anchor(rule.id)})`);
            expect(text).toContain(`), effective ${rule.source.effectiveDate}`);
        }
        expect(text).toContain(`The readiness engine has ${RULES.length} rules`);
    });

    it('documents every OAuth error pattern with its matchers, examples, fix steps and source', () => {
        for (const pattern of OAUTH_ERROR_PATTERNS) {
            const section = text.slice(text.indexOf(`\n### ${pattern.id}\n`));
            expect(section).toContain(`\`${pattern.matchers[0]?.source ?? ''}\``);
            expect(section).toContain(`  ${pattern.fix.length}. `);
            expect(section).toContain(pattern.source.url);
        }
    });

    it('escapes markup in rule texts and is deterministic', () => {
        const one = renderRuleCatalog([RULE], []);
        expect(one).toContain('- Checks: The app has no ConnectedApplication row \\| pipes are escaped.');
        expect(one).toContain('**Connected app not installed**. Error, per catalog app.');
        expect(one).toBe(renderRuleCatalog([RULE], []));
        expect(one).toContain('1 rules (1 error, 0 warning, 0 info, 0 pass)');
    });

    it('uses the anchors GitHub gives the headings', () => {
        expect(anchor('app.not-installed')).toBe('appnot-installed');
        expect(anchor('oauth.invalid_scope')).toBe('oauthinvalid_scope');
    });
});

describe('ruleCatalogMain', () => {
    const current = renderRuleCatalog([RULE], []);

    it('--check passes when the document is current and writes nothing', () => {
        const { io, files, log } = memoryIo(current);
        expect(ruleCatalogMain(['--check'], io, [RULE], [])).toBe(0);
        expect(files.size).toBe(0);
        expect(log[0]).toMatch(/matches 1 rules/);
    });

    it('--check fails on drift, naming the first differing line', () => {
        const { io, log } = memoryIo(current.replace('Install it.', 'Install it now.'));
        expect(ruleCatalogMain(['--check'], io, [RULE], [])).toBe(1);
        expect(log[0]).toMatch(
            /docs\/rule-catalog\.md is out of date with the rules \(first difference at line \d+\); run npm run rule-catalog/
        );
    });

    it('--check fails when the document is missing', () => {
        const { io, log } = memoryIo(null);
        expect(ruleCatalogMain(['--check'], io, [RULE], [])).toBe(1);
        expect(log[0]).toMatch(/the file is missing/);
    });

    it('--check fails when the committed document has extra lines at the end', () => {
        const { io, log } = memoryIo(`${current}\nextra`);
        expect(ruleCatalogMain(['--check'], io, [RULE], [])).toBe(1);
        expect(log[0]).toMatch(/first difference at line/);
    });

    it('writes the document only when it changed', () => {
        const stale = memoryIo('old');
        expect(ruleCatalogMain([], stale.io, [RULE], [])).toBe(0);
        expect([...stale.files.values()]).toEqual([current]);
        expect(stale.log[0]).toMatch(/^rule-catalog: wrote /);
        const fresh = memoryIo(current);
        expect(ruleCatalogMain([], fresh.io, [RULE], [])).toBe(0);
        expect(fresh.files.size).toBe(0);
        expect(fresh.log[0]).toMatch(/up to date/);
    });
});
