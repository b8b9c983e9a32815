// The preview serves SLDS cut to the classes its page can use (preview/build.mjs, step "styles"): a third of the
// full stylesheet's size. These tests prove the cut stylesheet styles the tab as the full one does: every element of
// every section (with a user checked and an error decoded) has the same computed style under both.
// Not compared: states that need the pointer or focus (:hover, :focus).
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { KNOWN_ERRORS } from './adminView';
import { expect, label, openScenario, openSection, scenario, test } from './preview';

const FULL_SLDS = join(
    __dirname,
    '../../node_modules/@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.min.css'
);
const SECTIONS = [
    'JR_Tab_Overview',
    'JR_Tab_Findings',
    'JR_Tab_Apps',
    'JR_Tab_Bypass',
    'JR_Tab_User_Check',
    'JR_Tab_Sandbox',
    'JR_Tab_Decoder',
    'JR_Tab_Export'
] as const;

/**
 * In the page: one line per element of the document, its shadow trees included: tag, classes and the computed
 * values of the properties a missing SLDS rule would change (box, colours, type, visibility). Elements are listed
 * in document order, so the same page under two stylesheets lines up line by line.
 */
function styleLines(): string[] {
    const properties = [
        'display',
        'position',
        'float',
        'visibility',
        'opacity',
        'width',
        'height',
        'top',
        'left',
        'margin-top',
        'margin-right',
        'margin-bottom',
        'margin-left',
        'padding-top',
        'padding-right',
        'padding-bottom',
        'padding-left',
        'border-top-width',
        'border-right-width',
        'border-bottom-width',
        'border-left-width',
        'border-top-color',
        'border-bottom-color',
        'border-top-left-radius',
        'box-shadow',
        'color',
        'background-color',
        'background-image',
        'fill',
        'font-family',
        'font-size',
        'font-weight',
        'line-height',
        'text-align',
        'text-transform',
        'text-decoration-line',
        'white-space',
        'overflow-x',
        'overflow-y',
        'flex-direction',
        'flex-wrap',
        'justify-content',
        'align-items',
        'list-style-type',
        'cursor',
        'z-index'
    ];
    // End running CSS transitions (a tab link fading to its selected colour) so both pages are read at rest.
    for (const animation of document.getAnimations()) animation.finish();
    const lines: string[] = [];
    const visit = (scope: Document | ShadowRoot) => {
        for (const element of Array.from(scope.querySelectorAll('*'))) {
            const style = getComputedStyle(element);
            const values = properties.map((property) => style.getPropertyValue(property)).join(';');
            lines.push(`<${element.localName}${element.classList.length ? ` class="${element.classList.value}"` : ''}> ${values}`);
            if (element.shadowRoot) visit(element.shadowRoot);
        }
    };
    visit(document);
    return lines;
}

/** Every section of the tab as an admin leaves it (a user checked, an error decoded): its style lines. */
async function stylesOfEverySection(page: Page, id: string): Promise<Record<string, string[]>> {
    await openScenario(page, id);
    const styles: Record<string, string[]> = {};
    for (const section of SECTIONS) {
        await openSection(page, section);
        if (section === 'JR_Tab_User_Check') {
            const user = scenario(id).users[0]!.search;
            await page.locator('c-readiness-user-check input.search').fill(user.username);
            await page.locator(`c-readiness-user-check button.result[data-user-id="${user.userId}"]`).click();
            await expect(page.locator('c-readiness-user-check .user-result')).toBeVisible();
        }
        if (section === 'JR_Tab_Decoder') {
            await page.locator('c-readiness-error-decoder textarea.error-input').fill(KNOWN_ERRORS[0]!);
            await page
                .locator('c-readiness-error-decoder')
                .getByRole('button', { name: label('JR_Decoder_Button') })
                .click();
            await expect(page.locator('c-readiness-error-decoder .result')).toBeVisible();
        }
        styles[section] = await page.evaluate(styleLines);
    }
    return styles;
}

for (const id of ['prod-admin-approved-with-grants', 'prod-reader-without-view-setup']) {
    test(`the cut SLDS stylesheet styles every section of ${id} as the full one does`, async ({ page }) => {
        const cut = await stylesOfEverySection(page, id);
        await page.route('**/styles/slds.min.css', (route) => route.fulfill({ path: FULL_SLDS, contentType: 'text/css' }));
        try {
            const full = await stylesOfEverySection(page, id);
            for (const section of SECTIONS) {
                expect(cut[section]!.length, `${section}: elements`).toBe(full[section]!.length);
                const differing = cut[section]!.flatMap((line, index) =>
                    line === full[section]![index] ? [] : [`cut:  ${line}\nfull: ${full[section]![index]}`]
                );
                expect(differing, `${section}: elements styled differently by the cut stylesheet`).toEqual([]);
            }
        } finally {
            await page.unroute('**/styles/slds.min.css');
        }
    });
}
