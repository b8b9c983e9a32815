import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import { NEW_TAB_SUFFIX, safeUrl } from 'c/jsrUi';
import type { PlanStep } from 'c/jsrEngine';

interface StepLinkView {
    key: string;
    label: string;
    href: string | null;
    className: string;
}

interface StepView {
    key: string;
    id: string;
    number: string;
    title: string;
    why: string;
    links: StepLinkView[];
}

/** The action plan: one ordered list of steps, each with its Setup pages and install buttons. Step 1 is the header's
 * "start here". The engine ranks and merges the steps; this component only lists them. */
export default class JsrPlan extends LightningElement {
    @api plan: PlanStep[] = [];

    labels = LABELS;
    newTabSuffix = NEW_TAB_SUFFIX;

    get hasSteps(): boolean {
        return this.plan.length > 0;
    }

    get steps(): StepView[] {
        return this.plan.map((step, index) => ({
            key: `${index}-${step.id}`,
            id: step.id,
            number: `${index + 1}.`,
            title: step.title,
            why: step.why,
            links: step.links.map((link, i) => ({
                key: `${index}-${i}`,
                label: link.label,
                href: safeUrl(link.url),
                // Installing is the call to action; Setup pages and documents are neutral.
                className: `slds-button ${link.kind === 'install' ? 'slds-button_brand' : 'slds-button_neutral'} slds-m-right_x-small slds-m-bottom_xx-small step-link`
            }))
        }));
    }
}
