import { LightningElement } from 'lwc';
import getSnapshot from '@salesforce/apex/JSR_ReadinessController.getSnapshot';
import getActivity from '@salesforce/apex/JSR_ReadinessController.getActivity';
import { evaluateSnapshot, parseSnapshot, withActivity } from 'c/jsrEngine';
import type { ActivityAnswer } from 'c/jsrEngine';
import type { OrgSnapshot, ReadinessReport, UserReport } from 'c/jsrEngine';
import { LABELS } from 'c/jsrLabels';
import { errorMessage } from 'c/jsrUi';

/**
 * The Jetstream Readiness tab (lightning__Tab). Reads the org once through Apex — getSnapshot, and beside it the
 * activity call getActivity (frozen users, refused sign-ins), each within its own SOQL budget — merges, parses and
 * evaluates it with the readiness engine, and lays out the sections. The activity call failing leaves only its sections
 * unread. Every section is its own error boundary (c-jsr-section):
 * whatever fails, the header and the other sections stay usable.
 */
export default class JsrReadinessTab extends LightningElement {
    labels = LABELS;
    snapshot: OrgSnapshot | null = null;
    report: ReadinessReport | null = null;
    /** The last user checked in "Check a user", so the Markdown export can include them. */
    userReport: UserReport | null = null;
    /** Reading the org with nothing to show yet. */
    isLoading = true;
    /** Reading the org again while the previous report stays on screen. */
    isRefreshing = false;
    loadErrorTitle: string = LABELS.loadErrorTitle;
    loadError: string | null = null;

    private loadSequence = 0;

    connectedCallback(): void {
        void this.load();
    }

    get hasReport(): boolean {
        return this.report !== null;
    }

    async load(): Promise<void> {
        const sequence = ++this.loadSequence;
        this.isLoading = this.report === null;
        this.isRefreshing = this.report !== null;
        this.loadError = null;
        let stage: 'read' | 'evaluate' = 'read';
        try {
            const [core, activity] = await Promise.all([getSnapshot(), readActivity()]);
            const snapshot = withActivity(parseSnapshot(core), activity);
            if (sequence !== this.loadSequence) return;
            stage = 'evaluate';
            const report = evaluateSnapshot(snapshot);
            this.snapshot = snapshot;
            this.report = report;
            this.userReport = null;
        } catch (error) {
            if (sequence !== this.loadSequence) return;
            this.loadErrorTitle = stage === 'read' ? LABELS.loadErrorTitle : LABELS.engineErrorTitle;
            this.loadError = errorMessage(error);
        } finally {
            if (sequence === this.loadSequence) {
                this.isLoading = false;
                this.isRefreshing = false;
            }
        }
    }

    handleRefresh(): void {
        void this.load();
    }

    handleUserReport(event: CustomEvent<UserReport>): void {
        this.userReport = event.detail;
    }
}

/** The activity call's answer, or the error it failed with: its failure is its sections', not the tab's. */
function readActivity(): Promise<ActivityAnswer> {
    return getActivity().then(
        (json) => ({ json }),
        (error: unknown) => ({ error: errorMessage(error) })
    );
}
