import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/readinessLabels';
import { answerDisplay, verdictDisplay } from 'c/readinessUi';
import type { StatusDisplay } from 'c/readinessUi';
import type { WayVerdict } from 'c/readinessEngine';

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
export default class ReadinessWays extends LightningElement {
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
