// Text for a terminal: values from the org or from a file (names, labels, sign-in statuses, a pasted error URL) must
// never act on the terminal. Control characters (C0, DEL, C1: ESC starts colour, cursor and OSC sequences, CR returns to
// the start of the line, BS erases, BEL rings) and the Unicode bidirectional controls that reorder what is shown
// (the "Trojan Source" characters, CVE-2021-42574) are made visible as \u escapes; line breaks inside a value become
// one space, so a value can never start a line of its own (a forged "Status: READY" line).

/** Line breaks a terminal or an editor honours: CR LF, LF, CR, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;

/** C0 controls but LF and CR (TAB included), DEL, C1 controls, and the bidi marks, embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0009\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeCode(ch: string): string {
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Control and bidi characters as visible "\u001b"-style escapes (TAB becomes a space); line breaks are kept. */
export function visibleControls(text: string): string {
    return text.replace(CONTROLS, (ch) => (ch === '\t' ? ' ' : escapeCode(ch)));
}

/** Every kind of line break (CR LF, a lone CR, VT, FF, NEL, U+2028, U+2029) as the given text, e.g. "\n" or " ". */
export function replaceLineBreaks(text: string, replacement: string): string {
    return text.replace(LINE_BREAKS, replacement);
}

/** One terminal line of text: line breaks become a space, controls become visible. */
export function terminalLine(text: string): string {
    return visibleControls(replaceLineBreaks(text, ' '));
}

/** Characters JSON.stringify leaves raw in strings but a terminal would act on or reorder: DEL, C1, bidi controls and
 * the Unicode line and paragraph separators. */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

/** JSON for a terminal: JSON.stringify (which escapes C0 controls) plus \u escapes for what it leaves raw; still the
 * same JSON value. */
export function terminalJson(value: unknown): string {
    return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, escapeCode);
}
