// Writes the sample orgs under samples/ from samples/build/scenarios.ts (typed against the contract), and the earlier
// checks of two of them (samples/build/history.ts).
//   npm run samples               write samples/
//   npm run samples -- --check    exit 1 when a committed sample differs from what the code builds (check:generated)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeOrCheck } from '../../scripts/generated';
import { historyOf } from './history';
import { FIXTURES_DIR } from './load';
import { buildFixtures } from './scenarios';

export function renderFixtures(): Map<string, string> {
    const set = buildFixtures();
    const files = new Map<string, string>();
    const render = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
    files.set('scenarios.json', render(set.scenarios));
    for (const [path, snapshot] of set.snapshots) files.set(path, render(snapshot));
    for (const [path, facts] of set.users) files.set(path, render(facts));
    for (const [path, snapshot] of historyOf(set.snapshots)) files.set(path, render(snapshot));
    return files;
}

function committedFiles(): string[] {
    const out: string[] = ['scenarios.json'];
    for (const dir of ['snapshots', 'users', 'history']) {
        try {
            for (const name of readdirSync(join(FIXTURES_DIR, dir))) if (name.endsWith('.json')) out.push(`${dir}/${name}`);
        } catch {
            // directory not written yet
        }
    }
    return out;
}

if (require.main === module) {
    const files = new Map([...renderFixtures()].map(([path, text]) => [`samples/${path}`, text]));
    writeOrCheck('samples', files);
    // A committed sample no builder writes any more would linger unchecked.
    const orphans = committedFiles().filter((path) => !files.has(`samples/${path}`));
    for (const path of orphans) console.error(`samples/${path} is not built by samples/build/scenarios.ts: delete it`);
    if (orphans.length) process.exitCode = 1;
}
