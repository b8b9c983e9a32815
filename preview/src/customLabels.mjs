// Rollup plugin: `import label from '@salesforce/label/c.Name'` resolves to the label's real value from
// force-app/main/default/labels/CustomLabels.labels-meta.xml, as the platform does for the org's default
// language. A label the components import but the file does not define fails the build, as a deploy would.
// Base-component labels (@salesforce/label/Lightning*.x) are left to lightning-base-components' own stubs.
import { readCustomLabels } from '../../scripts/customLabels.cjs';

const PREFIX = '@salesforce/label/c.';
const VIRTUAL = '\0custom-label:';

export function customLabels() {
    let labels = new Map();
    return {
        name: 'jetstream-custom-labels',
        buildStart() {
            labels = readCustomLabels();
        },
        resolveId(source) {
            return source.startsWith(PREFIX) ? VIRTUAL + source.slice(PREFIX.length) : null;
        },
        load(id) {
            if (!id.startsWith(VIRTUAL)) return null;
            const name = id.slice(VIRTUAL.length);
            if (!labels.has(name)) {
                this.error(`Custom Label c.${name} is imported by a component but not defined in force-app/main/default/labels`);
            }
            return `export default ${JSON.stringify(labels.get(name))};`;
        }
    };
}
