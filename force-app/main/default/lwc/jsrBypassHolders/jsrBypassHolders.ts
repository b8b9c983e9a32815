import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import { NEW_TAB_SUFFIX, assignableKindText, displayName, formatLabel, formatNumber, pageOf, safeUrl } from 'c/jsrUi';
import type { BypassPermissionView, HolderView, Link } from 'c/jsrEngine';

interface HolderRow {
    key: string;
    kind: string;
    displayName: string;
    href: string | null;
    assignees: string;
    expiring: string;
    notes: string;
    sampleUsers: { key: string; text: string }[];
}

interface PermissionView {
    key: string;
    label: string;
    advice: string;
    /** What Jetstream's docs say otherwise, and the two sources. */
    sourcesDiffer: { text: string; links: Link[] } | null;
    undeterminable: boolean;
    noHolders: boolean;
    hasHolders: boolean;
    totalActiveAssignees: string;
    holdersHeading: string;
    holdersTotal: number;
    page: number;
    rows: HolderRow[];
}

/** Who holds Approve Uninstalled Connected Apps and Use Any API Client, through which profile, set or group. */
export default class JsrBypassHolders extends LightningElement {
    @api permissions: BypassPermissionView[] = [];

    labels = LABELS;
    newTabSuffix = NEW_TAB_SUFFIX;
    pages: Record<string, number> = {};

    get hasPermissions(): boolean {
        return this.permissions.length > 0;
    }

    get items(): PermissionView[] {
        return this.permissions.map((permission) => {
            const window = pageOf(permission.holders, this.pages[permission.permission] ?? 1);
            return {
                key: permission.permission,
                label: permission.label,
                advice: permission.advice,
                sourcesDiffer: permission.sourcesDiffer,
                undeterminable: !permission.determinable,
                noHolders: permission.determinable && permission.holders.length === 0,
                hasHolders: permission.determinable && permission.holders.length > 0,
                totalActiveAssignees: formatNumber(permission.totalActiveAssignees),
                holdersHeading: `${permission.label} (${formatNumber(permission.holders.length)})`,
                holdersTotal: permission.holders.length,
                page: window.page,
                rows: window.rows.map((holder, index) => toRow(holder, `${permission.permission}-${window.first + index}`))
            };
        });
    }

    handlePageChange(event: CustomEvent<{ page: number }>): void {
        const permission = (event.currentTarget as HTMLElement).dataset.permission ?? '';
        this.pages = { ...this.pages, [permission]: event.detail.page };
    }
}

function toRow(holder: HolderView, key: string): HolderRow {
    const notes: string[] = [];
    if (holder.isStandardSystemAdministrator) notes.push(LABELS.standardSysAdmin);
    if (holder.sessionBased) notes.push(LABELS.sessionBased);
    return {
        key,
        kind: assignableKindText(holder.kind),
        displayName: displayName(holder.label, holder.name),
        href: safeUrl(holder.link.url),
        assignees: formatNumber(holder.activeAssignees),
        expiring: formatNumber(holder.expiringAssignees),
        notes: notes.join('; '),
        sampleUsers: holder.sampleUsers.map((user, index) => ({
            key: `${user.userId}-${index}`,
            text: user.expirationDate
                ? `${user.name} (${user.username}), ${formatLabel(LABELS.expiresOn, user.expirationDate)}`
                : `${user.name} (${user.username})`
        }))
    };
}
