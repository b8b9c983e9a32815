import { LightningElement } from 'lwc';

function load(): Promise<string> {
    return Promise.resolve('ready');
}

export default class SelftestLint extends LightningElement {
    renderedCallback(): void {
        const target = this.template.querySelector('div');
        if (target) target.innerHTML = '<b>ready</b>';
        load();
    }

    get label(): string {
        return 'ready';
        console.log('never shown');
    }
}
