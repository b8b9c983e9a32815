import { createElement } from 'lwc';
import { DECODER_MAX_INPUT_LENGTH, decodeOAuthError } from 'c/jsrEngine';
import type { OrgSnapshot } from 'c/jsrEngine';
import JsrErrorDecoder from '../jsrErrorDecoder';
import { clone, flushPromises, loadSnapshot, resetDom, textOf } from 'test-kit';

type DecoderElement = HTMLElement & { snapshot: OrgSnapshot | null };

const NOT_APPROVED = "This app hasn't been approved for use in this organization";

function render(snapshot: OrgSnapshot | null = null): DecoderElement {
    const element = createElement('c-jsr-error-decoder', { is: JsrErrorDecoder }) as DecoderElement;
    element.snapshot = snapshot;
    document.body.appendChild(element);
    return element;
}

async function decode(element: DecoderElement, text: string): Promise<void> {
    // lightning-textarea: its change event carries the value (sfdx-lwc-jest renders base components as stubs).
    const textarea = element.shadowRoot!.querySelector<HTMLElement & { value: string }>('lightning-textarea.error-input')!;
    textarea.value = text;
    textarea.dispatchEvent(new CustomEvent('change', { detail: { value: text } }));
    element.shadowRoot!.querySelector<HTMLElement>('lightning-button.decode')!.click();
    await flushPromises();
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-error-decoder', () => {
    afterEach(resetDom);

    it('labels the input and the button', async () => {
        const element = render();
        const textarea = element.shadowRoot!.querySelector<HTMLElement & { label: string }>('lightning-textarea.error-input')!;
        expect(textarea.label).toBe('Error message or URL the user saw');
        expect((element.shadowRoot!.querySelector('lightning-button.decode') as HTMLElement & { label: string }).label).toBe('Explain');
        await expect(element).toBeAccessible();
    });

    it('asks for an error when the input is empty', async () => {
        const element = render();
        await decode(element, '   ');
        expect(textOf(element.shadowRoot!.querySelector('.empty-hint'))).toBe('Paste an error first.');
        expect(element.shadowRoot!.querySelector('.result')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('explains a known error with its cause, fix steps and dated source', async () => {
        const element = render();
        await decode(element, NOT_APPROVED);
        const expected = decodeOAuthError(NOT_APPROVED, null);
        expect(expected.matched).toBe(true);
        const result = element.shadowRoot!.querySelector('.result') as HTMLElement;
        expect(result.dataset.id).toBe(expected.id);
        expect(textOf(result)).toContain('Known error');
        expect(textOf(result.querySelector('.cause'))).toBe(expected.cause);
        expect(result.querySelectorAll('.fix li')).toHaveLength(expected.fix.length);
        const source = result.querySelector('.source')!;
        expect(textOf(source)).toContain(expected.source!.title);
        expect(textOf(source)).toContain(`in effect since ${expected.source!.effectiveDate}`);
        expect(source.querySelector('a')!.getAttribute('href')).toBe(expected.source!.url);
        expect(source.querySelector('a')!.getAttribute('target')).toBe('_blank');
        await expect(element).toBeAccessible();
    });

    it("turns the fix into this org's install link when the org has been read", async () => {
        const element = render(loadSnapshot('prod-nothing-installed'));
        await decode(element, NOT_APPROVED);
        const hrefs = Array.from(element.shadowRoot!.querySelectorAll('.fix a')).map((a) => a.getAttribute('href'));
        expect(hrefs).toContain(
            'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF'
        );
        await expect(element).toBeAccessible();
    });

    it('decodes the redirect URL a user copied from the address bar', async () => {
        const url =
            'https://jetstream.example/oauth/callback?error=OAUTH_APP_BLOCKED&error_description=this%20app%20is%20blocked%20by%20admin';
        const element = render();
        await decode(element, url);
        const expected = decodeOAuthError(url, null);
        expect(textOf(element.shadowRoot!.querySelector('.normalized'))).toBe(expected.normalized.replace(/\s+/g, ' ').trim());
        expect(textOf(element.shadowRoot!.querySelector('.cause'))).toBe(expected.cause);
    });

    it('says when an error is not one it knows, and what to check', async () => {
        const element = render();
        await decode(element, 'something entirely different happened');
        const expected = decodeOAuthError('something entirely different happened', null);
        expect(expected.matched).toBe(false);
        expect(textOf(element.shadowRoot!.querySelector('.result'))).toContain('Not a known error');
        expect(textOf(element.shadowRoot!.querySelector('.cause'))).toBe(expected.cause);
        await expect(element).toBeAccessible();
    });

    it('caps the field at the engine’s limit and says so when a paste fills it', async () => {
        const element = render();
        const textarea = element.shadowRoot!.querySelector<HTMLElement & { maxLength: number }>('lightning-textarea.error-input')!;
        expect(textarea.maxLength).toBe(DECODER_MAX_INPUT_LENGTH);
        await decode(element, 'invalid_grant');
        expect(element.shadowRoot!.querySelector('.too-long')).toBeNull();

        // A paste the browser cut at maxlength: decoded, with the message under the field.
        const full = `invalid_grant ${'x'.repeat(DECODER_MAX_INPUT_LENGTH - 14)}`;
        await decode(element, full);
        expect(textOf(element.shadowRoot!.querySelector('.too-long'))).toBe(
            'This field holds at most 32,768 characters, so anything pasted beyond that was cut off. Paste only the URL from the address bar of the error page, or the JSON body of the error.'
        );
        expect((element.shadowRoot!.querySelector('.result') as HTMLElement).dataset.id).toBe('oauth.invalid-grant');
        await expect(element).toBeAccessible();

        // Longer than the limit (only a script can set that): refused, nothing decoded.
        await decode(element, `${full}x`);
        expect(element.shadowRoot!.querySelector('.result')).toBeNull();
        expect(element.shadowRoot!.querySelector('.too-long')).not.toBeNull();
    });

    it('shows a failure of the decoder inside the section instead of throwing', async () => {
        const broken = clone(loadSnapshot('prod-nothing-installed')) as unknown as Record<string, unknown>;
        broken.catalog = null;
        broken.apps = null;
        const element = render(broken as unknown as OrgSnapshot);
        await decode(element, NOT_APPROVED);
        const failure = element.shadowRoot!.querySelector('.decode-error');
        expect(failure).not.toBeNull();
        expect(textOf(failure)).toContain('The error could not be explained');
        expect(failure!.getAttribute('role')).toBe('alert');
        await expect(element).toBeAccessible();
    });
});
