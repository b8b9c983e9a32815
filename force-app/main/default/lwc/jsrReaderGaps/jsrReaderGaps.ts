import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import type { ReadinessReport } from 'c/jsrEngine';

type ReaderGap = ReadinessReport['readerGaps'][number];

interface GapRow extends ReaderGap {
    key: string;
}

/** The org permissions the running user lacks for a full read (View Setup, Customize Application, Manage Users...). */
export default class JsrReaderGaps extends LightningElement {
    @api gaps: ReaderGap[] = [];

    labels = LABELS;

    get hasGaps(): boolean {
        return this.gaps.length > 0;
    }

    get rows(): GapRow[] {
        return this.gaps.map((gap, index) => ({ ...gap, key: `${gap.permission}-${index}` }));
    }
}
