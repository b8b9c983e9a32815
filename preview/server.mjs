// Static server of a built preview on 127.0.0.1 (loopback only): the build at /, and the SLDS assets
// (@salesforce-ux/design-system) at /assets/, where the base components and the page look for them.
// It serves GET and HEAD only, answers only requests addressed to itself (a Host header of 127.0.0.1, localhost or
// [::1] with its port: a page on another site that rebinds its DNS name to 127.0.0.1 gets 421, so it cannot read what
// the preview serves), and no request can stop it: a file that disappears or fails while it is read (a rebuild under
// a running server) ends that one response, never the process.
import { createServer } from 'node:http';
import { open, realpath } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { PREVIEW_DIR } from './build.mjs';

const SLDS_ASSETS = join(PREVIEW_DIR, '../node_modules/@salesforce-ux/design-system/assets');
const TYPES = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2'
};
const METHODS = ['GET', 'HEAD'];
/** On every response: never guess a type from the content, never cache a development build. */
const COMMON_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };

/** A short plain-text answer; the request's path is never echoed back. */
function answer(response, status, text, headers = {}) {
    response.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...headers }).end(`${text}\n`);
}

/** The Host values a browser sends for this server; DNS rebinding sends the attacker's name instead. */
function allowedHosts(port) {
    return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

/** The file a path names under the dist folder or the SLDS assets, or null when it points outside them. */
function fileFor(path, dist) {
    const [base, rest] = path.startsWith('/assets/')
        ? [SLDS_ASSETS, path.slice('/assets/'.length)]
        : [dist, path === '/' ? 'index.html' : path];
    const file = resolve(base, normalize(rest).replace(/^[/\\]+/, ''));
    return file.startsWith(base + sep) ? { base, file } : null;
}

/** Opens the file first and checks the open descriptor, so it cannot change between the check and the read; a
 * symbolic link that leads out of its folder is not followed. */
async function openServed(target) {
    const handle = await open(target.file, 'r').catch(() => null);
    if (!handle) return null;
    const real = await Promise.all([realpath(target.file), realpath(target.base)]).catch(() => null);
    const info = await handle.stat().catch(() => null);
    if (!real || !real[0].startsWith(real[1] + sep) || !info?.isFile()) {
        await handle.close();
        return null;
    }
    return { handle, size: info.size };
}

async function handle(request, response, dist, hosts) {
    if (!METHODS.includes(request.method ?? '')) return answer(response, 405, 'method not allowed', { allow: METHODS.join(', ') });
    // A request without Host (HTTP/1.0) cannot come from a browser page; any other Host must be this server.
    const host = request.headers.host?.toLowerCase();
    if (host !== undefined && !hosts.has(host)) return answer(response, 421, 'misdirected request: use http://127.0.0.1 or localhost');
    let path;
    try {
        path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
        return answer(response, 400, 'bad request');
    }
    const target = path.includes('\0') ? null : fileFor(path, dist);
    const served = target && (await openServed(target));
    if (!served) return answer(response, 404, 'not found');
    response.writeHead(200, {
        ...COMMON_HEADERS,
        'content-type': `${TYPES[extname(target.file)] ?? 'application/octet-stream'}; charset=utf-8`,
        'content-length': served.size
    });
    if (request.method === 'HEAD') {
        await served.handle.close();
        return response.end();
    }
    // The stream closes the descriptor; a read error (or a client that goes away) ends this response only.
    pipeline(served.handle.createReadStream(), response, () => undefined);
}

/** Listens on 127.0.0.1:port (0: any free port); rejects with a message naming the port when it is taken. */
export function startServer({ port, distDir }) {
    const dist = resolve(distDir);
    let hosts = allowedHosts(port);
    const server = createServer((request, response) => {
        handle(request, response, dist, hosts).catch(() => {
            if (response.headersSent) response.destroy();
            else answer(response, 500, 'internal error');
        });
    });
    return new Promise((resolveStart, reject) => {
        server.once('error', (error) =>
            reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} on 127.0.0.1 is in use: npm start -- --port ${port + 1}`) : error)
        );
        server.listen(port, '127.0.0.1', () => {
            hosts = allowedHosts(server.address().port);
            resolveStart({ server, url: `http://127.0.0.1:${server.address().port}/` });
        });
    });
}
