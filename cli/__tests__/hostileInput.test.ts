// Regression tests for the security and reliability review's defects in the command line (DEF-2, DEF-4, DEF-5,
// DEF-6, DEF-10, DEF-11, DEF-12, DEF-18): broken or hostile input always ends in one clear line and exit code 2, and
// nothing from an input acts on the terminal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_BAD_INPUT, EXIT_READY, unexpectedErrorLines } from '../readinessCli';
import { MAX_INPUT_BYTES } from '../inputFile';
import { REPO_ROOT } from '../schemaValidation';
import { run, withChange } from './cliKit';
import { renderedMarkdown, urlsIn } from '../../tests/jest/hostileText';

const READY = 'samples/snapshots/prod-ready-least-privilege.json';
const WITH_USERS = 'samples/snapshots/prod-admin-approved-with-grants.json';

/** A raw character a terminal acts on: C0 controls but LF, DEL, C1, bidi controls, line and paragraph separators. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/;
/** A stack trace line as Node prints it. */
const STACK_LINE = /^\s+at .+[:(]/m;

let scratch = '';
beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'readiness-hostile-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('DEF-2: deeply nested invalid JSON is bad input, not a crash', () => {
    const deep = `{"schemaVersion":1,"reader":${'['.repeat(5000)}`;

    it('exits 2 with the error located, no stack trace', () => {
        const result = run(['--snapshot', '/virtual/deep.json'], { '/virtual/deep.json': deep });
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toMatch(
            /^readiness: \/virtual\/deep\.json is not valid JSON\n {2}\/virtual\/deep\.json:1:5029: \$\.reader\[0\]/
        );
        expect(result.stderr).toContain('…(4977 more levels)…');
        expect(result.stderr).not.toMatch(STACK_LINE);
        expect(result.stderr.split('\n')).toHaveLength(3);
    });

    it('exits 2 through the real command too (tsx cli/readiness.ts)', () => {
        const file = join(scratch, 'deep.json');
        writeFileSync(file, `{"schemaVersion":1,"reader":${'['.repeat(200_000)}`);
        const child = spawnSync(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['cli/readiness.ts', '--snapshot', file], {
            cwd: REPO_ROOT,
            encoding: 'utf8',
            timeout: 120_000,
            env: { ...process.env, DEBUG: '' }
        });
        expect(child.status).toBe(EXIT_BAD_INPUT);
        expect(child.stderr).toContain('is not valid JSON');
        expect(child.stderr).not.toMatch(STACK_LINE);
    }, 180_000);

    it('turns any unexpected error into one line and exit 2, with the stack only under DEBUG', () => {
        const broken = {
            now: (): Date => {
                throw new TypeError('clock is broken');
            }
        };
        const result = run(['--snapshot', READY], {}, broken);
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toBe(
            `readiness: unexpected error while reading the user facts for ${READY}: TypeError: clock is broken (set DEBUG=1 to see where)\n`
        );
        const debug = unexpectedErrorLines(new RangeError('too deep'), 'reading x.json', true);
        expect(debug[0]).toBe('readiness: unexpected error while reading x.json: RangeError: too deep');
        expect(debug.slice(1).join('\n')).toMatch(STACK_LINE);
    });

    it('turns an error while writing the output into exit 2 as well', () => {
        const result = run(
            ['--snapshot', READY],
            {},
            {
                stdout: () => {
                    throw new Error('EIO: write failed');
                }
            }
        );
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toMatch(/^readiness: unexpected error while writing the text report for .+: Error: EIO: write failed/);
    });
});

describe('DEF-5: a malformed scenarios.json names the entry, exit 2', () => {
    const valid = (): Record<string, unknown> => ({
        id: 'acme',
        snapshot: 'snapshots/prod-admin-approved-with-grants.json',
        users: [{ search: { userId: '005000000000001AAA', name: 'Jill', username: 'jill@acme.com' }, facts: 'users/jill.json' }]
    });
    it.each([
        ['[null]', '$[0]: must be an object with id, snapshot and users'],
        [JSON.stringify([{ ...valid(), snapshot: 5 }]), '$[0].snapshot (scenario "acme"): must be text'],
        [JSON.stringify([{ id: 'acme', snapshot: 'x.json' }]), '$[0].users (scenario "acme"): must be a list of users'],
        [JSON.stringify([{ ...valid(), users: [{ facts: 'f.json' }] }]), '$[0].users[0].search (scenario "acme"): must be an object'],
        [JSON.stringify([{ ...valid(), users: [{ search: { userId: 'x', name: 'y' }, facts: 'f' }] }]), '.search.username'],
        [
            JSON.stringify([valid(), { ...valid(), id: 'b', users: [{ search: {}, facts: 5 }] }]),
            '$[1].users[0].facts (scenario "b"): must be text'
        ],
        ['[{"id": "a",', 'invalid JSON']
    ])('%s', (scenarios, message) => {
        const result = run(['--snapshot', WITH_USERS, '--user', 'jill', '--scenarios', '/virtual/scenarios.json'], {
            '/virtual/scenarios.json': scenarios
        });
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toContain('readiness: /virtual/scenarios.json is not a scenarios list');
        expect(result.stderr).toContain(message);
        expect(result.stderr).not.toMatch(STACK_LINE);
    });
});

describe('DEF-10: byte order marks and UTF-16', () => {
    it('reads a snapshot that starts with a UTF-8 byte order mark', () => {
        const text = withChange(READY, () => undefined);
        const result = run(['--snapshot', '/virtual/bom.json'], { '/virtual/bom.json': `\ufeff${text}` });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(EXIT_READY);
    });

    it('reads a real file with a byte order mark, and names UTF-16 instead of misreading it', () => {
        const text = withChange(READY, () => undefined);
        const bom = join(scratch, 'bom.json');
        writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
        expect(run(['--snapshot', bom]).code).toBe(EXIT_READY);
        const utf16 = join(scratch, 'utf16.json');
        writeFileSync(utf16, Buffer.from(`\ufeff${text}`, 'utf16le'));
        const result = run(['--snapshot', utf16]);
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toBe(`readiness: cannot read org snapshot ${utf16}: it is UTF-16 text; save it as UTF-8\n`);
    });
});

describe('DEF-11: a syntax error after a long number is located where it is', () => {
    it('points at the broken value, not at the number', () => {
        const text = withChange(READY, () => undefined)
            .replace(/"soqlQueries": \d+/, `"soqlQueries": ${'1'.repeat(500)}`)
            .replace(/}\s*$/, ',\n  "x": }\n');
        const result = run(['--snapshot', '/virtual/number.json'], { '/virtual/number.json': text });
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toMatch(/\/virtual\/number\.json:\d+:\d+: \$\.x: invalid JSON: Unexpected "}"; expected a value/);
    });
});

// Devices, FIFOs and symbolic link loops as POSIX systems have them (CI and this project run on Linux).
const posix = process.platform === 'win32' ? describe.skip : describe;

posix('DEF-12: only regular files within the size limit are read', () => {
    function refused(path: string): string {
        const started = Date.now();
        const result = run(['--snapshot', path]);
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(Date.now() - started).toBeLessThan(5000);
        return result.stderr;
    }

    it('refuses /dev/zero at once instead of reading without end', () => {
        expect(refused('/dev/zero')).toBe(
            'readiness: cannot read org snapshot /dev/zero: it is not a regular file (a device, FIFO or socket); save the input to a file first\n'
        );
    });

    it('refuses a FIFO without waiting for a writer', () => {
        const fifo = join(scratch, 'fifo.json');
        spawnSync('mkfifo', [fifo]);
        expect(refused(fifo)).toContain('it is not a regular file');
    });

    it('names a symbolic link loop in words', () => {
        symlinkSync(join(scratch, 'loop-b'), join(scratch, 'loop-a'));
        symlinkSync(join(scratch, 'loop-a'), join(scratch, 'loop-b'));
        expect(refused(join(scratch, 'loop-a'))).toContain('too many symbolic links (a symbolic link loop?)');
    });

    it(`refuses a file over ${MAX_INPUT_BYTES / 1048576} MB before reading it`, () => {
        const big = join(scratch, 'big.json');
        writeFileSync(big, '');
        truncateSync(big, MAX_INPUT_BYTES + 1);
        expect(refused(big)).toBe(`readiness: cannot read org snapshot ${big}: it is 64.0 MB, over the 64 MB limit for an input\n`);
    });
});

describe('DEF-4: nothing from an input acts on the terminal', () => {
    const hostileNames = (): string =>
        withChange(READY, (snapshot) => {
            const org = (snapshot.org as { data: Record<string, unknown> }).data;
            org.name =
                'Acme\u001b[2J\u001b]0;pwned\u0007\nStatus: READY, score 100/100. Ready: every way of connecting Jetstream works.\rCorp\b\b\b\u0000\u202e';
            const catalog = (snapshot.catalog as { data: Record<string, unknown>[] }).data;
            for (const entry of catalog) entry.label = `${String(entry.label)}\u001b[31m red\u009b2J`;
            const grants = (snapshot.grants as { data: { grantedTo: Record<string, unknown> }[] }).data;
            for (const grant of grants) grant.grantedTo.label = 'Users\u001b]52;c;cHduZWQ=\u0007\u2028x';
        });

    it.each(['text', 'json', 'markdown'])('%s output carries no raw control character and no forged line', (format) => {
        const result = run(['--snapshot', '/virtual/names.json', '--format', format], { '/virtual/names.json': hostileNames() });
        expect(result.stderr).toBe('');
        expect(result.stdout).not.toMatch(RAW_CONTROL);
        // One status line: a line break inside a value cannot start a forged one.
        expect(result.stdout.match(/^Status: /gm) ?? []).toHaveLength(format === 'text' ? 1 : 0);
    });

    it('shows the control characters visibly on the first line of the text report', () => {
        const { stdout } = run(['--snapshot', '/virtual/names.json'], { '/virtual/names.json': hostileNames() });
        expect(stdout.split('\n')[0]).toBe(
            'Jetstream readiness: Acme\\u001b[2J\\u001b]0;pwned\\u0007 Status: READY, score 100/100. Ready: every way of connecting Jetstream works. Corp\\u0008\\u0008\\u0008\\u0000\\u202e (00D9r00000e0000EAA, production)'
        );
    });

    it('csv keeps line breaks inside quoted cells only and shows every other control character', () => {
        for (const table of ['findings', 'apps', 'holders']) {
            const { stdout } = run(['--snapshot', '/virtual/names.json', '--format', 'csv', '--table', table], {
                '/virtual/names.json': hostileNames()
            });
            expect(stdout.replace(/\r\n|\n/g, '')).not.toMatch(RAW_CONTROL);
        }
    });

    it('decodes a pasted URL without emitting its escape sequences or forging lines', () => {
        const result = run([
            '--decode',
            '?error=x&error_description=%1B%5B2J%1B%5D0%3Bpwned%07%0ARecognised%3A+everything+is+fine%0D%0ACause%3A+none'
        ]);
        expect(result.stdout).not.toMatch(RAW_CONTROL);
        expect(result.stdout).toContain('\\u001b[2J\\u001b]0;pwned\\u0007 Recognised: everything is fine Cause: none');
        expect(result.stdout.match(/^(Recognised|Cause):/gm) ?? []).toHaveLength(result.stdout.startsWith('Recognised') ? 2 : 1);
        const json = run(['--decode', '?error=x&error_description=%E2%80%AE%C2%9B', '--format', 'json']);
        expect(json.stdout).not.toMatch(RAW_CONTROL);
        expect(JSON.stringify(JSON.parse(json.stdout))).toContain('\u202e');
    });

    it('makes file names and --user text visible in error messages too', () => {
        const result = run(['--snapshot', '/virtual/\u001b[2Jx.json']);
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stderr).toBe('readiness: cannot read org snapshot /virtual/\\u001b[2Jx.json: no such file\n');
    });
});

describe('DEF-6: links only to Salesforce over https; Markdown structure holds', () => {
    const withOrg = (change: (org: Record<string, unknown>) => void): string =>
        withChange(READY, (snapshot) => {
            change((snapshot.org as { data: Record<string, unknown> }).data);
            for (const app of (snapshot.apps as { data: Record<string, unknown>[] }).data) app.installed = false;
        });

    it('refuses a javascript: My Domain or one with markup as bad input, naming the path (I53–I57)', () => {
        for (const url of ['javascript:alert(document.domain)//', 'https://x> [Click to fix](https://evil.example) <x']) {
            const result = run(['--snapshot', '/virtual/js.json'], { '/virtual/js.json': withOrg((org) => (org.myDomainUrl = url)) });
            expect(result.code).toBe(EXIT_BAD_INPUT);
            expect(result.stderr).toContain('/virtual/js.json: $.org.data.myDomainUrl: must match pattern');
        }
    });

    it('prints no link to an https My Domain that is not Salesforce, in any format or in --decode (D60)', () => {
        const files = {
            '/virtual/evil.json': withOrg((org) => {
                org.myDomainUrl = 'https://evil.example';
                org.lightningUrl = 'https://acme.evil.example';
            })
        };
        for (const format of ['text', 'markdown', 'json', 'csv']) {
            const { code, stdout } = run(
                ['--snapshot', '/virtual/evil.json', '--format', format, '--table', 'apps'].slice(0, format === 'csv' ? 6 : 4),
                files
            );
            expect({ format, code }).toEqual({ format, code: 1 });
            expect({
                format,
                links: urlsIn(format === 'json' ? stdout.replace(/"(myDomainUrl|lightningUrl)": "[^"]*"/g, '') : stdout).filter((url) =>
                    url.includes('evil')
                )
            }).toEqual({ format, links: [] });
        }
        const decoded = run(['--decode', 'app must be installed into org', '--snapshot', '/virtual/evil.json'], files);
        expect(urlsIn(decoded.stdout).filter((url) => url.includes('evil'))).toEqual([]);
        expect(decoded.stdout).toContain('(in your org at /lightning/setup/');
    });

    it('keeps a lone CR in a name from breaking the Markdown structure (I51)', () => {
        const text = withChange(READY, (snapshot) => {
            (snapshot.org as { data: Record<string, unknown> }).data.name = 'Acme\r\r---\r\r    indented code\r\r1. fake step';
        });
        const { stdout } = run(['--snapshot', '/virtual/cr.json', '--format', 'markdown'], { '/virtual/cr.json': text });
        expect(stdout.split('\n')[0]).toBe('# Jetstream readiness: Acme  ---      indented code  1. fake step');
        // The same block structure as the report of the unchanged org: no extra rule, code block or list.
        const count = (markdown: string): Record<string, number> =>
            Object.fromEntries(
                ['hr', 'pre', 'ol', 'ul', 'li', 'h1'].map((tag) => [tag, renderedMarkdown(markdown).html.split(`<${tag}`).length - 1])
            );
        expect(count(stdout)).toEqual(count(run(['--snapshot', READY, '--format', 'markdown']).stdout));
    });
});

describe('DEF-7: the contract rejects the impossible, naming the JSON path', () => {
    const grants = (snapshot: Record<string, unknown>): { grantedTo: Record<string, unknown> }[] =>
        (snapshot.grants as { data: { grantedTo: Record<string, unknown> }[] }).data;
    it.each<[string, (snapshot: Record<string, unknown>) => void, string]>([
        [
            'negative assignees (W01)',
            (s) => grants(s).forEach((g) => (g.grantedTo.activeAssignees = -25)),
            '$.grants.data[0].grantedTo.activeAssignees: must be >= 0'
        ],
        [
            'fractional assignees (W03)',
            (s) => grants(s).forEach((g) => (g.grantedTo.activeAssignees = 0.5)),
            '$.grants.data[0].grantedTo.activeAssignees: must be integer'
        ],
        ['capturedAt "yesterday" (W14)', (s) => (s.capturedAt = 'yesterday'), '$.capturedAt: must match format "date-time"'],
        [
            'an unparseable last use of a token (W17)',
            (s) => ((s.authorizations as { data: { uses: Record<string, unknown>[] }[] }).data[0]!.uses[0]!.lastUse = 'last garbage'),
            '$.authorizations.data[0].uses[0].lastUse: must match format "date-time"'
        ],
        [
            'every grant twice (W09)',
            (s) => grants(s).push(...grants(s)),
            '$.grants.data[4]: The snapshot has a value that repeats $.grants.data[0]'
        ],
        [
            'a repeated apps row (W06)',
            (s) => (s.apps as { data: unknown[] }).data.push((s.apps as { data: unknown[] }).data[0]),
            '$.apps.data[4]: The snapshot has a value that repeats $.apps.data[0]'
        ]
    ])('%s: exit 2', (_label, change, message) => {
        const result = run(['--snapshot', '/virtual/impossible.json'], { '/virtual/impossible.json': withChange(READY, change) });
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain(`/virtual/impossible.json: ${message}`);
    });
});

describe('DEF-14: user facts of another org are refused', () => {
    it('names both orgs, exit 2', () => {
        const result = run(['--snapshot', WITH_USERS, '--user-facts', 'samples/users/prod-nothing-installed--dana-whitfield.json']);
        expect(result.code).toBe(EXIT_BAD_INPUT);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(
            /^readiness: samples\/users\/prod-nothing-installed--dana-whitfield\.json was read in org 00D\w+, the snapshot in org 00D\w+: use the user's facts from the same org\n$/
        );
    });

    it('accepts the facts of the same org, by 15- or 18-character Id', () => {
        const facts = withChange('samples/users/prod-admin-approved-with-grants--jill-valentine.json', (value) => {
            value.orgId = String(value.orgId).slice(0, 15);
        });
        const result = run(['--snapshot', WITH_USERS, '--user-facts', '/virtual/jill.json'], { '/virtual/jill.json': facts });
        expect(result.stderr).toBe('');
        expect(result.stdout).toContain('User check: Jill Valentine');
    });
});

describe('DEF-18: option mistakes are refused', () => {
    it.each([
        [['--decode', 'OAUTH_APP_BLOCKED', '--format', 'markdown'], 'readiness: --decode prints text or json, not markdown\n'],
        [['--decode', 'OAUTH_APP_BLOCKED', '--format', 'csv'], 'readiness: --decode prints text or json, not csv\n'],
        [['--snapshot', READY, '--format', 'json', '--format', 'text'], 'readiness: --format is given more than once\n'],
        // Several orgs take several --snapshot; the same file twice is a mistake.
        [['--snapshot', READY, '--snapshot', WITH_USERS, '--snapshot', READY], `readiness: --snapshot ${READY} is given more than once\n`],
        [['--snapshot', READY, '--now', '0'], 'readiness: --now 0 is not a date (use ISO 8601, e.g. 2026-11-29)\n'],
        [['--snapshot', READY, '--now', '2026-13-45'], 'readiness: --now 2026-13-45 is not a date (use ISO 8601, e.g. 2026-11-29)\n']
    ])('%j', (argv, message) => {
        const result = run(argv);
        expect(result).toEqual({ code: EXIT_BAD_INPUT, stdout: '', stderr: message });
    });

    it('accepts ISO 8601 dates and date-times for --now', () => {
        for (const now of ['2026-11-29', '2026-11-29T04:20', '2026-11-29T04:20:00.000Z', '2026-11-29T04:20:00+01:00'])
            expect(run(['--snapshot', READY, '--now', now]).code).toBe(EXIT_READY);
    });

    it('notes a snapshot captured after the date it is evaluated at', () => {
        const result = run(['--snapshot', READY, '--now', '2020-01-01']);
        expect(result.stderr).toMatch(
            /^readiness: note: .+ was captured 2026-.+, after 2020-01-01T00:00:00\.000Z \(the date evaluated\)\n$/
        );
    });
});
