// Generated files (schema/, docs/rule-catalog.md, samples/) must equal what their generator writes. Every generator
// hands its files to writeOrCheck: npm run schema / rule-catalog / samples write them, and with --check (npm run
// check:generated) each file that differs is named with its first differing line.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..');

/** Why the committed text of `file` differs from the generated one (its first differing line), or null. */
export function drift(file: string, committed: string | null, generated: string): string | null {
    if (committed === generated) return null;
    if (committed === null) return `${file} is missing`;
    const [actual, expected] = [committed.split('\n'), generated.split('\n')];
    const line = expected.findIndex((value, index) => actual[index] !== value);
    return `${file} is out of date (first difference at line ${(line < 0 ? expected.length : line) + 1})`;
}

/** Writes the files (paths from the project root) that differ, or with --check names them and sets exit code 1. */
export function writeOrCheck(command: string, files: Map<string, string>, argv = process.argv): void {
    const check = argv.includes('--check');
    let differing = 0;
    for (const [file, text] of files) {
        const path = join(ROOT, file);
        const problem = drift(file, existsSync(path) ? readFileSync(path, 'utf8') : null, text);
        if (!problem) continue;
        differing++;
        if (check) console.error(`${problem}: run npm run ${command}`);
        else mkdirSync(dirname(path), { recursive: true });
        if (!check) writeFileSync(path, text);
    }
    if (check && differing) process.exitCode = 1;
    console.log(`${command}: ${files.size} generated files, ${differing} ${check ? 'out of date' : 'written'}`);
}
