// Locations as plain strings (no import.meta, no Node APIs), so that the browser tests' TypeScript can import them
// too; preview/paths.mjs turns them into absolute paths.
/** The org's Custom Labels file, relative to the project. */
export const LABELS_FILE_IN_PROJECT = 'force-app/main/default/labels/CustomLabels.labels-meta.xml';
/** Where the server mounts the SLDS assets (server.mjs). */
export const SLDS_MOUNT = '/slds/';
/** The full SLDS stylesheet, under the SLDS assets (and so served at SLDS_MOUNT + this). */
export const SLDS_STYLESHEET_IN_ASSETS = 'styles/salesforce-lightning-design-system.min.css';
/** The SLDS stylesheet cut to the classes the page can use (build step `styles`), in the output folder; the built index.html links it. */
export const CUT_STYLESHEET_PATH = 'styles/slds.min.css';
