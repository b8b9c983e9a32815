import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import { formatLabel, formatNumber, safeUrl, verdictDisplay } from 'c/jsrUi';
import type { StatusDisplay } from 'c/jsrUi';
import type { ReadinessReport, Severity } from 'c/jsrEngine';

interface SeverityCount {
    key: Severity;
    text: string;
    count: string;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'pass'];
const GROUP_TEXT: Record<Severity, string> = {
    error: LABELS.groupErrors,
    warning: LABELS.groupWarnings,
    info: LABELS.groupInfo,
    pass: LABELS.groupPassed
};

/** The page header: which org, how ready it is overall, when the data was read, and Refresh. */
export default class JsrHeader extends LightningElement {
    @api report: ReadinessReport | null = null;
    @api loading = false;
    @api busy = false;

    labels = LABELS;

    get hasReport(): boolean {
        return this.report !== null;
    }

    get orgName(): string {
        if (!this.report) return '';
        return this.report.org.name ?? LABELS.orgNameUnknown;
    }

    get orgType(): string {
        const isSandbox = this.report?.org.isSandbox;
        if (isSandbox === true) return LABELS.sandbox;
        if (isSandbox === false) return LABELS.production;
        return LABELS.orgTypeUnknown;
    }

    get myDomainUrl(): string | null {
        return safeUrl(this.report?.org.myDomainUrl);
    }

    get overall(): StatusDisplay | null {
        return this.report ? verdictDisplay(this.report.overall.verdict) : null;
    }

    get scoreText(): string {
        return this.report ? formatLabel(LABELS.scoreValue, formatNumber(this.report.overall.score)) : '';
    }

    get headline(): string {
        return this.report?.overall.headline ?? '';
    }

    get severityCounts(): SeverityCount[] {
        const counts = this.report?.overall.counts;
        if (!counts) return [];
        return SEVERITY_ORDER.map((severity) => ({
            key: severity,
            text: GROUP_TEXT[severity],
            count: formatNumber(counts[severity])
        }));
    }

    get capturedAt(): string {
        return this.report?.capturedAt ?? '';
    }

    get showReading(): boolean {
        return this.loading || this.busy;
    }

    get refreshDisabled(): boolean {
        return this.loading || this.busy;
    }

    handleRefresh(): void {
        this.dispatchEvent(new CustomEvent('refresh'));
    }
}
