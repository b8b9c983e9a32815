import { LightningElement, api } from 'lwc';
import type { Finding } from 'c/jsrEngine';
import { LABELS } from 'c/jsrLabels';
import { NEW_TAB_SUFFIX, SOURCE_LEAD, safeUrl, severityDisplay, sourceTail } from 'c/jsrUi';
import type { StatusDisplay } from 'c/jsrUi';

/** One finding: what the org shows, what to do (with the Setup page or install link), and the dated source. */
export default class JsrFinding extends LightningElement {
    @api finding: Finding | null = null;
    /** aria-level of the finding's title. */
    @api headingLevel: number | string = 4;

    labels = LABELS;
    newTabSuffix = NEW_TAB_SUFFIX;
    sourceLead = SOURCE_LEAD;

    get view(): Finding {
        if (!this.finding) throw new Error('No finding to show.');
        return this.finding;
    }

    get hasFinding(): boolean {
        return this.finding !== null;
    }

    get titleLevel(): number {
        return Number(this.headingLevel) || 4;
    }

    get severity(): StatusDisplay {
        return severityDisplay(this.view.severity);
    }

    get evidence(): { key: string; text: string }[] {
        return this.view.evidence.map((text, index) => ({ key: `evidence-${index}`, text }));
    }

    get hasEvidence(): boolean {
        return this.view.evidence.length > 0;
    }

    get hasRemediation(): boolean {
        return this.view.remediation.length > 0;
    }

    get sourceHref(): string | null {
        return safeUrl(this.view.source.url);
    }

    get sourceTail(): string {
        return sourceTail(this.view.source.effectiveDate);
    }
}
