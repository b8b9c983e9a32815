// The output sanitisers, one per medium (terminal text, Markdown, CSV), and the link rule they share (DEF-4, DEF-6):
// every hostile string renders as typed, on one line, and nothing but an allowed https URL becomes a link.
import { csvField, csvLinkText, toCsv } from '../csvText';
import { docLink, setupLink } from '../links';
import { escapeMarkdown, markdownLink } from '../markdownText';
import { absoluteUrl, isDocumentationUrl, isSalesforceUrl, printableLinkUrl } from '../safeLinks';
import { SOURCES } from '../sources';
import { terminalJson, terminalLine, visibleControls } from '../terminalText';
import { OAUTH_ERROR_PATTERNS } from '../oauthErrors';
import type { Link } from '../report';
import { HOSTILE_STRINGS, RAW_CONTROL, SCRIPT_URL, isAllowedLink, renderedMarkdown } from '../../../../../../tests/jest/hostileText';

const INSTALL: Link = {
    label: 'Install Jetstream',
    url: 'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF',
    kind: 'install'
};

describe('terminal text', () => {
    it.each(HOSTILE_STRINGS)('%j becomes one line with every control visible', (text) => {
        const line = terminalLine(text);
        expect(line).not.toMatch(RAW_CONTROL);
        expect(line).not.toContain('\n');
    });

    it('shows controls as \\u escapes and turns line breaks and tabs into spaces', () => {
        expect(terminalLine('a\u001b[2Jb\r\nc\rd\te\u202ef\u0085g')).toBe('a\\u001b[2Jb c d e\\u202ef g');
        expect(visibleControls('a\nb\u0007')).toBe('a\nb\\u0007');
    });

    it('leaves JSON a valid, equal value while escaping what JSON.stringify leaves raw', () => {
        const value = { name: 'x\u202e\u009b\u2028\u007fy\u001b', list: ['名前 😀'] };
        const json = terminalJson(value);
        expect(json).not.toMatch(RAW_CONTROL);
        expect(JSON.parse(json)).toEqual(value);
    });
});

describe('Markdown text', () => {
    it.each(HOSTILE_STRINGS)('%j renders as typed, on one line, with no markup and no link', (text) => {
        // In a paragraph after text, at the start of a line, in a table cell and in a heading.
        const escaped = escapeMarkdown(text);
        const document = [`Name: ${escaped}`, '', escaped, '', '| a | b |', '| --- | --- |', `| ${escaped} | x |`, '', `# ${escaped}`].join(
            '\n'
        );
        const { hrefs, tags, texts } = renderedMarkdown(document);
        expect(hrefs).toEqual([]);
        expect(tags.filter((tag) => !['p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'h1'].includes(tag))).toEqual([]);
        const expected = terminalLine(text).trim().replace(/\s+/g, ' ');
        expect(texts('p')).toEqual([`Name: ${expected}`.trim(), expected].filter((p) => p !== ''));
        expect(texts('td')[0]).toBe(expected);
        expect(texts('h1')).toEqual([expected]);
        expect(escaped).not.toMatch(RAW_CONTROL);
    });

    it('keeps ordinary text readable: only markup characters, "://", "@" and dots inside names are escaped', () => {
        expect(escapeMarkdown('Jetstream Users (3 active), 74.220.50.22. See help.salesforce.com: done')).toBe(
            'Jetstream Users (3 active), 74\\.220\\.50\\.22. See help\\.salesforce\\.com: done'
        );
        expect(escapeMarkdown('1. fake step')).toBe('1\\. fake step');
        expect(escapeMarkdown('- item')).toBe('\\- item');
    });

    it('writes an allowed link as an autolink after its label, never inside a link label', () => {
        const label = `Install [x](${SCRIPT_URL})`;
        expect(markdownLink({ ...INSTALL, label }, null)).toBe(`Install \\[x\\](${escapeMarkdown(SCRIPT_URL)}): <${INSTALL.url}>`);
        const { hrefs } = renderedMarkdown(markdownLink({ ...INSTALL, label }, null));
        expect(hrefs).toEqual([INSTALL.url]);
    });

    it('shows a link that may not be printed as text, with the Setup path when it has one', () => {
        expect(markdownLink({ ...INSTALL, url: SCRIPT_URL }, null)).toBe(
            'Install Jetstream (no link: the My Domain in the snapshot is not a Salesforce https address)'
        );
        expect(markdownLink(setupLink('profiles'), 'https://evil.example')).toBe(
            'Setup: Profiles (in your org at /lightning/setup/EnhancedProfiles/home)'
        );
        expect(markdownLink(setupLink('profiles'), 'https://acme.lightning.force.com')).toBe(
            'Setup: Profiles: <https://acme.lightning.force.com/lightning/setup/EnhancedProfiles/home>'
        );
    });
});

describe('CSV fields', () => {
    it.each(HOSTILE_STRINGS)('%j: no formula, no raw control but line breaks, one field', (text) => {
        const field = csvField(text);
        // Line breaks and tabs are plain cell content in RFC 4180; nothing else acts on a terminal.
        expect(field.replace(/[\n\t]/g, '')).not.toMatch(RAW_CONTROL);
        expect(field.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
        // Parsed back: one field (quotes doubled inside a quoted field).
        expect(field).toMatch(/^(?:"(?:[^"]|"")*"|[^",\r\n]*)$/);
    });

    it('keeps the OWASP formula neutralisation and RFC 4180 quoting', () => {
        expect(
            toCsv(
                ['a', 'b'],
                [
                    ['=1+1', 'x,"y"\r\nz'],
                    [null, 3]
                ]
            )
        ).toBe('a,b\r\n\'=1+1,"x,""y""\nz"\r\n,3\r\n');
    });

    it('writes a link URL only when it may be printed', () => {
        expect(csvLinkText(INSTALL, null)).toBe(INSTALL.url);
        expect(csvLinkText({ ...INSTALL, url: 'https://evil.example/x' }, null)).toBe(
            '(no link: the My Domain in the snapshot is not a Salesforce https address)'
        );
    });
});

describe('links: https on Salesforce domains (or a cited documentation host) only', () => {
    it.each([
        'https://acme.my.salesforce.com',
        'https://acme--uat.sandbox.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=x',
        'https://acme-dev-ed.develop.my.salesforce.com',
        'https://acme.lightning.force.com/lightning/setup/PermSets/home',
        'https://acme.my.salesforce-setup.com/lightning/setup/X/home',
        'https://acme.my.site.com/s/',
        'https://acme.my.salesforce-sites.com',
        'https://acme.my.salesforce.mil',
        'https://acme.lightning.crmforce.mil',
        'https://acme.my.sfcrmproducts.cn',
        'https://acme.lightning.sfcrmapps.cn',
        'https://help.salesforce.com/s/articleView?id=005132365&type=1'
    ])('accepts %s', (url) => {
        expect(isSalesforceUrl(url)).toBe(true);
        expect(isAllowedLink(url)).toBe(true);
    });

    it.each([
        SCRIPT_URL,
        'http://acme.my.salesforce.com',
        'https://evil.example',
        'https://evilsalesforce.com',
        'https://salesforce.com.evil.example',
        'https://acme.my.salesforce.com@evil.example',
        'https://acme.my.salesforce.com:8443/x',
        'https://acme.my.salesforce.com\\@evil.example',
        'https://acme.my.salesforce.com/x> [Click](https://evil.example)',
        'https://acme.my.salesforce.com/\u202ex',
        'https://acme.my.salesforce.com./x',
        'https://my.site.com.evil.example',
        '//acme.my.salesforce.com/x',
        '/lightning/setup/X/home',
        ''
    ])('refuses %j', (url) => {
        expect(isSalesforceUrl(url)).toBe(false);
        expect(printableLinkUrl({ url, kind: 'install' }, null)).toBeNull();
    });

    it('makes Setup paths absolute only on a Salesforce base URL', () => {
        expect(printableLinkUrl(setupLink('profiles'), 'https://acme.lightning.force.com/')).toBe(
            'https://acme.lightning.force.com/lightning/setup/EnhancedProfiles/home'
        );
        expect(printableLinkUrl(setupLink('profiles'), 'https://evil.example')).toBeNull();
        expect(printableLinkUrl(setupLink('profiles'), null)).toBeNull();
        expect(absoluteUrl('//evil.test/x', 'https://acme.my.salesforce.com')).toBe('//evil.test/x');
    });

    it('prints every documentation URL the engine cites (rule sources and decoder references)', () => {
        const cited = [...Object.values(SOURCES).map((source) => source.url), ...OAUTH_ERROR_PATTERNS.map((pattern) => pattern.source.url)];
        expect(cited.length).toBeGreaterThan(10);
        for (const url of cited) {
            expect({ url, allowed: isDocumentationUrl(url) }).toEqual({ url, allowed: true });
            expect(printableLinkUrl(docLink('x', url), null)).toBe(url);
        }
        expect(printableLinkUrl(docLink('x', 'https://evil.example/doc'), null)).toBeNull();
    });
});
