// The command-line readiness report: npm run -s readiness -- --snapshot FILE [--user ID_OR_USERNAME] [--format ...]
// Thin entry (run by tsx); the logic and its tests live in cli/readinessCli.ts.
import { main } from './readinessCli';

// A reader that stops early (| head) closes the pipe: stop quietly instead of crashing with EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
});

// exitCode (not process.exit) so a large report piped to another program is flushed completely.
process.exitCode = main(process.argv.slice(2));
