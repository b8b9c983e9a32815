// Types of customLabels.mjs for the TypeScript that imports it (the browser tests).
export function readCustomLabels(file: string): Map<string, string>;
export function customLabels(options: { labelsFile: string }): unknown;
