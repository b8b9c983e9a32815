// npm run lint:apex: PMD 7.26.0 with config/pmd-ruleset.xml on every Apex class, through the PMD wrapper that ships in
// Salesforce Code Analyzer's PMD engine (@salesforce/code-analyzer-pmd-engine 0.46.0; needs Java 11+ on PATH).
// `describe` loads the ruleset first and fails on a rule or category it cannot load, which `run` would skip silently.
// Prints `file:line:col Rule message`; exits 1 on any violation or file PMD cannot process.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const JARS = resolve('node_modules/@salesforce/code-analyzer-pmd-engine/dist/java-lib/*');
const RULESET = resolve('config/pmd-ruleset.xml');
const files = readdirSync('force-app', { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(cls|trigger)$/.test(path))
    .map((path) => resolve('force-app', path));

/** PmdWrapper ARGS on Java; serial GC and the C1 compiler only: these runs are short (measured 10 -> 4.5 CPU-s). */
const options = { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] };
const pmdWrapper = (...args) =>
    execFileSync(
        'java',
        ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-cp', JARS, 'com.salesforce.sfca.pmdwrapper.PmdWrapper', ...args],
        options
    );

const work = mkdtempSync(join(tmpdir(), 'pmd-'));
try {
    writeFileSync(join(work, 'rulesets.txt'), RULESET);
    pmdWrapper('describe', join(work, 'rules.json'), join(work, 'rulesets.txt'), 'apex');
    const rules = JSON.parse(readFileSync(join(work, 'rules.json'), 'utf8')).filter((rule) => rule.ruleSetFile === RULESET);
    if (rules.length === 0) throw new Error(`no Apex rule loaded from ${relative('.', RULESET)}`);
    const input = { ruleSetInputFile: RULESET, runDataPerLanguage: { apex: { filesToScan: files } } };
    writeFileSync(join(work, 'input.json'), JSON.stringify(input));
    pmdWrapper('run', join(work, 'input.json'), join(work, 'results.json'));
    const { violations, processingErrors } = JSON.parse(readFileSync(join(work, 'results.json'), 'utf8'));
    for (const v of violations)
        console.error(
            `${relative('.', v.codeLocation.file)}:${v.codeLocation.startLine}:${v.codeLocation.startCol ?? 1} ${v.rule} ${v.message.trim()}`
        );
    for (const e of processingErrors) console.error(`${relative('.', e.file)}:1 PMD cannot process the file: ${e.message.split('\n')[0]}`);
    console.log(
        `lint:apex: PMD, ${rules.length} rules on ${files.length} files, ${violations.length + processingErrors.length} problem(s)`
    );
    process.exitCode = violations.length + processingErrors.length ? 1 : 0;
} finally {
    rmSync(work, { recursive: true, force: true });
}
