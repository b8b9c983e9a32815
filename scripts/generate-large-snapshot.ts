// npm run generate:large -- OUT.json [--seed N] [--users N] [--holders N]: writes the generated large-org snapshot
// (scripts/lib/generateLargeSnapshot.ts) for the benchmark and the local preview. Not committed: it is ~MiB of JSON.
import { writeFileSync } from 'node:fs';
import { generateLargeMain } from './lib/generateLargeSnapshot';

process.exitCode = generateLargeMain(
    process.argv.slice(2),
    (path, text) => writeFileSync(path, text),
    (text) => console.log(text)
);
