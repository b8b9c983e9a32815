// docs/rule-catalog.md, generated from the engine's RULES and the decoder's OAUTH_ERROR_PATTERNS so the document
// cannot drift from the code.
import { RULES, type RuleDefinition } from '../force-app/main/default/lwc/jsrEngine/rules';
import {
    DECODER_MAX_INPUT_LENGTH,
    OAUTH_ERROR_PATTERNS,
    type FixStepTemplate,
    type OAuthErrorPattern
} from '../force-app/main/default/lwc/jsrEngine/oauthErrors';
import { MAX_PARAMETER_PASSES } from '../force-app/main/default/lwc/jsrEngine/oauthErrorInput';
import { SETUP_LINKS } from '../force-app/main/default/lwc/jsrEngine/links';
import { escapeMarkdown, SEVERITY_LABELS } from '../force-app/main/default/lwc/jsrEngine/exporters';
import type { RuleSource, Severity } from '../force-app/main/default/lwc/jsrEngine/report';
import { writeOrCheck } from './generated';

export const CATALOG_FILE = 'docs/rule-catalog.md';

/** The rule fields the catalog shows (RuleDefinition without its functions). */
export type CatalogRule = Pick<
    RuleDefinition,
    'id' | 'title' | 'severity' | 'scope' | 'description' | 'remediationSummary' | 'source' | 'plan' | 'caveats'
>;

const SCOPE_LABELS: Record<CatalogRule['scope'], string> = { org: 'org-wide', app: 'per catalog app', user: 'per user (user check)' };

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'recommendation', 'info'];

const PLAN_LABELS: Record<NonNullable<CatalogRule['plan']>['kind'], string> = {
    unblock: 'a step that unblocks a way the org uses (rank 1 when users are failing or about to lose their connection, else 2)',
    fix: 'a step of other action needed (rank 3)',
    complete: 'part of “Complete the check” when a way the org uses cannot be determined (rank 4)',
    recommend: 'a recommendation step (rank 5)',
    otherApps: 'one step for every other connected app, below all of Jetstream’s steps (rank 6)'
};

function planLine(rule: CatalogRule): string {
    if (!rule.plan) return 'no plan step (information)';
    const action = rule.plan.action ? `, merged into the “${rule.plan.action}” step` : '';
    return `${PLAN_LABELS[rule.plan.kind]}${action}`;
}

/** The anchor GitHub gives a "### id" heading: lower case, punctuation other than "-" and "_" dropped. */
export const anchor = (id: string): string =>
    id
        .toLowerCase()
        .replace(/[^a-z0-9 _-]/g, '')
        .replace(/ /g, '-');

function sourceLine(source: RuleSource): string {
    return `[${escapeMarkdown(source.title)}](<${source.url}>), effective ${source.effectiveDate}`;
}

function code(text: string): string {
    // A code span that contains a backtick needs a longer fence; none of ours do, but stay correct.
    return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** One fix step as the catalog shows it: the admin text, and what a snapshot adds. */
function fixText(step: FixStepTemplate): string {
    const text = (value: string): string => escapeMarkdown(value.replace(/\s+/g, ' '));
    switch (step.kind) {
        case 'text':
            return text(step.text);
        case 'setup':
            return `${text(step.text)} (${text(SETUP_LINKS[step.page].label)}, ${code(SETUP_LINKS[step.page].path)})`;
        case 'doc':
            return `${text(step.text)} ([${text(step.label)}](<${step.url}>))`;
        case 'install':
            return `${text(step.text)} With a snapshot: the install link (from the org's My Domain and the catalog's app\\_id / app\\_org\\_id) of the app the error shows the user was connecting with (its callback URL or its name), else one choice per app not installed${step.ways ? ` (only apps of the ways ${step.ways.join(', ')})` : ''}; nothing to install when the snapshot shows it installed.`;
        case 'grants':
            return `${text(step.text)} With a snapshot: the installed app's Permitted Users policy and current grants.`;
        case 'orgType':
            return `In a sandbox: ${text(step.sandbox)} In production: ${text(step.production)}`;
        case 'apiAccessControl':
            return `${text(step.text)} With a snapshot: whether "Use Any API Client" exists in describe (a sign API Access Control is provisioned).`;
        case 'appPage':
            return `${text(step.text)} (${text(SETUP_LINKS.connectedApps.label)}, ${code(SETUP_LINKS.connectedApps.path)}; with a snapshot, the app's own page when the error names one installed app)`;
        case 'ipRanges':
            return `${text(step.text)} (${text(SETUP_LINKS.profiles.label)}, ${code(SETUP_LINKS.profiles.path)}) Then the addresses each app concerned connects from: the catalog's egress IPs, or the user's own network for a desktop app.`;
        default:
            return `${text(step.text)} With a snapshot: the install state of the in-org package's External Client App.`;
    }
}

/** The whole document. Deterministic: same rules and patterns, same text. */
export function renderRuleCatalog(rules: readonly CatalogRule[], patterns: readonly OAuthErrorPattern[]): string {
    const counts = SEVERITY_ORDER.map(
        (severity) => `${rules.filter((rule) => rule.severity === severity).length} ${SEVERITY_LABELS[severity].toLowerCase()}`
    );
    const lines: string[] = [
        '<!-- GENERATED by scripts/generate-rule-catalog.ts from RULES (jsrEngine/rules.ts) and OAUTH_ERROR_PATTERNS',
        '     (jsrEngine/oauthErrors.ts). Do not edit: change the code, then run npm run rule-catalog. -->',
        '',
        '# Rule catalog',
        '',
        `The readiness engine has ${rules.length} rules (${counts.join(', ')}) and the OAuth error decoder recognises ${patterns.length} errors.`,
        'Every rule is data: the same entries produce the findings in the tab, the CLI and the exports, and this page.',
        'A rule gives one finding, with a row per app, holder or section. Error: blocks a way the org uses; warning:',
        'action needed on a way the org uses; recommendation: never changes a verdict; info: what could not be read or',
        'must be checked by hand. Rows about ways the org does not use never count. Sources marked “Secondary source”',
        'are third-party material (vendor knowledge bases, issue threads) that quote what Salesforce showed.',
        '',
        '## Readiness rules',
        '',
        '| Rule | Severity | Scope | Title |',
        '| --- | --- | --- | --- |',
        ...rules.map(
            (rule) =>
                `| [${code(rule.id)}](#${anchor(rule.id)}) | ${SEVERITY_LABELS[rule.severity]} | ${SCOPE_LABELS[rule.scope]} | ${escapeMarkdown(rule.title)} |`
        ),
        ''
    ];
    for (const rule of rules) {
        lines.push(
            `### ${rule.id}`,
            '',
            `**${escapeMarkdown(rule.title)}**. ${SEVERITY_LABELS[rule.severity]}, ${SCOPE_LABELS[rule.scope]}.`,
            '',
            `- Checks: ${escapeMarkdown(rule.description)}`,
            `- Remediation: ${escapeMarkdown(rule.remediationSummary)}`,
            `- In the plan: ${escapeMarkdown(planLine(rule))}`,
            ...(rule.caveats ?? []).map((caveat) => `- Caveat: ${escapeMarkdown(caveat)}`),
            `- Source: ${sourceLine(rule.source)}`,
            ''
        );
    }
    lines.push(
        '## OAuth error decoder',
        '',
        'Paste the error message, the URL of the error page or the JSON body of the error. The decoder reads `error` and',
        '`error_description` from a URL (or `message` on Jetstream’s own error pages), `error` / `error_description` or',
        '`errorCode` / `message` from a JSON body, decoding `+` and `%xx`; a URL pasted still encoded is decoded again, at',
        `most ${MAX_PARAMETER_PASSES - 1} times. The first pattern that matches wins: Salesforce’s description before the bare error code,`,
        'Salesforce’s text before the Jetstream message that wraps it. Patterns whose only source is third-party say',
        '“Secondary source”.',
        '',
        `Input is capped at ${DECODER_MAX_INPUT_LENGTH.toLocaleString('en-US')} characters in the tab’s field (its maxlength, with a message when a`,
        'paste fills it) and in the CLI (`--decode` refuses longer text with exit 2). Decoding is linear in the input’s length',
        'whatever it holds: a Jest test decodes 1 MB of hostile input of each kind in under a second.',
        '',
        '| Error | Recognises | Source date |',
        '| --- | --- | --- |',
        ...patterns.map(
            (pattern) =>
                `| [${code(pattern.id)}](#${anchor(pattern.id)}) | ${escapeMarkdown(pattern.title)} | ${pattern.source.effectiveDate} |`
        ),
        ''
    );
    for (const pattern of patterns) {
        lines.push(
            `### ${pattern.id}`,
            '',
            `**${escapeMarkdown(pattern.title)}**`,
            '',
            `- Matches (case-insensitive): ${pattern.matchers.map((matcher) => code(matcher.source)).join(', ')}`,
            `- Examples: ${pattern.examples.map((example) => code(example)).join('; ')}`,
            `- Cause: ${escapeMarkdown(pattern.cause)}`,
            '- Fix:',
            ...pattern.fix.map((step, index) => `  ${index + 1}. ${fixText(step)}`),
            `- Source: ${sourceLine(pattern.source)}`,
            ''
        );
    }
    lines.push(
        'Unknown input: the decoder says it does not know the message and asks for the full URL from the address bar of',
        'the error page or the JSON body of the error; then it lists what to check: the user’s failed attempt in Login',
        'History, the install, Permitted Users and grants, API Enabled and Approve Uninstalled Connected Apps, and API',
        'Access Control.',
        ''
    );
    return lines.join('\n');
}

if (require.main === module) writeOrCheck('rule-catalog', new Map([[CATALOG_FILE, renderRuleCatalog(RULES, OAUTH_ERROR_PATTERNS)]]));
