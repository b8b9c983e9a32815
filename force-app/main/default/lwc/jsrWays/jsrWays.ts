import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import { answerDisplay, verdictDisplay } from 'c/jsrUi';
import type { StatusDisplay } from 'c/jsrUi';
import type { WayVerdict } from 'c/jsrEngine';

interface ReasonView {
    key: string;
    question: string;
    answer: StatusDisplay;
    detail: string;
}

interface WayView {
    key: string;
    label: string;
    verdict: StatusDisplay;
    summary: string;
    reasons: ReasonView[];
    hasReasons: boolean;
}

/** Web app, desktop app, log in with Salesforce, in-org package: each verdict with the facts that decide it. */
export default class JsrWays extends LightningElement {
    @api ways: WayVerdict[] = [];

    labels = LABELS;

    get hasWays(): boolean {
        return this.ways.length > 0;
    }

    get items(): WayView[] {
        return this.ways.map((way) => ({
            key: way.way,
            label: way.label,
            verdict: verdictDisplay(way.verdict),
            summary: way.summary,
            hasReasons: way.reasons.length > 0,
            reasons: way.reasons.map((reason, index) => ({
                key: `${way.way}-${index}`,
                question: reason.question,
                answer: answerDisplay(reason.answer),
                detail: reason.detail
            }))
        }));
    }
}
