// Jest's jsdom environment with two additions: the Custom Labels, read once per worker (see jest.labels.js), and a
// cache of CSS rule matching that the accessibility matcher (jest.setup.js) switches on for the length of one axe run.
// jsdom's getComputedStyle matches every CSS rule (its default stylesheet has hundreds) against the element and, for
// the inherited `visibility`, again against each ancestor, on every call. axe asks it for hundreds of elements of a
// whole tab, so the same ancestors are matched over and over: about 2/3 of axe's time. The document does not change
// during an axe run, so each element's matching rules are found once and replayed in the same order: the same
// computed styles, the same axe results (compared node by node on four whole-tab states), 3-4x less CPU per run.
const { dirname } = require('node:path');
const { TestEnvironment } = require('jest-environment-jsdom');
const { readCustomLabels } = require('./jest.labels.js');

// The jsdom that jest-environment-jsdom itself loads (getCascadedPropertyValue calls this export through `exports`).
const styleRules = require(
    require.resolve('jsdom/lib/jsdom/living/helpers/style-rules.js', { paths: [dirname(require.resolve('jest-environment-jsdom'))] })
);
const forEachMatchingRule = styleRules.forEachMatchingSheetRuleOfElement;
let matchingRulesByElement = null;
let customLabels = null;

styleRules.forEachMatchingSheetRuleOfElement = (elementImpl, handleRule) => {
    if (!matchingRulesByElement) return forEachMatchingRule(elementImpl, handleRule);
    let rules = matchingRulesByElement.get(elementImpl);
    if (!rules) {
        rules = [];
        forEachMatchingRule(elementImpl, (rule) => rules.push(rule));
        matchingRulesByElement.set(elementImpl, rules);
    }
    for (const rule of rules) handleRule(rule);
};

module.exports = class JsdomEnvironmentWithStyleCache extends TestEnvironment {
    constructor(config, context) {
        super(config, context);
        // Read once per worker, mocked in each test file by jest.labels.js.
        customLabels = customLabels || readCustomLabels();
        this.global.customLabels = customLabels;
        /** Runs `check` (one axe run over an unchanging document) with rule matching cached per element. */
        this.global.withComputedStyleCache = async (check) => {
            matchingRulesByElement = new WeakMap();
            try {
                return await check();
            } finally {
                matchingRulesByElement = null;
            }
        };
    }
};
