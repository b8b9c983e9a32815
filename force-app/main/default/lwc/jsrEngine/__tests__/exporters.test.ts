import { reportToMarkdown, reportToCsv, csvField, toCsv, escapeMarkdown, absoluteUrl, sentences, CSV_TABLES } from '../exporters';
import { clone, loadSnapshot, reportOf, userReportOf, withUsage, ECA } from './engineTestKit';

/** Parses RFC 4180 CSV (the exporter's own output) into rows of cells. */
function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"' && text[i + 1] === '"') {
                cell += '"';
                i++;
            } else if (ch === '"') quoted = false;
            else cell += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === ',') {
            row.push(cell);
            cell = '';
        } else if (ch === '\r' && text[i + 1] === '\n') {
            row.push(cell);
            rows.push(row);
            row = [];
            cell = '';
            i++;
        } else cell += ch;
    }
    return rows;
}

const RAW_ENUMS = /\b(?:notApplicable|notInstalled|notUsed|adminApproved|selfAuthorize|cannotDetermine|actionNeeded|inUse)\b/;

describe('csvField', () => {
    it('quotes commas, quotes and line breaks (RFC 4180)', () => {
        expect(csvField('a,b')).toBe('"a,b"');
        expect(csvField('say "hi"')).toBe('"say ""hi"""');
        expect(csvField('two\nlines')).toBe('"two\nlines"');
        expect(csvField('plain')).toBe('plain');
        expect(csvField(null)).toBe('');
        expect(csvField(12)).toBe('12');
        expect(csvField(false)).toBe('false');
    });

    it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises a formula-like cell %j', (value) => {
        expect(csvField(value).replace(/^"/, '')).toMatch(/^'/);
    });

    it('neutralises and quotes at once', () => {
        expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    });
});

describe('toCsv', () => {
    it('ends every record with CRLF', () => {
        expect(toCsv(['a', 'b'], [['1', null]])).toBe('a,b\r\n1,\r\n');
    });
});

describe('reportToCsv', () => {
    it('has a table for the plan, first in the list, with the same steps in the same order', () => {
        expect(CSV_TABLES[0]).toBe('plan');
        const report = reportOf('prod-admin-approved-no-grants');
        const rows = parseCsv(reportToCsv(report, 'plan'));
        expect(rows[0]).toEqual(['step', 'rank', 'title', 'why', 'ways', 'links', 'resolves']);
        expect(rows.slice(1).map((r) => r[2])).toEqual(report.plan.map((step) => step.title));
        expect(rows[1]?.[5]).toContain('https://initech.my.salesforce.com/lightning/setup/ConnectedApplication/page?address=');
    });

    it('exports a row per finding row, labels instead of enum values, links made absolute', () => {
        const report = reportOf('prod-nothing-installed');
        const rows = parseCsv(reportToCsv(report, 'findings'));
        const header = rows[0] ?? [];
        expect(header.slice(0, 5)).toEqual(['severity', 'counts', 'finding', 'item', 'detail']);
        const notInstalled = rows.filter((r) => r[header.indexOf('ruleId')] === 'app.not-installed');
        expect(notInstalled.map((r) => r[3])).toEqual(['Jetstream', 'Jetstream Desktop', 'Jetstream Auth']);
        expect(notInstalled[0]?.[0]).toBe('Warning');
        expect(notInstalled[0]?.[5]).toContain('https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp');
        for (const r of rows.slice(1)) expect(r.slice(0, -1).join(' ')).not.toMatch(RAW_ENUMS);
    });

    it('exports apps with usage, verdict, install state and who can connect in words', () => {
        const report = reportOf('prod-admin-approved-no-grants');
        const rows = parseCsv(reportToCsv(report, 'apps'));
        const header = rows[0] ?? [];
        const desktop = rows.find((r) => r[0] === 'Jetstream_Desktop') ?? [];
        expect(desktop[header.indexOf('usage')]).toBe('Not used');
        expect(desktop[header.indexOf('usageReason')]).toBe('Marked not used by an admin.');
        expect(desktop[header.indexOf('verdict')]).toBe('Not used');
        expect(desktop[header.indexOf('install')]).toBe('Not installed');
        const web = rows.find((r) => r[0] === 'Jetstream_Web') ?? [];
        expect(web[header.indexOf('verdict')]).toBe('Blocked');
        expect(web[header.indexOf('permittedUsers')]).toBe('Admin approved users are pre-authorized');
    });

    it('exports bypass holders, with a row for a permission that cannot be determined', () => {
        const rows = parseCsv(reportToCsv(reportOf('prod-reader-without-view-setup'), 'holders'));
        expect(rows.slice(1).map((r) => [r[0], r[2]])).toEqual([
            ['canApproveUninstalledApps', 'false'],
            ['useAnyApiClient', 'false']
        ]);
    });

    it('exports the authorization sample with spreadsheet formulas neutralised', () => {
        const s = clone(loadSnapshot('prod-tokens-uninstalled-apps'));
        const token = s.authorizations.data?.[0]?.sample[0];
        if (!token) throw new Error('fixture has tokens');
        token.userFullName = '=HYPERLINK("http://evil")';
        const csv = reportToCsv(reportOf(s), 'authorizations');
        expect(csv).toContain('"\'=HYPERLINK(""http://evil"")"');
        expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    });

    it('exports a header row for every table even when empty', () => {
        const report = reportOf('prod-ready-least-privilege');
        for (const table of CSV_TABLES) expect(reportToCsv(report, table).split('\r\n')[0]?.length).toBeGreaterThan(10);
        expect(parseCsv(reportToCsv(report, 'plan'))).toHaveLength(1);
    });
});

describe('sentences', () => {
    it('ends each part with one full stop and skips empty parts', () => {
        expect(sentences('Expires after 30 days.', 'Users reconnect', '', 'Why?')).toBe('Expires after 30 days. Users reconnect. Why?');
    });
});

describe('escapeMarkdown and absoluteUrl', () => {
    it('escapes markup characters and flattens newlines', () => {
        expect(escapeMarkdown('a|b *c* <script> [x](y) #1\nnext')).toBe('a\\|b \\*c\\* \\<script\\> \\[x\\](y) \\#1 next');
    });

    it('makes org-relative links absolute only when a base is known', () => {
        expect(absoluteUrl('/lightning/setup/X/home', 'https://acme.my.salesforce.com/')).toBe(
            'https://acme.my.salesforce.com/lightning/setup/X/home'
        );
        expect(absoluteUrl('/lightning/setup/X/home', null)).toBe('/lightning/setup/X/home');
        expect(absoluteUrl('https://help.salesforce.com', 'https://acme.my.salesforce.com')).toBe('https://help.salesforce.com');
        expect(absoluteUrl('//evil.test/x', 'https://acme.my.salesforce.com')).toBe('//evil.test/x');
    });
});

describe('reportToMarkdown', () => {
    it('starts with the verdict, the counts and the plan, before anything else', () => {
        const report = reportOf('prod-admin-approved-no-grants');
        const md = reportToMarkdown(report);
        const lines = md.split('\n');
        expect(lines[0]).toBe('# Jetstream readiness: Initech');
        expect(lines[2]).toBe('**Blocked — start with: Pre-authorize users for Jetstream**');
        expect(md.indexOf('## Action plan')).toBeLessThan(md.indexOf('## Ways of connecting'));
        expect(md).toContain('1. **Pre-authorize users for Jetstream** 3 users are failing to sign in.');
        expect(md).toContain('2. **Install Jetstream Auth**');
        expect(md).not.toMatch(RAW_ENUMS);
    });

    it('shows findings with their rows, what to do, and How we know with the dated source', () => {
        const md = reportToMarkdown(reportOf('prod-nothing-installed'));
        expect(md).toContain('### Warning: Jetstream, Jetstream Desktop and Jetstream Auth are not installed');
        expect(md).toContain(
            '- **Jetstream Desktop**: Not installed: only holders of Approve Uninstalled Connected Apps can make a new connection.'
        );
        expect(md).toContain('<details><summary>How we know</summary>');
        expect(md).toContain('effective 2025-09-01');
        expect(md).toContain(': <https://acme.my.salesforce.com/lightning/setup/ConnectedAppsUsage/home>');
    });

    it('marks the ways the org does not use, and leaves their chains out', () => {
        const md = reportToMarkdown(reportOf('prod-admin-approved-no-grants'));
        expect(md).toContain('| Jetstream desktop app | Not used | Not used |');
        expect(md).not.toContain('**Jetstream desktop app**');
    });

    it('gives the sandbox options with their trade-off and what a refresh does', () => {
        const md = reportToMarkdown(reportOf('sandbox-not-installed'));
        expect(md).toContain('- **Install Jetstream and Jetstream Desktop in this sandbox now**: Fixes this sandbox today');
        expect(md).toContain('What a refresh does to existing connections:');
        expect(md).toContain('unverified');
    });

    it('uses an explicit base URL for Setup links and leaves them relative when none is known', () => {
        const report = reportOf('prod-nothing-installed');
        expect(reportToMarkdown(report, null, { baseUrl: 'https://acme.lightning.force.com' })).toContain(
            ': <https://acme.lightning.force.com/lightning/setup/'
        );
        const noOrg = clone(report);
        noOrg.org.myDomainUrl = null;
        // Without a Salesforce base URL a Setup page is named with its path, as text.
        expect(reportToMarkdown(noOrg)).toContain('(in your org at /lightning/setup/');
        expect(reportToMarkdown(noOrg)).not.toContain('</lightning');
    });

    it('appends the user check with its unblock links, escaping names', () => {
        const report = reportOf('prod-admin-approved-no-grants');
        const user = userReportOf('prod-admin-approved-no-grants', 'peter');
        const md = reportToMarkdown(report, { ...user, name: 'Peter *Gibbons*' });
        expect(md).toContain('## User check: Peter \\*Gibbons\\* (peter\\.gibbons\\@initech\\.com)');
        expect(md).toContain('| Jetstream desktop app | Not used |');
        expect(md).toContain('| Jetstream web app | Cannot connect |');
    });

    it('says nothing to do for a ready org and escapes the org name', () => {
        const s = withUsage(loadSnapshot('prod-ready-least-privilege'), ECA, 'expected');
        if (s.org.data) s.org.data.name = 'Soylent | <Corp>';
        const md = reportToMarkdown(reportOf(s));
        expect(md).toContain('# Jetstream readiness: Soylent \\| \\<Corp\\>');
        expect(md).toContain('**Ready — every way of connecting this org uses works.**');
        expect(md).toContain('## Action plan\n\nNothing to do.');
    });
});

describe('Markdown: who connects Jetstream but cannot sign in, and where the sources differ', () => {
    it('lists the frozen users with the link to unfreeze them, and the refusals by profile', () => {
        const report = reportOf('prod-frozen-and-ip-refused');
        const md = reportToMarkdown(report);
        expect(md).toContain('## Users who connect Jetstream but cannot sign in');
        expect(md).toContain(escapeMarkdown(report.signInBlockers.frozen.summary));
        expect(md).toContain(`| Rick Deckard | ${escapeMarkdown('rick.deckard@tyrell.com')} | Standard User | Jetstream Desktop |`);
        expect(md).toMatch(
            /Unfreeze: Setup: user Gaff: <https:\/\/tyrell\.my\.salesforce\.com\/lightning\/setup\/ManageUsers\/page\?address=/
        );
        expect(md).toContain('| Jetstream | Contractors | Restricted IP, Failed: IP Address Not Allowed |');
    });

    it('says under Use Any API Client that Jetstream’s page is out of date, with both sources', () => {
        const md = reportToMarkdown(reportOf('prod-tokens-uninstalled-apps'));
        expect(md).toContain('> Jetstream’s page “Connecting Jetstream to Salesforce” still lists Use Any API Client');
        expect(md).toContain('Salesforce Help 005228838: <https://help.salesforce.com/s/articleView?id=005228838&type=1>');
    });
});
