// Static server of a built preview on 127.0.0.1 (loopback only): the build at /, and the SLDS assets
// (@salesforce-ux/design-system) at /assets/, where the base components and the page look for them.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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

/** Listens on 127.0.0.1:port (0: any free port); rejects with a message naming the port when it is taken. */
export function startServer({ port, distDir }) {
    const dist = resolve(distDir);
    const server = createServer(async (request, response) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        const [base, rest] = path.startsWith('/assets/')
            ? [SLDS_ASSETS, path.slice('/assets/'.length)]
            : [dist, path === '/' ? 'index.html' : path];
        const file = resolve(base, normalize(rest).replace(/^[/\\]+/, ''));
        const info = file.startsWith(base + sep) ? await stat(file).catch(() => null) : null;
        if (!info?.isFile()) return response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
        response.writeHead(200, {
            'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
            'cache-control': 'no-store'
        });
        createReadStream(file).pipe(response);
    });
    return new Promise((resolveStart, reject) => {
        server.once('error', (error) =>
            reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} on 127.0.0.1 is in use: npm start -- --port ${port + 1}`) : error)
        );
        server.listen(port, '127.0.0.1', () => resolveStart({ server, url: `http://127.0.0.1:${server.address().port}/` }));
    });
}
