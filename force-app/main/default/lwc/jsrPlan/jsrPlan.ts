import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import type { Link, PlanStep } from 'c/jsrEngine';

interface StepView {
    key: string;
    id: string;
    number: string;
    title: string;
    why: string;
    links: Link[];
}

/** The action plan: one ordered list of steps, each with its Setup pages and install buttons. Step 1 is the header's
 * "start here". The engine ranks and merges the steps; this component only lists them. */
export default class JsrPlan extends LightningElement {
    @api plan: PlanStep[] = [];

    labels = LABELS;

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
            links: step.links
        }));
    }
}
