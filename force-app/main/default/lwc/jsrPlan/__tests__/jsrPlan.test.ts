import { createElement } from 'lwc';
import type { PlanStep } from 'c/jsrEngine';
import JsrPlan from '../jsrPlan';
import { flushPromises, loadReport, queryAllDeep, queryDeep, resetDom, textOf } from 'test-kit';

type PlanElement = HTMLElement & { plan: PlanStep[] };

function render(plan: PlanStep[]): PlanElement {
    const element = createElement('c-jsr-plan', { is: JsrPlan }) as PlanElement;
    element.plan = plan;
    document.body.appendChild(element);
    return element;
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-plan', () => {
    afterEach(resetDom);

    it('lists the steps in order, each with why and its links; install links are the call to action', async () => {
        const { plan } = loadReport('prod-admin-approved-no-grants');
        const element = render(plan);
        await flushPromises();
        const steps = Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>('li.step'));
        expect(steps.map((step) => textOf(step.querySelector('.step-title')))).toEqual(plan.map((step) => step.title));
        expect(steps.map((step) => textOf(step.querySelector('.step-number')))).toEqual(['1.', '2.']);
        expect(textOf(steps[0]!.querySelector('.step-why'))).toBe(plan[0]!.why);
        const first = queryAllDeep(steps[0]!, 'a.step-link');
        expect(first.map((a) => a.getAttribute('href'))).toEqual(plan[0]!.links.map((link) => link.url));
        expect(first.every((a) => a.classList.contains('slds-button_neutral'))).toBe(true);
        const install = queryDeep(steps[1]!, 'a.step-link')!;
        expect(install.classList.contains('slds-button_brand')).toBe(true);
        expect(install.getAttribute('target')).toBe('_blank');
        await expect(element).toBeAccessible();
    });

    it('says there is nothing to do when the plan is empty', async () => {
        const element = render([]);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.empty'))).toBe('Nothing to do: every way of connecting this org uses works.');
        await expect(element).toBeAccessible();
    });
});
