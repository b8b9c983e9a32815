import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import {
    NEW_TAB_SUFFIX,
    assignableKindText,
    displayName,
    formatCount,
    formatLabel,
    formatNumber,
    installDisplay,
    linkView,
    pageOf,
    permittedUsersText,
    safeUrl,
    usageText,
    verdictDisplay
} from 'c/jsrUi';
import type { LinkView, StatusDisplay } from 'c/jsrUi';
import type { AppVerdict, AuthorizationSummary } from 'c/jsrEngine';

interface GrantRow {
    key: string;
    kind: string;
    displayName: string;
    href: string | null;
    assignees: string;
    through: string;
    notes: string;
}

interface AuthorizationRow {
    key: string;
    name: string;
    href: string | null;
    username: string;
    lastUsed: string | null;
    useCount: string;
}

/** One catalog app: installed or not, its policies in plain words, who is granted it, who already authorized it. */
export default class JsrAppCard extends LightningElement {
    @api app: AppVerdict | null = null;

    labels = LABELS;
    newTabSuffix = NEW_TAB_SUFFIX;
    grantsPage = 1;
    authorizationsPage = 1;

    get hasApp(): boolean {
        return this.app !== null;
    }

    get view(): AppVerdict {
        if (!this.app) throw new Error('No app to show.');
        return this.app;
    }

    get install(): StatusDisplay {
        return installDisplay(this.view.install);
    }

    /** The same verdict as the app's way. */
    get verdict(): StatusDisplay {
        return verdictDisplay(this.view.verdict);
    }

    get usage(): string {
        return usageText(this.view.usage.usage);
    }

    get usageChangeLink(): LinkView | null {
        return linkView(this.view.usage.changeLink, 'usage');
    }

    get neutral(): boolean {
        return !this.view.usage.counts;
    }

    get cardClass(): string {
        return `slds-card slds-card_boundary app-card${this.neutral ? ' slds-theme_shade' : ''}`;
    }

    get hasCaveats(): boolean {
        return this.view.caveats.length > 0;
    }

    get caveats(): { key: string; text: string }[] {
        return this.view.caveats.map((text, index) => ({ key: `caveat-${index}`, text }));
    }

    get kindText(): string {
        return this.view.kind === 'ExternalClientApp' ? LABELS.kindExternalClientApp : LABELS.kindConnectedApp;
    }

    get permittedUsers(): string {
        return permittedUsersText(this.view.permittedUsers);
    }

    /** The install page, only for an app that is not installed (never a button beside "Installed"). */
    get installLink(): LinkView | null {
        const link = linkView(this.view.installLink, 'install');
        return link ? { ...link, label: this.view.installRecommended ? link.label : LABELS.ifYouUseIt } : null;
    }

    /** A brand button when installing is the next step for a way the org uses; a neutral one otherwise. */
    get installButtonClass(): string {
        return `slds-button slds-m-right_x-small slds-m-bottom_xx-small install-link ${this.view.installRecommended ? 'slds-button_brand' : 'slds-button_neutral'}`;
    }

    get manageLink(): LinkView | null {
        return linkView(this.view.manageLink, 'manage');
    }

    get grantsTotal(): number {
        return this.view.grants.length;
    }

    get grantsHeading(): string {
        return this.grantsUnknown ? LABELS.grantsHeading : `${LABELS.grantsHeading} (${formatNumber(this.grantsTotal)})`;
    }

    get hasGrants(): boolean {
        return this.grantsTotal > 0;
    }

    /** The grants could not be read: an empty list would wrongly say "nobody is granted". */
    get grantsUnknown(): boolean {
        return !this.view.grantsReadable;
    }

    get grantsUnknownReason(): string {
        return this.view.grantsUnreadableReason ?? '';
    }

    get grantsTruncated(): boolean {
        return this.view.grantsAtLeast && this.hasGrants;
    }

    get grantsWindowPage(): number {
        return pageOf(this.view.grants, this.grantsPage).page;
    }

    get grantRows(): GrantRow[] {
        const window = pageOf(this.view.grants, this.grantsPage);
        return window.rows.map((grant, index) => ({
            key: `grant-${window.first + index}`,
            kind: assignableKindText(grant.kind),
            displayName: displayName(grant.label, grant.name),
            href: safeUrl(grant.link.url),
            assignees: formatNumber(grant.activeAssignees),
            through: grant.via === 'group' ? formatLabel(LABELS.viaGroup, grant.componentPermissionSetName ?? '') : LABELS.viaDirect,
            notes: grant.notes.join('; ')
        }));
    }

    get authorizations(): AuthorizationSummary | null {
        return this.view.authorizations;
    }

    get authorizationsUnknown(): boolean {
        return this.authorizations === null;
    }

    get hasAuthorizations(): boolean {
        const summary = this.authorizations;
        return summary !== null && (summary.users > 0 || summary.tokens > 0);
    }

    get authorizationsNone(): boolean {
        return this.authorizations !== null && !this.hasAuthorizations;
    }

    get authorizedUsersText(): string {
        const summary = this.authorizations;
        return summary ? formatCount(summary.users, summary.atLeast) : '';
    }

    get tokensText(): string {
        const summary = this.authorizations;
        return summary ? formatCount(summary.tokens, summary.atLeast) : '';
    }

    get lastUsed(): string | null {
        return this.authorizations?.lastUsed ?? null;
    }

    get usedButNotInstalled(): boolean {
        return this.authorizations?.usedButNotInstalled === true;
    }

    get sampleTotal(): number {
        return this.authorizations?.sample.length ?? 0;
    }

    get sampleWindowPage(): number {
        return pageOf(this.authorizations?.sample ?? [], this.authorizationsPage).page;
    }

    get authorizationRows(): AuthorizationRow[] {
        const window = pageOf(this.authorizations?.sample ?? [], this.authorizationsPage);
        return window.rows.map((row, index) => ({
            key: `auth-${window.first + index}`,
            name: row.name,
            href: safeUrl(row.link.url),
            username: row.username,
            lastUsed: row.lastUsed,
            useCount: row.useCount === null ? '' : formatNumber(row.useCount)
        }));
    }

    get hasSample(): boolean {
        return this.sampleTotal > 0;
    }

    handleGrantsPage(event: CustomEvent<{ page: number }>): void {
        this.grantsPage = event.detail.page;
    }

    handleAuthorizationsPage(event: CustomEvent<{ page: number }>): void {
        this.authorizationsPage = event.detail.page;
    }
}
