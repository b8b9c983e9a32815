import { LightningElement, api } from 'lwc';
import { decodeOAuthError } from 'c/jsrEngine';
import type { DecodedError, OrgSnapshot } from 'c/jsrEngine';
import { LABELS } from 'c/jsrLabels';
import { NEW_TAB_SUFFIX, SOURCE_LEAD, errorMessage, safeUrl, sourceTail } from 'c/jsrUi';

/** Paste the error a user saw (message or redirect URL) and read the decoder's cause and fix. */
export default class JsrErrorDecoder extends LightningElement {
    /** Optional: with the org's snapshot the fix can name this org's install link. */
    @api snapshot: OrgSnapshot | null = null;

    labels = LABELS;
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

    handleDecode(): void {
        this.decodeError = null;
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
