import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import type { AppVerdict } from 'c/jsrEngine';

interface AppItem {
    key: string;
    app: AppVerdict;
}

/** One card per catalog app (Jetstream, Jetstream Desktop, Jetstream Auth, the in-org package). */
export default class JsrApps extends LightningElement {
    @api apps: AppVerdict[] = [];

    labels = LABELS;

    get hasApps(): boolean {
        return this.apps.length > 0;
    }

    get items(): AppItem[] {
        return this.apps.map((app) => ({ key: app.catalogName, app }));
    }
}
