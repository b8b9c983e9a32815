export declare const LABELS_FILE: string;
export declare function readCustomLabels(file?: string): Map<string, string>;
