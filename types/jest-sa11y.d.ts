// Brings @sa11y/jest's global `expect(...).toBeAccessible()` typing into the test type-check.
import '@sa11y/jest';
