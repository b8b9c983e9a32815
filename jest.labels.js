// Custom Labels in Jest: every `@salesforce/label/c.<Name>` import resolves to the label's value from
// force-app/main/default/labels/CustomLabels.labels-meta.xml, so tests assert the text an admin reads (without this,
// sfdx-lwc-jest substitutes the label's name, "c.JR_Refresh"). doMock, not mock: the calls are built in a loop.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { XMLParser } = require('fast-xml-parser');

const LABELS_FILE = join(__dirname, 'force-app/main/default/labels/CustomLabels.labels-meta.xml');
const parsed = new XMLParser({ isArray: (name) => name === 'labels', parseTagValue: false }).parse(readFileSync(LABELS_FILE, 'utf8'));

for (const label of (parsed.CustomLabels && parsed.CustomLabels.labels) || []) {
    const mockValue = String(label.value);
    jest.doMock(`@salesforce/label/c.${label.fullName}`, () => ({ default: mockValue }), { virtual: true });
}
