// Fields and tables for CSV (RFC 4180), safe to open in a spreadsheet: text that a spreadsheet would evaluate as a
// formula is neutralised (OWASP CSV injection), control and bidi characters are made visible, and a link's URL is
// written only when safeLinks allows it.
import type { Link } from './report';
import { printableLinkUrl, unlinkedNote } from './safeLinks';
import { replaceLineBreaks, visibleControls } from './terminalText';

export type CsvValue = string | number | boolean | null;

/** One RFC 4180 field. Text starting with = + - @ (or a tab / carriage return) gets a leading apostrophe so
 * spreadsheets show it instead of evaluating it as a formula (OWASP CSV injection). Line breaks stay (quoted); other
 * control and bidi characters become visible "\u001b"-style escapes. */
export function csvField(value: CsvValue): string {
    if (value === null) return '';
    let text = String(value);
    if (typeof value === 'string') {
        if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
        // One kind of line break inside a cell (a lone CR would return a terminal's cursor), controls visible.
        text = replaceLineBreaks(text, '\n').replace(/[^\t\n]+/g, (part) => visibleControls(part));
    }
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF line breaks, a header row, a trailing CRLF. */
export function toCsv(headers: string[], rows: CsvValue[][]): string {
    return [headers, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A link in a cell: its URL when it may be printed, else why it has none (in parentheses). */
export function csvLinkText(link: Link, baseUrl: string | null): string {
    return printableLinkUrl(link, baseUrl) ?? `(${unlinkedNote(link)})`;
}
