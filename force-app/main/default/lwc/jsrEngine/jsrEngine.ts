// The readiness engine: pure TypeScript, no DOM and no platform imports, so the same code runs in the
// Lightning tab, in Jest, in the local preview and in the command-line report.
export * from './snapshot';
export * from './report';
export { evaluateSnapshot } from './evaluate';
export type { EvaluateOptions } from './evaluate';
export { evaluateUser } from './user';
export { activityOf, parseSnapshot, parseUserFacts, parseUserSearchResults, SnapshotError, withActivity, withoutActivity } from './parse';
export type { ActivityAnswer } from './parse';
export { compareSnapshots } from './compare';
export { overviewOfOrgs } from './orgs';
export { comparisonToMarkdown, overviewToMarkdown, overviewToCsv } from './comparisonExports';
export { OTHER_APP_STATUS_LABELS } from './otherApps';
export { RULES } from './rules';
export type { PlanHint, RuleDefinition, RuleScope, RuleContext, RuleMatch, RuleParams } from './rules';
export { WAY_LABELS, WAY_ORDER } from './ways';
export { SETUP_LINKS, installLink } from './links';
export type { SetupPage, SetupPageId } from './links';
export { SOURCES } from './sources';
export { SEVERITY_ORDER } from './ruleKit';
export { ANSWER_LABELS, CAN_CONNECT_LABELS, SEVERITY_LABELS, USAGE_LABELS, VERDICT_LABELS } from './words';
export { BROAD_HOLDER_THRESHOLD, IDLE_LIMIT_DAYS } from './facts';
export { decodeOAuthError, OAUTH_ERROR_PATTERNS, DECODER_MAX_INPUT_LENGTH, isDecoderInputTooLong } from './oauthErrors';
export { reportToMarkdown, reportToCsv, CSV_TABLES } from './exporters';
export type { CsvTable } from './exporters';
