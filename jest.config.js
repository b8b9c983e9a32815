const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

// Jest runs the TypeScript sources directly (sfdx-lwc-jest strips types with Babel); coverage is measured
// on the .ts files, never on the generated .js. Tests do not type-check: `tsc -p tsconfig.test.json` does.
module.exports = {
    ...jestConfig,
    // sfdx-lwc-jest's jsdom environment; jest.setup.js adds the accessibility matcher and the Custom Labels.
    setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/jest.setup.js'],
    // Only *.test.ts files are suites; helpers may live beside them in __tests__.
    // Whole-tab tests render every section with sa11y checks; on a shared, busy 2-core machine one took > 30 s.
    testTimeout: 120000,
    testMatch: ['**/__tests__/**/*.test.(js|ts)'],
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/browser/', '<rootDir>/test-results/'],
    modulePathIgnorePatterns: ['<rootDir>/preview/dist', '<rootDir>/test-results'],
    // Scripts under test parse Apex on Node; under jsdom Jest would pick the parser's ESM browser bundle.
    moduleNameMapper: {
        '^@apexdevtools/apex-parser$': '<rootDir>/node_modules/@apexdevtools/apex-parser/dist/cjs/index.cjs',
        // Component tests reach the sample orgs and the DOM helpers by name, not by ../../../../../../ paths.
        '^test-kit$': '<rootDir>/tests/jest/testKit.ts',
        '^samples/(.*)$': '<rootDir>/samples/$1'
    },
    collectCoverageFrom: [
        'force-app/**/lwc/**/*.ts',
        'cli/**/*.ts',
        'samples/build/**/*.ts',
        'scripts/**/*.ts',
        '!**/__tests__/**',
        '!**/*.d.ts'
    ],
    coverageReporters: ['text-summary', 'json-summary', 'lcov'],
    coverageThreshold: {
        global: { statements: 90, branches: 80, functions: 90, lines: 90 }
    }
};
