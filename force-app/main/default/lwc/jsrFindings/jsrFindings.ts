import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import { formatNumber, pageOf } from 'c/jsrUi';
import type { Finding, Severity } from 'c/jsrEngine';

interface FindingItem {
    key: string;
    finding: Finding;
}

interface GroupView {
    key: Severity;
    heading: string;
    tableLabel: string;
    total: number;
    page: number;
    /** Passed checks start folded away: what needs doing comes first. */
    folded: boolean;
    findings: FindingItem[];
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'pass'];
const GROUP_HEADINGS: Record<Severity, string> = {
    error: LABELS.groupErrors,
    warning: LABELS.groupWarnings,
    info: LABELS.groupInfo,
    pass: LABELS.groupPassed
};

/** Findings grouped by severity (errors first), each group paged 25 at a time. */
export default class JsrFindings extends LightningElement {
    @api findings: Finding[] = [];
    /** aria-level of the group headings; finding titles sit one level below. */
    @api headingLevel: number | string = 3;

    labels = LABELS;
    pages: Record<Severity, number> = { error: 1, warning: 1, info: 1, pass: 1 };

    get hasFindings(): boolean {
        return this.findings.length > 0;
    }

    get groupLevel(): number {
        return Number(this.headingLevel) || 3;
    }

    get titleLevel(): number {
        return this.groupLevel + 1;
    }

    get groups(): GroupView[] {
        const groups: GroupView[] = [];
        for (const severity of SEVERITY_ORDER) {
            const all = this.findings.filter((finding) => finding.severity === severity);
            if (all.length === 0) continue;
            const window = pageOf(all, this.pages[severity]);
            groups.push({
                key: severity,
                heading: `${GROUP_HEADINGS[severity]} (${formatNumber(all.length)})`,
                tableLabel: GROUP_HEADINGS[severity],
                total: all.length,
                page: window.page,
                folded: severity === 'pass',
                findings: window.rows.map((finding, index) => ({ key: `${severity}-${window.first + index}-${finding.ruleId}`, finding }))
            });
        }
        return groups;
    }

    handlePageChange(event: CustomEvent<{ page: number }>): void {
        const severity = (event.currentTarget as HTMLElement).dataset.severity as Severity;
        this.pages = { ...this.pages, [severity]: event.detail.page };
    }
}
