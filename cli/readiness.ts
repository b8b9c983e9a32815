// The command-line readiness report: npm run -s readiness -- --snapshot FILE [--user ID_OR_USERNAME] [--format ...]
// Thin entry (run by tsx); the logic and its tests live in cli/readinessCli.ts.
import { EXIT_BAD_INPUT, main, unexpectedErrorLines } from './readinessCli';

const debug = Boolean(process.env.DEBUG);

/** Last resort for an error outside main (a failing write, a library's asynchronous error): one line, exit code 2. */
function fail(error: unknown, doing: string): void {
    process.stderr.write(`${unexpectedErrorLines(error, doing, debug).join('\n')}\n`);
    process.exit(EXIT_BAD_INPUT);
}

// A reader that stops early (| head) closes the pipe: stop quietly instead of crashing with EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    fail(error, 'writing the report');
});
process.on('uncaughtException', (error) => fail(error, 'running'));

// exitCode (not process.exit) so a large report piped to another program is flushed completely.
process.exitCode = main(process.argv.slice(2), undefined, debug);
