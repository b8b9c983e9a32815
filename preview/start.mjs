#!/usr/bin/env node
// `npm start`: builds the preview (preview/build.mjs: npm run build, scenarios, bundles) and serves it on
// 127.0.0.1, printing the URL. The port is claimed first, so a taken port fails at once with a message naming
// it; a failing build step exits non-zero with that step's own error.
//
//   npm start [-- --port N] [--mode development] [--fixtures DIR] [--skip-lwc] [--isolated]
//     PORT=N npm start also works; --port 0 picks a free port.
//     --isolated builds into a private folder removed on exit (the browser tests use it, so that a run never
//     serves a preview/dist that another build is replacing).
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildPreview, exitOnBuildError, parseBuildArgs } from './build.mjs';
import { ROOT } from './paths.mjs';
import { portFromArgs, startServer } from './server.mjs';

const argv = process.argv.slice(2);
let port;
let buildOptions;
try {
    port = portFromArgs(argv);
    buildOptions = parseBuildArgs(argv);
} catch (error) {
    console.error(`npm start: ${error.message}`);
    process.exit(2);
}

let listening;
try {
    listening = await startServer({ port, distDir: null });
} catch (error) {
    console.error(`npm start: ${error.message}`);
    process.exit(1);
}

if (argv.includes('--isolated')) {
    const isolatedDir = join(ROOT, '.cache/preview/serve', `${process.pid}-${randomBytes(4).toString('hex')}`);
    buildOptions = { ...buildOptions, outDir: isolatedDir };
    const cleanUp = () => rmSync(isolatedDir, { recursive: true, force: true });
    process.on('exit', cleanUp);
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
}

const built = await buildPreview(buildOptions).catch(exitOnBuildError);
listening.serve(built.outDir);
const names = built.scenarios.map((scenario) => scenario.id);
console.log(`\nJetstream Readiness preview: ${listening.url}`);
if (names.length) console.log(`  ${names.length} sample org(s); open one directly with ${listening.url}?scenario=${names[0]}`);
console.log('  Ctrl+C to stop');
