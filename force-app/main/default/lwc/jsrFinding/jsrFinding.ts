import { LightningElement, api } from 'lwc';
import type { Finding, Link } from 'c/jsrEngine';
import { LABELS } from 'c/jsrLabels';
import { NEW_TAB_SUFFIX, SOURCE_LEAD, findingDisplay, firstFew, formatLabel, formatNumber, safeUrl, sourceTail } from 'c/jsrUi';
import type { StatusDisplay } from 'c/jsrUi';

interface ItemView {
    key: string;
    label: string;
    detail: string;
    neutral: boolean;
    links: Link[];
}

/** Rows shown before "Show N more". */
export const ITEMS_SHOWN = 5;

/** One finding: what it found (a row per app, holder or section, each linking to the thing itself), what to do, and
 * "How we know" (the evidence, the caveats, the dated source) folded away. */
export default class JsrFinding extends LightningElement {
    @api finding: Finding | null = null;
    /** aria-level of the finding's title. */
    @api headingLevel: number | string = 4;

    labels = LABELS;
    newTabSuffix = NEW_TAB_SUFFIX;
    sourceLead = SOURCE_LEAD;
    expanded = false;

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
        return findingDisplay(this.view.severity, this.view.counts);
    }

    get items(): ItemView[] {
        return firstFew(this.view.items, ITEMS_SHOWN, this.expanded).rows.map((item, index) => ({
            key: `item-${index}`,
            label: item.label,
            detail: item.detail,
            neutral: !item.counts,
            links: item.links
        }));
    }

    get hiddenItems(): number {
        return firstFew(this.view.items, ITEMS_SHOWN, this.expanded).hidden;
    }

    get showMoreLabel(): string {
        return formatLabel(LABELS.showMore, formatNumber(this.hiddenItems));
    }

    get notUsedText(): string {
        return ` (${LABELS.usageNotUsed})`;
    }

    get howWeKnow(): { key: string; text: string }[] {
        const how = this.view.howWeKnow;
        return [...how.evidence, ...how.caveats].map((text, index) => ({ key: `how-${index}`, text }));
    }

    get hasRemediation(): boolean {
        return this.view.remediation.length > 0;
    }

    get sourceTitle(): string {
        return this.view.howWeKnow.source.title;
    }

    get sourceHref(): string | null {
        return safeUrl(this.view.howWeKnow.source.url);
    }

    get sourceTail(): string {
        return sourceTail(this.view.howWeKnow.source.effectiveDate);
    }

    handleShowMore(): void {
        this.expanded = true;
    }
}
