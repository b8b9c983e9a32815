// npm run bench -- [--runs N] [--seed N] [--holders N] [--check]: evaluateSnapshot vs JSON.parse on the generated
// large-org snapshot (scripts/lib/bench.ts), median of N runs (default 9).
import { benchMain } from './lib/bench';

process.exitCode = benchMain(process.argv.slice(2), (text) => console.log(text));
