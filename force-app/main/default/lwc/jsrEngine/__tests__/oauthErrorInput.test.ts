import {
    DECODER_MAX_INPUT_LENGTH,
    MAX_PARAMETER_PASSES,
    decodeFormComponent,
    extractErrorParameters,
    isDecoderInputTooLong,
    readOAuthErrorInput
} from '../oauthErrorInput';
import { decodeOAuthError } from '../oauthErrors';
import { loadSnapshot } from 'test-kit';

describe('the input cap', () => {
    it('accepts exactly DECODER_MAX_INPUT_LENGTH characters and refuses one more', () => {
        expect(DECODER_MAX_INPUT_LENGTH).toBe(32_768);
        expect(isDecoderInputTooLong('x'.repeat(DECODER_MAX_INPUT_LENGTH))).toBe(false);
        expect(isDecoderInputTooLong('x'.repeat(DECODER_MAX_INPUT_LENGTH + 1))).toBe(true);
    });

    it('is generous for real pastes: a long redirect URL and a JSON body fit many times over', () => {
        const url = `https://acme.my.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_grant&error_description=${encodeURIComponent('ip restricted or invalid login hours '.repeat(100))}&state=${'s'.repeat(2000)}`;
        expect(url.length).toBeLessThan(DECODER_MAX_INPUT_LENGTH / 4);
        expect(decodeOAuthError(url).id).toBe('oauth.ip-restricted');
    });
});

describe('bounded percent-decoding', () => {
    const encode = (text: string, times: number): string => {
        let out = text;
        for (let i = 0; i < times; i++) out = encodeURIComponent(out);
        return out;
    };
    const url = 'https://acme.my.salesforce.com/x?error=invalid_client&error_description=app+must+be+installed+into+org';

    it('reads a URL pasted once or twice encoded', () => {
        expect(MAX_PARAMETER_PASSES).toBe(3);
        for (const times of [1, 2]) {
            expect(extractErrorParameters(encode(url, times))).toEqual({
                error: 'invalid_client',
                errorDescription: 'app must be installed into org'
            });
        }
    });

    it('stops after MAX_PARAMETER_PASSES reads instead of unwrapping every level', () => {
        expect(extractErrorParameters(encode(url, MAX_PARAMETER_PASSES))).toEqual({ error: null, errorDescription: null });
        expect(decodeOAuthError(encode(url, 10)).matched).toBe(false);
    });

    it('decodes a run of escapes that is not valid UTF-8 without throwing, keeping it as typed', () => {
        expect(decodeFormComponent('%E0%A4%A %C0%AF %ED%A0%80 %F4%90%80%80 %41')).toBe('%E0%A4%A %C0%AF %ED%A0%80 %F4%90%80%80 A');
        expect(decodeFormComponent('%C3%A9%E2%82%AC%F0%9F%98%80')).toBe('é€😀');
    });

    it('reads a JSON body only when it has an error field: brackets alone are text', () => {
        expect(extractErrorParameters('[[[[[[[[ error=x')).toEqual({ error: 'x', errorDescription: null });
        expect(readOAuthErrorInput('{"errorCode":"API_CURRENTLY_DISABLED","message":"API is disabled for this User"}').normalized).toBe(
            'API_CURRENTLY_DISABLED: API is disabled for this User'
        );
    });
});

/**
 * Hostile input of 1 MB (2^20 characters), each kind aimed at a pass the decoder makes: nested %25 encoding (the review
 * took 4.8 s at 1 MB and 39 s at 4 MB with one pass per level), long runs of escapes that are not valid UTF-8, "+" and
 * whitespace (replacements), error= repeats (the parameter scan), bracket nesting (the JSON check), app names (the
 * app detection) and near-misses of the patterns. The engine itself is bounded; the tab and the CLI also refuse input
 * over DECODER_MAX_INPUT_LENGTH.
 *
 * The bound is the issue's: under a second each. Measured at 3 to 200 ms each on a shared 2-core machine at load 3 to
 * 7.4, with and without coverage, so the bound leaves a wide margin for load.
 */
describe('decoding time is linear in the input length', () => {
    const MB = 1 << 20;
    const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
    const nestedPercent = (): string => {
        let text = '';
        for (let level = 0; text.length < MB; level++) text += `xerror%${'25'.repeat(level)}3D `;
        return text.slice(0, MB);
    };
    const hostile: readonly (readonly [string, string])[] = [
        ['nested %25 encoding', nestedPercent()],
        ['%25 repeated', fill('%25')],
        ['escapes that are not UTF-8', fill('%E0%A4%A')],
        ['valid escapes', fill('%C3%A9')],
        ['plus signs', fill('a+')],
        ['whitespace', fill(' \n\t')],
        ['error= repeated', fill('error=')],
        ['&error=x repeated', fill('&error=x')],
        ['error_description with a 1 MB value', `error=invalid_grant&error_description=${fill('ip+restricted+')}`],
        ['JSON-looking brackets', `{"error":${fill('[')}`],
        ['one letter', fill('a')],
        ['app names', fill('Jetstream Desktop ')],
        ['pattern near-misses', fill('invalid_grant ip restricted or invalid login access- User is ')]
    ];
    const timings: string[] = [];
    const snapshot = loadSnapshot('prod-nothing-installed');

    afterAll(() => {
        // Printed (not asserted beyond the bound) so a run shows how far from the bound it is.
        process.stdout.write(`decoder on 1 MB of hostile input: ${timings.join(', ')}\n`);
    });

    it.each(hostile)('%s: under a second', (name, input) => {
        expect(input.length).toBeGreaterThanOrEqual(MB);
        const started = performance.now();
        const decoded = decodeOAuthError(input, snapshot);
        const elapsed = performance.now() - started;
        timings.push(`${name} ${elapsed.toFixed(0)} ms`);
        expect(decoded.id).toMatch(/^(?:unknown|oauth\.|jetstream\.)/);
        expect(elapsed).toBeLessThan(1000);
    });
});
