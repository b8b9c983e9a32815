const lwcConfig = require('@salesforce/eslint-config-lwc');
const tseslint = require('typescript-eslint');
const jestPlugin = require('eslint-plugin-jest');
const globals = require('globals');

// Components are written in TypeScript, parsed by typescript-eslint and checked with every rule of
// @salesforce/eslint-config-lwc's `recommended` set (LWC, base-component and import rules). The component sources
// (what ships) also get typescript-eslint's type-aware rules (floating promises, unsafe any, ...); their Jest tests
// get the syntactic ones and the Jest rules: type-aware linting of the tests cost ~40 % of ESLint's CPU, and the
// tests are type-checked strictly by `npm run typecheck`.
// The experimental `recommendedTs` set is not used: its Babel-based scope analysis reports interface members
// as restricted globals. The generated .js is git-ignored and checked by the LWC compiler in the build.
const lwcRecommended = lwcConfig.configs.recommended;
const lwcPlugins = Object.assign({}, ...lwcRecommended.map((c) => c.plugins || {}));
const lwcRules = Object.assign({}, ...lwcRecommended.map((c) => c.rules || {}));
// Rules that TypeScript itself enforces better (and that misfire on type-only syntax).
for (const rule of ['no-undef', 'no-unused-vars', 'no-redeclare', 'no-shadow', 'no-use-before-define', 'no-restricted-globals'])
    delete lwcRules[rule];
// import/named, import/namespace, import/default: tsc reports the same (TS2305, TS2339, TS1192) against the .ts sources
// (npm run typecheck), while these rules parse every imported generated .js (~4.5 s CPU).
for (const rule of ['import/named', 'import/namespace', 'import/default']) delete lwcRules[rule];

module.exports = tseslint.config(
    { ignores: ['node_modules/**', '.sf/**', '.sfdx/**', 'coverage/**', 'preview/dist/**', 'test-results/**', 'force-app/**/lwc/**/*.js'] },
    {
        files: ['force-app/**/lwc/**/*.ts'],
        extends: [...tseslint.configs.recommended],
        plugins: lwcPlugins,
        languageOptions: { globals: { ...globals.browser } },
        rules: {
            ...lwcRules,
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
            '@typescript-eslint/no-explicit-any': 'error',
            // `void promise` marks a deliberately unawaited call (typescript-eslint no-floating-promises).
            'no-void': ['error', { allowAsStatement: true }]
        }
    },
    {
        files: ['force-app/**/lwc/**/*.ts'],
        ignores: ['**/__tests__/**'],
        // Only the type-aware rules (the set's last part): `extends` would also bring back its eslint-recommended
        // part, which switches off core rules that the LWC set above switches on (no-unreachable, no-dupe-keys...).
        rules: tseslint.configs.recommendedTypeCheckedOnly.at(-1).rules,
        // tsconfig.json: the component sources and their types only (no Jest or Node types), as `npm run typecheck` checks them.
        languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: __dirname } }
    },
    {
        files: ['force-app/**/lwc/**/__tests__/**/*.ts'],
        plugins: { jest: jestPlugin },
        languageOptions: { globals: { ...globals.jest, ...globals.node } },
        rules: {
            ...jestPlugin.configs['flat/recommended'].rules,
            '@lwc/lwc/no-async-operation': 'off',
            '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off'
        }
    }
);
