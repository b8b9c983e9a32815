import { LightningElement, api } from 'lwc';
import { NEW_TAB_SUFFIX, safeUrl } from 'c/jsrUi';
import type { Link } from 'c/jsrEngine';

interface LinkRow {
    key: string;
    label: string;
    href: string;
    className: string;
}

/** A row of the report's links to the thing itself, each opening in a new tab. "button": neutral SLDS buttons; "plan":
 * the same, with install links as the call to action (brand); "inline": text links after a sentence. A link whose URL is
 * not safe to open is left out. */
export default class JsrLinks extends LightningElement {
    @api links: Link[] = [];
    @api variant: 'button' | 'plan' | 'inline' = 'button';
    /** A class every link carries, for the page's layout and for tests, e.g. "start-link". */
    @api linkClass = '';

    newTabSuffix = NEW_TAB_SUFFIX;

    get rows(): LinkRow[] {
        const rows: LinkRow[] = [];
        (this.links ?? []).forEach((link, index) => {
            const href = safeUrl(link.url);
            if (href) rows.push({ key: `${index}`, label: link.label, href, className: this.classFor(link) });
        });
        return rows;
    }

    private classFor(link: Link): string {
        if (this.variant === 'inline') return `slds-m-left_x-small ${this.linkClass}`;
        const tone = this.variant === 'plan' && link.kind === 'install' ? 'slds-button_brand' : 'slds-button_neutral';
        return `slds-button ${tone} slds-m-right_x-small slds-m-bottom_xx-small ${this.linkClass}`;
    }
}
