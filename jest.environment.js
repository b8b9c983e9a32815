// Jest's jsdom environment with two additions: the Custom Labels, read once per worker (see jest.labels.js), and a
// cache of CSS rule matching that the accessibility matcher (jest.setup.js) switches on for the length of one axe run.
// jsdom's getComputedStyle matches every CSS rule (its default stylesheet has hundreds) against the element and, for
// the inherited `visibility`, again against each ancestor, on every call. axe asks it for hundreds of elements of a
// whole tab, so the same ancestors are matched over and over: about 2/3 of axe's time. So during an axe run each
// element's matching rules are found once and replayed in the same order, until the document changes (any DOM,
// attribute or text mutation, a <style> added included, empties the cache): the same computed styles, the same axe
// results (compared node by node on four whole-tab states; scripts/__tests__/jestEnvironment.test.ts), 3-4x less CPU.
const { dirname } = require('node:path');
const { TestEnvironment } = require('jest-environment-jsdom');

// The jsdom that jest-environment-jsdom itself loads (getCascadedPropertyValue calls this export through `exports`).
const styleRules = require(
    require.resolve('jsdom/lib/jsdom/living/helpers/style-rules.js', { paths: [dirname(require.resolve('jest-environment-jsdom'))] })
);
const forEachMatchingRule = styleRules.forEachMatchingSheetRuleOfElement;
/** While a cached run is on: { rules: WeakMap of element -> matching rules, observer: MutationObserver }. */
let cache = null;
let customLabels = null;

styleRules.forEachMatchingSheetRuleOfElement = (elementImpl, handleRule) => {
    if (!cache) return forEachMatchingRule(elementImpl, handleRule);
    // A mutation not yet delivered to the observer's callback: the cached matches may be stale.
    if (cache.observer.takeRecords().length > 0) cache.rules = new WeakMap();
    let rules = cache.rules.get(elementImpl);
    if (!rules) {
        rules = [];
        forEachMatchingRule(elementImpl, (rule) => rules.push(rule));
        cache.rules.set(elementImpl, rules);
    }
    for (const rule of rules) handleRule(rule);
};

module.exports = class JsdomEnvironmentWithStyleCache extends TestEnvironment {
    async setup() {
        await super.setup();
        // Read once per worker, mocked in each test file by jest.labels.js.
        if (!customLabels) {
            const { LABELS_FILE } = await import('./preview/paths.mjs');
            const { readCustomLabels } = await import('./preview/src/customLabels.mjs');
            customLabels = [...readCustomLabels(LABELS_FILE)];
        }
        this.global.customLabels = customLabels;
        /** Runs `check` (one axe run) with rule matching cached per element until the document changes. */
        this.global.withComputedStyleCache = async (check) => {
            const observer = new this.global.MutationObserver(() => {
                if (cache) cache.rules = new WeakMap();
            });
            observer.observe(this.global.document, { subtree: true, childList: true, attributes: true, characterData: true });
            cache = { rules: new WeakMap(), observer };
            try {
                return await check();
            } finally {
                observer.disconnect();
                cache = null;
            }
        };
    }
};
