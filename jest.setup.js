// Accessibility matcher for every component test: await expect(element).toBeAccessible();
const { registerSa11yMatcher } = require('@sa11y/jest');
registerSa11yMatcher();
