import { LightningElement, api } from 'lwc';
import type { RemediationStep } from 'c/jsrEngine';
import { NEW_TAB_SUFFIX, linkView } from 'c/jsrUi';
import type { LinkView } from 'c/jsrUi';

interface StepView {
    key: string;
    text: string;
    link: LinkView | null;
}

/**
 * An ordered list of remediation steps, each with its Setup, install or documentation link opening in a new tab (an
 * unsafe URL shows as text). Used by a finding and by the error decoder. Light DOM: the list renders into the
 * parent's shadow tree, so the parent's selectors and styles reach it as when the markup was the parent's own.
 */
export default class JsrRemediationSteps extends LightningElement {
    static renderMode = 'light' as const;

    @api steps: RemediationStep[] = [];
    /** Classes of the <ol>, e.g. "slds-list_ordered remediation". */
    @api listClass = 'slds-list_ordered';
    /** Class of each step's link, e.g. "step-link". */
    @api linkClass = '';

    newTabSuffix = NEW_TAB_SUFFIX;

    get stepViews(): StepView[] {
        return (this.steps ?? []).map((step, index) => ({
            key: `step-${index}`,
            text: step.text,
            link: linkView(step.link, `link-${index}`)
        }));
    }
}
