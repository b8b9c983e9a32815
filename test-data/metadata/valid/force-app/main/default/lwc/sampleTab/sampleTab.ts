import { LightningElement, wire } from 'lwc';
import getGreeting from '@salesforce/apex/SampleController.getGreeting';
import TITLE from '@salesforce/label/c.JR_Sample_Title';

export default class SampleTab extends LightningElement {
    title = TITLE;
    @wire(getGreeting) greeting;
}
