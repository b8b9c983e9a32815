// Accessibility matcher for every component test: await expect(element).toBeAccessible();
const { registerSa11yMatcher } = require('@sa11y/jest');
registerSa11yMatcher();

// Custom Labels resolve to their English values (see jest.labels.js).
require('./jest.labels.js');
