import { LightningElement, api } from 'lwc';
import { reportToCsv, reportToMarkdown } from 'c/jsrEngine';
import type { OrgSnapshot, ReadinessReport, UserReport } from 'c/jsrEngine';
import { LABELS } from 'c/jsrLabels';
import { errorMessage, formatLabel } from 'c/jsrUi';

type CsvTable = 'plan' | 'findings' | 'apps' | 'holders' | 'authorizations' | 'otherApps';

interface DownloadLink {
    key: string;
    label: string;
    href: string;
    filename: string;
}

interface ExportFiles {
    markdown: DownloadLink | null;
    tables: DownloadLink[];
    error: string | null;
}

const CSV_TABLES: { table: CsvTable; label: string }[] = [
    { table: 'plan', label: LABELS.exportCsvPlan },
    { table: 'findings', label: LABELS.exportCsvFindings },
    { table: 'apps', label: LABELS.exportCsvApps },
    { table: 'holders', label: LABELS.exportCsvHolders },
    { table: 'authorizations', label: LABELS.exportCsvAuthorizations },
    { table: 'otherApps', label: LABELS.exportCsvOtherApps }
];

/** Spreadsheet apps detect UTF-8 CSV by its byte order mark. */
const BOM = '\uFEFF';

const BUILT = new WeakMap<ReadinessReport, { userReport: UserReport | null; files: ExportFiles }>();
const SNAPSHOTS = new WeakMap<OrgSnapshot, DownloadLink>();

function buildFiles(report: ReadinessReport, userReport: UserReport | null): ExportFiles {
    const base = fileBaseName(report);
    try {
        const markdown: DownloadLink = {
            key: 'markdown',
            label: LABELS.exportMarkdown,
            href: dataUri('text/markdown', reportToMarkdown(report, userReport)),
            filename: `${base}.md`
        };
        const tables = CSV_TABLES.map(({ table, label }) => {
            const csv = reportToCsv(report, table);
            return {
                key: table,
                label,
                href: dataUri('text/csv', csv.startsWith(BOM) ? csv : BOM + csv),
                filename: `${base}-${table}.csv`
            };
        });
        return { markdown, tables, error: null };
    } catch (error) {
        return { markdown: null, tables: [], error: errorMessage(error) };
    }
}

/**
 * Downloads built in the browser from the report on the page: plain anchors with a data: URI and the download
 * attribute (no Blob URLs, no DOM calls that Lightning Web Security restricts).
 */
export default class JsrExport extends LightningElement {
    @api report: ReadinessReport | null = null;
    @api userReport: UserReport | null = null;
    /** The snapshot the report was evaluated from (both calls' data), downloadable to compare with a later check. */
    @api snapshot: OrgSnapshot | null = null;

    labels = LABELS;

    get files(): ExportFiles {
        const report = this.report;
        if (!report) return { markdown: null, tables: [], error: null };
        // Building the files walks the whole report: once per report (and checked user), not on every render. The
        // cache lives outside the component because a field written during render would re-render it.
        const cached = BUILT.get(report);
        if (cached && cached.userReport === this.userReport) return cached.files;
        const files = buildFiles(report, this.userReport);
        BUILT.set(report, { userReport: this.userReport, files });
        return files;
    }

    get markdown(): DownloadLink | null {
        return this.files.markdown;
    }

    get tables(): DownloadLink[] {
        return this.files.tables;
    }

    get exportError(): string | null {
        return this.files.error;
    }

    /** The snapshot as JSON in the contract's format (schema/org-snapshot.schema.json): what the CLI reads. */
    get snapshotFile(): DownloadLink | null {
        const snapshot = this.snapshot;
        const report = this.report;
        if (!snapshot || !report) return null;
        const cached = SNAPSHOTS.get(snapshot);
        if (cached) return cached;
        const link: DownloadLink = {
            key: 'snapshot',
            label: LABELS.exportSnapshot,
            href: dataUri('application/json', `${JSON.stringify(snapshot, null, 2)}\n`),
            filename: `${fileBaseName(report)}-snapshot.json`
        };
        SNAPSHOTS.set(snapshot, link);
        return link;
    }

    get includedUser(): string | null {
        return this.userReport ? formatLabel(LABELS.exportIncludesUser, `${this.userReport.name} (${this.userReport.username})`) : null;
    }
}

function dataUri(mimeType: string, content: string): string {
    return `data:${mimeType};charset=utf-8,${encodeURIComponent(content)}`;
}

/** e.g. "jetstream-readiness-acme-corp-2026-03-01": the org and the day the data was read. */
function fileBaseName(report: ReadinessReport): string {
    const org = (report.org.name ?? 'org')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    const day = /^\d{4}-\d{2}-\d{2}/.exec(report.capturedAt)?.[0];
    return ['jetstream-readiness', org || 'org', day].filter(Boolean).join('-');
}
