// npm start [-- --port N] [--out DIR]: builds the preview (build.mjs) and serves it on 127.0.0.1 (server.mjs).
import { parseArgs } from 'node:util';
import { buildPreview } from './build.mjs';
import { startServer } from './server.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4173' }, out: { type: 'string' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`npm start: invalid port ${JSON.stringify(values.port)}: use a number 0-65535`);
    process.exit(2);
}
const built = await buildPreview({ outDir: values.out });
const { url } = await startServer({ port, distDir: built.outDir }).catch((error) => {
    console.error(`npm start: ${error.message}`);
    process.exit(1);
});
console.log(
    `\nJetstream Readiness preview: ${url}\n  ${built.scenarios.length} sample orgs; open one with ${url}?scenario=${built.scenarios[0].id}\n  Ctrl+C to stop`
);
