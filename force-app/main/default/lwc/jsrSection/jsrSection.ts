import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import { errorMessage } from 'c/jsrUi';
import type { OrgSnapshot, ReadinessReport, UserReport } from 'c/jsrEngine';

export type SectionId = 'header' | 'readerGaps' | 'ways' | 'findings' | 'apps' | 'bypass' | 'userCheck' | 'sandbox' | 'decoder' | 'export';

const TITLES: Partial<Record<SectionId, string>> = {
    ways: LABELS.sectionWays,
    findings: LABELS.sectionFindings,
    apps: LABELS.sectionApps,
    bypass: LABELS.sectionBypass,
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
 */
export default class JsrSection extends LightningElement {
    @api section: SectionId = 'ways';
    /** The tab is reading the org for the first time. */
    @api loading = false;
    /** The tab is reading the org again (a report is already shown). */
    @api busy = false;
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

    get needsReport(): boolean {
        return !WITHOUT_REPORT.has(this.section);
    }

    get waitingForReport(): boolean {
        return this.needsReport && !this.currentReport;
    }

    get showLoading(): boolean {
        return this.waitingForReport && this.loading;
    }

    get showUnavailable(): boolean {
        return this.waitingForReport && !this.loading;
    }

    get isHeader(): boolean {
        return this.section === 'header';
    }
    get isReaderGaps(): boolean {
        return this.section === 'readerGaps';
    }
    get isWays(): boolean {
        return this.section === 'ways';
    }
    get isFindings(): boolean {
        return this.section === 'findings';
    }
    get isApps(): boolean {
        return this.section === 'apps';
    }
    get isBypass(): boolean {
        return this.section === 'bypass';
    }
    get isUserCheck(): boolean {
        return this.section === 'userCheck';
    }
    get isSandbox(): boolean {
        return this.section === 'sandbox';
    }
    get isDecoder(): boolean {
        return this.section === 'decoder';
    }
    get isExport(): boolean {
        return this.section === 'export';
    }

    // Plain property reads: a malformed report reaches the child component, which fails inside this boundary.
    get readerGaps(): ReadinessReport['readerGaps'] | undefined {
        return this.currentReport?.readerGaps;
    }
    get ways(): ReadinessReport['ways'] | undefined {
        return this.currentReport?.ways;
    }
    get findings(): ReadinessReport['findings'] | undefined {
        return this.currentReport?.findings;
    }
    get apps(): ReadinessReport['apps'] | undefined {
        return this.currentReport?.apps;
    }
    get bypassPermissions(): ReadinessReport['bypassPermissions'] | undefined {
        return this.currentReport?.bypassPermissions;
    }
    get sandboxRefresh(): ReadinessReport['sandboxRefresh'] | undefined {
        return this.currentReport?.sandboxRefresh;
    }

    /** Children's events (refresh, userreport) stop at this component's shadow root; pass them on to the tab. */
    forward(event: CustomEvent<unknown>): void {
        event.stopPropagation();
        this.dispatchEvent(new CustomEvent(event.type, { detail: event.detail }));
    }
}
