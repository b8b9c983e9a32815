// npm run rule-catalog: writes docs/rule-catalog.md from the engine's RULES and the decoder's patterns.
// --check (the rule-catalog gate): exits 1 when the committed document differs from what the code generates.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { RULES } from '../force-app/main/default/lwc/jsrEngine/rules';
import { OAUTH_ERROR_PATTERNS } from '../force-app/main/default/lwc/jsrEngine/oauthErrors';
import { ruleCatalogMain } from './ruleCatalog';

process.exitCode = ruleCatalogMain(
    process.argv.slice(2),
    {
        readFile: (path) => {
            try {
                return readFileSync(path, 'utf8');
            } catch {
                return null;
            }
        },
        writeFile: (path, text) => {
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, text);
        },
        log: (text) => console.log(text)
    },
    RULES,
    OAUTH_ERROR_PATTERNS
);
