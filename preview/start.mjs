#!/usr/bin/env node
// `npm start`: builds the preview (preview/build.mjs: npm run build, scenarios, bundles) and serves it on
// 127.0.0.1, printing the URL. Exits non-zero with the failing step's own error when a build step fails,
// and with a message naming the port when the port is taken.
//
//   npm start [-- --port N] [--mode development] [--fixtures DIR]     PORT=N npm start also works; --port 0 picks a free port
import { buildPreview, exitOnBuildError, parseBuildArgs } from './build.mjs';
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

const built = await buildPreview(buildOptions).catch(exitOnBuildError);
try {
    const { url } = await startServer({ port });
    const names = built.scenarios.map((scenario) => scenario.id);
    console.log(`\nJetstream Readiness preview: ${url}`);
    if (names.length) console.log(`  ${names.length} sample org(s); open one directly with ${url}?scenario=${names[0]}`);
    console.log('  Ctrl+C to stop');
} catch (error) {
    console.error(`npm start: ${error.message}`);
    process.exit(1);
}
