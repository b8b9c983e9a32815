import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import { safeUrl, verdictDisplay } from 'c/jsrUi';
import type { StatusDisplay } from 'c/jsrUi';
import type { Link, PlanStep, ReadinessReport } from 'c/jsrEngine';

/** The page header: which org, its overall verdict, where to start (the plan's first step), when the data was read,
 * and Refresh. It shows what the report says; it decides nothing. */
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

    get overallClass(): string {
        return `${this.overall?.badgeClass ?? ''} overall`;
    }

    get verdict(): string {
        return this.report?.overall.verdict ?? '';
    }

    get countsLine(): string {
        return this.report?.overall.countsLine ?? '';
    }

    get headline(): string {
        return this.report?.overall.headline ?? '';
    }

    /** The plan's first step: the same object as report.plan[0]. */
    get startHere(): PlanStep | null {
        return this.report?.overall.startHere ?? null;
    }

    get noStep(): boolean {
        return this.startHere === null;
    }

    get startHereLinks(): Link[] {
        return this.startHere?.links ?? [];
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
