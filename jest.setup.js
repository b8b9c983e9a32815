// Accessibility matcher for every component test: await expect(element).toBeAccessible();
// @sa11y/jest (with axe-core) loads on the first toBeAccessible call, not in each of the ~50 test files (most never
// call it): the same matcher as registerSa11yMatcher() registers, ~0.1 s CPU less per file that does not use it.
expect.extend({
    toBeAccessible(...args) {
        return require('@sa11y/jest/dist/matcher').toBeAccessible.apply(this, args);
    }
});

// Custom Labels resolve to their English values (see jest.labels.js).
require('./jest.labels.js');
