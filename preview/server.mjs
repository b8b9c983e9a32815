#!/usr/bin/env node
// Static server of the built preview on 127.0.0.1 (loopback only): preview/dist at /, and SLDS
// (@salesforce-ux/design-system assets) at /slds/ and /assets/ (base components load icon sprites from
// /assets/icons/...). No build here: preview/start.mjs builds, then calls startServer.
//
//   node preview/server.mjs [--port N]     serves an existing preview/dist (PORT env also works; 0 = any free port)
import { createServer } from 'node:http';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { DIST_DIR, PREVIEW_DIR, SLDS_ASSETS, SLDS_MOUNT } from './paths.mjs';

export const DEFAULT_PORT = 4173;
export const HOST = '127.0.0.1';

const CONTENT_TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2'
};

/** URL path -> file, or null when the path leaves its root (no directory traversal). */
function fileFor(urlPath, distDir) {
    const mounts = [
        [SLDS_MOUNT, SLDS_ASSETS],
        ['/assets/', SLDS_ASSETS],
        ['/', distDir]
    ];
    for (const [prefix, dir] of mounts) {
        if (!urlPath.startsWith(prefix)) continue;
        const relativePath = urlPath === '/' ? 'index.html' : urlPath.slice(prefix.length);
        const file = resolve(dir, normalize(relativePath));
        return file === dir || file.startsWith(dir + sep) ? file : null;
    }
    return null;
}

async function handle(request, response, distDir) {
    let urlPath;
    try {
        urlPath = decodeURIComponent(new URL(request.url ?? '/', `http://${HOST}`).pathname);
    } catch {
        response.writeHead(400).end('bad request');
        return;
    }
    const file = fileFor(urlPath, distDir);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${urlPath}`);
        return;
    }
    const headers = {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        // A rebuild replaces files in place under the same names: never serve a stale bundle.
        'cache-control': 'no-store'
    };
    const gzipped = acceptsGzip(request) ? await gzippedBody(file, info) : null;
    if (gzipped) {
        response.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': gzipped.length, vary: 'accept-encoding' });
        response.end(request.method === 'HEAD' ? undefined : gzipped);
        return;
    }
    response.writeHead(200, { ...headers, 'content-length': info.size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
}

// Large text files (the 3.8 MB generated snapshot, the base components, SLDS) go out gzip-compressed, as
// Salesforce compresses its own responses; each is compressed once per build and kept in memory.
const GZIP_MIN_BYTES = 16 * 1024;
const COMPRESSIBLE = new Set(['.html', '.js', '.json', '.css', '.svg']);
const gzipCache = new Map();

function acceptsGzip(request) {
    return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

function gzippedBody(file, info) {
    if (info.size < GZIP_MIN_BYTES || !COMPRESSIBLE.has(extname(file))) return null;
    const key = `${file}:${info.size}:${info.mtimeMs}`;
    let body = gzipCache.get(key);
    if (!body) {
        body = readFile(file).then((content) => promisify(gzip)(content, { level: 6 }));
        gzipCache.set(key, body);
        body.catch(() => gzipCache.delete(key));
    }
    return body;
}

/** Port from --port N / --port=N, else the PORT environment variable, else 4173. */
export function portFromArgs(argv, env = process.env) {
    const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
    const raw = index < 0 ? env.PORT : argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
    if (raw === undefined || raw === '') return DEFAULT_PORT;
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port ${JSON.stringify(raw)}: use a number 0-65535`);
    return port;
}

/**
 * Listens on 127.0.0.1:port; rejects with a message naming the port when it is taken. Without `distDir` it
 * answers 503 until `serve(distDir)` is called, so `npm start` can claim the port before a long build.
 * @param {{ port?: number, distDir?: string | null }} [options]
 */
export function startServer({ port = DEFAULT_PORT, distDir = DIST_DIR } = {}) {
    let servedDir = null;
    const serve = (dir) => {
        if (!existsSync(join(dir, 'index.html')))
            throw new Error(`${dir}/index.html does not exist: build first (npm start builds and serves)`);
        servedDir = dir;
    };
    try {
        if (distDir) serve(distDir);
    } catch (error) {
        return Promise.reject(error);
    }
    const server = createServer((request, response) => {
        if (!servedDir) {
            response
                .writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2' })
                .end('building the preview, reload in a moment');
            return;
        }
        handle(request, response, servedDir).catch((error) => {
            if (!response.headersSent) response.writeHead(500);
            response.end(String(error));
        });
    });
    return new Promise((resolveStart, reject) => {
        server.once('error', (error) => {
            if (error.code === 'EADDRINUSE') {
                reject(
                    new Error(
                        `port ${port} on ${HOST} is already in use (EADDRINUSE). Stop whatever is using it, or choose another port: ` +
                            `npm start -- --port ${port + 1}   (or PORT=${port + 1} npm start)`
                    )
                );
            } else if (error.code === 'EACCES') {
                reject(new Error(`port ${port} on ${HOST} needs privileges (EACCES); choose a port above 1023 with --port`));
            } else reject(error);
        });
        server.listen(port, HOST, () => {
            const address = server.address();
            const actualPort = typeof address === 'object' && address ? address.port : port;
            resolveStart({ server, port: actualPort, url: `http://${HOST}:${actualPort}/`, serve });
        });
    });
}

/**
 * startServer in a thread of its own, for a script that also drives the browser (npm run bench:render): on one
 * event loop, handling Playwright's messages delays the server's responses, which `npm start` never sees.
 * @param {{ distDir: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<number> }>}
 */
export function startServerThread({ distDir }) {
    const worker = new Worker(new URL(import.meta.url), { workerData: { previewServerDistDir: distDir } });
    return new Promise((resolveStart, reject) => {
        worker.once('error', reject);
        worker.once('message', (message) =>
            message.error ? reject(new Error(message.error)) : resolveStart({ url: message.url, close: () => worker.terminate() })
        );
    });
}

if (!isMainThread && workerData?.previewServerDistDir) {
    startServer({ port: 0, distDir: workerData.previewServerDistDir }).then(
        ({ url }) => parentPort?.postMessage({ url }),
        (error) => parentPort?.postMessage({ error: error.message })
    );
}

if (isMainThread && process.argv[1] && resolve(process.argv[1]) === resolve(PREVIEW_DIR, 'server.mjs')) {
    try {
        const { url } = await startServer({ port: portFromArgs(process.argv.slice(2)) });
        console.log(`preview: serving the built preview/dist at ${url}  (Ctrl+C to stop)`);
    } catch (error) {
        console.error(`preview: ${error.message}`);
        process.exit(1);
    }
}
