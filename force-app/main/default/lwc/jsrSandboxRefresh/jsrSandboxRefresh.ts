import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import type { Link, SandboxRefreshView } from 'c/jsrEngine';

interface TextItem {
    key: string;
    text: string;
}

interface OptionView {
    key: string;
    title: string;
    tradeOff: string;
    links: Link[];
}

/** What a sandbox refresh means for this org: the options with their trade-off, what a refresh does to existing
 * connections, and the checklist. */
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

    get options(): OptionView[] {
        return this.view.options.map((option, index) => ({
            key: `option-${index}`,
            title: option.title,
            tradeOff: option.tradeOff,
            links: option.links
        }));
    }

    get hasOptions(): boolean {
        return this.view.options.length > 0;
    }

    get effects(): TextItem[] {
        return this.view.refreshEffects.map((text, index) => ({ key: `effect-${index}`, text }));
    }

    get checklist(): TextItem[] {
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
