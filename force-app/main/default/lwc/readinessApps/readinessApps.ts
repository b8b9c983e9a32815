import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/readinessLabels';
import type { AppVerdict } from 'c/readinessEngine';
import type { ReadStatus } from 'c/readinessUi';

interface AppItem {
    key: string;
    app: AppVerdict;
}

/** One card per catalog app (Jetstream, Jetstream Desktop, Jetstream Auth, the in-org package). */
export default class ReadinessApps extends LightningElement {
    @api apps: AppVerdict[] = [];
    /** How completely the reader read the grants (from the snapshot); null when not known. */
    @api grantsRead: ReadStatus | null = null;

    labels = LABELS;

    get hasApps(): boolean {
        return this.apps.length > 0;
    }

    get items(): AppItem[] {
        return this.apps.map((app) => ({ key: app.catalogName, app }));
    }
}
