import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LABELS } from '../jsrLabels';

const LWC_DIR = join(__dirname, '../..');
const labelsXml = readFileSync(join(LWC_DIR, '../labels/CustomLabels.labels-meta.xml'), 'utf8');
const moduleSource = readFileSync(join(LWC_DIR, 'jsrLabels/jsrLabels.ts'), 'utf8');

function xmlLabels(): Map<string, string> {
    const labels = new Map<string, string>();
    for (const match of labelsXml.matchAll(/<fullName>([^<]+)<\/fullName>[\s\S]*?<value>([^<]*)<\/value>/g)) {
        labels.set(match[1]!, match[2]!);
    }
    return labels;
}

describe('jsrLabels', () => {
    it('imports exactly the labels the labels file defines', () => {
        const imported = [...moduleSource.matchAll(/from '@salesforce\/label\/c\.(\w+)'/g)].map((m) => m[1]!).sort();
        expect(imported).toEqual([...xmlLabels().keys()].sort());
    });

    it('resolves every label to its English value (Jest maps c.* labels to the labels file)', () => {
        const values = new Set(xmlLabels().values());
        for (const value of Object.values(LABELS)) {
            expect(value.startsWith('c.JSR_')).toBe(false);
            expect(values.has(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))).toBe(true);
        }
        expect(LABELS.refresh).toBe('Refresh');
    });

    it('keeps every label within the platform limits and the JSR_ naming pattern', () => {
        for (const [name, value] of xmlLabels()) {
            expect(name).toMatch(/^JSR_[A-Za-z0-9_]+$/);
            expect(value.length).toBeGreaterThan(0);
            expect(value.length).toBeLessThanOrEqual(1000);
        }
    });
});
