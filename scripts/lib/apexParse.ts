// Shared Apex parsing for the project's scripts (apex-check and its SOQL budgets, apex-ls's SOQL probe): one place that knows how to
// drive @apexdevtools/apex-parser 5.2.0 (ANTLR4, pure JS, no Java) and how to find the Apex sources.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ApexErrorListener, ApexParserFactory, type ApexParserRuleContext } from '@apexdevtools/apex-parser';

export type ApexFileKind = 'class' | 'trigger';

export interface ApexSyntaxError {
    /** 1-based line */
    line: number;
    /** 1-based column */
    column: number;
    message: string;
}

export interface ParsedApex {
    kind: ApexFileKind;
    source: string;
    /** compilationUnit (class) or triggerUnit (trigger); present even when there are syntax errors (ANTLR recovers) */
    tree: ApexParserRuleContext;
    syntaxErrors: ApexSyntaxError[];
}

class CollectingErrorListener extends ApexErrorListener {
    readonly errors: ApexSyntaxError[] = [];
    apexSyntaxError(line: number, column: number, msg: string): void {
        // ANTLR columns are 0-based; editors and our messages are 1-based.
        this.errors.push({ line, column: column + 1, message: shortenExpectedTokens(msg) });
    }
}

/** ANTLR lists every token it could have accepted (often 200+); keep short lists, count long ones. */
export function shortenExpectedTokens(message: string): string {
    return message.replace(/expecting \{([^}]*)\}/, (whole, list: string) => {
        const tokens = list.split(', ');
        return tokens.length <= 8 ? whole : `expecting one of ${tokens.length} tokens`;
    });
}

/** The kind of Apex source a path holds, or null when it is not Apex (.cls/.trigger). */
export function apexKindOf(path: string): ApexFileKind | null {
    if (/\.cls$/i.test(path)) return 'class';
    if (/\.trigger$/i.test(path)) return 'trigger';
    return null;
}

/** Parses one class or trigger; lexer and parser errors both land in syntaxErrors. */
export function parseApex(source: string, kind: ApexFileKind): ParsedApex {
    const listener = new CollectingErrorListener();
    const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
    const tree = kind === 'trigger' ? parser.triggerUnit() : parser.compilationUnit();
    return { kind, source, tree, syntaxErrors: listener.errors };
}

/** Source text of a node with its original whitespace (getText() drops it), collapsed to one line. */
export function sourceSnippet(source: string, ctx: ApexParserRuleContext, maxLength = 80): string {
    const start = ctx.start.start;
    const stop = ctx.stop ? ctx.stop.stop : start;
    const text = source
        .slice(start, stop + 1)
        .replace(/\s+/g, ' ')
        .trim();
    return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/** Every .cls and .trigger below dir (sorted, so output is stable); node_modules and dot-folders are skipped. */
export async function findApexFiles(dir: string): Promise<string[]> {
    const found: string[] = [];
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
            found.push(...(await findApexFiles(full)));
        } else if (apexKindOf(entry.name)) found.push(full);
    }
    return found.sort();
}
