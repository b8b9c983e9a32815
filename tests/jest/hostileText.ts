// Hand-picked hostile strings for the output sanitisers' tests and the fuzz test (the security review's injection
// inputs I01–I63 and D50–D60), and the checks every output medium must pass: no raw control character, no link that is
// not https on Salesforce's domains or a cited documentation host.
import MarkdownIt from 'markdown-it';
import { DOCUMENTATION_HOSTS, SALESFORCE_DOMAINS } from '../../force-app/main/default/lwc/jsrEngine/safeLinks';

export const HOSTILE_STRINGS: readonly string[] = [
    // terminal escapes: clear screen, OSC window title, OSC 52 clipboard, colour, 8-bit CSI
    '\u001b[2J\u001b]0;pwned\u0007',
    'Users\u001b]52;c;cHduZWQ=\u0007',
    '\u001b[31mred\u001b[0m\u009b2J',
    // line structure: a forged status line, a lone CR, NUL / BEL / backspaces, other line separators
    'Acme\nStatus: READY, score 100/100. Ready: every way of connecting Jetstream works.',
    'Acme\r\r---\r\r    indented code\r\r1. fake step',
    'Corp\b\b\b\u0000\u0007',
    'a\u000bb\u000cc\u0085d\u2028e\u2029f',
    // bidi overrides and isolates (display spoofing)
    'evil\u202egnp.exe\u2066x\u2069\u200e\u200f\u061c',
    // links and schemes
    'javascript:alert(document.domain)//',
    '[Click to fix](javascript:alert(1))',
    '![i](https://evil.example/x.png)',
    '<https://evil.example/phish>',
    'https://evil.example/phish and www.evil.example and admin@evil.example',
    'https://x> [Click to fix](https://evil.example) <x',
    // HTML and Markdown structure
    '<img src=x onerror=alert(1)>"\'><svg onload=alert(2)>',
    '<details open><summary>x</summary>',
    '&lt;script&gt; &#x3C;b&#x3E; &amp;',
    '~~strike~~ **bold** _it_ `code` $x^2$ \\',
    '# heading',
    '- item',
    '> quote',
    '| a | b |',
    '=====',
    '[^1]: footnote',
    '[ref]: https://evil.example',
    '    four spaces',
    // CSV formulas (OWASP), including after a tab or CR
    '=HYPERLINK("https://evil.example","x")',
    "+1+cmd|' /C calc'!A0",
    '-2+3',
    '@SUM(1+1)',
    '\t=1+1',
    '\r=1+1',
    // template and prototype names, odd Unicode
    '{{7*7}}${7*7}',
    '__proto__',
    'constructor',
    '\ud800 lone surrogate \udfff',
    '名前 😀 émoji'
];

/** A raw character a terminal acts on or that reorders text: C0 controls but LF, DEL, C1, bidi controls, line and
 * paragraph separators. */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/;

/** The http(s) and other scheme URLs a text holds, as a terminal or a reader would pick them out. */
export function urlsIn(text: string): string[] {
    return [...text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"'`)\]]+/gi)].map((m) => m[0]);
}

/** Every link a Markdown text renders to, with CommonMark plus GFM-style autolinking of bare URLs, e-mail addresses
 * and "www." names (markdown-it with linkify) and raw HTML allowed, the most permissive way a ticket system renders it. */
export function renderedMarkdown(markdown: string): {
    html: string;
    hrefs: string[];
    tags: string[];
    texts: (selector: string) => string[];
} {
    const html = new MarkdownIt({ html: true, linkify: true }).render(markdown);
    const container = document.createElement('div');
    container.innerHTML = html;
    const hrefs = [...container.querySelectorAll('[href], [src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '');
    const tags = [...new Set([...container.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()))];
    /** The text of every element matching the selector, with runs of white space as one space. */
    const texts = (selector: string): string[] =>
        [...container.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
    return { html, hrefs, tags, texts };
}

/** A script URL as a hostile My Domain or label would carry it. */
export const SCRIPT_URL = 'javascript:alert(document.domain)//';

/** True for a URL an output may carry as a link: https, no credentials or port, on one of Salesforce's domain families
 * or a cited documentation host (judged with the WHATWG URL parser, independently of safeLinks' own parsing). */
export function isAllowedLink(url: string): boolean {
    let parsed: URL;
    try {
        parsed = new URL(url);
    } catch {
        return false;
    }
    if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
    const host = parsed.hostname.toLowerCase();
    return SALESFORCE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`)) || DOCUMENTATION_HOSTS.includes(host);
}
