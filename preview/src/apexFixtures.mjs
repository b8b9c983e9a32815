// Rollup plugin: `import getSnapshot from '@salesforce/apex/JSR_ReadinessController.getSnapshot'` becomes a
// function answered from the sample org snapshots (preview/src/apexRuntime.ts) instead of a server call.
// Only the Apex methods the runtime knows are accepted, so a component calling a method the preview cannot
// answer fails the build instead of failing silently in the browser.
import { fileURLToPath } from 'node:url';

const PREFIX = '@salesforce/apex/';
const VIRTUAL = '\0apex-fixture:';
const RUNTIME = fileURLToPath(new URL('./apexRuntime.ts', import.meta.url));

/** The methods apexRuntime.ts answers (JSR_ReadinessController's @AuraEnabled methods, see types/apex.d.ts). */
export const KNOWN_APEX_METHODS = [
    'JSR_ReadinessController.getSnapshot',
    'JSR_ReadinessController.getActivity',
    'JSR_ReadinessController.searchUsers',
    'JSR_ReadinessController.getUserFacts'
];

export function apexFixtures() {
    return {
        name: 'jetstream-apex-fixtures',
        resolveId(source) {
            if (source === 'preview:apex-runtime') return RUNTIME;
            return source.startsWith(PREFIX) ? VIRTUAL + source.slice(PREFIX.length) : null;
        },
        load(id) {
            if (!id.startsWith(VIRTUAL)) return null;
            const method = id.slice(VIRTUAL.length);
            if (!KNOWN_APEX_METHODS.includes(method)) {
                this.error(
                    `@salesforce/apex/${method}: the preview has no fixture answer for this Apex method ` +
                        `(known: ${KNOWN_APEX_METHODS.join(', ')}); add it to preview/src/apexRuntime.ts`
                );
            }
            return `import { apexMethod } from 'preview:apex-runtime';\nexport default apexMethod(${JSON.stringify(method)});\n`;
        }
    };
}
