// npm run check:apex: what no standard Apex tool checks (PMD, apex-ls and prettier-plugin-apex do the rest): fields and
// objects that not every org has appear only in strings (Apex naming one statically does not compile in an org without
// it, so the package would not install there), the SOQL budgets of budget.ts, and every SOQL clause against a real
// org's describe (soql.ts). Prints each problem as `file:line[:col] message` and the SOQL reachable from each entry
// point; exits 1 on a problem.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBudgets } from './budget';
import { buildApexModel, type ApexModel } from './model';
import { SoqlChecker, type Describe } from './soql';

/** SOQL statements each @AuraEnabled method may run; each is justified in JSR_ReadinessController's header comment. */
export const SOQL_BUDGETS: Record<string, number> = {
    'JSR_ReadinessController.getSnapshot': 10,
    'JSR_ReadinessController.getUserFacts': 10,
    'JSR_ReadinessController.getActivity': 10,
    'JSR_ReadinessController.searchUsers': 1
};

/** Fields and objects that not every org has (JSR_SchemaProbe probes them with describe), with why. */
export const FEATURE_GATED: Record<string, string> = {
    PermissionsCanApproveUninstalledApps:
        'a PermissionSet field added with the September 2025 change (Salesforce help 005132365), not in every org',
    PermissionsUseAnyApiClient:
        'a PermissionSet field of API Access Control, which Salesforce Support provisions per org (Salesforce help 005228838)',
    ExternalClientApplication: 'an object of External Client Apps, not queryable in every org',
    ExtlClntAppOauthPlcyCnfg: 'an object of External Client Apps, not queryable in every org'
};

/** Identifiers (in Apex code or inline SOQL) naming a feature-gated field or object. */
export function featureGatedProblems(model: ApexModel, gated: Record<string, string> = FEATURE_GATED): string[] {
    const byLowerName = new Map(Object.keys(gated).map((name) => [name.toLowerCase(), name]));
    return model.identifiers.flatMap(({ file, line, column, text }) => {
        const name = byLowerName.get(text.toLowerCase());
        return name ? [`${file}:${line}:${column} static reference to ${name}, which is ${gated[name]}; name it only in dynamic SOQL`] : [];
    });
}

/** Calls that put a value into a query as an escaped string literal. Every value goes into SOQL as a bind (`:name`):
 * escaping is easy to get wrong (String.escapeSingleQuotes leaves a trailing backslash able to end the literal) and
 * AppExchange reviewers question any SOQL built by concatenation (review DEF-16: a HAVING list built this way). */
export const ESCAPED_LITERAL_CALLS = ['escapeSingleQuotes'];

/** Every call that builds a SOQL string literal from a value, anywhere in the Apex. */
export function escapedLiteralProblems(model: ApexModel): string[] {
    const calls = new Set(ESCAPED_LITERAL_CALLS.map((name) => name.toLowerCase()));
    return model.identifiers.flatMap(({ file, line, column, text }) =>
        calls.has(text.toLowerCase())
            ? [`${file}:${line}:${column} ${text} builds a query literal from a value; pass the value as a bind (:name) instead`]
            : []
    );
}

if (require.main === module) {
    const files = readdirSync('force-app', { recursive: true, encoding: 'utf8' })
        .filter((path) => path.endsWith('.cls'))
        .map((path) => join('force-app', path))
        .sort();
    const model = buildApexModel(files.map((file) => ({ file, source: readFileSync(file, 'utf8') })));
    const budgets = checkBudgets(model, SOQL_BUDGETS);
    const describes = readdirSync('config/describe')
        .filter((name) => name.endsWith('.json'))
        .map((name) => JSON.parse(readFileSync(join('config/describe', name), 'utf8')) as Describe);
    const soql = new SoqlChecker(describes, Object.keys(FEATURE_GATED));
    soql.check(model.soql, JSON.parse(readFileSync('config/dynamic-soql.json', 'utf8')) as Record<string, string>);
    console.log('SOQL statements reachable from each @AuraEnabled method (upper bound: every branch counted):');
    for (const result of budgets.results) {
        console.log(`  ${result.method}: ${result.soql} (budget ${result.budget ?? 'none'}), ${result.dml} DML`);
        for (const { site, path } of result.reached.filter((r) => r.site.kind === 'soql'))
            console.log(`      ${site.from ?? 'dynamic SOQL'}  ${site.file}:${site.line}  via ${path.join(' > ')}`);
    }
    for (const note of soql.notes) console.log(`note: ${note}`);
    const problems = [
        ...model.syntaxErrors,
        ...featureGatedProblems(model),
        ...escapedLiteralProblems(model),
        ...budgets.problems,
        ...soql.problems
    ];
    for (const problem of problems) console.error(problem);
    console.log(`check:apex: ${files.length} classes, ${model.soql.length} SOQL statements, ${problems.length} problem(s)`);
    process.exitCode = problems.length ? 1 : 0;
}
