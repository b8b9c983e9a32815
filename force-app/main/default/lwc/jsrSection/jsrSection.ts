import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import { errorMessage } from 'c/jsrUi';
import type { OrgSnapshot, ReadinessReport, UserReport } from 'c/jsrEngine';

export type SectionId =
    | 'header'
    | 'readerGaps'
    | 'plan'
    | 'ways'
    | 'signInTrend'
    | 'findings'
    | 'apps'
    | 'otherApps'
    | 'bypass'
    | 'signInBlockers'
    | 'userCheck'
    | 'sandbox'
    | 'decoder'
    | 'export';

/** The heading of each section (the header and the reader-gap banner carry their own). */
const TITLES: Partial<Record<SectionId, string>> = {
    plan: LABELS.sectionPlan,
    ways: LABELS.sectionWays,
    findings: LABELS.sectionFindings,
    apps: LABELS.sectionApps,
    signInTrend: LABELS.sectionSignInTrend,
    otherApps: LABELS.sectionOtherApps,
    bypass: LABELS.sectionBypass,
    signInBlockers: LABELS.sectionSignInBlockers,
    userCheck: LABELS.sectionUserCheck,
    sandbox: LABELS.sectionSandbox,
    decoder: LABELS.sectionDecoder,
    export: LABELS.sectionExport
};

/** Sections that render without a report: the header shows its own loading state, the decoder works on any text. */
const WITHOUT_REPORT: ReadonlySet<SectionId> = new Set<SectionId>(['header', 'decoder']);

/**
 * One section of the tab: its heading, its loading and "not available" states, and an error boundary. An exception
 * while a section's component renders (errorCallback) replaces that section with an error; the rest of the page stays.
 *
 * Why the template names every section's component instead of taking it through a slot: LWC finds the error
 * boundary by walking a component's *owner* chain (getErrorBoundaryVM in @lwc/engine-dom walks vm.owner), and a
 * slotted component's owner is the component whose template declared it, the tab. So errorCallback here catches only
 * the components this template creates. `show` selects one of them: one lookup, no getter per section.
 */
export default class JsrSection extends LightningElement {
    @api section: SectionId = 'ways';
    /** The tab is reading the org for the first time. */
    @api loading = false;
    /** The tab is reading the org again (a report is already shown). */
    @api busy = false;
    /** The activity call (other apps, sign-ins per day) is still reading; the report shown is getSnapshot's alone. */
    @api activityLoading = false;
    @api snapshot: OrgSnapshot | null = null;
    @api userReport: UserReport | null = null;

    labels = LABELS;
    renderError: string | null = null;
    private currentReport: ReadinessReport | null = null;

    @api
    get report(): ReadinessReport | null {
        return this.currentReport;
    }
    set report(value: ReadinessReport | null) {
        this.currentReport = value;
        // A new report gets a fresh chance to render.
        this.renderError = null;
    }

    errorCallback(error: unknown): void {
        this.renderError = errorMessage(error);
    }

    get sectionTitle(): string | null {
        return TITLES[this.section] ?? null;
    }

    private get waitingForReport(): boolean {
        return !WITHOUT_REPORT.has(this.section) && !this.currentReport;
    }

    get showLoading(): boolean {
        return this.waitingForReport && this.loading;
    }

    get showUnavailable(): boolean {
        return this.waitingForReport && !this.loading;
    }

    /** Which section's component renders: { [section]: true }. */
    get show(): Partial<Record<SectionId, true>> {
        return { [this.section]: true };
    }

    /** The report (read in the template only under a section that needs one). A malformed report reaches the child
     * component, which fails inside this boundary. */
    get r(): ReadinessReport {
        return this.currentReport as ReadinessReport;
    }

    /** Children's events (refresh, userreport) stop at this component's shadow root; pass them on to the tab. */
    forward(event: CustomEvent<unknown>): void {
        event.stopPropagation();
        this.dispatchEvent(new CustomEvent(event.type, { detail: event.detail }));
    }
}
