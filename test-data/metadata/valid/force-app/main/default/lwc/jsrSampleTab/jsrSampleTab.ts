import { LightningElement, wire } from 'lwc';
import getGreeting from '@salesforce/apex/JSR_SampleController.getGreeting';
import TITLE from '@salesforce/label/c.JSR_Sample_Title';

export default class JsrSampleTab extends LightningElement {
    title = TITLE;
    @wire(getGreeting) greeting;
}
