// The fuzz test of issue 16: sample and generated orgs (fast-check) with hostile mutations (the review's injection
// strings, random control and markup characters, impossible numbers and dates, repeated rows, odd My Domains, degraded
// sections, broken structure) through the real CLI in every format. Whatever the input:
//   - the exit code is 0, 1, 2 or 3, the same in every format, and no stack trace is printed;
//   - no output carries a raw control character (CSV: its own line breaks and tabs only);
//   - every link printed (text "->" targets, rendered Markdown links, the report's Link objects, CSV link columns) is
//     https on Salesforce's domains or a cited documentation host;
//   - "ready" (exit 0, "Status: READY") only when the report's overall verdict says so.
// Runs are bounded (RUNS below) so the file stays a few seconds on a shared 2-core machine; a failure prints its seed.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../schemaValidation';
import { EXIT_READY } from '../readinessCli';
import { run, type Run } from './cliKit';
import { generatedSnapshot } from '../../force-app/main/default/lwc/jsrEngine/__tests__/decisionKit';
import type { Link, ReadinessCliOutput } from '../../force-app/main/default/lwc/jsrEngine/report';
import { VERDICT_LABELS } from '../../force-app/main/default/lwc/jsrEngine/words';
import { HOSTILE_STRINGS, RAW_CONTROL, SCRIPT_URL, isAllowedLink, renderedMarkdown, urlsIn } from '../../tests/jest/hostileText';
import { terminalLine } from '../../force-app/main/default/lwc/jsrEngine/terminalText';

/** Hostile orgs tried (each through all four formats); FUZZ_RUNS=2000 for a deeper search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
type Path = (string | number)[];

const SAMPLES = (JSON.parse(readFileSync(join(REPO_ROOT, 'samples/scenarios.json'), 'utf8')) as { snapshot: string }[]).map(
    ({ snapshot }) => JSON.parse(readFileSync(join(REPO_ROOT, 'samples', snapshot), 'utf8')) as Json
);

/** A base org: a sample org or a generated one, both valid against the contract. */
const baseOrg: fc.Arbitrary<Json> = fc.oneof(
    fc.constantFrom(...SAMPLES).map((sample) => clone(sample)),
    generatedSnapshot.map((snapshot) => JSON.parse(JSON.stringify(snapshot)) as Json)
);

const hostileString: fc.Arbitrary<string> = fc.oneof(
    fc.constantFrom(...HOSTILE_STRINGS),
    // Any code points, controls and lone surrogates included.
    fc.string({ unit: 'binary', maxLength: 24 }),
    // Dense in what Markdown, terminals and spreadsheets act on.
    fc
        .array(
            fc.constantFrom(
                ...'\u001b\u009b\r\n\t\u0000\u0007\b\u202e\u2066\u2028[]()<>*_`~|#!@.:/\\&$=+- aZ9'.split(''),
                'https://',
                'www.'
            ),
            { maxLength: 30 }
        )
        .map((parts) => parts.join(''))
);

const hostileNumber: fc.Arbitrary<number> = fc.oneof(
    fc.integer({ min: -3, max: 5 }),
    fc.constantFrom(-25, 0.5, 1e308, 2147483648, 2147483647, Number.MAX_SAFE_INTEGER),
    fc.double({ noNaN: true, noDefaultInfinity: true })
);

const hostileDate: fc.Arbitrary<string> = fc.constantFrom(
    'yesterday',
    '2999-01-01T00:00:00.000Z',
    '1970-01-01T00:00:00.000Z',
    '2026-02-30T00:00:00Z',
    '2026-11-29',
    '2026-06-30T23:59:60Z',
    '2026-11-28T12:00:00.000Z',
    ''
);

const myDomain: fc.Arbitrary<string | null> = fc.constantFrom(
    'https://acme.my.salesforce.com',
    'https://acme--uat.sandbox.my.salesforce.com',
    'https://evil.example',
    'https://acme.my.salesforce.com.evil.example',
    SCRIPT_URL,
    'https://x> [Click to fix](https://evil.example) <x',
    null
);

/** Every path to a leaf of the given kind. */
function leaves(value: Json, kind: 'string' | 'number', at: Path = []): Path[] {
    if (typeof value === kind) return [at];
    if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, kind, [...at, i]));
    if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, kind, [...at, k]));
    return [];
}

function lists(value: Json, at: Path = []): Path[] {
    if (Array.isArray(value)) return [at, ...value.flatMap((item, i) => lists(item, [...at, i]))];
    if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => lists(v, [...at, k]));
    return [];
}

function parentOf(root: Json, path: Path): { parent: Record<string | number, Json>; key: string | number } | null {
    let node: Json = root;
    for (const step of path.slice(0, -1)) {
        if (node === null || typeof node !== 'object') return null;
        node = (node as Record<string | number, Json>)[step] ?? null;
    }
    const key = path[path.length - 1];
    return node !== null && typeof node === 'object' && key !== undefined ? { parent: node as Record<string | number, Json>, key } : null;
}

type Mutation = (root: Json) => void;

/** Replaces the pick-th (modulo) of the given paths' values. */
function replaceAt(paths: (root: Json) => Path[], pick: number, value: (old: Json) => Json): Mutation {
    return (root) => {
        const all = paths(root);
        const path = all[pick % Math.max(all.length, 1)];
        const slot = path && parentOf(root, path);
        if (slot) slot.parent[slot.key] = value(slot.parent[slot.key] ?? null);
    };
}

const SECTIONS = ['org', 'runningUser', 'catalog', 'apps', 'grants', 'permissionHolders', 'authorizations', 'signIns'];

/** Text an org or a file can set freely (names, labels, statuses, reasons): hostile text there still fits the contract. */
const FREE_TEXT = new Set([
    'name',
    'label',
    'purpose',
    'reason',
    'username',
    'userFullName',
    'userName',
    'appName',
    'application',
    'edition',
    'instanceName',
    'profileName',
    'componentPermissionSetName',
    'source'
]);

function isFreeText(root: Json, path: Path): boolean {
    const key = String(path[path.length - 1]);
    if (FREE_TEXT.has(key)) return true;
    // A sign-in's LoginHistory.Status (not a section's status) and a catalog entry's match names.
    const slot = parentOf(root, path);
    return (key === 'status' && slot !== null && 'attempts' in slot.parent) || path.includes('matchNames');
}

function duplicateRow(pick: number): Mutation {
    return (root) => {
        const all = lists(root).filter((p) => {
            const slot = parentOf(root, p);
            const list = slot?.parent[slot.key];
            return Array.isArray(list) && list.length > 0;
        });
        const path = all[pick % Math.max(all.length, 1)];
        const slot = path && parentOf(root, path);
        const list = slot?.parent[slot.key];
        if (Array.isArray(list)) list.push(clone(list[pick % list.length] ?? null));
    };
}

function setDomains(my: string | null, lightning: string | null): Mutation {
    return (root) => {
        const org = (root as { org?: { data?: Record<string, Json> | null } }).org?.data;
        if (org) {
            org.myDomainUrl = my;
            org.lightningUrl = lightning;
        }
    };
}

function degrade(name: string, how: string): Mutation {
    return (root) => {
        const section = (root as Record<string, Record<string, Json>>)[name];
        if (!section) return;
        if (how === 'unavailable') Object.assign(section, { status: 'unavailable', reason: 'Not read.', data: null });
        else if (how === 'partial') Object.assign(section, { status: 'partial', reason: 'Read only partly.' });
        else section.truncated = true;
    };
}

/** Mostly hostile text where an org can put text (the outputs' real exposure), then odd My Domains and degraded
 * sections, and less often what the contract must reject: impossible numbers and dates, repeated rows, any value
 * replaced, broken structure. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    {
        weight: 10,
        arbitrary: fc.tuple(fc.nat(), hostileString).map(([pick, text]) =>
            replaceAt(
                (r) => leaves(r, 'string').filter((p) => isFreeText(r, p)),
                pick,
                () => text
            )
        )
    },
    { weight: 3, arbitrary: fc.tuple(myDomain, myDomain).map(([my, lightning]) => setDomains(my, lightning)) },
    {
        weight: 3,
        arbitrary: fc
            .tuple(fc.constantFrom(...SECTIONS), fc.constantFrom('unavailable', 'partial', 'truncated'))
            .map(([name, how]) => degrade(name, how))
    },
    { weight: 1, arbitrary: fc.nat().map(duplicateRow) },
    {
        weight: 1,
        arbitrary: fc.tuple(fc.nat(), hostileNumber).map(([pick, n]) =>
            replaceAt(
                (r) => leaves(r, 'number'),
                pick,
                () => n
            )
        )
    },
    {
        weight: 1,
        arbitrary: fc.tuple(fc.nat(), hostileDate).map(([pick, date]) =>
            replaceAt(
                (r) => leaves(r, 'string').filter((p) => /Date$|capturedAt|lastAttempt/.test(String(p[p.length - 1]))),
                pick,
                () => date
            )
        )
    },
    {
        weight: 1,
        arbitrary: fc.tuple(fc.nat(), hostileString).map(([pick, text]) =>
            replaceAt(
                (r) => leaves(r, 'string'),
                pick,
                () => text
            )
        )
    },
    {
        weight: 1,
        arbitrary: fc.tuple(fc.nat(), fc.constantFrom<Json>(null, 7, 'x', [], {}, true)).map(([pick, value]) =>
            replaceAt(
                (r) => [...leaves(r, 'string'), ...leaves(r, 'number'), ...lists(r)],
                pick,
                () => clone(value)
            )
        )
    }
);

const hostileOrg: fc.Arbitrary<string> = fc.tuple(baseOrg, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([org, mutations]) => {
    for (const mutate of mutations) mutate(org);
    return JSON.stringify(org);
});

const STACK_LINE = /^\s+at .+[:(]/m;

/** The text with each lone surrogate as U+FFFD, so it can be percent-encoded like a pasted URL. */
const wellFormed = (text: string): string =>
    text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const FILE = '/virtual/fuzz.json';

function problemsOf(result: Run, label: string): string[] {
    const problems: string[] = [];
    if (![0, 1, 2, 3].includes(result.code)) problems.push(`${label}: exit code ${result.code}`);
    if (STACK_LINE.test(result.stderr)) problems.push(`${label}: stack trace on stderr`);
    if (result.stderr.replace(/\n/g, '').match(RAW_CONTROL)) problems.push(`${label}: raw control character on stderr`);
    if (result.code === 2 && (result.stdout !== '' || !result.stderr.startsWith('readiness: ')))
        problems.push(`${label}: exit 2 without one clear message`);
    return problems;
}

/** Every Link object in the JSON report, wherever it sits. */
function linksIn(value: unknown, found: Link[] = []): Link[] {
    if (Array.isArray(value)) for (const item of value) linksIn(item, found);
    else if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typeof record.url === 'string' && typeof record.kind === 'string' && typeof record.label === 'string')
            found.push(record as unknown as Link);
        for (const child of Object.values(record)) linksIn(child, found);
    }
    return found;
}

/** Every string value of the input but the My Domain and Lightning URLs (which must never be printed as such), as the
 * terminal shows them: a URL in the text output that is not allowed must be one of these values' text, not a link the
 * CLI built. */
function valueTexts(input: string): string {
    const texts: string[] = [];
    const walk = (value: unknown, key: string): void => {
        if (typeof value === 'string' && key !== 'myDomainUrl' && key !== 'lightningUrl') texts.push(terminalLine(value));
        else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
        else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(JSON.parse(input) as unknown, '');
    return texts.join('\n');
}

/** True when a URL-looking token of the text output is a value's own text: the report may add up to three characters
 * after a value ("’s", ":", "."), which a terminal would take into the URL. */
function fromValue(url: string, values: string): boolean {
    for (let cut = 0; cut <= 3 && cut < url.length; cut++) {
        const start = url.slice(0, url.length - cut);
        if (start.endsWith('://') || values.includes(start)) return true;
    }
    return false;
}

function linkProblems(formats: Record<string, Run>, input: string): string[] {
    const problems: string[] = [];
    const bad = (where: string, url: string): void => {
        if (!isAllowedLink(url)) problems.push(`${where}: link ${JSON.stringify(url)}`);
    };
    const values = formats.text?.code === 2 ? '' : valueTexts(input);
    for (const url of urlsIn(formats.text?.stdout ?? '')) if (!fromValue(url, values)) bad('text', url);
    for (const href of renderedMarkdown(formats.markdown?.stdout ?? '').hrefs) bad('markdown', href);
    if (formats.json?.code !== 2) {
        const output = JSON.parse(formats.json?.stdout ?? 'null') as ReadinessCliOutput;
        for (const link of linksIn(output.report)) {
            // Setup links are org-relative paths until a view makes them absolute with a Salesforce base URL.
            if (link.kind === 'setup' && link.url.startsWith('/') && !link.url.startsWith('//')) continue;
            bad(`json ${link.kind}`, link.url);
        }
    }
    const apps = formats.csvApps?.stdout.split('\r\n')[0]?.split(',') ?? [];
    for (const line of formats.csvApps?.stdout.split('\r\n').slice(1) ?? []) {
        // Link columns hold no comma or quote in a URL; a "(no link: …)" note is text.
        const cells = line.split(',');
        for (const column of ['installLink', 'manageLink']) {
            const cell = cells[apps.indexOf(column)] ?? '';
            if (/^https?:/.test(cell)) bad(`csv ${column}`, cell);
        }
    }
    return problems;
}

describe('fuzz: hostile orgs through the CLI in every format', () => {
    it(`holds for ${RUNS} hostile orgs`, () => {
        let readable = 0;
        fc.assert(
            fc.property(hostileOrg, (text) => {
                const files = { [FILE]: text };
                const formats: Record<string, Run> = {
                    text: run(['--snapshot', FILE], files),
                    markdown: run(['--snapshot', FILE, '--format', 'markdown'], files),
                    json: run(['--snapshot', FILE, '--format', 'json'], files),
                    csvApps: run(['--snapshot', FILE, '--format', 'csv', '--table', 'apps'], files),
                    csvFindings: run(['--snapshot', FILE, '--format', 'csv'], files)
                };
                if (formats.json?.code !== 2) readable++;
                const problems = Object.entries(formats).flatMap(([label, result]) => problemsOf(result, label));
                const codes = new Set(Object.values(formats).map((result) => result.code));
                if (codes.size !== 1) problems.push(`exit codes differ by format: ${[...codes].join(', ')}`);
                for (const label of ['text', 'markdown', 'json'])
                    if (formats[label]?.stdout.replace(/\n/g, '').match(RAW_CONTROL)) problems.push(`${label}: raw control character`);
                for (const label of ['csvApps', 'csvFindings'])
                    if (formats[label]?.stdout.replace(/\r\n|\n|\t/g, '').match(RAW_CONTROL))
                        problems.push(`${label}: raw control character`);
                if (formats.json && formats.json.code !== 2) {
                    const verdict = (JSON.parse(formats.json.stdout) as ReadinessCliOutput).report.overall.verdict;
                    const ready = ['ready', 'notUsed', 'notApplicable'].includes(verdict);
                    if ((formats.json.code === EXIT_READY) !== ready) problems.push(`exit ${formats.json.code} for verdict ${verdict}`);
                    const status = formats.text?.stdout.match(/^Status: ([A-Z ]+)\./gm) ?? [];
                    if (status.length !== 1 || status[0] !== `Status: ${VERDICT_LABELS[verdict].toUpperCase()}.`)
                        problems.push(`text status lines ${JSON.stringify(status)} for verdict ${verdict}`);
                }
                problems.push(...linkProblems(formats, text));
                expect(problems).toEqual([]);
            }),
            { numRuns: RUNS }
        );
        // The mutations must leave most orgs readable, or the checks on the reports would test little.
        expect(readable).toBeGreaterThan(RUNS / 3);
    });

    it('holds for hostile text given to --decode, with and without a hostile snapshot', () => {
        fc.assert(
            fc.property(hostileString, fc.option(hostileOrg, { nil: undefined }), (text, org) => {
                const files: Record<string, string> = org === undefined ? {} : { [FILE]: org };
                const snapshot = org === undefined ? [] : ['--snapshot', FILE];
                const plain = run(
                    ['--decode', `?error=invalid_client&error_description=${encodeURIComponent(wellFormed(text))}`, ...snapshot],
                    files
                );
                const json = run(['--decode', text, '--format', 'json', ...snapshot], files);
                const problems = [...problemsOf(plain, 'decode'), ...problemsOf(json, 'decode json')];
                for (const result of [plain, json])
                    if (result.stdout.replace(/\n/g, '').match(RAW_CONTROL)) problems.push('raw control character');
                for (const [, url] of plain.stdout.matchAll(/-> (\S+)/g))
                    if (url && !url.startsWith('(') && !isAllowedLink(url)) problems.push(`link ${url}`);
                expect(problems).toEqual([]);
            }),
            { numRuns: RUNS }
        );
    });

    it('holds for arbitrary bytes as the snapshot file', () => {
        fc.assert(
            fc.property(
                fc.oneof(fc.json(), fc.string({ unit: 'binary' }), fc.constantFrom('[', '{"schemaVersion":1,'.repeat(50))),
                (text) => {
                    const result = run(['--snapshot', FILE], { [FILE]: text });
                    expect(problemsOf(result, 'bytes')).toEqual([]);
                    expect(result.code).toBe(2);
                }
            ),
            { numRuns: RUNS }
        );
    });
});
