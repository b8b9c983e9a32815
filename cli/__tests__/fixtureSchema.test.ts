// Every committed fixture against the JSON Schema generated from the contract (ajv), so a fixture cannot drift from
// what Apex serialises. Failures name the file and the JSON path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT, SchemaValidators, formatProblems, type DocumentKind } from '../schemaValidation';

const FIXTURES = join(REPO_ROOT, 'samples');
const validators = new SchemaValidators();

function jsonFiles(dir: string): string[] {
    return readdirSync(join(FIXTURES, dir))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(FIXTURES, dir, name));
}

/** "samples/x.json: $.path: message" lines; [] when the file is valid. */
function problemsOf(kind: DocumentKind, file: string): string[] {
    const result = validators.parse(kind, readFileSync(file, 'utf8'));
    return result.ok ? [] : formatProblems(relative(REPO_ROOT, file), result.problems);
}

interface ScenarioReference {
    id: string;
    snapshot: string;
    users: { search: unknown; facts: string }[];
}

describe('the sample orgs match the JSON Schema', () => {
    const snapshots = jsonFiles('snapshots');
    const users = jsonFiles('users');

    it('has fixtures to check', () => {
        expect(snapshots.length).toBeGreaterThanOrEqual(8);
        expect(users.length).toBeGreaterThanOrEqual(8);
    });

    it('every samples/snapshots/*.json is a valid OrgSnapshot', () => {
        expect(snapshots.flatMap((file) => problemsOf('OrgSnapshot', file))).toEqual([]);
    });

    it('every samples/users/*.json is valid UserFacts', () => {
        expect(users.flatMap((file) => problemsOf('UserFacts', file))).toEqual([]);
    });

    it('samples/scenarios.json references existing, valid files and users that match their facts', () => {
        const scenarios = JSON.parse(readFileSync(join(FIXTURES, 'scenarios.json'), 'utf8')) as ScenarioReference[];
        const problems: string[] = [];
        const referenced = new Set<string>();
        scenarios.forEach((scenario, index) => {
            const where = `samples/scenarios.json: $[${index}]`;
            const snapshotFile = join(FIXTURES, scenario.snapshot);
            referenced.add(snapshotFile);
            if (!existsSync(snapshotFile)) problems.push(`${where}.snapshot: ${scenario.snapshot} does not exist`);
            else problems.push(...problemsOf('OrgSnapshot', snapshotFile));
            scenario.users.forEach((user, userIndex) => {
                const at = `${where}.users[${userIndex}]`;
                problems.push(...validators.problems('UserSearchResult', user.search).map((p) => `${at}.search: ${p.path}: ${p.message}`));
                const factsFile = join(FIXTURES, user.facts);
                referenced.add(factsFile);
                if (!existsSync(factsFile)) {
                    problems.push(`${at}.facts: ${user.facts} does not exist`);
                    return;
                }
                const facts = validators.parse<{ user: { data: { userId: string } | null } }>('UserFacts', readFileSync(factsFile, 'utf8'));
                if (!facts.ok) problems.push(...formatProblems(relative(REPO_ROOT, factsFile), facts.problems));
                else if (facts.value.user.data?.userId !== (user.search as { userId?: string }).userId)
                    problems.push(`${at}.search.userId: does not match ${user.facts} $.user.data.userId`);
            });
        });
        expect(problems).toEqual([]);
        // Every fixture file is reachable from a scenario (no orphan that nothing exercises).
        expect([...snapshots, ...users].filter((file) => !referenced.has(file)).map((file) => relative(REPO_ROOT, file))).toEqual([]);
    });
});

describe('the fixture check can fail', () => {
    it('names the file and JSON path of a schema violation', () => {
        const snapshot = JSON.parse(readFileSync(jsonFiles('snapshots')[0] ?? '', 'utf8')) as { apps: { data: Record<string, unknown>[] } };
        const app = snapshot.apps.data[0];
        if (!app) throw new Error('first snapshot fixture has no apps');
        app.installed = 'yes';
        app.surprise = 1;
        const result = validators.parse('OrgSnapshot', JSON.stringify(snapshot));
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(formatProblems('samples/snapshots/broken.json', result.problems)).toEqual(
            expect.arrayContaining([
                'samples/snapshots/broken.json: $.apps.data[0].installed: must be boolean',
                'samples/snapshots/broken.json: $.apps.data[0].surprise: is not a known property here'
            ])
        );
    });

    it('rejects user facts given as a snapshot', () => {
        const result = validators.parse('OrgSnapshot', readFileSync(jsonFiles('users')[0] ?? '', 'utf8'));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['$.org', '$.apps']));
    });
});
