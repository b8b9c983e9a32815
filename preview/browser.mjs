// Headless Chromium for the preview's scripts (npm run screenshots, npm run bench:render): Debian's
// /usr/bin/chromium driven by Playwright, with the same flags as tests/browser/playwright.config.ts.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];

export async function launchChromium() {
    if (!existsSync(CHROMIUM_PATH)) {
        throw new Error(`${CHROMIUM_PATH} is missing: apt-get update && apt-get install -y chromium (what .ci/run does)`);
    }
    return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * In the page: true once the tab is fully rendered - the header shows the overall status from the engine's
 * report, the default section (ways of connecting) shows its cards, and no spinner is left anywhere in the
 * tab. Walks the (synthetic) shadow roots, which document.querySelector does not see into.
 */
export function tabIsRendered() {
    const root = document.querySelector('c-jsr-readiness-tab');
    if (!root) return false;
    let overall = '';
    let ways = 0;
    let busy = false;
    const visit = (scope) => {
        for (const element of scope.querySelectorAll('*')) {
            if (element.matches('lightning-spinner, .section-loading')) busy = true;
            else if (element.matches('.overall')) overall = element.textContent.trim();
            else if (element.matches('article.way')) ways++;
            if (element.shadowRoot) visit(element.shadowRoot);
        }
    };
    if (root.shadowRoot) visit(root.shadowRoot);
    return overall !== '' && ways > 0 && !busy;
}

/** Waits (polling every animation frame) until the tab is fully rendered; resolves with performance.now() then,
 * i.e. the milliseconds since the navigation started. */
export async function waitForTabRendered(page, { timeout = 60_000 } = {}) {
    const handle = await page.waitForFunction(
        `(() => { const rendered = (${tabIsRendered.toString()})(); return rendered ? performance.now() : false; })()`,
        undefined,
        { polling: 'raf', timeout }
    );
    return handle.jsonValue();
}
