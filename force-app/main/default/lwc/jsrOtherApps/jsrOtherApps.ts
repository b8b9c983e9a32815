import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import { NEW_TAB_SUFFIX, SOURCE_LEAD, formatLabel, formatNumber, pageOf, safeUrl } from 'c/jsrUi';
import type { Link, OtherAppStatus, OtherAppView, OtherAppsView } from 'c/jsrEngine';

type SortKey = 'status' | 'appName' | 'users' | 'refused' | 'lastUsed' | 'failed';

interface Column {
    key: SortKey;
    label: string;
    sortLabel: string;
    /** Read after the label by screen readers (the spaces live in the value: the template trims static text). */
    assistive: string;
    ariaSort: 'ascending' | 'descending' | 'none';
    numeric: boolean;
}

interface Row {
    key: string;
    appName: string;
    status: string;
    badgeClass: string;
    users: string;
    refused: string;
    lastUsed: string;
    failed: string;
    detail: string;
    links: Link[];
}

const BADGE: Record<OtherAppStatus, string> = {
    willBeRefused: 'slds-badge slds-theme_warning',
    cannotDetermine: 'slds-badge slds-badge_lightest',
    notInstalled: 'slds-badge slds-badge_lightest',
    installed: 'slds-badge slds-badge_lightest',
    salesforceProvided: 'slds-badge slds-theme_success'
};

/** What a column sorts by; the engine's order (worst first) is the status order. */
function sortValue(row: OtherAppView, index: number, key: SortKey): number | string {
    switch (key) {
        case 'appName':
            return row.appName.toLowerCase();
        case 'users':
            return row.users;
        case 'refused':
            return row.refusedAtNextAuthorization ?? -1;
        case 'lastUsed':
            return row.lastUsed ?? '';
        case 'failed':
            return row.failedSignIns ?? -1;
        default:
            return index;
    }
}

/**
 * The "Other connected apps" section: every app the org's users connect with besides Jetstream's, from the activity
 * call, in the engine's order (worst first) until a column header sorts it. A plain SLDS table in a horizontally
 * scrolling box, so a 400-pixel-wide tab scrolls inside the card instead of squeezing the columns.
 */
export default class JsrOtherApps extends LightningElement {
    @api view: OtherAppsView | null = null;
    /** The activity call is still reading. */
    @api loading = false;

    labels = LABELS;
    newTabSuffix = NEW_TAB_SUFFIX;
    sourceLead = SOURCE_LEAD;
    sortKey: SortKey = 'status';
    ascending = true;
    currentPage = 1;

    get readable(): boolean {
        return !!this.view?.readable;
    }

    get summary(): string {
        return this.view?.summary ?? '';
    }

    get hasRows(): boolean {
        return (this.view?.rows.length ?? 0) > 0;
    }

    get columns(): Column[] {
        const column = (key: SortKey, label: string, numeric = false): Column => ({
            key,
            label,
            sortLabel: formatLabel(LABELS.sortBy, label),
            assistive: `: ${formatLabel(LABELS.sortBy, label)}`,
            ariaSort: this.sortKey === key ? (this.ascending ? 'ascending' : 'descending') : 'none',
            numeric
        });
        return [
            column('appName', LABELS.colApp),
            column('status', LABELS.colAppStatus),
            column('users', LABELS.colUsersWithTokens, true),
            column('refused', LABELS.colRefused, true),
            column('lastUsed', LABELS.colLastUsed),
            column('failed', LABELS.colFailedSignIns, true)
        ];
    }

    get total(): number {
        return this.view?.rows.length ?? 0;
    }

    /** One page of the sorted rows (a large org connects hundreds of apps). */
    get rows(): Row[] {
        const view = this.view;
        if (!view) return [];
        const sorted = view.rows
            .map((row, index) => ({ row, value: sortValue(row, index, this.sortKey) }))
            .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0) * (this.ascending ? 1 : -1));
        return pageOf(sorted, this.currentPage).rows.map(({ row }, index) => ({
            key: `${row.appName}-${index}`,
            appName: row.appName,
            status: row.statusLabel,
            badgeClass: BADGE[row.status],
            users: view.atLeast ? formatLabel(LABELS.atLeast, formatNumber(row.users)) : formatNumber(row.users),
            refused:
                row.refusedAtNextAuthorization === null
                    ? '–'
                    : row.refusedAtMost && row.refusedAtNextAuthorization > 0
                      ? formatLabel(LABELS.upTo, formatNumber(row.refusedAtNextAuthorization))
                      : formatNumber(row.refusedAtNextAuthorization),
            lastUsed: row.lastUsed ? row.lastUsed.slice(0, 10) : LABELS.never,
            failed: row.failedSignIns === null ? LABELS.notRead : formatNumber(row.failedSignIns),
            detail: row.detail,
            links: row.links
        }));
    }

    get caveats(): { key: string; text: string }[] {
        return (this.view?.caveats ?? []).map((text, index) => ({ key: `caveat-${index}`, text }));
    }

    get sources(): { key: string; title: string; href: string | null }[] {
        return (this.view?.sources ?? []).map((source, index) => ({
            key: `source-${index}`,
            title: source.title,
            href: safeUrl(source.url)
        }));
    }

    handleSort(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key as SortKey;
        // A second click reverses; a new column starts with its most telling end (worst, most, latest first).
        if (key === this.sortKey) this.ascending = !this.ascending;
        else {
            this.sortKey = key;
            this.ascending = key === 'status' || key === 'appName';
        }
        this.currentPage = 1;
    }

    handlePageChange(event: CustomEvent<{ page: number }>): void {
        this.currentPage = event.detail.page;
    }
}
