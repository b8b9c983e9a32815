import { LightningElement } from 'lwc';
import getSnapshot from '@salesforce/apex/ReadinessController.getSnapshot';
import { SNAPSHOT_SCHEMA_VERSION } from 'c/readinessEngine';
import type { OrgSnapshot } from 'c/readinessEngine';

/** The Jetstream Readiness tab (lightning__Tab): loads the org snapshot and lays out the sections. */
export default class JetstreamReadiness extends LightningElement {
    snapshot: OrgSnapshot | null = null;
    errorMessage: string | null = null;
    isLoading = true;

    connectedCallback(): void {
        void this.load();
    }

    async load(): Promise<void> {
        this.isLoading = true;
        this.errorMessage = null;
        try {
            const parsed = JSON.parse(await getSnapshot()) as OrgSnapshot;
            if (parsed.schemaVersion !== SNAPSHOT_SCHEMA_VERSION) {
                throw new Error(`Unsupported snapshot schema version ${String(parsed.schemaVersion)}`);
            }
            this.snapshot = parsed;
        } catch (error) {
            this.errorMessage = error instanceof Error ? error.message : 'The org snapshot could not be read.';
        } finally {
            this.isLoading = false;
        }
    }

    get orgName(): string {
        return this.snapshot?.org.data?.name ?? '';
    }
}
