// apex-ls checks `record.Field` references in Apex but not the field names inside SOQL (toolchain.md §6 B), and a
// misspelled field in a static query only fails when the package is installed in an org. This module turns every
// field path of every static SOQL query into an Apex field reference in a generated probe class, so apex-ls checks
// them against the same object model (sobject-types 65.0 plus force-app/**/objects), and maps its findings back to
// the query. Dynamic SOQL (strings) is not covered: its field lists are built at run time.
import {
    ApexParseTreeWalker,
    ApexParserBaseListener,
    FieldNameContext,
    FromNameListContext,
    QueryContext,
    SelectEntryContext,
    SoqlLiteralContext,
    SubQueryContext,
    TypeOfContext,
    type ApexParserRuleContext
} from '@apexdevtools/apex-parser';
import type { ParsedApex } from './apexParse';

/** One field path used in a query, where it is written. */
export interface SoqlFieldRef {
    file: string;
    line: number;
    column: number;
    /** The object the path starts from, e.g. OauthToken. */
    object: string;
    /** Apex expression below the record: `AppMenuItem.ApplicationId`, or `Contacts[0].LastName` for a subquery. */
    expression: string;
    /** The path as written in the query. */
    written: string;
}

export interface SoqlProbe {
    className: string;
    source: string;
    /** Probe line (1-based) -> the query field it checks (or, on a record declaration, the first use of the object). */
    lines: Map<number, SoqlFieldRef>;
}

type QueryNode = QueryContext | SubQueryContext;

function nearestQuery(ctx: ApexParserRuleContext): QueryNode | null {
    for (let node = ctx.parentCtx; node; node = node.parentCtx) {
        if (node instanceof QueryContext || node instanceof SubQueryContext) return node;
    }
    return null;
}

function isInside(ctx: ApexParserRuleContext, type: typeof FromNameListContext | typeof TypeOfContext, stop: QueryNode): boolean {
    for (let node = ctx.parentCtx; node && node !== stop; node = node.parentCtx) {
        if (node instanceof type) return true;
    }
    return false;
}

/** The object (or child relationship) a query reads, and the aliases it may be prefixed with. */
function fromOf(query: QueryNode): { name: string; aliases: Set<string> } | null {
    const from = query.fromNameList();
    const names = from?.fieldName_list() ?? [];
    if (names.length !== 1) return null; // several objects (rare, e.g. related-object aliases): not modelled
    const aliases = new Set((from?.soqlId_list() ?? []).map((id) => id.getText().toLowerCase()));
    return { name: names[0]!.getText(), aliases };
}

/** Aliases of aggregate results (`COUNT(Id) total`), which ORDER BY/HAVING may name like fields. */
function resultAliases(query: QueryNode): Set<string> {
    const aliases = new Set<string>();
    const collector = new (class extends ApexParserBaseListener {
        enterSelectEntry = (entry: SelectEntryContext): void => {
            const alias = entry.soqlId();
            if (alias) aliases.add(alias.getText().toLowerCase());
        };
    })();
    ApexParseTreeWalker.DEFAULT.walk(collector, query);
    return aliases;
}

interface QueryScope {
    /** Object the record variable is typed as. */
    object: string;
    /** Apex expression prefix below the record (e.g. `Contacts[0].` inside a subquery). */
    prefix: string;
    aliases: Set<string>;
    resultAliases: Set<string>;
}

class SoqlFieldListener extends ApexParserBaseListener {
    readonly refs: SoqlFieldRef[] = [];
    queries = 0;
    readonly unresolved: { line: number; column: number; text: string }[] = [];
    private readonly scopes = new Map<QueryNode, QueryScope | null>();

    constructor(private readonly file: string) {
        super();
    }

    private scopeOf(query: QueryNode): QueryScope | null {
        if (this.scopes.has(query)) return this.scopes.get(query)!;
        const from = fromOf(query);
        let scope: QueryScope | null = null;
        // A subquery in the select list reads a child relationship of the enclosing query's object; any other query
        // (the literal itself, a semi-join `Id IN (SELECT ...)` in WHERE) reads the object it names.
        const childQuery = query instanceof SubQueryContext && query.parentCtx instanceof SelectEntryContext;
        if (from && !childQuery) {
            scope = from.name.includes('.')
                ? null
                : { object: from.name, prefix: '', aliases: from.aliases, resultAliases: resultAliases(query) };
        } else if (from) {
            const outer = nearestQuery(query);
            const outerScope = outer ? this.scopeOf(outer) : null;
            if (outerScope && !from.name.includes('.'))
                scope = {
                    object: outerScope.object,
                    prefix: `${outerScope.prefix}${from.name}[0].`,
                    aliases: from.aliases,
                    resultAliases: resultAliases(query)
                };
        }
        this.scopes.set(query, scope);
        return scope;
    }

    enterSoqlLiteral = (_ctx: SoqlLiteralContext): void => {
        this.queries++;
    };

    enterFieldName = (ctx: FieldNameContext): void => {
        const query = nearestQuery(ctx);
        if (!query || isInside(ctx, FromNameListContext, query) || isInside(ctx, TypeOfContext, query)) return;
        const scope = this.scopeOf(query);
        const parts = ctx.soqlId_list().map((id) => id.getText());
        const where = { line: ctx.start.line, column: ctx.start.column + 1, text: ctx.getText() };
        if (!scope) {
            this.unresolved.push(where);
            return;
        }
        if (parts.length === 1 && scope.resultAliases.has(parts[0]!.toLowerCase())) return;
        if (parts.length > 1 && scope.aliases.has(parts[0]!.toLowerCase())) parts.shift();
        this.refs.push({
            file: this.file,
            line: where.line,
            column: where.column,
            object: scope.object,
            expression: `${scope.prefix}${parts.join('.')}`,
            written: where.text
        });
    };
}

export interface SoqlFieldScan {
    refs: SoqlFieldRef[];
    /** Field paths in queries whose object could not be modelled (several FROM objects, dotted FROM). */
    unresolved: { line: number; column: number; text: string }[];
    /** Number of static SOQL queries seen. */
    queries: number;
}

/** Every field path of every static SOQL query in one parsed file. */
export function scanSoqlFields(file: string, parsed: ParsedApex): SoqlFieldScan {
    const listener = new SoqlFieldListener(file);
    ApexParseTreeWalker.DEFAULT.walk(listener, parsed.tree);
    return { refs: listener.refs, unresolved: listener.unresolved, queries: listener.queries };
}

/**
 * An Apex class with one field reference per line: `Object f12 = r3.AppMenuItem.ApplicationId;` where r3 is a
 * local of the query's object type. apex-ls reports an unknown field on the line of the reference.
 */
export function buildProbe(refs: SoqlFieldRef[], className = 'ZzzSoqlFieldProbe'): SoqlProbe {
    const lines = new Map<number, SoqlFieldRef>();
    const out = [
        `// GENERATED by scripts/apex-ls.ts for the apex-ls gate; never deployed.`,
        `public class ${className} {`,
        '    static void probe() {'
    ];
    const records = new Map<string, string>();
    refs.forEach((ref, index) => {
        let record = records.get(ref.object.toLowerCase());
        if (!record) {
            record = `r${records.size}`;
            records.set(ref.object.toLowerCase(), record);
            out.push(`        ${ref.object} ${record} = null;`);
            lines.set(out.length, ref);
        }
        out.push(`        Object f${index} = ${record}.${ref.expression};`);
        lines.set(out.length, ref);
    });
    out.push('    }', '}', '');
    return { className, source: out.join('\n'), lines };
}

/** An apex-ls finding on a probe line, moved to the query it came from. */
export interface ProbeFinding {
    file: string;
    line: number;
    column: number;
    rule: string;
    message: string;
}

export function probeFinding(probe: SoqlProbe, probeLine: number, message: string): ProbeFinding | null {
    const ref = probe.lines.get(probeLine);
    if (!ref) return null;
    const rule = /^Unknown field\b/.test(message)
        ? 'apex-ls/soql-unknown-field'
        : /^No type declaration found\b/.test(message)
          ? 'apex-ls/soql-unknown-object'
          : 'apex-ls/soql';
    return {
        file: ref.file,
        line: ref.line,
        column: ref.column,
        rule,
        message: `${message} (SOQL field ${ref.written}, checked as ${ref.object}.${ref.expression})`
    };
}
