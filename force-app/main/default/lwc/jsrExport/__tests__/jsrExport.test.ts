import { createElement } from 'lwc';
import { reportToCsv, reportToMarkdown } from 'c/jsrEngine';
import type { ReadinessReport, UserReport } from 'c/jsrEngine';
import JsrExport from '../jsrExport';
import { flushPromises, loadReport, loadUserReport, resetDom, scenario, textOf } from 'test-kit';

type ExportElement = HTMLElement & { report: ReadinessReport | null; userReport: UserReport | null };

const MARKDOWN_PREFIX = 'data:text/markdown;charset=utf-8,';
const CSV_PREFIX = 'data:text/csv;charset=utf-8,';

function render(report: ReadinessReport | null, userReport: UserReport | null = null): ExportElement {
    const element = createElement('c-jsr-export', { is: JsrExport }) as ExportElement;
    element.report = report;
    element.userReport = userReport;
    document.body.appendChild(element);
    return element;
}

function decoded(href: string, prefix: string): string {
    expect(href.startsWith(prefix)).toBe(true);
    return decodeURIComponent(href.slice(prefix.length));
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-export', () => {
    afterEach(resetDom);

    it('offers the report as a Markdown download named after the org and the day it was read', async () => {
        const report = loadReport('prod-nothing-installed');
        const element = render(report);
        await flushPromises();
        const link = element.shadowRoot!.querySelector('a.markdown')!;
        expect(textOf(link)).toBe('Download the report (Markdown)');
        expect(link.getAttribute('download')).toBe(
            `jetstream-readiness-${report.org
                .name!.toLowerCase()
                .replace(/[^a-z0-9]+/g, '-')
                .replace(/^-|-$/g, '')}-${report.capturedAt.slice(0, 10)}.md`
        );
        expect(decoded(link.getAttribute('href')!, MARKDOWN_PREFIX)).toBe(reportToMarkdown(report, null));
        await expect(element).toBeAccessible();
    });

    it('offers every table as a UTF-8 CSV download', async () => {
        const report = loadReport('prod-admin-approved-with-grants');
        const element = render(report);
        await flushPromises();
        const links = Array.from(element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.csv'));
        expect(links.map((link) => link.dataset.table)).toEqual(['plan', 'findings', 'apps', 'holders', 'authorizations', 'otherApps']);
        expect(links.map(textOf)).toEqual([
            'Action plan',
            'Findings',
            'Apps',
            'Bypass permission holders',
            'Existing authorizations',
            'Other connected apps'
        ]);
        for (const link of links) {
            const table = link.dataset.table as 'plan' | 'findings' | 'apps' | 'holders' | 'authorizations' | 'otherApps';
            expect(link.getAttribute('download')).toMatch(new RegExp(`-${table}\\.csv$`));
            expect(decoded(link.getAttribute('href')!, CSV_PREFIX).replace(/^\uFEFF/, '')).toBe(
                reportToCsv(report, table).replace(/^\uFEFF/, '')
            );
            expect(decoded(link.getAttribute('href')!, CSV_PREFIX).startsWith('\uFEFF')).toBe(true);
        }
        await expect(element).toBeAccessible();
    });

    it('includes the user checked in "Check a user" in the Markdown report', async () => {
        const id = 'prod-admin-approved-no-grants';
        const report = loadReport(id);
        const userReport = loadUserReport(id, scenario(id).users[0]!);
        const element = render(report, userReport);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.included-user'))).toBe(
            `The report includes the user you checked: ${userReport.name} (${userReport.username}).`
        );
        const markdown = decoded(element.shadowRoot!.querySelector('a.markdown')!.getAttribute('href')!, MARKDOWN_PREFIX);
        expect(markdown).toBe(reportToMarkdown(report, userReport));
        expect(markdown).toContain(userReport.name);
        await expect(element).toBeAccessible();
    });

    it('shows a failure to build the files inside the section', async () => {
        const broken = { ...loadReport('prod-nothing-installed'), findings: undefined } as unknown as ReadinessReport;
        const element = render(broken);
        await flushPromises();
        const failure = element.shadowRoot!.querySelector('.export-error');
        expect(textOf(failure)).toContain('The export could not be built');
        expect(failure!.getAttribute('role')).toBe('alert');
        expect(element.shadowRoot!.querySelector('a.markdown')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('offers nothing to download before the org has been read', async () => {
        const element = render(null);
        await flushPromises();
        expect(element.shadowRoot!.querySelector('a')).toBeNull();
        expect(textOf(element.shadowRoot!.querySelector('.intro'))).toContain('Attach the Markdown report to a change ticket');
    });
});
