// Where the preview lives. Kept apart from rollup.config.mjs, whose imports (Rollup, the LWC compiler, Babel)
// take about a second to load: serving, and refusing a bad --port or a taken port, need none of them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CUT_STYLESHEET_PATH, LABELS_FILE_IN_PROJECT, SLDS_MOUNT, SLDS_STYLESHEET_IN_ASSETS } from './locations.mjs';

export const PREVIEW_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(PREVIEW_DIR, '..');
export const DIST_DIR = join(PREVIEW_DIR, 'dist');
/** Vendor entry files live under dist/vendor/, named after their specifier (vendor/lightning/card.js). */
export const VENDOR_PREFIX = 'vendor/';
/** The org's Custom Labels: the preview bundle, Jest (jest.environment.js) and the components read the same file. */
export const LABELS_FILE = join(ROOT, LABELS_FILE_IN_PROJECT);
/** The Salesforce Lightning Design System's assets (stylesheets, icons, fonts), served at SLDS_MOUNT. */
export const SLDS_ASSETS = join(ROOT, 'node_modules/@salesforce-ux/design-system/assets');
export { CUT_STYLESHEET_PATH, SLDS_MOUNT, SLDS_STYLESHEET_IN_ASSETS };
