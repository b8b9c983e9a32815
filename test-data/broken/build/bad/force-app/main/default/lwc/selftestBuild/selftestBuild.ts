import { LightningElement } from 'lwc';

export default class SelftestBuild extends LightningElement {
    items = [
        { id: 'a', label: 'First' },
        { id: 'b', label: 'Second' }
    ];
}
