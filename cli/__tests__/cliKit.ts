// The CLI run in-process through main(argv, io) on the repository's files, overlaid with in-memory ones (absolute
// paths) for broken inputs; shared by the CLI's test files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, nodeIo, type CliIo } from '../readinessCli';
import { REPO_ROOT } from '../schemaValidation';

export const NOW = '2026-11-29T00:00:00.000Z';

export interface Run {
    code: number;
    stdout: string;
    stderr: string;
}

/** Runs the CLI with the repository as working directory, `files` overlaid, the clock at NOW and DEBUG off. */
export function run(argv: string[], files: Record<string, string> = {}, io: Partial<CliIo> = {}): Run {
    let stdout = '';
    let stderr = '';
    const real = nodeIo();
    const cliIo: CliIo = {
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        readFile: (path) => {
            const overlaid = files[path];
            return overlaid !== undefined ? overlaid : real.readFile(path);
        },
        cwd: REPO_ROOT,
        now: () => new Date(NOW),
        ...io
    };
    const code = main(argv, cliIo, false);
    return { code, stdout, stderr };
}

/** A repository JSON file, changed by `change`, as text. */
export function withChange(path: string, change: (snapshot: Record<string, unknown>) => void): string {
    const snapshot = JSON.parse(readFileSync(join(REPO_ROOT, path), 'utf8')) as Record<string, unknown>;
    change(snapshot);
    return JSON.stringify(snapshot, null, 2);
}
