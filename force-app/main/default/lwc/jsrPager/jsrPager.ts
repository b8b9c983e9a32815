import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import { PAGE_SIZE, formatLabel, formatNumber, pageRange } from 'c/jsrUi';
import type { PageRange } from 'c/jsrUi';

/** Previous/Next for a table the parent pages (the parent owns the page number and slices its rows). */
export default class JsrPager extends LightningElement {
    @api total = 0;
    @api page = 1;
    @api pageSize = PAGE_SIZE;
    /** Names the paged table for screen readers ("Pages of Active assignees"). */
    @api tableLabel = '';

    labels = LABELS;

    get range(): PageRange {
        return pageRange(this.total, this.page, this.pageSize);
    }

    get hasManyPages(): boolean {
        return this.range.pageCount > 1;
    }

    get rangeText(): string {
        const { first, last, total } = this.range;
        return formatLabel(LABELS.pagerRange, formatNumber(first), formatNumber(last), formatNumber(total));
    }

    get navLabel(): string {
        return formatLabel(LABELS.pagerNavigation, this.tableLabel);
    }

    get isFirst(): boolean {
        return this.range.page <= 1;
    }

    get isLast(): boolean {
        return this.range.page >= this.range.pageCount;
    }

    handlePrevious(): void {
        this.go(this.range.page - 1);
    }

    handleNext(): void {
        this.go(this.range.page + 1);
    }

    private go(page: number): void {
        this.dispatchEvent(new CustomEvent('pagechange', { detail: { page } }));
    }
}
