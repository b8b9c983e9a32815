import { LightningElement } from 'lwc';

export default class SelftestLint extends LightningElement {
    renderedCallback(): void {
        const target = this.template.querySelector('div');
        if (target) target.textContent = 'ready';
    }
}
