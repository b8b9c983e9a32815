// `npm start` itself (preview/start.mjs): a taken port and a failing build step end the command with a message
// that says what to do, and a non-zero exit code. (Serving is what every other browser test uses.)
import { test as base, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

function runStart(args: string[]): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, ['preview/start.mjs', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({ code, output });
        });
    });
}

function listenOnLoopback(): Promise<Server> {
    return new Promise((resolve) => {
        const server = createServer();
        server.listen(0, '127.0.0.1', () => resolve(server));
    });
}

base('a taken port fails at once, naming the port and how to choose another', async () => {
    const blocker = await listenOnLoopback();
    const { port } = blocker.address() as AddressInfo;
    try {
        const started = Date.now();
        const { code, output } = await runStart(['--port', String(port), '--skip-lwc']);
        expect(code).toBe(1);
        expect(output).toContain(`port ${port} on 127.0.0.1 is already in use (EADDRINUSE)`);
        expect(output).toContain('--port');
        expect(output).not.toContain('building into');
        expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
        blocker.close();
    }
});

base('a failing build step exits non-zero with that step and its error', async () => {
    const fixtures = mkdtempSync(join(tmpdir(), 'preview-broken-fixtures-'));
    writeFileSync(
        join(fixtures, 'scenarios.json'),
        JSON.stringify([{ id: 'broken', title: 'Broken', snapshot: 'snapshots/missing.json' }])
    );
    const { code, output } = await runStart(['--port', '0', '--skip-lwc', '--isolated', '--fixtures', fixtures]);
    expect(code).toBe(1);
    expect(output).toContain('preview: build step scenarios:');
    expect(output).toContain('"snapshots/missing.json"');
});

base('an invalid --port is refused before anything runs', async () => {
    const { code, output } = await runStart(['--port', 'eighty']);
    expect(code).toBe(2);
    expect(output).toContain('invalid port "eighty"');
});
