// The org's Custom Labels as a Map of name -> value (the text an admin reads): one reader for Jest (jest.setup.js), the
// preview and the browser tests, so all three show the same words as the org.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { XMLParser } = require('fast-xml-parser');

const LABELS_FILE = join(__dirname, '../force-app/main/default/labels/CustomLabels.labels-meta.xml');

/** Every <labels> entry of a CustomLabels file: fullName -> value. */
function readCustomLabels(file = LABELS_FILE) {
    const parser = new XMLParser({ isArray: (name) => name === 'labels', parseTagValue: false, trimValues: false });
    const doc = parser.parse(readFileSync(file, 'utf8'));
    const labels = new Map();
    for (const entry of doc?.CustomLabels?.labels ?? []) {
        if (typeof entry.fullName === 'string') labels.set(entry.fullName.trim(), String(entry.value ?? ''));
    }
    return labels;
}

module.exports = { LABELS_FILE, readCustomLabels };
