// Custom Labels in Jest: every `@salesforce/label/c.<Name>` import resolves to the label's value from
// force-app/main/default/labels/CustomLabels.labels-meta.xml, so tests assert the text an admin reads (without this,
// sfdx-lwc-jest substitutes the label's name, "c.JSR_Refresh"). doMock, not mock: the calls are built in a loop.
// The test environment (jest.environment.js) reads the file once per worker, with the preview's own reader
// (preview/src/customLabels.mjs), and hands the labels to every test file as global.customLabels.
if (!global.customLabels) {
    throw new Error('jest.labels.js: global.customLabels is missing; jest.config.js must name jest.environment.js as testEnvironment');
}
for (const [fullName, mockValue] of global.customLabels) {
    jest.doMock(`@salesforce/label/c.${fullName}`, () => ({ default: mockValue }), { virtual: true });
}
