// The readiness engine: pure TypeScript, no DOM and no platform imports, so the same code runs in the
// Lightning tab, in Jest, in the local preview and in the command-line report (scripts/readiness.ts).
export * from './snapshot';
export * from './report';
export { decodeOAuthError, OAUTH_ERROR_PATTERNS } from './oauthErrors';
export { reportToMarkdown, reportToCsv, CSV_TABLES } from './exporters';
export type { CsvTable } from './exporters';
