import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import { NEW_TAB_SUFFIX, answerDisplay, linkView, usageText, verdictDisplay } from 'c/jsrUi';
import type { LinkView, StatusDisplay } from 'c/jsrUi';
import type { WayVerdict } from 'c/jsrEngine';

interface ReasonView {
    key: string;
    question: string;
    answer: string;
    detail: string;
}

interface WayView {
    key: string;
    label: string;
    verdict: StatusDisplay;
    verdictKey: string;
    summary: string;
    usage: string;
    usageReason: string;
    changeLink: LinkView | null;
    reasons: ReasonView[];
    hasReasons: boolean;
    /** Ways the org does not use, or that do not apply, are shown neutral and folded. */
    counts: boolean;
    /** The chain is open for a way that needs attention. */
    openReasons: boolean;
    boxClass: string;
}

/** Web app, desktop app, log in with Salesforce, in-org package: each way's verdict, whether the org uses it, and the
 * questions that decide it. */
export default class JsrWays extends LightningElement {
    @api ways: WayVerdict[] = [];

    labels = LABELS;
    newTabSuffix = NEW_TAB_SUFFIX;

    get hasWays(): boolean {
        return this.ways.length > 0;
    }

    get items(): WayView[] {
        return this.ways.map((way) => {
            const counts = way.usage.counts;
            return {
                key: way.way,
                label: way.label,
                verdict: verdictDisplay(way.verdict),
                verdictKey: way.verdict,
                summary: way.summary,
                usage: usageText(way.usage.usage),
                usageReason: way.usage.reason,
                changeLink: linkView(way.usage.changeLink, `${way.way}-usage`),
                hasReasons: way.reasons.length > 0,
                counts,
                openReasons: counts && way.verdict !== 'ready',
                boxClass: `slds-box slds-box_small way${counts ? '' : ' slds-theme_shade way_neutral'}`,
                reasons: way.reasons.map((reason, index) => ({
                    key: `${way.way}-${index}`,
                    question: reason.question,
                    answer: answerDisplay(reason.answer).text,
                    detail: reason.detail
                }))
            };
        });
    }
}
