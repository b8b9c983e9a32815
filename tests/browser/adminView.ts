// What an admin sees in each part of the tab, as Playwright assertions. Expected values come from two places:
// the raw sample snapshot (what the org holds: installed or not, My Domain, the catalog's install ids) and the
// engine run in Node on the same files the preview serves (what the tab must show for them). The tab itself is
// never asked what it should show.
import type { Download, Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
    CSV_TABLES,
    DECODER_MAX_INPUT_LENGTH,
    decodeOAuthError,
    evaluateUser,
    reportToCsv,
    reportToMarkdown
} from '../../force-app/main/default/lwc/jsrEngine/jsrEngine';
import type {
    InstallState,
    OrgSnapshot,
    ReadinessReport,
    ReasonStep,
    Severity,
    UserReport,
    UserWayVerdict,
    Verdict
} from '../../force-app/main/default/lwc/jsrEngine/jsrEngine';
import { expect, formatted, label, openSection, userFactsOf } from './preview';
import type { FixtureScenario } from './preview';
import { escapeMarkdown } from '../../force-app/main/default/lwc/jsrEngine/markdownText';

const VERDICT_LABEL: Record<Verdict, string> = {
    ready: 'JSR_Verdict_Ready',
    actionNeeded: 'JSR_Verdict_Action_Needed',
    blocked: 'JSR_Verdict_Blocked',
    cannotDetermine: 'JSR_Verdict_Cannot_Determine',
    notApplicable: 'JSR_Verdict_Not_Applicable',
    notUsed: 'JSR_Verdict_Not_Used'
};
const INSTALL_LABEL: Record<InstallState, string> = {
    installed: 'JSR_Installed',
    notInstalled: 'JSR_Not_Installed',
    cannotDetermine: 'JSR_Install_Unknown'
};
const CAN_CONNECT_LABEL: Record<UserWayVerdict['canConnect'], string> = {
    yes: 'JSR_Can_Connect_Yes',
    no: 'JSR_Can_Connect_No',
    unknown: 'JSR_Can_Connect_Unknown',
    notApplicable: 'JSR_Can_Connect_Not_Applicable'
};

/** The user check shows a way the org does not use as such, whatever the user's answer. */
function userStatusLabel(way: UserWayVerdict): string {
    return way.usage === 'notUsed' && way.canConnect !== 'notApplicable' ? 'JSR_Can_Connect_Not_Used' : CAN_CONNECT_LABEL[way.canConnect];
}
const ANSWER_LABEL: Record<ReasonStep['answer'], string> = {
    yes: 'JSR_Answer_Yes',
    no: 'JSR_Answer_No',
    unknown: 'JSR_Answer_Unknown',
    notApplicable: 'JSR_Answer_Not_Applicable'
};
/** Rows per page in the tab's lists (c/jsrUi PAGE_SIZE) and rows the user search returns (JSR_UserSearch.cls). */
const PAGE_SIZE = 25;
const SEARCH_MAX_RESULTS = 25;
const BOM = '\uFEFF';

// ---------------------------------------------------------------------------------------------------------
// header, ways, apps, findings
// ---------------------------------------------------------------------------------------------------------

/** Collapsed text of each element the locator matches, read in one round trip (after the caller waited). */
async function texts(locator: Locator): Promise<string[]> {
    return locator.evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

export async function expectHeader(page: Page, report: ReadinessReport): Promise<void> {
    const header = page.locator('c-jsr-header');
    // Wait for the report (the org line appears with it), then compare every field at once: a wrong value fails
    // at once with the whole header in the diff, instead of after the expect timeout.
    await expect(header.locator('.org-line')).toBeVisible();
    const read = async (selector: string) => (await texts(header.locator(selector))).join(' | ');
    expect({
        orgName: await read('.org-name'),
        orgType: await read('.org-type'),
        overall: await read('.overall'),
        counts: await read('.counts'),
        startHere: await read('.start-title'),
        myDomain: await read('.my-domain')
    }).toEqual({
        orgName: report.org.name ?? '',
        orgType: label(report.org.isSandbox ? 'JSR_Sandbox' : 'JSR_Production'),
        overall: label(VERDICT_LABEL[report.overall.verdict]),
        counts: report.overall.countsLine,
        // The header's "start here" is the plan's first step.
        startHere: report.plan[0]?.title ?? '',
        myDomain: report.org.myDomainUrl ?? ''
    });
}

/** The Overview opens with the plan: the same steps as the report, in the same order. */
export async function expectPlan(page: Page, report: ReadinessReport): Promise<void> {
    const steps = page.locator('c-jsr-plan li.step');
    await expect(steps).toHaveCount(report.plan.length);
    expect(await texts(page.locator('c-jsr-plan .step-title'))).toEqual(report.plan.map((step) => step.title));
}

export async function expectWays(page: Page, report: ReadinessReport): Promise<void> {
    const cards = page.locator('c-jsr-ways article.way');
    await expect(cards).toHaveCount(report.ways.length);
    const shown = await cards.evaluateAll((nodes) => {
        const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return nodes.map((node) => ({
            way: node.getAttribute('data-way'),
            label: text(node.querySelector('.way-label')),
            verdict: text(node.querySelector('.way-label')?.nextElementSibling ?? null),
            summary: text(node.querySelector('.summary')),
            questions: [...node.querySelectorAll('.reason .question')].map(text)
        }));
    });
    expect(shown).toEqual(
        report.ways.map((way) => ({
            way: way.way,
            label: way.label,
            verdict: label(VERDICT_LABEL[way.verdict]),
            summary: way.summary,
            questions: way.reasons.map((reason) => reason.question)
        }))
    );
}

/** The manual install link for a catalog app, built from the raw snapshot: My Domain + the catalog's ids. */
export function expectedInstallHref(snapshot: OrgSnapshot, catalogName: string): string | null {
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

/** Checks every app card; returns how many install links were checked against the expected My Domain URL. */
export async function expectApps(page: Page, snapshot: OrgSnapshot, report: ReadinessReport): Promise<number> {
    await openSection(page, 'JSR_Tab_Apps');
    const cards = page.locator('article.app-card');
    await expect(cards).toHaveCount(report.apps.length);
    const shown = await cards.evaluateAll((nodes) => {
        const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return nodes.map((node) => {
            const link = node.querySelector('a.install-link');
            return {
                catalogName: node.getAttribute('data-catalog-name'),
                label: text(node.querySelector('.app-label')),
                install: node.querySelector('[data-install]')?.getAttribute('data-install') ?? null,
                installText: text(node.querySelector('[data-install]')),
                whoCanConnect: text(node.querySelector('.who-can-connect')),
                installHref: link?.getAttribute('href') ?? null,
                installTarget: link?.getAttribute('target') ?? null
            };
        });
    });
    let installLinks = 0;
    const expected = report.apps.map((app) => {
        const installed = installedInSnapshot(snapshot, app.catalogName);
        if (installed !== null) expect(app.install, `${app.catalogName} install state`).toBe(installed ? 'installed' : 'notInstalled');
        const href = expectedInstallHref(snapshot, app.catalogName);
        if (href && app.installLink) {
            expect(app.installLink.url).toBe(href);
            installLinks++;
        }
        return {
            catalogName: app.catalogName,
            label: app.label,
            install: app.install,
            installText: label(INSTALL_LABEL[app.install]),
            whoCanConnect: app.whoCanConnect,
            installHref: href && app.installLink ? href : null,
            installTarget: href && app.installLink ? '_blank' : null
        };
    });
    expect(shown).toEqual(expected);
    return installLinks;
}

/** How many findings the tab lists before "Show N more" (c/jsrFindings FINDINGS_SHOWN). */
const FINDINGS_SHOWN = 5;

export async function expectFindings(page: Page, report: ReadinessReport): Promise<void> {
    await openSection(page, 'JSR_Tab_Findings');
    // One finding per rule, the engine's order; the first few listed, the rest behind "Show N more".
    const counting = report.findings.filter((finding) => finding.counts);
    const listed = page.locator('c-jsr-findings ul.findings .finding');
    await expect(listed).toHaveCount(Math.min(counting.length, FINDINGS_SHOWN));
    expect({
        ruleIds: await listed.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-rule-id'))),
        titles: await texts(page.locator('c-jsr-findings ul.findings .finding-title'))
    }).toEqual({
        ruleIds: counting.slice(0, FINDINGS_SHOWN).map((finding) => finding.ruleId),
        titles: counting.slice(0, FINDINGS_SHOWN).map((finding) => finding.title)
    });
    if (counting.length > FINDINGS_SHOWN) {
        await page.locator('c-jsr-findings button.show-more').click();
        await expect(listed).toHaveCount(counting.length);
    }
    const severities: Severity[] = ['error', 'warning', 'recommendation', 'info'];
    const filters = severities.filter((severity) => counting.some((finding) => finding.severity === severity));
    await expect(page.locator('c-jsr-findings button.filter')).toHaveCount(counting.length > 0 ? filters.length + 1 : 0);
}

/** Frozen users who connect Jetstream and refused sign-ins by profile: the summaries and the first page of each table. */
export async function expectSignInBlockers(page: Page, report: ReadinessReport): Promise<void> {
    await openSection(page, 'JSR_Tab_Sign_In_Blockers');
    const view = page.locator('c-jsr-sign-in-blockers');
    await expect(view.locator('.frozen-summary')).toHaveText(report.signInBlockers.frozen.summary);
    await expect(view.locator('.refusals-summary')).toHaveText(report.signInBlockers.refusals.summary);
    const frozen = report.signInBlockers.frozen.users.slice(0, PAGE_SIZE);
    await expect(view.locator('table.frozen tbody tr')).toHaveCount(frozen.length);
    // Each name links to the user's page, where Unfreeze is (a new tab, said to screen readers).
    expect(await texts(view.locator('table.frozen tbody th a'))).toEqual(
        frozen.map((user) => `${user.name} ${label('JSR_Opens_New_Tab')}`)
    );
    const refusals = report.signInBlockers.refusals.rows.slice(0, PAGE_SIZE);
    await expect(view.locator('table.refusals tbody tr')).toHaveCount(refusals.length);
    expect(await texts(view.locator('table.refusals tbody td:first-child'))).toEqual(refusals.map((row) => row.app));
}

/** Other connected apps: the engine's summary and the first page of the table, worst first. */
export async function expectOtherApps(page: Page, report: ReadinessReport): Promise<void> {
    await openSection(page, 'JSR_Tab_Other_Apps');
    const view = page.locator('c-jsr-other-apps');
    await expect(view.locator('.summary')).toHaveText(report.otherApps.summary);
    const rows = report.otherApps.rows.slice(0, PAGE_SIZE);
    await expect(view.locator('table.other-apps tbody tr')).toHaveCount(rows.length);
    expect(await texts(view.locator('table.other-apps tbody th'))).toEqual(rows.map((row) => row.appName));
}

/** Failed Jetstream sign-ins per day on the Overview: the engine's summary as the chart's caption, a bar per day and
 * app with a failure. */
export async function expectSignInTrend(page: Page, report: ReadinessReport): Promise<void> {
    await openSection(page, 'JSR_Tab_Overview');
    const trend = page.locator('c-jsr-sign-in-trend');
    await expect(trend.locator('.summary')).toHaveText(report.signInTrend.summary);
    const bars = report.signInTrend.series.reduce((n, s) => n + s.counts.filter((c) => c > 0).length, 0);
    await expect(trend.locator('rect.bar')).toHaveCount(bars);
}

// ---------------------------------------------------------------------------------------------------------
// error decoder
// ---------------------------------------------------------------------------------------------------------

/** Errors users report, as they paste them: messages and the redirect URL Jetstream's callback receives. */
export const KNOWN_ERRORS = [
    "OAUTH_APP_BLOCKED: This app can't be used in your org. The app hasn't been approved for use in this organization",
    'https://getjetstream.app/oauth/callback?error=OAUTH_APPROVAL_ERROR_GENERIC&error_description=An%20unexpected%20error%20has%20occured%20during%20authentication.',
    'user is not admin approved to access this app',
    'error=invalid_grant&error_description=expired access/refresh token'
];

async function decode(page: Page, input: string): Promise<void> {
    await page.locator('c-jsr-error-decoder lightning-textarea.error-input textarea').fill(input);
    await page
        .locator('c-jsr-error-decoder')
        .getByRole('button', { name: label('JSR_Decoder_Button') })
        .click();
}

/** Decodes the known errors, an unknown one and an empty input; returns how many fix links point at this org. */
export async function expectErrorDecoder(page: Page, snapshot: OrgSnapshot, inputs: readonly string[] = KNOWN_ERRORS): Promise<number> {
    await openSection(page, 'JSR_Tab_Decoder');
    const decoder = page.locator('c-jsr-error-decoder');
    const result = decoder.locator('.result');

    // The field stops a paste at the engine's limit (the CLI refuses the same length).
    await expect(decoder.locator('lightning-textarea.error-input textarea')).toHaveAttribute('maxlength', String(DECODER_MAX_INPUT_LENGTH));
    await decoder.getByRole('button', { name: label('JSR_Decoder_Button') }).click();
    await expect(decoder.locator('.empty-hint')).toHaveText(label('JSR_Decoder_Empty'));

    let orgLinks = 0;
    for (const input of inputs) {
        const expected = decodeOAuthError(input, snapshot);
        expect(expected.matched, `the engine recognises: ${input}`).toBe(true);
        await decode(page, input);
        // The normalised input is unique per input: once it shows, the whole result belongs to this input.
        await expect(result.locator('.normalized')).toHaveText(expected.normalized);
        const shown = await result.evaluate((node) => {
            const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
            return {
                id: node.getAttribute('data-id'),
                status: text(node.querySelector('p')),
                cause: text(node.querySelector('.cause')),
                fix: [...node.querySelectorAll('.fix .step-text')].map(text),
                links: [...node.querySelectorAll('a.fix-link')].map((link) => link.getAttribute('href'))
            };
        });
        const linksToThisOrg = expected.fix
            .map((step) => step.link?.url ?? '')
            .filter((url) => url.startsWith(`${snapshot.org.data?.myDomainUrl ?? '-'}/`));
        expect({ ...shown, links: shown.links.filter((href) => linksToThisOrg.includes(href ?? '')) }).toEqual({
            id: expected.id,
            status: label('JSR_Decoder_Known'),
            cause: expected.cause,
            fix: expected.fix.map((step) => step.text),
            links: linksToThisOrg
        });
        orgLinks += linksToThisOrg.length;
    }

    const unknown = 'the printer is on fire';
    const expectedUnknown = decodeOAuthError(unknown, snapshot);
    expect(expectedUnknown.matched).toBe(false);
    await decode(page, unknown);
    await expect(result).toHaveAttribute('data-id', 'unknown');
    await expect(result).toContainText(label('JSR_Decoder_Unknown'));
    await expect(result.locator('.cause')).toHaveText(expectedUnknown.cause);
    await expect(decoder.locator('.empty-hint')).toHaveCount(0);
    return orgLinks;
}

// ---------------------------------------------------------------------------------------------------------
// user check
// ---------------------------------------------------------------------------------------------------------

/** What the admin types: the user's last name, or their username before the @ when the name is too short. */
function searchTermFor(name: string, username: string): string {
    const lastName = name.split(' ').pop() ?? '';
    return lastName.length >= 2 ? lastName : username.split('@')[0]!;
}

/** How many users the controller's search returns for a term (name or username contains it, case-insensitively). */
function matchCount(scenario: FixtureScenario, term: string): number {
    const needle = term.toLowerCase();
    const matches = scenario.users.filter(
        ({ search }) => search.name.toLowerCase().includes(needle) || search.username.toLowerCase().includes(needle)
    );
    return Math.min(matches.length, SEARCH_MAX_RESULTS);
}

/** The search field: lightning-input type="search" (a real input inside it). */
const SEARCH_INPUT = 'c-jsr-user-check lightning-input.search input';

async function searchUsers(page: Page, term: string): Promise<void> {
    await page.locator(SEARCH_INPUT).fill(term);
}

/** The search field's own behaviour, which does not depend on the org: too short, no results, emptied. */
async function expectSearchField(page: Page): Promise<void> {
    const check = page.locator('c-jsr-user-check');
    await searchUsers(page, 'x');
    await expect(check.locator('.too-short')).toHaveText(label('JSR_User_Search_Too_Short'));
    await searchUsers(page, 'zz-nobody-has-this-name');
    await expect(check.locator('.no-results')).toHaveText(label('JSR_User_Search_No_Results'));
    await searchUsers(page, '');
    await expect(page.locator(SEARCH_INPUT)).toHaveValue('');
    await expect(check.locator('.no-results')).toHaveCount(0);
}

/**
 * Search -> pick -> verdict chain for every sample user of the scenario; returns the last user's report.
 * withSearchField: first the field's own behaviour (expectSearchField).
 */
export async function expectUserCheck(
    page: Page,
    scenario: FixtureScenario,
    snapshot: OrgSnapshot,
    { withSearchField }: { withSearchField: boolean }
): Promise<UserReport | null> {
    await openSection(page, 'JSR_Tab_User_Check');
    const check = page.locator('c-jsr-user-check');
    if (withSearchField) await expectSearchField(page);

    let last: UserReport | null = null;
    for (const { search, facts } of scenario.users) {
        const term = searchTermFor(search.name, search.username);
        await searchUsers(page, term);
        const results = check.locator('button.result');
        await expect(results).toHaveCount(matchCount(scenario, term));
        const pick = check.locator(`button.result[data-user-id="${search.userId}"]`);
        await expect(pick).toContainText(`${search.name} — ${search.username}`);
        await pick.click();

        const expected = evaluateUser(snapshot, userFactsOf(facts));
        await expect(check.locator('.user-result')).toContainText(
            formatted('JSR_User_Result_For', `${expected.name} (${expected.username})`)
        );
        const shown = await check.locator('article.user-way').evaluateAll((nodes) => {
            const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
            return nodes.map((node) => ({
                way: node.getAttribute('data-way'),
                label: text(node.querySelector('h4')),
                status: text(node.querySelector('h4')?.nextElementSibling ?? null),
                questions: [...node.querySelectorAll('.chain .question')].map(text),
                answers: [...node.querySelectorAll('.chain .answer')].map(text),
                unblock: node.querySelector('.unblock') ? text(node.querySelector('.unblock')) : null
            }));
        });
        expect(shown).toEqual(
            expected.ways.map((way) => ({
                way: way.way,
                label: way.label,
                status: label(userStatusLabel(way)),
                questions: way.chain.map((step) => step.question),
                answers: way.chain.map((step) => label(ANSWER_LABEL[step.answer])),
                unblock: way.unblockAction && way.usage !== 'notUsed' ? `${label('JSR_Unblock_Action')}: ${way.unblockAction}` : null
            }))
        );
        last = expected;
    }
    return last;
}

// ---------------------------------------------------------------------------------------------------------
// export
// ---------------------------------------------------------------------------------------------------------

async function download(page: Page, link: Locator): Promise<{ file: Download; text: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
    return { file, text: await readFile(await file.path(), 'utf8') };
}

/** The Markdown report (with the checked user, if any) and every CSV table, downloaded and compared byte for byte. */
export async function expectExports(page: Page, report: ReadinessReport, userReport: UserReport | null): Promise<void> {
    await openSection(page, 'JSR_Tab_Export');
    const exporter = page.locator('c-jsr-export');
    if (userReport) {
        await expect(exporter.locator('.included-user')).toHaveText(
            formatted('JSR_Export_Includes_User', `${userReport.name} (${userReport.username})`)
        );
    } else {
        await expect(exporter.locator('.included-user')).toHaveCount(0);
    }

    const markdown = await download(page, exporter.locator('a.markdown'));
    expect(markdown.file.suggestedFilename()).toMatch(/\.md$/);
    expect(markdown.text).toBe(reportToMarkdown(report, userReport));
    // Names appear as the Markdown escaping writes them (a dot in a domain, an @, are escaped so nothing autolinks).
    if (report.org.name) expect(markdown.text).toContain(escapeMarkdown(report.org.name));
    if (userReport) expect(markdown.text).toContain(escapeMarkdown(userReport.username));

    // The snapshot to keep: both calls' data, which is the whole sample org.
    const saved = await download(page, exporter.locator('a.snapshot'));
    expect(saved.file.suggestedFilename()).toMatch(/-snapshot\.json$/);
    expect((JSON.parse(saved.text) as { capturedAt: string }).capturedAt).toBe(report.capturedAt);

    expect(CSV_TABLES.length).toBeGreaterThan(0);
    for (const table of CSV_TABLES) {
        const csv = await download(page, exporter.locator(`a.csv[data-table="${table}"]`));
        expect(csv.file.suggestedFilename()).toMatch(new RegExp(`-${table}\\.csv$`));
        // A byte-order mark first, so that Excel reads the UTF-8 correctly.
        expect(csv.text).toBe(BOM + reportToCsv(report, table).replace(/^\uFEFF/, ''));
    }
}
