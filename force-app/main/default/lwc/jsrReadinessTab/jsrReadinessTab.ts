import { LightningElement } from 'lwc';
import getSnapshot from '@salesforce/apex/JSR_ReadinessController.getSnapshot';
import getActivity from '@salesforce/apex/JSR_ReadinessController.getActivity';
import { evaluateSnapshot, parseSnapshot, withActivity } from 'c/jsrEngine';
import type { ActivityAnswer, OrgSnapshot, ReadinessReport, UserReport } from 'c/jsrEngine';
import { LABELS } from 'c/jsrLabels';
import { errorMessage } from 'c/jsrUi';

/**
 * The Jetstream Readiness tab (lightning__Tab). Reads the org through Apex - getSnapshot, and beside it the activity
 * call getActivity (frozen users, refused sign-ins, every other app in use, failed sign-ins per day), each within its
 * own SOQL budget - parses and evaluates it with the readiness engine, and lays out the sections. The first verdict
 * comes from getSnapshot alone; when the activity call answers, its sections are merged into the snapshot
 * (withActivity) and the report is evaluated again (frozen users and refused sign-ins can change a way's verdict). The
 * activity call failing leaves only its sections unread. Every section is its own error boundary (c-jsr-section):
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
    /** The activity call has not answered yet (its sections show that they are being read). */
    isActivityLoading = true;
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
        this.isActivityLoading = true;
        // Both calls start now; the first verdict does not wait for the second.
        const coreAnswer = getSnapshot();
        const activity = readActivity();
        let stage: 'read' | 'evaluate' = 'read';
        let core: OrgSnapshot | null = null;
        try {
            const snapshot = parseSnapshot(await coreAnswer);
            if (sequence !== this.loadSequence) return;
            stage = 'evaluate';
            const report = evaluateSnapshot(snapshot);
            this.snapshot = snapshot;
            this.report = report;
            this.userReport = null;
            core = snapshot;
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
        if (core) await this.addActivity(core, activity, sequence);
        else if (sequence === this.loadSequence) this.isActivityLoading = false;
    }

    /** The activity call's sections merged into the snapshot just shown, and the report evaluated again. */
    private async addActivity(core: OrgSnapshot, activity: Promise<ActivityAnswer>, sequence: number): Promise<void> {
        const answer = await activity;
        if (sequence !== this.loadSequence) return;
        try {
            const snapshot = withActivity(core, answer);
            this.report = evaluateSnapshot(snapshot);
            this.snapshot = snapshot;
        } catch (error) {
            // The engine failing on the merged snapshot: keep getSnapshot's report, say why.
            this.loadErrorTitle = LABELS.engineErrorTitle;
            this.loadError = errorMessage(error);
        } finally {
            this.isActivityLoading = false;
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
