// Accessibility matcher for every component test: await expect(element).toBeAccessible();
// @sa11y/jest (with axe-core) loads on the first toBeAccessible call, not in each of the ~50 test files (most never
// call it): the same matcher as registerSa11yMatcher() registers, ~0.1 s CPU less per file that does not use it.
// It runs with jsdom's CSS rule matching cached for the run (withComputedStyleCache, see jest.environment.js).
expect.extend({
    toBeAccessible(...args) {
        const { toBeAccessible } = require('@sa11y/jest/dist/matcher');
        const check = () => toBeAccessible.apply(this, args);
        // Absent only under another test environment (e.g. a run started before jest.config.js named ours).
        return typeof global.withComputedStyleCache === 'function' ? global.withComputedStyleCache(check) : check();
    }
});

// Custom Labels resolve to their English values (see jest.labels.js).
require('./jest.labels.js');
