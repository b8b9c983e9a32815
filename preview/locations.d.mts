// Types of locations.mjs for the TypeScript that imports it (the browser tests).
export const LABELS_FILE_IN_PROJECT: string;
export const SLDS_MOUNT: string;
export const SLDS_STYLESHEET_IN_ASSETS: string;
export const CUT_STYLESHEET_PATH: string;
