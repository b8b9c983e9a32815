import { LightningElement, api } from 'lwc';
import { DECODER_MAX_INPUT_LENGTH, decodeOAuthError, isDecoderInputTooLong } from 'c/jsrEngine';
import type { DecodedError, OrgSnapshot } from 'c/jsrEngine';
import { LABELS } from 'c/jsrLabels';
import { NEW_TAB_SUFFIX, SOURCE_LEAD, errorMessage, formatLabel, formatNumber, safeUrl, sourceTail } from 'c/jsrUi';

/** Paste the error a user saw (message or redirect URL) and read the decoder's cause and fix. */
export default class JsrErrorDecoder extends LightningElement {
    /** Optional: with the org's snapshot the fix can name this org's install link. */
    @api snapshot: OrgSnapshot | null = null;

    labels = LABELS;
    /** The field's max-length: the engine's limit, the same as the CLI's --decode. */
    maxLength = DECODER_MAX_INPUT_LENGTH;
    newTabSuffix = NEW_TAB_SUFFIX;
    sourceLead = SOURCE_LEAD;
    input = '';
    result: DecodedError | null = null;
    decodeError: string | null = null;
    showEmptyHint = false;

    // lightning-textarea: its change event carries the value on every keystroke.
    handleInput(event: CustomEvent<{ value?: string }>): void {
        this.input = event.detail?.value ?? (event.target as HTMLTextAreaElement).value ?? '';
        this.showEmptyHint = false;
    }

    /** The field is full: the browser cut the paste at maxlength (or a script set a longer value, which is refused). */
    get atLimit(): boolean {
        return this.input.length >= DECODER_MAX_INPUT_LENGTH;
    }

    get tooLongText(): string {
        return formatLabel(LABELS.decoderTooLong, formatNumber(DECODER_MAX_INPUT_LENGTH));
    }

    handleDecode(): void {
        this.decodeError = null;
        if (isDecoderInputTooLong(this.input)) {
            this.result = null;
            return;
        }
        const text = this.input.trim();
        if (!text) {
            this.result = null;
            this.showEmptyHint = true;
            return;
        }
        try {
            this.result = decodeOAuthError(text, this.snapshot);
        } catch (error) {
            this.result = null;
            this.decodeError = errorMessage(error);
        }
    }

    get statusText(): string {
        return this.result?.matched ? LABELS.decoderKnown : LABELS.decoderUnknown;
    }

    get statusClass(): string {
        return this.result?.matched ? 'slds-badge slds-theme_warning' : 'slds-badge slds-badge_lightest';
    }

    get hasFix(): boolean {
        return (this.result?.fix.length ?? 0) > 0;
    }

    get sourceTitle(): string {
        return this.result?.source?.title ?? '';
    }

    get sourceHref(): string | null {
        return safeUrl(this.result?.source?.url);
    }

    get sourceTailText(): string {
        const date = this.result?.source?.effectiveDate;
        return date ? sourceTail(date) : '';
    }

    get hasSource(): boolean {
        return Boolean(this.result?.source);
    }
}
