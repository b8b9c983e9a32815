// The preview serves SLDS cut to the classes its page can use (preview/build.mjs, step "styles"): about a fifth of
// the full stylesheet's size (942 -> ~203 KB). These tests prove the cut stylesheet styles the tab as the full one does: every element of
// every section (with a user checked and an error decoded) has the same computed style under both. Both are read in
// one page, swapping the stylesheet, so each section is set up once.
// Not compared: states that need the pointer or focus (:hover, :focus).
import type { Page } from '@playwright/test';
import { CUT_STYLESHEET_PATH, SLDS_MOUNT, SLDS_STYLESHEET_IN_ASSETS } from '../../preview/locations.mjs';
import { KNOWN_ERRORS } from './adminView';
import { expect, label, openScenario, openSection, scenario, test } from './preview';

// The cut stylesheet, as the built index.html links it, and the full one, as server.mjs serves it.
const CUT_SLDS = `/${CUT_STYLESHEET_PATH}`;
const FULL_SLDS = `${SLDS_MOUNT}${SLDS_STYLESHEET_IN_ASSETS}`;
const SECTIONS = [
    'JSR_Tab_Overview',
    'JSR_Tab_Findings',
    'JSR_Tab_Apps',
    'JSR_Tab_Bypass',
    'JSR_Tab_User_Check',
    'JSR_Tab_Sandbox',
    'JSR_Tab_Decoder',
    'JSR_Tab_Export'
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
    // An endless animation (a spinner) cannot be finished: the comparison would then fail on its frame, not throw here.
    for (const animation of document.getAnimations()) {
        if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
    }
    const lines: string[] = [];
    // Element tree order, into shadow trees; an element that is not displayed (a section not shown) is listed, but
    // not what is inside it.
    const visit = (element: Element) => {
        const style = getComputedStyle(element);
        const values = properties.map((property) => style.getPropertyValue(property)).join(';');
        lines.push(`<${element.localName}${element.classList.length ? ` class="${element.classList.value}"` : ''}> ${values}`);
        if (style.display === 'none') return;
        for (const child of Array.from(element.shadowRoot?.children ?? [])) visit(child);
        for (const child of Array.from(element.children)) visit(child);
    };
    visit(document.documentElement);
    return lines;
}

/** In the page: points the page's stylesheet link at `href` and waits until that stylesheet has loaded. */
async function useStylesheet(page: Page, href: string): Promise<void> {
    await page.evaluate(async (wanted) => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
        if (!link) throw new Error('the page has no stylesheet link');
        if (link.getAttribute('href') === wanted) return;
        await new Promise((resolve, reject) => {
            link.addEventListener('load', resolve, { once: true });
            link.addEventListener('error', () => reject(new Error(`${wanted} did not load`)), { once: true });
            link.href = wanted;
        });
    }, href);
}

/** Each section of the tab as an admin leaves it (a user checked, an error decoded), read under the cut stylesheet
 * and then, in the same page, under the full one: the elements whose style differs. */
async function stylesDifferingInEverySection(page: Page, id: string): Promise<Record<string, string[]>> {
    await openScenario(page, id);
    // The page as built links the cut stylesheet (else this would compare the full one with itself).
    await expect(page.locator('link[rel="stylesheet"]')).toHaveAttribute('href', CUT_SLDS);
    const differing: Record<string, string[]> = {};
    for (const section of SECTIONS) {
        await useStylesheet(page, CUT_SLDS);
        await openSection(page, section);
        if (section === 'JSR_Tab_User_Check') {
            const user = scenario(id).users[0]!.search;
            await page.locator('c-jsr-user-check input.search').fill(user.username);
            await page.locator(`c-jsr-user-check button.result[data-user-id="${user.userId}"]`).click();
            await expect(page.locator('c-jsr-user-check .user-result')).toBeVisible();
        }
        if (section === 'JSR_Tab_Decoder') {
            await page.locator('c-jsr-error-decoder textarea.error-input').fill(KNOWN_ERRORS[0]!);
            await page
                .locator('c-jsr-error-decoder')
                .getByRole('button', { name: label('JSR_Decoder_Button') })
                .click();
            await expect(page.locator('c-jsr-error-decoder .result')).toBeVisible();
            // The Explain button's click animation (a class on it for a moment) is not what is compared.
            await expect(page.locator('c-jsr-error-decoder button.slds-kx-is-animating-from-click')).toHaveCount(0);
        }
        const cut = await page.evaluate(styleLines);
        await useStylesheet(page, FULL_SLDS);
        const full = await page.evaluate(styleLines);
        expect(cut.length, `${section}: elements`).toBe(full.length);
        differing[section] = cut.flatMap((line, index) => (line === full[index] ? [] : [`cut:  ${line}\nfull: ${full[index]}`]));
    }
    return differing;
}

// One sample org is enough: what the cut could miss is a class built at run time by a base component, whatever the
// org; the tab's own classes are all written literally in its templates, which the cut scans.
test('the cut SLDS stylesheet styles every section as the full one does', async ({ page }) => {
    const differing = await stylesDifferingInEverySection(page, 'prod-admin-approved-with-grants');
    expect(differing, 'elements styled differently by the cut stylesheet, per section').toEqual(
        Object.fromEntries(SECTIONS.map((section) => [section, []]))
    );
});
