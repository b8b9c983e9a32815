import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import type { SandboxRefreshView } from 'c/jsrEngine';

interface ChecklistItem {
    key: string;
    text: string;
}

/** What a sandbox refresh does to the Jetstream install for this org type, and the checklist. */
export default class JsrSandboxRefresh extends LightningElement {
    @api sandboxRefresh: SandboxRefreshView | null = null;

    labels = LABELS;

    get orgContext(): string {
        const isSandbox = this.view.isSandbox;
        if (isSandbox === null) return LABELS.orgTypeUnknown;
        return isSandbox ? LABELS.thisOrgIsSandbox : LABELS.thisOrgIsProduction;
    }

    get summary(): string {
        return this.view.summary;
    }

    get checklist(): ChecklistItem[] {
        return this.view.checklist.map((text, index) => ({ key: `step-${index}`, text }));
    }

    get hasChecklist(): boolean {
        return this.view.checklist.length > 0;
    }

    private get view(): SandboxRefreshView {
        if (!this.sandboxRefresh) throw new Error('The report has no sandbox refresh section.');
        return this.sandboxRefresh;
    }
}
