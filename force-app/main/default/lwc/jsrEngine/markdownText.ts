// Text and links for a Markdown document (the change-ticket export). Every value is escaped so that it renders as
// typed in CommonMark and GitHub Flavored Markdown, whatever it holds: it stays on its line, opens no list, heading,
// quote, table cell, emphasis, strike-through, code span, image, link or HTML, and is not turned into a link by
// autolinking (GFM links "www.", "https://" and e-mail addresses found in text). Links are written only as autolinks
// of URLs that safeLinks allows; their labels stay outside the link, so no label text is ever parsed as a link.
import type { Link } from './report';
import { printableLinkUrl, unlinkedNote } from './safeLinks';
import { replaceLineBreaks, visibleControls } from './terminalText';

/** ASCII punctuation with a meaning somewhere in CommonMark / GFM inline or block syntax, escaped everywhere:
 * \ ` * _ [ ] < > | # ! ~ & $ @ (@ and the dots and colons below stop autolinks; $ stops GitHub's math). */
const ALWAYS = /[\\`*_[\]<>|#!~&$@]/g;

/**
 * Escapes text from the org (names, labels) and from rules so it renders as typed and cannot inject markup: line breaks
 * become spaces, control and bidi characters become visible, markup characters get a backslash, and "://" and dots
 * between letters or digits are escaped so no autolink can form. A value at the start of a line cannot open a block.
 */
export function escapeMarkdown(text: string): string {
    // Every line break CommonMark, GFM or an editor honours (a lone CR is one in CommonMark) becomes a space.
    const oneLine = visibleControls(replaceLineBreaks(text, ' '));
    const escaped = oneLine
        .replace(ALWAYS, (ch) => `\\${ch}`)
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/([A-Za-z0-9])\.(?=[A-Za-z0-9])/g, '$1\\.');
    // Block syntax only counts at the start of a line: leading spaces (indented code), "-", "+", "=" (lists, setext
    // headings, thematic breaks) and "1." / "1)" (ordered lists).
    return escaped
        .replace(/^\s+/, '')
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A link for Markdown: "label: <url>" when the URL may be printed (see safeLinks.printableLinkUrl), else the label alone
 * with the org-relative path as text, so nothing unsafe is ever clickable. The URL is an autolink, never a link label.
 */
export function markdownLink(link: Link, baseUrl: string | null): string {
    const url = printableLinkUrl(link, baseUrl);
    if (url !== null) return `${escapeMarkdown(link.label)}: <${url}>`;
    return `${escapeMarkdown(link.label)} (${escapeMarkdown(unlinkedNote(link))})`;
}
