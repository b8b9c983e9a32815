// Writes the sample orgs under samples/ from samples/build/scenarios.ts (typed against the contract).
//   npm run samples          write samples/
//   npm run samples -- --check  exit 1 when a committed sample differs from what the code builds
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIXTURES_DIR } from './load';
import { buildFixtures } from './scenarios';

export function renderFixtures(): Map<string, string> {
    const set = buildFixtures();
    const files = new Map<string, string>();
    const render = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
    files.set('scenarios.json', render(set.scenarios));
    for (const [path, snapshot] of set.snapshots) files.set(path, render(snapshot));
    for (const [path, facts] of set.users) files.set(path, render(facts));
    return files;
}

function committedFiles(): string[] {
    const out: string[] = ['scenarios.json'];
    for (const dir of ['snapshots', 'users']) {
        try {
            for (const name of readdirSync(join(FIXTURES_DIR, dir))) if (name.endsWith('.json')) out.push(`${dir}/${name}`);
        } catch {
            // directory not written yet
        }
    }
    return out;
}

function main(): void {
    const files = renderFixtures();
    if (process.argv.includes('--check')) {
        const problems: string[] = [];
        for (const [path, text] of files) {
            let current: string | null = null;
            try {
                current = readFileSync(join(FIXTURES_DIR, path), 'utf8');
            } catch {
                current = null;
            }
            if (current !== text)
                problems.push(`samples/${path} ${current === null ? 'is missing' : 'differs from samples/build/scenarios.ts'}`);
        }
        for (const path of committedFiles())
            if (!files.has(path)) problems.push(`samples/${path} is not built by samples/build/scenarios.ts`);
        for (const p of problems) console.error(p);
        if (problems.length > 0) {
            console.error('Run: npm run samples');
            process.exit(1);
        }
        console.log(`samples: ${files.size} files up to date`);
        return;
    }
    for (const [path, text] of files) {
        mkdirSync(dirname(join(FIXTURES_DIR, path)), { recursive: true });
        writeFileSync(join(FIXTURES_DIR, path), text);
    }
    console.log(`samples: wrote ${files.size} files to samples/`);
}

if (require.main === module) main();
