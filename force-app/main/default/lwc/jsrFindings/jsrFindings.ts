import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import { firstFew, formatLabel, formatNumber } from 'c/jsrUi';
import type { Finding, Severity } from 'c/jsrEngine';

type Filter = Severity | 'all';

interface FindingItem {
    key: string;
    finding: Finding;
}

interface FilterView {
    key: Filter;
    label: string;
    pressed: string;
    className: string;
}

/** How many findings show before "Show N more": the 100k-user sample org's findings fit in about three screens. */
export const FINDINGS_SHOWN = 5;

const FILTER_LABELS: Record<Filter, string> = {
    all: LABELS.filterAll,
    error: LABELS.filterErrors,
    warning: LABELS.filterWarnings,
    recommendation: LABELS.filterRecommendations,
    info: LABELS.filterInfo
};
const FILTERS: Filter[] = ['all', 'error', 'warning', 'recommendation', 'info'];

/** Findings, one per rule (the engine's order: errors first), filterable by severity, folded beyond the first few.
 * Findings about ways the org does not use are neutral, in their own folded group. */
export default class JsrFindings extends LightningElement {
    @api findings: Finding[] = [];
    /** aria-level of the finding titles. */
    @api headingLevel: number | string = 3;

    labels = LABELS;
    filter: Filter = 'all';
    expanded = false;

    get hasFindings(): boolean {
        return this.findings.length > 0;
    }

    get titleLevel(): number {
        return Number(this.headingLevel) || 3;
    }

    get filters(): FilterView[] {
        return FILTERS.filter((f) => f === 'all' || this.findings.some((finding) => finding.counts && finding.severity === f)).map((f) => {
            const count = f === 'all' ? this.counting.length : this.counting.filter((finding) => finding.severity === f).length;
            const active = this.filter === f;
            return {
                key: f,
                label: `${FILTER_LABELS[f]} (${formatNumber(count)})`,
                pressed: String(active),
                className: `slds-button ${active ? 'slds-button_brand' : 'slds-button_neutral'} slds-m-right_xx-small slds-m-bottom_xx-small filter`
            };
        });
    }

    private get counting(): Finding[] {
        return this.findings.filter((f) => f.counts);
    }

    private get filtered(): Finding[] {
        return this.counting.filter((f) => this.filter === 'all' || f.severity === this.filter);
    }

    get shown(): FindingItem[] {
        return firstFew(this.filtered, FINDINGS_SHOWN, this.expanded).rows.map((finding, index) => ({
            key: `${index}-${finding.ruleId}-${finding.severity}`,
            finding
        }));
    }

    get filteredEmpty(): boolean {
        return this.filtered.length === 0;
    }

    get hiddenCount(): number {
        return firstFew(this.filtered, FINDINGS_SHOWN, this.expanded).hidden;
    }

    get showMoreLabel(): string {
        return formatLabel(LABELS.showMore, formatNumber(this.hiddenCount));
    }

    get canFold(): boolean {
        return this.expanded && this.filtered.length > FINDINGS_SHOWN;
    }

    get notCounted(): FindingItem[] {
        return this.findings.filter((f) => !f.counts).map((finding, index) => ({ key: `n-${index}-${finding.ruleId}`, finding }));
    }

    get hasNotCounted(): boolean {
        return this.notCounted.length > 0;
    }

    get notCountedHeading(): string {
        return formatLabel(LABELS.findingsNotCounted, formatNumber(this.notCounted.length));
    }

    handleFilter(event: Event): void {
        this.filter = ((event.currentTarget as HTMLElement).dataset.filter ?? 'all') as Filter;
        this.expanded = false;
    }

    handleShowMore(): void {
        this.expanded = true;
    }

    handleShowFewer(): void {
        this.expanded = false;
    }
}
