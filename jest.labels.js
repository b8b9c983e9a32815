// Custom Labels in Jest: every `@salesforce/label/c.<Name>` import resolves to the label's value from
// force-app/main/default/labels/CustomLabels.labels-meta.xml, so tests assert the text an admin reads (without this,
// sfdx-lwc-jest substitutes the label's name, "c.JR_Refresh"). doMock, not mock: the calls are built in a loop.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const LABELS_FILE = join(__dirname, 'force-app/main/default/labels/CustomLabels.labels-meta.xml');

/** [fullName, value] of every Custom Label. */
function readCustomLabels() {
    const { XMLParser } = require('fast-xml-parser');
    const parsed = new XMLParser({ isArray: (name) => name === 'labels', parseTagValue: false }).parse(readFileSync(LABELS_FILE, 'utf8'));
    return ((parsed.CustomLabels && parsed.CustomLabels.labels) || []).map((label) => [String(label.fullName), String(label.value)]);
}

module.exports = { readCustomLabels };

// In a test file's setup (jest.setup.js). The test environment (jest.environment.js) reads the labels once per worker
// and hands them to every test file as global.customLabels: ~0.1 s CPU less per file than parsing the XML in each.
if (typeof jest !== 'undefined') {
    for (const [fullName, mockValue] of global.customLabels || readCustomLabels()) {
        jest.doMock(`@salesforce/label/c.${fullName}`, () => ({ default: mockValue }), { virtual: true });
    }
}
