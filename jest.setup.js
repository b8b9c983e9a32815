// Every component test: the accessibility matcher (await expect(element).toBeAccessible()) and the Custom Labels.
const { registerSa11yMatcher } = require('@sa11y/jest');
const { readCustomLabels } = require('./scripts/customLabels.cjs');

registerSa11yMatcher();

// `@salesforce/label/c.<Name>` resolves to the label's value, so tests assert the text an admin reads (sfdx-lwc-jest
// alone substitutes the label's name, "c.JSR_Refresh"). doMock, not mock: the calls are built in a loop.
for (const [name, value] of readCustomLabels()) {
    jest.doMock(`@salesforce/label/c.${name}`, () => ({ default: value }), { virtual: true });
}
