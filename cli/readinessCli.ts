// The command-line readiness report (npm run readiness -- ...). Everything but process wiring lives here so Jest
// runs the real CLI in-process through main(argv, io). Exit codes: see USAGE and exitCodeFor.
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateSnapshot, evaluateUser } from '../force-app/main/default/lwc/jsrEngine/jsrEngine';
import { DECODER_MAX_INPUT_LENGTH, decodeOAuthError, isDecoderInputTooLong } from '../force-app/main/default/lwc/jsrEngine/oauthErrors';
import { CSV_TABLES, reportToCsv, reportToMarkdown, type CsvTable } from '../force-app/main/default/lwc/jsrEngine/exporters';
import { parseSnapshot, parseUserFacts, SnapshotError } from '../force-app/main/default/lwc/jsrEngine/parse';
import type { OrgSnapshot, UserFacts, UserSearchResult } from '../force-app/main/default/lwc/jsrEngine/snapshot';
import type { ReadinessCliOutput, ReadinessReport, Verdict } from '../force-app/main/default/lwc/jsrEngine/report';
import { compareSnapshots } from '../force-app/main/default/lwc/jsrEngine/compare';
import { comparisonToMarkdown, overviewToCsv, overviewToMarkdown } from '../force-app/main/default/lwc/jsrEngine/comparisonExports';
import { overviewOfOrgs } from '../force-app/main/default/lwc/jsrEngine/orgs';
import { comparisonToText, overviewToText } from './comparisonText';
import { terminalJson, terminalLine } from '../force-app/main/default/lwc/jsrEngine/terminalText';
import { fileErrorReason, MAX_INPUT_BYTES, readInputFile, stripByteOrderMark } from './inputFile';
import { locateJsonError } from './jsonLocate';
import { SchemaValidators, formatProblems, type SnapshotDocumentKind } from './schemaValidation';
import { decodedErrorToText, reportToText } from './textReport';

export const EXIT_READY = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_CANNOT_DETERMINE = 3;

export const FORMATS = ['text', 'json', 'markdown', 'csv'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface CliIo {
    stdout(text: string): void;
    stderr(text: string): void;
    /** Reads a UTF-8 input file (a regular file within MAX_INPUT_BYTES); throws (see inputFile.fileErrorReason) when it
     * cannot. */
    readFile(path: string): string;
    /** Directory relative paths are resolved against. */
    cwd: string;
    now(): Date;
}

export function nodeIo(): CliIo {
    return {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        readFile: (path) => readInputFile(path),
        cwd: process.cwd(),
        now: () => new Date()
    };
}

export const USAGE = `Usage: npm run -s readiness -- --snapshot FILE [options]
       npm run -s readiness -- --snapshot NEW --compare OLD [--format text|markdown|json]
       npm run -s readiness -- --snapshot FILE --snapshot FILE ... [--format text|markdown|csv|json]

  --snapshot FILE        org snapshot JSON (the tab's "Download the snapshot", JSR_ReadinessController.getSnapshot
                         output, or samples/snapshots/*.json). Given more than once: one table of every org (org,
                         type, verdict, first step, Jetstream apps installed, bypass holders)
  --compare OLD          what changed from the older snapshot OLD to --snapshot: apps installed or uninstalled,
                         grants, bypass holders added or removed, new failed sign-ins, verdicts that moved
  --user ID_OR_USERNAME  also check one user: with --user-facts, confirms the file is that user's; alone, finds the
                         user (id, username, name, or a unique part of them) in the scenarios.json next to the
                         snapshot (samples/scenarios.json layout)
  --user-facts FILE      the user's facts JSON (JSR_ReadinessController.getUserFacts output, or samples/users/*.json)
  --scenarios FILE       scenarios file for --user (default: scenarios.json beside or above the snapshot)
  --format FORMAT        text (default) | json | markdown | csv
  --table TABLE          with --format csv: plan (default) | findings | apps | holders | authorizations | otherApps
  --now ISO_DATE         evaluate as of this date (default: now), for reproducible reports
  --decode TEXT          decode an OAuth error message, redirect URL or JSON error body, at most
                         ${DECODER_MAX_INPUT_LENGTH.toLocaleString('en-US')} characters (--snapshot optional, makes the fix concrete)
  -h, --help             this help

Exit codes (they follow the overall verdict; recommendations never change them):
  0  ready, or not used (the org marks every way as not used): with --decode, the error was recognised;
     with --help, always
  1  action needed or blocked (with --decode: the error is unknown)
  2  bad input (unreadable file, invalid JSON, schema violation, unknown schemaVersion) or bad usage, and any
     unexpected error (one line naming the input; set DEBUG=1 for the stack). Inputs must be regular files of at
     most ${MAX_INPUT_BYTES / (1024 * 1024)} MB in UTF-8 (a byte order mark is fine)
  3  cannot determine: no way the org uses is blocked or needs action, but one could not be judged (a section it
     depends on was not readable); read the org again as a user with the permissions the report lists
  With several --snapshot: the code of the worst org (1 before 3 before 0).
  With --compare: 0 nothing changed for the worse, 1 something did (a verdict moved down, an app was uninstalled, a
     bypass holder was added or given more users, new failed sign-ins to Jetstream), 2 as above.
`;

class InputError extends Error {
    constructor(readonly lines: string[]) {
        super(lines.join('\n'));
    }
}

interface CliOptions {
    snapshot?: string;
    /** Every --snapshot given (several: one table of every org). */
    snapshots: string[];
    compare?: string;
    user?: string;
    userFacts?: string;
    scenarios?: string;
    format: OutputFormat;
    table: CsvTable;
    now?: Date;
    decode?: string;
    help: boolean;
}

/** 2026-11-29, 2026-11-29T04:20, 2026-11-29T04:20:00.000Z, 2026-11-29T04:20:00+01:00 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function parseOptions(argv: string[]): CliOptions {
    let values: Record<string, string | string[] | boolean | undefined>;
    let tokens: { kind: string; name?: string }[] = [];
    try {
        ({ values, tokens = [] } = parseArgs({
            args: argv,
            strict: true,
            allowPositionals: false,
            tokens: true,
            options: {
                snapshot: { type: 'string', multiple: true },
                compare: { type: 'string' },
                user: { type: 'string' },
                'user-facts': { type: 'string' },
                scenarios: { type: 'string' },
                format: { type: 'string' },
                table: { type: 'string' },
                now: { type: 'string' },
                decode: { type: 'string' },
                help: { type: 'boolean', short: 'h' }
            }
        }));
    } catch (e) {
        throw new InputError([`readiness: ${(e as Error).message}`]);
    }
    // parseArgs keeps the last of a repeated option silently: a repeat is a mistake, except --snapshot (several orgs).
    const seen = new Set<string>();
    for (const token of tokens) {
        if (token.kind !== 'option' || token.name === undefined || token.name === 'help' || token.name === 'snapshot') continue;
        if (seen.has(token.name)) throw new InputError([`readiness: --${token.name} is given more than once`]);
        seen.add(token.name);
    }
    const text = (name: string): string | undefined => {
        const value = values[name];
        return typeof value === 'string' ? value : undefined;
    };
    const format = text('format') ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format))
        throw new InputError([`readiness: unknown --format ${format}; use ${FORMATS.join(', ')}`]);
    const table = text('table');
    if (table !== undefined && !(CSV_TABLES as readonly string[]).includes(table))
        throw new InputError([`readiness: unknown --table ${table}; use ${CSV_TABLES.join(', ')}`]);
    if (table !== undefined && format !== 'csv') throw new InputError(['readiness: --table applies to --format csv only']);
    const snapshots = Array.isArray(values.snapshot) ? values.snapshot : [];
    const nowText = text('now');
    // ISO 8601 only: Date also parses "0" (as 2000-01-01) and other shapes no one means as a date.
    const now = nowText === undefined || !ISO_DATE.test(nowText) ? undefined : new Date(nowText);
    if (nowText !== undefined && (now === undefined || Number.isNaN(now.getTime())))
        throw new InputError([`readiness: --now ${nowText} is not a date (use ISO 8601, e.g. 2026-11-29)`]);
    return {
        snapshot: snapshots[0],
        snapshots,
        compare: text('compare'),
        user: text('user'),
        userFacts: text('user-facts'),
        scenarios: text('scenarios'),
        format: format as OutputFormat,
        table: (table ?? 'plan') as CsvTable,
        now,
        decode: text('decode'),
        help: values.help === true
    };
}

// ---------------------------------------------------------------------------------------------------
// Reading and validating input files
// ---------------------------------------------------------------------------------------------------

function readInput(io: CliIo, file: string, what: string): string {
    try {
        return stripByteOrderMark(io.readFile(resolve(io.cwd, file)));
    } catch (e) {
        throw new InputError([`readiness: cannot read ${what} ${file}: ${fileErrorReason(e)}`]);
    }
}

function loadDocument<T>(io: CliIo, validators: SchemaValidators, kind: SnapshotDocumentKind, file: string, what: string): T {
    const result = validators.parse<T>(kind, readInput(io, file, what));
    if (result.ok) return result.value;
    const heading =
        result.kind === 'json'
            ? `readiness: ${file} is not valid JSON`
            : result.kind === 'schemaVersion'
              ? `readiness: ${file} has an unknown schema version`
              : `readiness: ${file} is not a valid ${what} (schema/org-snapshot.schema.json, ${kind})`;
    throw new InputError([heading, ...formatProblems(file, result.problems).map((line) => `  ${line}`)]);
}

/** The engine's own parser as a last check (same rules the tab applies to Apex's JSON). */
function engineCheck<T>(file: string, parse: (json: string) => T, value: unknown): T {
    try {
        return parse(JSON.stringify(value));
    } catch (e) {
        if (e instanceof SnapshotError) throw new InputError([`readiness: ${file}: ${e.path}: ${e.message}`]);
        throw e;
    }
}

function loadSnapshot(io: CliIo, validators: SchemaValidators, file: string): OrgSnapshot {
    const value = loadDocument<OrgSnapshot>(io, validators, 'OrgSnapshot', file, 'org snapshot');
    return engineCheck(file, parseSnapshot, value);
}

function loadUserFacts(io: CliIo, validators: SchemaValidators, file: string): UserFacts {
    const value = loadDocument<UserFacts>(io, validators, 'UserFacts', file, 'user facts file');
    return engineCheck(file, parseUserFacts, value);
}

// ---------------------------------------------------------------------------------------------------
// Finding the user
// ---------------------------------------------------------------------------------------------------

interface ScenarioEntry {
    id: string;
    snapshot: string;
    users: { search: UserSearchResult; facts: string }[];
}

/** Salesforce ids compare on their first 15 characters (the 18-character form adds a case checksum). */
function sameId(a: string, b: string): boolean {
    return a.length >= 15 && b.length >= 15 && a.slice(0, 15) === b.slice(0, 15);
}

function matchesUser(who: string, user: { userId: string; username: string; name: string }): boolean {
    const needle = who.trim().toLowerCase();
    return sameId(who.trim(), user.userId) || user.username.toLowerCase() === needle || user.name.toLowerCase() === needle;
}

function findScenariosFile(io: CliIo, snapshotFile: string, explicit: string | undefined): string | null {
    if (explicit !== undefined) return resolve(io.cwd, explicit);
    const snapshotDir = dirname(resolve(io.cwd, snapshotFile));
    for (const dir of [snapshotDir, dirname(snapshotDir)]) {
        const candidate = join(dir, 'scenarios.json');
        try {
            io.readFile(candidate);
            return candidate;
        } catch {
            // not here; try the parent
        }
    }
    return null;
}

function displayPath(io: CliIo, path: string): string {
    const rel = relative(io.cwd, path);
    return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The scenarios list, checked entry by entry (samples/scenarios.json layout); the first problem names its entry. */
export function scenarioEntries(text: string, shown: string): ScenarioEntry[] {
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (e) {
        const located = locateJsonError(text);
        const where = located ? `${shown}:${located.line}:${located.column}: ${located.path}: ${located.message}` : (e as Error).message;
        throw new InputError([`readiness: ${shown} is not a scenarios list: invalid JSON`, `  ${where}`]);
    }
    const problem = (path: string, id: unknown, message: string): InputError =>
        new InputError([
            `readiness: ${shown} is not a scenarios list: ${path}${typeof id === 'string' ? ` (scenario ${JSON.stringify(id)})` : ''}: ${message}`
        ]);
    if (!Array.isArray(value)) throw problem('$', null, 'must be a list of scenarios');
    value.forEach((entry: unknown, index) => {
        const at = `$[${index}]`;
        if (!isRecord(entry)) throw problem(at, null, 'must be an object with id, snapshot and users');
        for (const key of ['id', 'snapshot'] as const)
            if (typeof entry[key] !== 'string') throw problem(`${at}.${key}`, entry.id, 'must be text');
        if (!Array.isArray(entry.users)) throw problem(`${at}.users`, entry.id, 'must be a list of users');
        entry.users.forEach((user: unknown, userIndex) => {
            const userAt = `${at}.users[${userIndex}]`;
            if (!isRecord(user)) throw problem(userAt, entry.id, 'must be an object with search and facts');
            if (typeof user.facts !== 'string') throw problem(`${userAt}.facts`, entry.id, 'must be text (a user facts file)');
            const search = user.search;
            if (!isRecord(search)) throw problem(`${userAt}.search`, entry.id, 'must be an object with userId, name and username');
            for (const key of ['userId', 'name', 'username'] as const)
                if (typeof search[key] !== 'string') throw problem(`${userAt}.search.${key}`, entry.id, 'must be text');
        });
    });
    return value as ScenarioEntry[];
}

/** The user facts file for --user without --user-facts, from the scenarios file of the snapshot's fixture set. */
function userFactsFileFromScenarios(io: CliIo, options: CliOptions, snapshotFile: string, who: string): string {
    const scenariosFile = findScenariosFile(io, snapshotFile, options.scenarios);
    if (scenariosFile === null) {
        throw new InputError([
            `readiness: --user ${who}: no scenarios.json beside or above ${snapshotFile}; pass --user-facts FILE (the user's JSR_ReadinessController.getUserFacts JSON)`
        ]);
    }
    const shown = displayPath(io, scenariosFile);
    const scenarios = scenarioEntries(readInput(io, shown, 'scenarios file'), shown);
    const base = dirname(scenariosFile);
    const snapshotPath = resolve(io.cwd, snapshotFile);
    const scenario = scenarios.find((entry) => resolve(base, entry.snapshot) === snapshotPath);
    if (!scenario) {
        throw new InputError([`readiness: --user ${who}: ${shown} has no scenario for ${snapshotFile}; pass --user-facts FILE`]);
    }
    // Exact id, username or name first; else a part of the username or name, if only one user has it.
    const needle = who.trim().toLowerCase();
    const exact = scenario.users.filter((entry) => matchesUser(who, entry.search));
    const matches =
        exact.length > 0
            ? exact
            : scenario.users.filter(
                  (entry) => needle.length > 0 && `${entry.search.username}\n${entry.search.name}`.toLowerCase().includes(needle)
              );
    const known = scenario.users.map((entry) => `${entry.search.username} (${entry.search.userId}, ${entry.search.name})`);
    if (matches.length !== 1) {
        const problem = matches.length === 0 ? 'no such user' : 'more than one user matches';
        throw new InputError([
            `readiness: --user ${who}: ${problem} in scenario ${scenario.id}. Users:`,
            ...known.map((line) => `  ${line}`)
        ]);
    }
    return displayPath(io, resolve(base, matches[0]?.facts ?? ''));
}

function resolveUserFacts(
    io: CliIo,
    validators: SchemaValidators,
    options: CliOptions,
    snapshotFile: string,
    snapshot: OrgSnapshot
): UserFacts | null {
    if (options.user === undefined && options.userFacts === undefined) return null;
    const factsFile = options.userFacts ?? userFactsFileFromScenarios(io, options, snapshotFile, options.user ?? '');
    const facts = loadUserFacts(io, validators, factsFile);
    const user = facts.user.data;
    // With an explicit facts file, --user confirms it is the intended user (scenario lookups matched already).
    if (options.userFacts !== undefined && options.user !== undefined && user !== null && !matchesUser(options.user, user)) {
        throw new InputError([`readiness: --user ${options.user} does not match ${factsFile} (user ${user.username}, ${user.userId})`]);
    }
    // A user's facts answer only for the org they were read in (review DEF-14).
    const orgId = snapshot.org.data?.id ?? null;
    if (orgId !== null && !sameId(facts.orgId, orgId)) {
        throw new InputError([
            `readiness: ${factsFile} was read in org ${facts.orgId}, the snapshot in org ${orgId}: use the user's facts from the same org`
        ]);
    }
    if (facts.capturedAt !== snapshot.capturedAt) {
        // Facts and snapshot read at different times can disagree; say so, but evaluate.
        reportError(io, [`readiness: note: ${factsFile} was captured ${facts.capturedAt}, the snapshot ${snapshot.capturedAt}`]);
    }
    return facts;
}

// ---------------------------------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------------------------------

/** The exit code of the overall verdict (the user check does not change it: it is one user, not the org). */
export function exitCodeFor(report: ReadinessReport): number {
    return exitCodeForVerdict(report.overall.verdict);
}

export function exitCodeForVerdict(verdict: Verdict): number {
    switch (verdict) {
        case 'ready':
        case 'notUsed':
        case 'notApplicable':
            return EXIT_READY;
        case 'cannotDetermine':
            return EXIT_CANNOT_DETERMINE;
        default:
            // actionNeeded, blocked
            return EXIT_FINDINGS;
    }
}

function runDecode(io: CliIo, validators: SchemaValidators, options: CliOptions, text: string): number {
    if (options.format !== 'text' && options.format !== 'json')
        throw new InputError([`readiness: --decode prints text or json, not ${options.format}`]);
    if (isDecoderInputTooLong(text)) {
        const [length, limit] = [text.length, DECODER_MAX_INPUT_LENGTH].map((n) => n.toLocaleString('en-US'));
        throw new InputError([
            `readiness: --decode: the text is ${length} characters; the decoder reads at most ${limit}. Paste only the URL from the address bar of the error page or the JSON body of the error.`
        ]);
    }
    const snapshot = options.snapshot === undefined ? null : loadSnapshot(io, validators, options.snapshot);
    const decoded = decodeOAuthError(text, snapshot);
    const baseUrl = snapshot?.org.data?.lightningUrl ?? snapshot?.org.data?.myDomainUrl ?? null;
    io.stdout(options.format === 'json' ? `${terminalJson(decoded)}\n` : decodedErrorToText(decoded, baseUrl));
    return decoded.matched ? EXIT_READY : EXIT_FINDINGS;
}

let compiledValidators: SchemaValidators | undefined;

/** The schema validators, compiled once per process (compiling takes longer than checking a snapshot). */
function schemaValidators(): SchemaValidators {
    compiledValidators ??= new SchemaValidators();
    return compiledValidators;
}

/** What the CLI is doing, for the one line an unexpected error prints. */
interface Progress {
    doing: string;
}

function run(argv: string[], io: CliIo, progress: Progress): number {
    const options = parseOptions(argv);
    if (options.help) {
        io.stdout(USAGE);
        return EXIT_READY;
    }
    const validators = schemaValidators();
    if (options.decode !== undefined) {
        progress.doing = 'decoding the --decode text';
        return runDecode(io, validators, options, options.decode);
    }
    if (options.snapshot === undefined) throw new InputError(['readiness: --snapshot FILE is required', '', USAGE]);
    if (options.compare !== undefined) return runCompare(io, validators, options, progress);
    if (options.snapshots.length > 1) return runOrgs(io, validators, options, progress);

    progress.doing = `reading org snapshot ${options.snapshot}`;
    const snapshot = loadSnapshot(io, validators, options.snapshot);
    progress.doing = `reading the user facts for ${options.snapshot}`;
    const facts = resolveUserFacts(io, validators, options, options.snapshot, snapshot);
    const now = options.now ?? io.now();
    if (Date.parse(snapshot.capturedAt) > now.getTime()) {
        // A snapshot from the future (a wrong --now or a wrong clock) makes every "days since" negative: say so.
        reportError(io, [
            `readiness: note: ${options.snapshot} was captured ${snapshot.capturedAt}, after ${now.toISOString()} (the date evaluated)`
        ]);
    }
    progress.doing = `evaluating org snapshot ${options.snapshot}`;
    const report = evaluateSnapshot(snapshot, { now });
    const userReport = facts === null ? null : evaluateUser(snapshot, facts, { now });
    const baseUrl = snapshot.org.data?.lightningUrl ?? snapshot.org.data?.myDomainUrl ?? null;

    progress.doing = `writing the ${options.format} report for ${options.snapshot}`;
    switch (options.format) {
        case 'json': {
            const output: ReadinessCliOutput = { report, userReport };
            io.stdout(`${terminalJson(output)}\n`);
            break;
        }
        case 'markdown':
            io.stdout(reportToMarkdown(report, userReport, { baseUrl }));
            break;
        case 'csv':
            if (userReport !== null)
                io.stderr('readiness: note: the user check is not part of the CSV tables; use --format markdown or json\n');
            io.stdout(reportToCsv(report, options.table));
            break;
        default:
            io.stdout(reportToText(report, userReport, baseUrl));
    }
    return exitCodeFor(report);
}

/** --compare: what changed from an older snapshot to the newer one (--snapshot). */
function runCompare(io: CliIo, validators: SchemaValidators, options: CliOptions, progress: Progress): number {
    const [newer, older] = [options.snapshot ?? '', options.compare ?? ''];
    if (options.snapshots.length > 1) throw new InputError(['readiness: --compare takes one --snapshot (the newer check)']);
    if (options.user !== undefined || options.userFacts !== undefined)
        throw new InputError(['readiness: --compare compares orgs, not users: leave out --user and --user-facts']);
    if (options.format === 'csv') throw new InputError(['readiness: --compare prints text, markdown or json, not csv']);
    progress.doing = `reading org snapshot ${newer}`;
    const after = loadSnapshot(io, validators, newer);
    progress.doing = `reading org snapshot ${older}`;
    const before = loadSnapshot(io, validators, older);
    progress.doing = `comparing ${newer} with ${older}`;
    const comparison = compareSnapshots(after, before);
    io.stdout(
        options.format === 'json'
            ? `${terminalJson(comparison)}\n`
            : options.format === 'markdown'
              ? comparisonToMarkdown(comparison)
              : comparisonToText(comparison)
    );
    return comparison.worse ? EXIT_FINDINGS : EXIT_READY;
}

/** Several --snapshot: one row per org; the exit code of the worst. */
function runOrgs(io: CliIo, validators: SchemaValidators, options: CliOptions, progress: Progress): number {
    if (options.user !== undefined || options.userFacts !== undefined)
        throw new InputError(['readiness: --user checks one user of one org: give one --snapshot']);
    if (options.format === 'csv' && options.table !== 'plan')
        throw new InputError(['readiness: with several --snapshot, --format csv prints the table of orgs: leave out --table']);
    const twice = options.snapshots.find((file, i) => options.snapshots.indexOf(file) !== i);
    if (twice !== undefined) throw new InputError([`readiness: --snapshot ${twice} is given more than once`]);
    const snapshots = options.snapshots.map((file) => {
        progress.doing = `reading org snapshot ${file}`;
        return loadSnapshot(io, validators, file);
    });
    progress.doing = 'evaluating every org';
    const overview = overviewOfOrgs(snapshots, options.now ? { now: options.now } : {});
    switch (options.format) {
        case 'json':
            io.stdout(`${terminalJson(overview)}\n`);
            break;
        case 'markdown':
            io.stdout(overviewToMarkdown(overview));
            break;
        case 'csv':
            io.stdout(overviewToCsv(overview));
            break;
        default:
            io.stdout(overviewToText(overview));
    }
    return exitCodeForVerdict(overview.verdict);
}

/** stderr lines made safe for a terminal: they quote file names, --user text and values from the inputs. */
function reportError(io: CliIo, lines: readonly string[]): void {
    io.stderr(`${lines.map(terminalLine).join('\n')}\n`);
}

/** The one line for an error no check foresaw (a bug, or an input that breaks a library): exit code 2, never a stack
 * trace unless DEBUG is set, never 0 or 1, which a CI job would read as a verdict. */
export function unexpectedErrorLines(error: unknown, doing: string, debug: boolean): string[] {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const lines = [`readiness: unexpected error while ${doing}: ${what}${debug ? '' : ' (set DEBUG=1 to see where)'}`];
    if (debug && error instanceof Error && error.stack) lines.push(...error.stack.split('\n').slice(1));
    return lines;
}

/** Runs the CLI; returns the exit code. Never throws: bad input and unexpected errors are reported on stderr with exit
 * code 2. */
export function main(argv: string[], io: CliIo = nodeIo(), debug = Boolean(process.env.DEBUG)): number {
    const progress: Progress = { doing: 'reading the command line' };
    try {
        return run(argv, io, progress);
    } catch (e) {
        reportError(io, e instanceof InputError ? e.lines : unexpectedErrorLines(e, progress.doing, debug));
        return EXIT_BAD_INPUT;
    }
}
