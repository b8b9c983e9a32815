// The SOQL budget of each @AuraEnabled method, checked by the apex-check gate (scripts/apex-check.ts): the number of
// SOQL statements that can run when the method is called stays within its budget whatever the org size (a constant
// number of statements, counted by following calls through the Apex classes: every branch counts, so the numbers
// are upper bounds). Also fails on SOQL/SOSL/DML or a call reaching them inside a loop, on any DML reachable from an
// entry point, and on recursion.
import { ApexProgram, checkBudgets, type ApexSource } from './soqlBudget';

/**
 * SOQL statements each @AuraEnabled method may run at most. Justified query by query in JSR_ReadinessController's
 * header comment; raise a budget only together with that list.
 */
export const SOQL_BUDGETS: Record<string, number> = {
    'JSR_ReadinessController.getSnapshot': 14,
    'JSR_ReadinessController.getUserFacts': 10,
    'JSR_ReadinessController.searchUsers': 1
};

/**
 * Prints per entry point its count, budget and every statement it can reach (file:line object) to stdout, then
 * each problem as `file:line[:col] message` to stderr; returns the number of problems.
 */
export function reportSoqlBudgets(sources: ApexSource[]): number {
    const program = ApexProgram.analyze(sources);
    const { results, problems } = checkBudgets(program, SOQL_BUDGETS);
    console.log('soql-budget: SOQL statements reachable from each @AuraEnabled method (upper bound: every branch counted)');
    for (const result of results.sort((a, b) => a.method.localeCompare(b.method))) {
        const budget = result.budget === null ? 'no budget' : `budget ${result.budget}`;
        console.log(
            `  ${result.method.padEnd(36)} ${String(result.soql).padStart(3)} SOQL (${budget}), ${result.sosl} SOSL, ${result.dml} DML`
        );
        for (const { site, path } of result.reached) {
            const dynamic = site.text.startsWith('[') ? '' : ' (dynamic)';
            const what = site.kind === 'soql' ? `${site.fromObject ?? '?'}${dynamic}` : `${site.kind.toUpperCase()}: ${site.text}`;
            console.log(`      ${what.padEnd(36)} ${`${site.file}:${site.line}`.padEnd(60)} via ${path.slice(1).join(' > ')}`);
        }
    }
    for (const problem of problems) console.error(problem);
    const summary = `soql-budget: ${results.length} entry point(s), ${sources.length} class file(s), ${problems.length} problem(s)`;
    if (problems.length) console.error(summary);
    else console.log(summary);
    return problems.length;
}
