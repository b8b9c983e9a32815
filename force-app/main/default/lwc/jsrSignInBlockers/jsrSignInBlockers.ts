import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import { NEW_TAB_SUFFIX, formatNumber, pageOf, safeUrl } from 'c/jsrUi';
import type { SignInBlockersView } from 'c/jsrEngine';

interface FrozenRow {
    key: string;
    name: string;
    username: string;
    href: string | null;
    profile: string;
    apps: string;
    evidence: string;
}

interface RefusalRow {
    key: string;
    app: string;
    profile: string;
    href: string | null;
    statuses: string;
    cause: string;
    users: string;
    attempts: string;
}

/** Who connects Jetstream but cannot sign in: frozen users (with the link to unfreeze them) and sign-ins refused by
 * IP ranges or login hours, per profile (with the link to the profile). The engine decides; this only lays it out. */
export default class JsrSignInBlockers extends LightningElement {
    @api blockers: SignInBlockersView | null = null;

    labels = LABELS;
    newTabSuffix = NEW_TAB_SUFFIX;
    frozenPage = 1;
    refusalsPage = 1;

    get frozenSummary(): string {
        return this.view.frozen.summary;
    }

    get refusalsSummary(): string {
        return this.view.refusals.summary;
    }

    get hasFrozen(): boolean {
        return this.view.frozen.users.length > 0;
    }

    get hasRefusals(): boolean {
        return this.view.refusals.rows.length > 0;
    }

    get frozenTotal(): number {
        return this.view.frozen.users.length;
    }

    get refusalsTotal(): number {
        return this.view.refusals.rows.length;
    }

    get frozenRows(): FrozenRow[] {
        const window = pageOf(this.view.frozen.users, this.frozenPage);
        return window.rows.map((user, index) => ({
            key: `frozen-${window.first + index}`,
            name: user.name,
            username: user.username,
            href: safeUrl(user.link.url),
            profile: user.profileName ?? LABELS.profileUnknown,
            apps: user.apps.join(', '),
            evidence: user.evidence
        }));
    }

    get refusalRows(): RefusalRow[] {
        const window = pageOf(this.view.refusals.rows, this.refusalsPage);
        return window.rows.map((row, index) => ({
            key: `refusal-${window.first + index}`,
            app: row.app,
            profile: row.profileName ?? LABELS.profileUnknown,
            href: safeUrl(row.profileLink.url),
            statuses: row.statuses.join(', '),
            cause: row.cause,
            users: formatNumber(row.users),
            attempts: formatNumber(row.attempts)
        }));
    }

    get frozenPageNumber(): number {
        return pageOf(this.view.frozen.users, this.frozenPage).page;
    }

    get refusalsPageNumber(): number {
        return pageOf(this.view.refusals.rows, this.refusalsPage).page;
    }

    handleFrozenPage(event: CustomEvent<{ page: number }>): void {
        this.frozenPage = event.detail.page;
    }

    handleRefusalsPage(event: CustomEvent<{ page: number }>): void {
        this.refusalsPage = event.detail.page;
    }

    private get view(): SignInBlockersView {
        if (!this.blockers) throw new Error('The report has no sign-in blockers section.');
        return this.blockers;
    }
}
