// Every quality gate: `npm test` runs all but the opt-in self-test. Each gate is one command that exits non-zero on failure and prints what
// failed with file and line. Keep this list the only place gates are declared. Every gate has a broken sample under
// test-data/broken that it must reject (checked by scripts/gate-selftest.mjs, the last entry: the self-test, which
// `npm test -- --with-selftest` and .ci/run add).
//
// scripts/run-gates.mjs runs them 2 at a time:
//   after: gates that must have finished first (they write what this one reads); '*' = after all others.
//   perGate: run in parts, one per other gate, each after that gate (see scripts/run-gates.mjs).
//   optIn: run only when named (--with-selftest, or --only).
//   cost:  rough CPU seconds on an idle machine, so that the long gates (and what waits on them) start first.
// Tools run as `node <their bin>`, not through npx (npx costs ~0.6 s CPU and ~1 s per start).
/** tsc --noEmit on one tsconfig, with its incremental state in .cache/tsc/<state>.tsbuildinfo (see typecheck-tests). */
function incrementalTsc(tsconfig, state) {
    return [
        'node',
        '--preserve-symlinks',
        '--preserve-symlinks-main',
        'node_modules/typescript/bin/tsc',
        '-p',
        tsconfig,
        '--preserveSymlinks',
        '--incremental',
        '--tsBuildInfoFile',
        `.cache/tsc/${state}.tsbuildinfo`
    ];
}

export const GATES = [
    {
        id: 'build',
        title: 'TypeScript -> LWC JS, every module and template through @lwc/compiler',
        cmd: ['node', 'scripts/build-lwc.mjs'],
        cost: 5
    },
    {
        id: 'metadata',
        title: 'Metadata: meta files, XML, one API version, SDR convert = config/expected-components.json, no .ts/tests deployed, every component prefixed',
        cmd: ['node', 'scripts/check-metadata.mjs'],
        // It checks that the build's .js files are fresh (build-lwc --check) and converts them with SDR.
        after: ['build'],
        cost: 4
    },
    {
        id: 'schema',
        title: 'JSON Schemas match the TypeScript contract (generated, no drift)',
        cmd: ['node', 'scripts/generate-schema.mjs', '--check'],
        cost: 4
    },
    {
        id: 'rule-catalog',
        title: 'docs/rule-catalog.md matches RULES and the OAuth error patterns (generated, no drift)',
        cmd: ['node', '--import', 'tsx', 'scripts/generate-rule-catalog.ts', '--check'],
        cost: 2
    },
    {
        id: 'typecheck',
        title: 'tsc --noEmit, strict, components',
        // --incremental and the preserve-symlinks flags: see typecheck-tests.
        cmd: incrementalTsc('tsconfig.json', 'components'),
        cost: 7
    },
    {
        id: 'typecheck-tests',
        title: 'tsc --noEmit, strict, tests, scripts and preview',
        // --incremental: tsc keeps each file's content hash and diagnostics in .cache/tsc, and re-checks only what
        // changed or depends on a change. The self-test copy gets this file (case "copyCache"), so it re-checks
        // only the planted files (~18 -> ~8 s CPU). The preserve-symlinks flags (node's and tsc's) keep the paths
        // in it the same in the copy, whose node_modules is a symlink to the project's.
        cmd: incrementalTsc('tsconfig.test.json', 'tests'),
        cost: 16
    },
    {
        id: 'eslint',
        title: 'ESLint with the LWC rules',
        cmd: ['node', 'node_modules/eslint/bin/eslint.js', '--max-warnings', '0', 'force-app'],
        // eslint-plugin-import resolves `./facts` to the generated facts.js when it exists (it checks named imports
        // against it): after the build, so that it never reads a stale or half-written one.
        after: ['build'],
        cost: 20
    },
    {
        id: 'prettier',
        title: 'prettier --check (TS, HTML, Apex via prettier-plugin-apex)',
        cost: 18,
        cmd: [
            'node',
            'node_modules/prettier/bin/prettier.cjs',
            '--check',
            '--no-error-on-unmatched-pattern',
            '--log-level',
            'warn',
            'force-app/**/*.{ts,html,cls,trigger}',
            'scripts/**/*.{ts,mjs}',
            'preview/**/*.{ts,mjs,html}',
            'tests/**/*.ts'
        ]
    },
    {
        id: 'jest',
        title: 'Jest (sfdx-lwc-jest) with coverage threshold on the .ts sources; includes the Apex DTO <-> JSON Schema contract test',
        cmd: ['node', 'node_modules/jest/bin/jest.js', '--coverage', '--ci', '--silent'],
        cost: 100
    },
    {
        id: 'apex-check',
        title: 'Apex parses (apex-parser 5.2.0); no SOQL/SOSL/DML inside loops; feature-gated fields only in dynamic SOQL; SOQL reachable from each @AuraEnabled method within budget, no DML',
        cmd: ['node', '--import', 'tsx', 'scripts/apex/check.ts'],
        cost: 10
    },
    {
        id: 'pmd',
        title: 'PMD 7 Apex rules (config/pmd-ruleset.xml) via the code-analyzer PMD wrapper on Java',
        cmd: ['node', 'scripts/pmd.mjs'],
        cost: 8
    },
    {
        id: 'apex-ls',
        title: 'apex-ls 6.0.2 semantic check: unknown types, methods, fields; type errors',
        cmd: ['java', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-cp', 'node_modules/@salesforce/code-analyzer-pmd-engine/dist/java-lib/*', 'io.github.apexdevtools.apexls.CheckForIssues', '-w', '.', '-d', 'warnings', '-n'],
        cost: 9
    },
    {
        id: 'browser',
        title: 'Browser tests: the real tab on every sample org in headless Chromium (Playwright; builds the preview)',
        cmd: ['node', 'node_modules/@playwright/test/cli.js', 'test', '-c', 'tests/browser/playwright.config.ts', '--reporter=list'],
        // The preview build (its web server) reuses the build gate's .js instead of rebuilding them beside it.
        after: ['build'],
        cost: 60
    },
    // Proves every gate above rejects a deliberately broken sample (test-data/broken) and passes unbroken. perGate:
    // run-gates runs it as `--checks-only` plus `--only <gate>` right after each gate (which it then need not re-run
    // unbroken), instead of all cases after the last gate. optIn: it tests the gates, not the product, and costs
    // ~100 CPU-s (a third of `npm test`'s); .ci/run runs it on every submission, and after changing a gate run it
    // yourself: `npm test -- --with-selftest`.
    {
        id: 'gate-selftest',
        title: 'Every gate rejects its broken sample (test-data/broken) naming file and rule, and passes the unbroken copy',
        cmd: ['node', 'scripts/gate-selftest.mjs'],
        perGate: true,
        optIn: true
    }
];
