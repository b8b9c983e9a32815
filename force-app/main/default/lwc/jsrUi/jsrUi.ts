// Presentation helpers shared by the tab's components: label formatting, numbers in the user's locale, paging,
// and the display text of the report's enums. Nothing here decides readiness; verdicts come from the engine.
import LOCALE from '@salesforce/i18n/locale';
import { LABELS } from 'c/jsrLabels';
import type { CanConnect, InstallState, Link, PermittedUsers, ReasonStep, Severity, Usage, Verdict } from 'c/jsrEngine';

/** Rows per table page: small enough that a page renders instantly, whatever the org's size. */
export const PAGE_SIZE = 25;

/** Fills {0}, {1}, ... in a Custom Label (labels keep their placeholders so translators can reorder them). */
export function formatLabel(template: string, ...values: (string | number)[]): string {
    return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? placeholder : String(value);
    });
}

// One formatter for the page: building an Intl.NumberFormat costs far more than using one, and a 100k-user org
// formats hundreds of counts. null = the locale is not one Intl knows.
let numberFormat: Intl.NumberFormat | null | undefined;

/** A number in the user's Salesforce locale (falls back to plain digits if the locale is not one Intl knows). */
export function formatNumber(value: number): string {
    if (numberFormat === undefined) {
        try {
            numberFormat = new Intl.NumberFormat(LOCALE);
        } catch {
            numberFormat = null;
        }
    }
    return numberFormat ? numberFormat.format(value) : String(value);
}

/** A count that may be a lower bound because the reader hit a row cap. */
export function formatCount(value: number, atLeast: boolean): string {
    return atLeast ? formatLabel(LABELS.atLeast, formatNumber(value)) : formatNumber(value);
}

export interface PageRange {
    /** 1-based, clamped to the pages that exist. */
    page: number;
    pageCount: number;
    /** 1-based index of the first and last row shown; 0 when there are no rows. */
    first: number;
    last: number;
    total: number;
}

export function pageRange(total: number, requestedPage: number, pageSize: number = PAGE_SIZE): PageRange {
    const size = Math.max(1, Math.trunc(pageSize) || PAGE_SIZE);
    const count = Math.max(0, Math.trunc(total) || 0);
    const pageCount = Math.max(1, Math.ceil(count / size));
    const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
    const start = (page - 1) * size;
    const last = Math.min(start + size, count);
    return { page, pageCount, first: last > start ? start + 1 : 0, last, total: count };
}

export interface PageWindow<T> extends PageRange {
    rows: T[];
}

/** The rows of one page; only these are rendered, so a table of thousands of rows stays fast. */
export function pageOf<T>(rows: readonly T[], requestedPage: number, pageSize: number = PAGE_SIZE): PageWindow<T> {
    const range = pageRange(rows.length, requestedPage, pageSize);
    return { ...range, rows: rows.slice(range.first === 0 ? 0 : range.first - 1, range.last) };
}

/** What a status looks like: the words (always shown: status is never conveyed by colour alone) and the SLDS badge. */
export interface StatusDisplay {
    text: string;
    badgeClass: string;
}

const BADGE = 'slds-badge';
const SUCCESS = `${BADGE} slds-theme_success`;
const WARNING = `${BADGE} slds-theme_warning`;
const ERROR = `${BADGE} slds-theme_error`;
const NEUTRAL = `${BADGE} slds-badge_lightest`;

export function verdictDisplay(verdict: Verdict): StatusDisplay {
    switch (verdict) {
        case 'ready':
            return { text: LABELS.verdictReady, badgeClass: SUCCESS };
        case 'actionNeeded':
            return { text: LABELS.verdictActionNeeded, badgeClass: WARNING };
        case 'blocked':
            return { text: LABELS.verdictBlocked, badgeClass: ERROR };
        case 'notApplicable':
            return { text: LABELS.verdictNotApplicable, badgeClass: NEUTRAL };
        case 'notUsed':
            return { text: LABELS.verdictNotUsed, badgeClass: NEUTRAL };
        default:
            return { text: LABELS.verdictCannotDetermine, badgeClass: NEUTRAL };
    }
}

export function severityDisplay(severity: Severity): StatusDisplay {
    switch (severity) {
        case 'error':
            return { text: LABELS.severityError, badgeClass: ERROR };
        case 'warning':
            return { text: LABELS.severityWarning, badgeClass: WARNING };
        case 'recommendation':
            return { text: LABELS.severityRecommendation, badgeClass: NEUTRAL };
        default:
            return { text: LABELS.severityInfo, badgeClass: NEUTRAL };
    }
}

/** A finding about ways the org does not use is neutral, whatever its severity. */
export function findingDisplay(severity: Severity, counts: boolean): StatusDisplay {
    const display = severityDisplay(severity);
    return counts ? display : { text: display.text, badgeClass: NEUTRAL };
}

export function answerDisplay(answer: ReasonStep['answer']): StatusDisplay {
    switch (answer) {
        case 'yes':
            return { text: LABELS.answerYes, badgeClass: NEUTRAL };
        case 'no':
            return { text: LABELS.answerNo, badgeClass: NEUTRAL };
        case 'notApplicable':
            return { text: LABELS.answerNotApplicable, badgeClass: NEUTRAL };
        default:
            return { text: LABELS.answerUnknown, badgeClass: WARNING };
    }
}

export function installDisplay(install: InstallState): StatusDisplay {
    switch (install) {
        case 'installed':
            return { text: LABELS.installed, badgeClass: NEUTRAL };
        case 'notInstalled':
            return { text: LABELS.notInstalled, badgeClass: NEUTRAL };
        default:
            return { text: LABELS.installUnknown, badgeClass: NEUTRAL };
    }
}

/** The user check's status of one way: a way the org does not use (or that does not exist here) is neutral. */
export function canConnectDisplay(canConnect: CanConnect, usage: Usage = 'expected'): StatusDisplay {
    if (usage === 'notUsed' && canConnect !== 'notApplicable') return { text: LABELS.canConnectNotUsed, badgeClass: NEUTRAL };
    switch (canConnect) {
        case 'yes':
            return { text: LABELS.canConnectYes, badgeClass: SUCCESS };
        case 'no':
            return { text: LABELS.canConnectNo, badgeClass: ERROR };
        case 'notApplicable':
            return { text: LABELS.canConnectNotApplicable, badgeClass: NEUTRAL };
        default:
            return { text: LABELS.canConnectUnknown, badgeClass: NEUTRAL };
    }
}

export function usageText(usage: Usage): string {
    switch (usage) {
        case 'expected':
            return LABELS.usageExpected;
        case 'inUse':
            return LABELS.usageInUse;
        case 'notUsed':
            return LABELS.usageNotUsed;
        default:
            return LABELS.usageNotApplicable;
    }
}

export function permittedUsersText(permittedUsers: PermittedUsers): string {
    switch (permittedUsers) {
        case 'adminApproved':
            return LABELS.permittedAdminApproved;
        case 'selfAuthorize':
            return LABELS.permittedSelfAuthorize;
        case 'notInstalled':
            return LABELS.permittedNotInstalled;
        default:
            return LABELS.permittedUnknown;
    }
}

export function assignableKindText(kind: 'Profile' | 'PermissionSet' | 'PermissionSetGroup'): string {
    switch (kind) {
        case 'Profile':
            return LABELS.kindProfile;
        case 'PermissionSet':
            return LABELS.kindPermissionSet;
        default:
            return LABELS.kindPermissionSetGroup;
    }
}

/** Assistive text after a link that opens a new tab. Spaces that separate text from an element live in values: the
 * LWC template compiler trims the whitespace around static text next to an element. */
export const NEW_TAB_SUFFIX = ` ${LABELS.opensNewTab}`;

/** "Source: " before a source link, and ", in effect since 2025-12-08" after it. */
export const SOURCE_LEAD = `${LABELS.source}: `;

export function sourceTail(effectiveDate: string): string {
    return `, ${formatLabel(LABELS.effectiveSince, effectiveDate)}`;
}

/** "Label (ApiName)", or just the label when both are the same (profiles: Profile.Name is both). */
export function displayName(label: string, apiName: string): string {
    return label === apiName ? label : `${label} (${apiName})`;
}

/** Only https/http and org-relative URLs become links; anything else (e.g. "javascript:") is shown as text. */
export function safeUrl(url: string | null | undefined): string | null {
    if (!url) return null;
    const trimmed = url.trim();
    if (/^https?:\/\//i.test(trimmed)) return trimmed;
    if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed;
    return null;
}

/** A report Link ready for a template: href is null when the URL is not safe to link. */
export interface LinkView {
    key: string;
    label: string;
    href: string | null;
}

export function linkView(link: Link | null | undefined, key: string): LinkView | null {
    if (!link) return null;
    return { key, label: link.label, href: safeUrl(link.url) };
}

/** Links ready for a template, each with its own key. */
export function linkViews(links: readonly Link[], keyPrefix: string): LinkView[] {
    return links.map((link, index) => ({ key: `${keyPrefix}-${index}`, label: link.label, href: safeUrl(link.url) }));
}

/** The first `shown` items, unless expanded; with how many are hidden. */
export function firstFew<T>(items: readonly T[], shown: number, expanded: boolean): { rows: T[]; hidden: number } {
    if (expanded || items.length <= shown) return { rows: [...items], hidden: 0 };
    return { rows: items.slice(0, shown), hidden: items.length - shown };
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null;
}

/**
 * The message to show for anything a promise rejected with: an Apex error (AuraHandledException and friends arrive
 * as { body: { message } } or { body: [{ message }] }), an Error (SnapshotError adds the JSON path), or a string.
 */
export function errorMessage(error: unknown): string {
    if (typeof error === 'string' && error) return error;
    if (error instanceof Error) {
        const path = (error as Error & { path?: unknown }).path;
        if (typeof path === 'string' && path && !error.message.includes(path)) return `${error.message} (${path})`;
        return error.message;
    }
    if (isRecord(error)) {
        const body = error.body;
        if (isRecord(body) && typeof body.message === 'string' && body.message) return body.message;
        if (Array.isArray(body)) {
            const messages = body
                .map((entry) => (isRecord(entry) && typeof entry.message === 'string' ? entry.message : ''))
                .filter(Boolean);
            if (messages.length) return messages.join(' ');
        }
        if (typeof error.message === 'string' && error.message) return error.message;
        if (typeof error.statusText === 'string' && error.statusText) return error.statusText;
    }
    return LABELS.unknownError;
}
