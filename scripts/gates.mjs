// Every quality gate `npm test` runs, in order. Each gate is one command that exits non-zero on failure and
// prints what failed with file and line. Keep this list the only place gates are declared.
//
// kind: what the gate proves; selftest: a broken sample under test-data/broken that this gate must reject
// (checked by scripts/gate-selftest.mjs, itself a gate).
export const GATES = [
    { id: 'build', title: 'TypeScript -> LWC JS, every module and template through @lwc/compiler', cmd: ['node', 'scripts/build-lwc.mjs'] },
    {
        id: 'metadata',
        title: 'Metadata: meta files, XML, one API version, SDR convert = config/expected-components.json, no .ts/tests deployed',
        cmd: ['node', 'scripts/check-metadata.mjs']
    },
    {
        id: 'schema',
        title: 'JSON Schemas match the TypeScript contract (generated, no drift)',
        cmd: ['node', 'scripts/generate-schema.mjs', '--check']
    },
    {
        id: 'rule-catalog',
        title: 'docs/rule-catalog.md matches RULES and the OAuth error patterns (generated, no drift)',
        cmd: ['npx', 'tsx', 'scripts/generate-rule-catalog.ts', '--check']
    },
    { id: 'typecheck', title: 'tsc --noEmit, strict, components', cmd: ['npx', 'tsc', '-p', 'tsconfig.json'] },
    { id: 'typecheck-tests', title: 'tsc --noEmit, strict, tests, scripts and preview', cmd: ['npx', 'tsc', '-p', 'tsconfig.test.json'] },
    { id: 'eslint', title: 'ESLint with the LWC rules', cmd: ['npx', 'eslint', '--max-warnings', '0', 'force-app'] },
    {
        id: 'prettier',
        title: 'prettier --check (TS, HTML, Apex via prettier-plugin-apex)',
        cmd: [
            'npx',
            'prettier',
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
        title: 'Jest (sfdx-lwc-jest) with coverage threshold on the .ts sources',
        cmd: ['npx', 'jest', '--coverage', '--ci', '--silent']
    },
    {
        id: 'apex-check',
        title: 'Apex parses (apex-parser 5.2.0); no SOQL/SOSL/DML inside loops; feature-gated fields only in dynamic SOQL',
        cmd: ['node', '--import', 'tsx', 'scripts/apex-check.ts']
    },
    {
        id: 'pmd',
        title: 'PMD 7 Apex rules (config/pmd-ruleset.xml) via the code-analyzer PMD wrapper on Java',
        cmd: ['node', '--import', 'tsx', 'scripts/pmd.ts']
    },
    {
        id: 'apex-ls',
        title: 'apex-ls 6.0.2 semantic check: unknown types, methods, fields; type errors',
        cmd: ['node', '--import', 'tsx', 'scripts/apex-ls.ts']
    },
    {
        id: 'contract',
        title: 'Apex DTOs (ReadinessSnapshot.cls) match schema/org-snapshot.schema.json: classes, property names, basic types, both ways',
        cmd: ['npx', 'jest', '--ci', 'scripts/__tests__/apexContract.test.ts']
    },
    {
        id: 'soql-budget',
        title: 'SOQL statements reachable from each @AuraEnabled method within budget; none in loops; no DML',
        cmd: ['npx', 'tsx', 'scripts/soql-budget.ts']
    },
    {
        id: 'browser',
        title: 'Browser tests: the real tab on every sample org in headless Chromium (Playwright; builds the preview)',
        cmd: ['npx', 'playwright', 'test', '-c', 'tests/browser/playwright.config.ts', '--reporter=list']
    },
    // Keep last: proves every gate above rejects a deliberately broken sample (test-data/broken) and passes unbroken.
    {
        id: 'gate-selftest',
        title: 'Every gate rejects its broken sample (test-data/broken) naming file and rule, and passes the unbroken copy',
        cmd: ['node', 'scripts/gate-selftest.mjs']
    }
];
