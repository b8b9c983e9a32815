// Every sample org, as an admin sees it: the header, the verdict per way of connecting, each app's card with
// its install state and install link, and the findings. Expected values come from two places: the raw
// snapshot (what the org holds: installed or not, My Domain, the catalog's install ids) and the engine's
// report for the same file (what the tab must show for it); the tab itself is never asked.
import type { Locator, Page } from '@playwright/test';
import { evaluateSnapshot } from '../../force-app/main/default/lwc/readinessEngine/readinessEngine';
import type {
    InstallState,
    OrgSnapshot,
    ReadinessReport,
    Severity,
    Verdict
} from '../../force-app/main/default/lwc/readinessEngine/readinessEngine';
import { SCENARIOS, expect, formatted, label, openScenario, openSection, snapshotOf, test } from './preview';

const VERDICT_LABEL: Record<Verdict, string> = {
    ready: 'JR_Verdict_Ready',
    actionNeeded: 'JR_Verdict_Action_Needed',
    blocked: 'JR_Verdict_Blocked',
    cannotDetermine: 'JR_Verdict_Cannot_Determine'
};
const INSTALL_LABEL: Record<InstallState, string> = {
    installed: 'JR_Installed',
    notInstalled: 'JR_Not_Installed',
    cannotDetermine: 'JR_Install_Unknown'
};
/** Findings per severity the tab lists on one page (c/readinessUi PAGE_SIZE). */
const PAGE_SIZE = 25;

/** The manual install link for a catalog app, built from the raw snapshot: My Domain + the catalog's ids. */
function expectedInstallHref(snapshot: OrgSnapshot, catalogName: string): string | null {
    const entry = snapshot.catalog.data?.find((candidate) => candidate.developerName === catalogName);
    const myDomain = snapshot.org.data?.myDomainUrl;
    if (!entry?.installAppId || !entry.installAppOrgId || !myDomain) return null;
    return `${myDomain}/identity/app/AppInstallApprovalPage.apexp?app_id=${entry.installAppId}&app_org_id=${entry.installAppOrgId}`;
}

/** Installed or not, straight from the snapshot's apps section (null when the section could not be read). */
function installedInSnapshot(snapshot: OrgSnapshot, catalogName: string): boolean | null {
    if (snapshot.apps.status === 'unavailable') return null;
    return snapshot.apps.data?.find((app) => app.catalogName === catalogName)?.installed ?? null;
}

async function expectHeader(page: Page, report: ReadinessReport): Promise<void> {
    const header = page.locator('c-readiness-header');
    await expect(header.locator('.org-name')).toHaveText(report.org.name ?? '');
    await expect(header.locator('.org-type')).toHaveText(label(report.org.isSandbox ? 'JR_Sandbox' : 'JR_Production'));
    await expect(header.locator('.overall')).toHaveText(label(VERDICT_LABEL[report.overall.verdict]));
    await expect(header.locator('.score')).toHaveText(formatted('JR_Score_Value', report.overall.score));
    if (report.org.myDomainUrl) await expect(header.locator('.my-domain')).toHaveText(report.org.myDomainUrl);
}

async function expectWays(page: Page, report: ReadinessReport): Promise<void> {
    const ways = page.locator('c-readiness-ways article.way');
    await expect(ways).toHaveCount(report.ways.length);
    for (const way of report.ways) {
        const card = page.locator(`c-readiness-ways article.way[data-way="${way.way}"]`);
        await expect(card.locator('.way-label')).toHaveText(way.label);
        await expect(card).toContainText(label(VERDICT_LABEL[way.verdict]));
        await expect(card.locator('.summary')).toHaveText(way.summary);
        await expect(card.locator('.reason .question')).toHaveText(way.reasons.map((reason) => reason.question));
    }
}

async function expectApps(page: Page, snapshot: OrgSnapshot, report: ReadinessReport): Promise<void> {
    await openSection(page, 'JR_Tab_Apps');
    await expect(page.locator('article.app-card')).toHaveCount(report.apps.length);
    for (const app of report.apps) {
        const card = page.locator(`article.app-card[data-catalog-name="${app.catalogName}"]`);
        await expect(card.locator('.app-label')).toHaveText(app.label);
        const install = card.locator('[data-install]');
        await expect(install).toHaveAttribute('data-install', app.install);
        await expect(install).toHaveText(label(INSTALL_LABEL[app.install]));
        const installed = installedInSnapshot(snapshot, app.catalogName);
        if (installed !== null) expect(app.install, `${app.catalogName} install state`).toBe(installed ? 'installed' : 'notInstalled');
        await expect(card.locator('.who-can-connect')).toHaveText(app.whoCanConnect);

        const href = expectedInstallHref(snapshot, app.catalogName);
        const link = card.locator('a.install-link');
        if (href && app.installLink) {
            await expect(link).toHaveAttribute('href', href);
            await expect(link).toHaveAttribute('target', '_blank');
        } else {
            await expect(link).toHaveCount(0);
        }
    }
}

async function ruleIdsIn(group: Locator): Promise<(string | null)[]> {
    return group.locator('.finding').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-rule-id')));
}

async function expectFindings(page: Page, report: ReadinessReport): Promise<void> {
    await openSection(page, 'JR_Tab_Findings');
    const severities: Severity[] = ['error', 'warning', 'info', 'pass'];
    for (const severity of severities) {
        const expected = report.findings.filter((finding) => finding.severity === severity);
        const group = page.locator(`c-readiness-findings .group[data-severity="${severity}"]`);
        if (expected.length === 0) {
            await expect(group).toHaveCount(0);
            continue;
        }
        const firstPage = expected.slice(0, PAGE_SIZE);
        await expect(group.locator('.finding')).toHaveCount(firstPage.length);
        expect(await ruleIdsIn(group)).toEqual(firstPage.map((finding) => finding.ruleId));
        if (severity !== 'pass') {
            // Passed checks start folded; everything that needs doing is visible with its title.
            await expect(group.locator('.finding-title')).toHaveText(firstPage.map((finding) => finding.title));
        }
    }
}

for (const { id } of SCENARIOS) {
    test(`sample org ${id}: header, ways, apps with install links, findings`, async ({ page }) => {
        const snapshot = snapshotOf(id);
        const report = evaluateSnapshot(snapshot);
        await openScenario(page, id);
        await expectHeader(page, report);
        await expectWays(page, report);
        await expectApps(page, snapshot, report);
        await expectFindings(page, report);
    });
}
