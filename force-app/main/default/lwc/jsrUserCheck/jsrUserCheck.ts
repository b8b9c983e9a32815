import { LightningElement, api } from 'lwc';
import searchUsers from '@salesforce/apex/JSR_ReadinessController.searchUsers';
import getUserFacts from '@salesforce/apex/JSR_ReadinessController.getUserFacts';
import { evaluateUser, parseUserFacts, parseUserSearchResults } from 'c/jsrEngine';
import type { Link, OrgSnapshot, UserReport, UserSearchResult } from 'c/jsrEngine';
import { LABELS } from 'c/jsrLabels';
import { NEW_TAB_SUFFIX, answerDisplay, canConnectDisplay, errorMessage, formatLabel, safeUrl } from 'c/jsrUi';
import type { StatusDisplay } from 'c/jsrUi';

/** Wait this long after the last keystroke before searching, so typing a name costs one Apex call, not one per key. */
export const SEARCH_DEBOUNCE_MS = 300;
export const MIN_SEARCH_LENGTH = 2;

type SearchState = 'idle' | 'tooShort' | 'searching' | 'done' | 'error';
type FactsState = 'idle' | 'loading' | 'done' | 'error';

interface ResultView extends UserSearchResult {
    /** " — username · profile": the separator is part of the value (see NEW_TAB_SUFFIX on template whitespace). */
    description: string;
    inactive: boolean;
    inactiveText: string;
}

interface UserWayView {
    key: string;
    label: string;
    canConnect: string;
    status: StatusDisplay;
    chain: { key: string; question: string; answer: string; detail: string }[];
    unblockAction: string | null;
    unblockText: string;
    unblockLinks: Link[];
    /** The chain is open where the user cannot (or may not) connect on a way the org uses. */
    openChain: boolean;
    boxClass: string;
}

/**
 * Search a user by name or username, pick one, and see for each way of connecting whether they can connect, the
 * chain of facts behind it and the one action that would unblock them. Verdicts come from evaluateUser.
 */
export default class JsrUserCheck extends LightningElement {
    labels = LABELS;
    newTabSuffix = NEW_TAB_SUFFIX;
    searchTerm = '';
    searchState: SearchState = 'idle';
    searchError: string | null = null;
    results: UserSearchResult[] = [];
    factsState: FactsState = 'idle';
    factsError: string | null = null;
    userReport: UserReport | null = null;

    private currentSnapshot: OrgSnapshot | null = null;
    private searchTimer: ReturnType<typeof setTimeout> | undefined;
    private searchSequence = 0;
    private factsSequence = 0;

    @api
    get snapshot(): OrgSnapshot | null {
        return this.currentSnapshot;
    }
    set snapshot(value: OrgSnapshot | null) {
        if (value !== this.currentSnapshot) {
            // A verdict computed on older org data would be stale: the admin picks the user again.
            this.factsSequence++;
            this.userReport = null;
            this.factsState = 'idle';
            this.factsError = null;
        }
        this.currentSnapshot = value;
    }

    disconnectedCallback(): void {
        clearTimeout(this.searchTimer);
    }

    get hasSnapshot(): boolean {
        return this.currentSnapshot !== null;
    }

    get isTooShort(): boolean {
        return this.searchState === 'tooShort';
    }
    get isSearching(): boolean {
        return this.searchState === 'searching';
    }
    get isSearchError(): boolean {
        return this.searchState === 'error';
    }
    get hasResults(): boolean {
        return this.searchState === 'done' && this.results.length > 0;
    }
    get noResults(): boolean {
        return this.searchState === 'done' && this.results.length === 0;
    }

    get resultViews(): ResultView[] {
        return this.results.map((result) => ({
            ...result,
            inactive: !result.isActive,
            inactiveText: ` (${LABELS.inactive})`,
            description: result.profileName ? ` — ${result.username} · ${result.profileName}` : ` — ${result.username}`
        }));
    }

    get isFactsLoading(): boolean {
        return this.factsState === 'loading';
    }
    get isFactsError(): boolean {
        return this.factsState === 'error';
    }
    get hasUserReport(): boolean {
        return this.factsState === 'done' && this.userReport !== null;
    }

    get resultHeading(): string {
        const report = this.userReport;
        return report ? formatLabel(LABELS.userResultFor, `${report.name} (${report.username})`) : '';
    }

    get userHref(): string | null {
        return safeUrl(this.userReport?.link?.url);
    }

    get userWays(): UserWayView[] {
        return (this.userReport?.ways ?? []).map((way) => ({
            key: way.way,
            label: way.label,
            canConnect: way.canConnect,
            status: canConnectDisplay(way.canConnect, way.usage),
            // A way the org does not use shows no action: it is neutral.
            unblockAction: way.usage === 'notUsed' ? null : way.unblockAction,
            unblockText: way.unblockAction ? ` ${way.unblockAction}` : '',
            unblockLinks: way.unblockLinks,
            openChain: way.usage !== 'notUsed' && (way.canConnect === 'no' || way.canConnect === 'unknown'),
            boxClass: `slds-box slds-box_small slds-m-top_small user-way${way.usage === 'notUsed' || way.canConnect === 'notApplicable' ? ' slds-theme_shade' : ''}`,
            chain: way.chain.map((step, index) => ({
                key: `${way.way}-${index}`,
                question: step.question,
                answer: answerDisplay(step.answer).text,
                detail: step.detail
            }))
        }));
    }

    // lightning-input type="search": its change event fires on every keystroke and on its own clear button.
    handleSearchInput(event: CustomEvent<{ value?: string }>): void {
        this.searchFor(event.detail?.value ?? (event.target as HTMLInputElement).value ?? '');
    }

    private searchFor(value: string): void {
        this.searchTerm = value;
        clearTimeout(this.searchTimer);
        this.searchSequence++;
        const term = value.trim();
        if (term.length < MIN_SEARCH_LENGTH) {
            this.results = [];
            this.searchError = null;
            this.searchState = term.length === 0 ? 'idle' : 'tooShort';
            return;
        }
        this.searchState = 'searching';
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- debounce: one search per pause in typing
        this.searchTimer = setTimeout(() => {
            void this.search(term);
        }, SEARCH_DEBOUNCE_MS);
    }

    async search(term: string): Promise<void> {
        const sequence = ++this.searchSequence;
        try {
            const results = parseUserSearchResults(await searchUsers({ searchTerm: term }));
            if (sequence !== this.searchSequence) return;
            this.results = results;
            this.searchError = null;
            this.searchState = 'done';
        } catch (error) {
            if (sequence !== this.searchSequence) return;
            this.results = [];
            this.searchError = errorMessage(error);
            this.searchState = 'error';
        }
    }

    handlePick(event: Event): void {
        const userId = (event.currentTarget as HTMLElement).dataset.userId;
        const picked = this.results.find((result) => result.userId === userId);
        if (picked) void this.check(picked);
    }

    async check(user: UserSearchResult): Promise<void> {
        const snapshot = this.currentSnapshot;
        if (!snapshot) return;
        const sequence = ++this.factsSequence;
        this.userReport = null;
        this.factsError = null;
        this.factsState = 'loading';
        try {
            const facts = parseUserFacts(await getUserFacts({ userId: user.userId }));
            if (sequence !== this.factsSequence) return;
            const report = evaluateUser(snapshot, facts);
            this.userReport = report;
            this.factsState = 'done';
            this.dispatchEvent(new CustomEvent('userreport', { detail: report }));
        } catch (error) {
            if (sequence !== this.factsSequence) return;
            this.factsError = errorMessage(error);
            this.factsState = 'error';
        }
    }
}
