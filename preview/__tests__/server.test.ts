// The preview server (npm start) against hostile requests (DEF-3, DEF-15): a file replaced mid-request or a malformed
// path never stops it; it serves GET and HEAD only, to its own Host names, with nosniff.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';

const SCRATCH = join(__dirname, 'serveScratch.mjs');

interface Answer {
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
}

function send(url: string, options: { method?: string; path?: string; host?: string } = {}): Promise<Answer> {
    const target = new URL(url);
    return new Promise((resolve, reject) => {
        const req = request(
            {
                host: target.hostname,
                port: target.port,
                method: options.method ?? 'GET',
                path: options.path ?? '/',
                headers: options.host === undefined ? {} : { host: options.host }
            },
            (res) => {
                let body = '';
                res.setEncoding('utf8');
                res.on('data', (chunk: string) => (body += chunk));
                res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
            }
        );
        req.on('error', reject);
        req.end();
    });
}

/** A raw HTTP/1.0 request without a Host header (what no browser sends). */
function sendWithoutHost(url: string): Promise<string> {
    const target = new URL(url);
    return new Promise((resolve, reject) => {
        const socket = connect(Number(target.port), target.hostname, () => socket.write('GET / HTTP/1.0\r\n\r\n'));
        let text = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => (text += chunk));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
    });
}

describe('preview server', () => {
    let child: ChildProcess;
    let url = '';
    let port = '';

    beforeAll(async () => {
        child = spawn(process.execPath, [SCRATCH], { stdio: ['ignore', 'pipe', 'inherit'] });
        url = await new Promise<string>((resolve, reject) => {
            child.stdout?.setEncoding('utf8');
            child.stdout?.on('data', (chunk: string) => {
                const ready = /READY (\S+)/.exec(chunk);
                if (ready?.[1]) resolve(ready[1]);
            });
            child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
        });
        port = new URL(url).port;
    });
    afterAll(() => {
        child.kill();
    });

    it('survives a file replaced while 4 clients read it (DEF-3)', () => {
        const race = spawnSync(process.execPath, [SCRATCH, 'race'], { encoding: 'utf8', timeout: 60_000 });
        expect(race.stderr).toBe('');
        expect(race.stdout).toMatch(/^survived \d+\n$/);
        expect(race.status).toBe(0);
    }, 90_000);

    it('answers a malformed percent-encoding with 400 and keeps serving', async () => {
        expect((await send(url, { path: '/%ZZ' })).status).toBe(400);
        expect((await send(url, { path: '/a.js' })).status).toBe(200);
    });

    it('serves GET and HEAD with nosniff and no-store; HEAD has the length but no body', async () => {
        const get = await send(url, { path: '/a.js' });
        expect(get).toMatchObject({ status: 200, body: 'x'.repeat(8192) });
        expect(get.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'content-length': '8192' });
        const head = await send(url, { method: 'HEAD', path: '/a.js' });
        expect(head).toMatchObject({ status: 200, body: '' });
        expect(head.headers['content-length']).toBe('8192');
    });

    it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND', 'PATCH'])(
        'answers %s with 405 and Allow (DEF-15)',
        async (method) => {
            const result = await send(url, { method, path: '/index.html' });
            expect(result.status).toBe(405);
            expect(result.headers.allow).toBe('GET, HEAD');
            expect(result.headers['x-content-type-options']).toBe('nosniff');
        }
    );

    it('answers only requests addressed to itself (no DNS rebinding, DEF-15)', async () => {
        for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1:1', `127.0.0.1.evil.example:${port}`])
            expect({ host, status: (await send(url, { host })).status }).toEqual({ host, status: 421 });
        for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`])
            expect({ host, status: (await send(url, { host })).status }).toEqual({ host, status: 200 });
        expect(await sendWithoutHost(url)).toMatch(/^HTTP\/1\.1 200 /);
    });

    it('does not echo the path of a missing file, and refuses paths out of its folders', async () => {
        const missing = await send(url, { path: '/%3Cscript%3Ealert(1)%3C/script%3E' });
        expect(missing).toMatchObject({ status: 404, body: 'not found\n' });
        expect(missing.headers['x-content-type-options']).toBe('nosniff');
        for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../package.json', '/a.js%00'])
            expect({ path, status: (await send(url, { path })).status }).toEqual({ path, status: 404 });
    });
});
