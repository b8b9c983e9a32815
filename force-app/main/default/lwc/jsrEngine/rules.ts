// The rule catalog, in evaluation order: one entry per rule, grouped by family in their own files (readerRules,
// appRules, identityRules, bypassRules, signInRules, userRules, otherAppRules). Adding a rule is one entry in its family's
// file and its tests; the generated docs/rule-catalog.md lists them all with their dated sources.
import { APP_RULES } from './appRules';
import { BYPASS_RULES } from './bypassRules';
import { IDENTITY_RULES } from './identityRules';
import { OTHER_APP_RULES } from './otherAppRules';
import { READER_RULES } from './readerRules';
import type { RuleDefinition } from './ruleKit';
import { SIGN_IN_RULES } from './signInRules';
import { USER_RULES } from './userRules';

export type { PlanHint, RuleContext, RuleDefinition, RuleMatch, RuleParams, RuleScope } from './ruleKit';

export const RULES: readonly RuleDefinition[] = [
    ...READER_RULES,
    ...APP_RULES,
    ...IDENTITY_RULES,
    ...BYPASS_RULES,
    ...SIGN_IN_RULES,
    ...USER_RULES,
    ...OTHER_APP_RULES
];
