/**
 * What the OAuth error decoder reads from a paste: Salesforce's error code and description from a redirect URL, a
 * token-endpoint JSON body, a REST error body or Jetstream's own error page, else the text itself.
 *
 * Bounded work: every step is a fixed number of linear passes over the input (no pass per nesting level, no regular
 * expression that can backtrack), so the time grows with the input's length and nothing else. The tab and the CLI also
 * refuse input longer than DECODER_MAX_INPUT_LENGTH, but the decoder does not rely on that.
 */

/**
 * The most the tab's field and the CLI's --decode accept, in UTF-16 code units (what a textarea's maxlength and a
 * JavaScript string's length count). Real pastes are far shorter: Salesforce's error page URL, an authorize URL with
 * its state and PKCE challenge, a JSON error body or the text of an error page are a few hundred characters to a few
 * KB, and web servers commonly refuse request lines over 8 KB, so a redirect URL cannot be longer than that. Four times
 * that leaves room for a paste with surrounding text.
 */
export const DECODER_MAX_INPUT_LENGTH = 32_768;

/** True when the tab and the CLI refuse the input (longer than DECODER_MAX_INPUT_LENGTH). */
export function isDecoderInputTooLong(text: string): boolean {
    return text.length > DECODER_MAX_INPUT_LENGTH;
}

/**
 * How many times the whole input is read for URL parameters: as pasted, then after decoding its percent escapes once,
 * then twice (a URL copied out of another URL's parameter, or out of a log that encoded it again). Deeper nesting is
 * not unwrapped: no real paste has it, and each level costs a pass over the input.
 */
export const MAX_PARAMETER_PASSES = 3;

/** application/x-www-form-urlencoded decoding that never throws: "+" is a space, broken %xx stays as typed. */
export function decodeFormComponent(value: string): string {
    // split/join rather than a global replace: as fast with one "+" as with half a million.
    return decodePercentRuns(value.split('+').join(' '));
}

/** A run of %xx escapes that is valid UTF-8 (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF), so
 * decodeURIComponent cannot throw on it. Each alternative starts with a different lead byte, so a failing run is
 * rejected in one pass. */
const VALID_UTF8_RUN = new RegExp(
    '^(?:' +
        [
            '%[0-7][0-9a-f]',
            '%(?:c[2-9a-f]|d[0-9a-f])%[89ab][0-9a-f]',
            '%e0%[ab][0-9a-f]%[89ab][0-9a-f]',
            '%(?:e[1-9abcef])%[89ab][0-9a-f]%[89ab][0-9a-f]',
            '%ed%[89][0-9a-f]%[89ab][0-9a-f]',
            '%f0%(?:9[0-9a-f]|[ab][0-9a-f])%[89ab][0-9a-f]%[89ab][0-9a-f]',
            '%f[123]%[89ab][0-9a-f]%[89ab][0-9a-f]%[89ab][0-9a-f]',
            '%f4%8[0-9a-f]%[89ab][0-9a-f]%[89ab][0-9a-f]'
        ].join('|') +
        ')+$',
    'i'
);

/** Decodes each run of %xx escapes once; a run that is not valid UTF-8 keeps its non-ASCII escapes as typed. Checked
 * first rather than caught: an exception per run would cost far more than the decoding. */
function decodePercentRuns(value: string): string {
    return value.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
        if (VALID_UTF8_RUN.test(run)) return decodeURIComponent(run);
        return run.replace(/%([0-7][0-9a-f])/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    });
}

export interface OAuthErrorParameters {
    error: string | null;
    errorDescription: string | null;
}

const NONE: OAuthErrorParameters = { error: null, errorDescription: null };

function stringField(record: Record<string, unknown>, name: string): string | null {
    const value = record[name];
    return typeof value === 'string' ? value : null;
}

/** Salesforce's token endpoint answers {"error", "error_description"}; its REST API answers [{"errorCode", "message"}]
 * (REST API Developer Guide, Status Codes and Error Responses). */
function jsonErrorBody(text: string): OAuthErrorParameters | null {
    if (!text.startsWith('{') && !text.startsWith('[')) return null;
    // Parse only what could be an error body (JSON.parse is linear, but a megabyte of brackets is not worth it).
    if (!/"(?:error|errorCode|error_description|message)"\s*:/.test(text)) return null;
    let body: unknown;
    try {
        body = JSON.parse(text);
    } catch {
        return null; // Not JSON after all: read it as a URL or text.
    }
    const first: unknown = Array.isArray(body) ? body[0] : body;
    if (first === null || typeof first !== 'object') return null;
    const record = first as Record<string, unknown>;
    const error = stringField(record, 'error') ?? stringField(record, 'errorCode');
    // "message" alone is any JSON's message; it is the description only next to an error code.
    const description = stringField(record, 'error_description') ?? (error === null ? null : stringField(record, 'message'));
    return error !== null || description !== null ? { error, errorDescription: description } : null;
}

/**
 * error and error_description from the query string or fragment of a URL anywhere in the text. Jetstream's own error
 * pages (/oauth-link/ and /canvas-auth/) carry Salesforce's code as `error` and the description as `message`, so
 * `message` counts as the description when an `error` is present and `error_description` is not.
 */
function urlParameters(text: string): OAuthErrorParameters {
    let error: string | null = null;
    let description: string | null = null;
    let message: string | null = null;
    // One left-to-right scan; a value ends at &, # or a line break, and the next search starts after it.
    const parameter = /(?:^|[?&#;\s])(error|error_description|message)=([^&#\r\n]*)/gi;
    for (let match = parameter.exec(text); match !== null; match = parameter.exec(text)) {
        const value = decodeFormComponent(match[2] ?? '').trim();
        const name = (match[1] ?? '').toLowerCase();
        if (name === 'error') error ??= value;
        else if (name === 'error_description') description ??= value;
        else message ??= value;
    }
    if (error === null && description === null) return NONE;
    return { error, errorDescription: description ?? message };
}

/** A URL-encoded error parameter ("error%3D", "error_description%3D"), i.e. a URL pasted still encoded. */
const ENCODED_PARAMETER = /error(?:_description)?%(?:25)*3D/i;

/** error / error_description from a URL, a query string fragment or a JSON error body anywhere in the input. */
export function extractErrorParameters(input: string): OAuthErrorParameters {
    const trimmed = input.trim();
    const body = jsonErrorBody(trimmed);
    if (body !== null) return body;
    let text = trimmed;
    for (let pass = 1; ; pass++) {
        const found = urlParameters(text);
        if (found !== NONE || pass === MAX_PARAMETER_PASSES || !ENCODED_PARAMETER.test(text)) return found;
        // The whole URL was pasted URL-encoded (e.g. copied from another redirect's parameter): decode it once more.
        text = decodePercentRuns(text);
    }
}

/** Every run of whitespace becomes one space. A single space is left alone (a replace per word would be slow). */
function collapseWhitespace(text: string): string {
    return text.replace(/ \s+|[^\S ]\s*/g, ' ').trim();
}

/** The input as the decoder matches it: the error code and description it carries, and the text around them. */
export interface ReadInput {
    /** What the user saw: "error: error_description" when the input carries OAuth parameters, else the text with URL
     * escapes decoded and whitespace collapsed. Shown back to the admin as "What was read". */
    normalized: string;
    /** True when error or error_description were found. */
    hasParameters: boolean;
    /** The text the patterns are matched against: the normalized form, plus the whole input decoded once when the
     * parameters leave text around them (e.g. an app name or Salesforce's page text next to the URL). */
    haystack: string;
}

export function readOAuthErrorInput(input: string): ReadInput {
    const { error, errorDescription } = extractErrorParameters(input);
    const hasParameters = Boolean(error || errorDescription);
    const decoded = collapseWhitespace(decodeFormComponent(input));
    if (hasParameters) {
        const normalized = [error, errorDescription].filter((part) => part).join(': ');
        return { normalized, hasParameters, haystack: `${normalized}\n${decoded}` };
    }
    // Plain text keeps its "+" signs unless it also has %xx escapes (then it was form-encoded).
    const normalized = /%[0-9a-f]{2}/i.test(input) ? decoded : collapseWhitespace(input);
    return { normalized, hasParameters, haystack: normalized === decoded ? normalized : `${normalized}\n${decoded}` };
}

/** What the user saw, normalised (see ReadInput.normalized). */
export function normalizeOAuthErrorInput(input: string): string {
    return readOAuthErrorInput(input).normalized;
}
