// The preview server on a scratch dist folder, for server.test.ts (run as a child process, so a crash of the server
// is seen as the child's exit, not as a crash of Jest).
//   node serveScratch.mjs        serves index.html and a.js; prints "READY <url>"
//   node serveScratch.mjs race   also replaces a.js without pause while 4 clients fetch it (the security review's
//                                DEF-3 harness), bounded to 2,500 requests or 4 s; prints "survived <requests>"
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../server.mjs';

const dist = mkdtempSync(join(tmpdir(), 'preview-server-'));
process.on('exit', () => rmSync(dist, { recursive: true, force: true }));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>preview</title>');
const file = join(dist, 'a.js');
const body = 'x'.repeat(8192);
writeFileSync(file, body);
const { server, url } = await startServer({ port: 0, distDir: dist });

if (process.argv[2] !== 'race') {
    console.log(`READY ${url}`);
} else {
    const churn = setInterval(() => {
        try {
            unlinkSync(file);
        } catch {
            // already gone
        }
        writeFileSync(file, body);
    }, 0);
    const started = Date.now();
    let requests = 0;
    const once = () => new Promise((done) => get(`${url}a.js`, (res) => res.resume().on('end', done)).on('error', done));
    const client = async () => {
        while (requests < 2500 && Date.now() - started < 4000) {
            await once();
            requests++;
        }
    };
    await Promise.all([client(), client(), client(), client()]);
    clearInterval(churn);
    server.close();
    console.log(`survived ${requests}`);
}
