// One parse of the package's Apex (@apexdevtools/apex-parser, the platform compiler's grammar) into what the Apex checks
// read: the classes, their methods, and per method the SOQL statements (static or dynamic, in a loop or not, with their
// text), the SOSL and DML statements and the calls to other methods.
import * as P from '@apexdevtools/apex-parser';
import type { ApexParserRuleContext, ApexTokenStream, ApexParseTree as ParseTree } from '@apexdevtools/apex-parser';

/** A class's source and the path messages name. */
export type ApexSource = { file: string; source: string };

export type LimitKind = 'soql' | 'sosl' | 'dml';

/** A statement that counts against a governor limit. */
export interface LimitSite {
    kind: LimitKind;
    file: string;
    line: number;
    column: number;
    /** "Class.method" it is written in. */
    method: string;
    /** The statement, on one line. */
    text: string;
    /** SOQL run by Database.query & co. (true) or an inline [SELECT ...] (false). */
    dynamic: boolean;
    /** SOQL: static, the query between the brackets; dynamic, the string literals of the method, unquoted, one per line. */
    soql: string;
    /** SOQL: the object of a static query; null for dynamic SOQL (config/dynamic-soql.json declares its statement). */
    from: string | null;
}

/**
 * What a method is called on: `a.b` (a variable, field path or type name; "this"; "" for an unqualified call), an
 * expression of a known type (`new X()`, a cast `(X) y`), the result of another call (`X.getInstance().read()`), or
 * something else. Resolved to package classes by budget.ts.
 */
export type Receiver =
    | { kind: 'path'; text: string }
    | { kind: 'type'; type: string }
    | { kind: 'call'; name: string; arity: number; receiver: Receiver }
    | { kind: 'unknown' };

/** A method call or, with `constructs` set, `new X(...)`. */
export interface Call {
    name: string;
    arity: number;
    receiver: Receiver;
    /** The class a `new` expression creates. */
    constructs: string | null;
    line: number;
    column: number;
    text: string;
    loopLine: number | null;
}

export interface ApexMethod {
    className: string;
    /** Method name; the class's simple name for a constructor; `<init>` for field and instance initialisers. */
    name: string;
    arity: number;
    file: string;
    line: number;
    returnType: string | null;
    annotations: string[];
    /** Declared types of parameters and locals, by lower-case name. */
    types: Map<string, string>;
    sites: LimitSite[];
    calls: Call[];
}

export interface ApexClass {
    /** "Outer.Inner" for an inner class. */
    name: string;
    file: string;
    line: number;
    superType: string | null;
    isTest: boolean;
    /** Fields and properties as declared; serialized: neither static nor transient (JSON.serialize writes it). */
    fields: { name: string; type: string; line: number; serialized: boolean }[];
    methods: ApexMethod[];
}

export interface ApexModel {
    classes: ApexClass[];
    /** Names of the package's interfaces (a receiver of such a type may be any class implementing it). */
    interfaces: string[];
    soql: LimitSite[];
    /** Every identifier token outside strings and comments, for name checks (feature-gated names). */
    identifiers: { file: string; line: number; column: number; text: string }[];
    syntaxErrors: string[];
}

/** Static methods that run a query or DML (Apex Developer Guide, "Execution Governors and Limits"), lower case. */
const LIMITED_CALLS: [RegExp, LimitKind][] = [
    [/^database\.(query|countquery|getquerylocator|getcursor)(withbinds)?$/, 'soql'],
    [/^search\.(query|find)$/, 'sosl'],
    [
        /^database\.(insert|update|upsert|delete|undelete|merge|emptyrecyclebin|convertlead|setsavepoint|rollback)\w*$|^eventbus\.publish$/,
        'dml'
    ]
];
/** insert, update, upsert, delete, undelete and merge statements. */
const isDmlStatement = (node: ApexParserRuleContext): boolean =>
    /^(Insert|Update|Upsert|Delete|Undelete|Merge)StatementContext$/.test(node.constructor.name);

const oneLine = (text: string): string =>
    text
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^(.{119}).+$/, '$1…');
const typeText = (text: string): string => text.replace(/\s+/g, '');
const arityOf = (list: P.ExpressionListContext | null | undefined): number => list?.expression_list().length ?? 0;
const isRule = (node: ParseTree): node is ApexParserRuleContext => 'start' in node && 'getChildCount' in node;
const sourceOf = (n: ApexParserRuleContext, source: string): string => source.slice(n.start.start, (n.stop ?? n.start).stop + 1);
type CallTarget = Pick<Call, 'name' | 'arity' | 'receiver' | 'constructs'>;

/** Line of the innermost loop that runs `node` once per iteration: its body, a while condition, a for condition or update. */
export function loopLineOf(node: ApexParserRuleContext): number | null {
    let child = node;
    let grandChild: ApexParserRuleContext | null = null;
    for (let parent = node.parentCtx as ApexParserRuleContext | null; parent; parent = parent.parentCtx as ApexParserRuleContext | null) {
        if (parent instanceof P.MethodDeclarationContext || parent instanceof P.ConstructorDeclarationContext) return null;
        if (parent instanceof P.WhileStatementContext || parent instanceof P.DoWhileStatementContext) return parent.start.line;
        if (parent instanceof P.ForStatementContext) {
            if (child === parent.statement()) return parent.start.line;
            // for (init; condition; update): condition and update run every time; init and a for-each collection once.
            if (
                child instanceof P.ForControlContext &&
                grandChild &&
                ([child.expression(), child.forUpdate()] as (ApexParserRuleContext | null)[]).includes(grandChild)
            )
                return parent.start.line;
        }
        grandChild = child;
        child = parent;
    }
    return null;
}

function receiverOf(expression: P.ExpressionContext): Receiver {
    if (expression instanceof P.SubExpressionContext) return receiverOf(expression.expression());
    if (expression instanceof P.NewExpressionContext) return { kind: 'type', type: typeText(expression.creator().createdName().getText()) };
    if (expression instanceof P.CastExpressionContext) return { kind: 'type', type: typeText(expression.typeRef().getText()) };
    if (expression instanceof P.DotExpressionContext && expression.dotMethodCall()) {
        const [call, receiver] = [expression.dotMethodCall(), receiverOf(expression.expression())];
        return { kind: 'call', name: call.anyId().getText(), arity: arityOf(call.expressionList()), receiver };
    }
    if (expression instanceof P.MethodCallExpressionContext && expression.methodCall().id()) {
        const call = expression.methodCall();
        return { kind: 'call', name: call.id().getText(), arity: arityOf(call.expressionList()), receiver: { kind: 'path', text: '' } };
    }
    const text = expression.getText();
    return /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(text) ? { kind: 'path', text } : { kind: 'unknown' };
}

class ModelBuilder {
    readonly model: ApexModel = { classes: [], interfaces: [], soql: [], identifiers: [], syntaxErrors: [] };

    add({ file, source }: ApexSource): void {
        const errors: string[] = [];
        const listener = new (class extends P.ApexErrorListener {
            apexSyntaxError(line: number, column: number, message: string): void {
                errors.push(`${file}:${line}:${column + 1} does not parse: ${message}`);
            }
        })();
        const { parser } = P.ApexParserFactory.createLexerAndParser(source, listener);
        const unit: P.CompilationUnitContext = parser.compilationUnit();
        this.model.syntaxErrors.push(...errors);
        if (errors.length) return; // the tree is ANTLR's recovery guess: nothing to check on it
        for (const token of (parser.getTokenStream() as ApexTokenStream).tokens) {
            if (/^[A-Za-z_]\w*$/.test(token.text ?? '') && token.channel === 0)
                this.model.identifiers.push({ file, line: token.line, column: token.column + 1, text: token.text! });
        }
        const declaration = unit.typeDeclaration();
        const isTest = declaration.modifier_list().some((m) => m.annotation()?.id().getText().toLowerCase() === 'istest');
        const cls = declaration.classDeclaration();
        if (cls) this.addClass(cls, file, source, null, isTest);
        if (declaration.interfaceDeclaration()) this.model.interfaces.push(declaration.interfaceDeclaration().id().getText());
    }

    private addClass(declaration: P.ClassDeclarationContext, file: string, source: string, outer: string | null, isTest: boolean): void {
        const name = outer ? `${outer}.${declaration.id().getText()}` : declaration.id().getText();
        const superType = declaration.EXTENDS() ? typeText(declaration.typeRef().getText()) : null;
        const cls: ApexClass = { name, file, line: declaration.start.line, superType, isTest, fields: [], methods: [] };
        this.model.classes.push(cls);
        const init = this.method(cls, { name: '<init>', arity: 0, line: declaration.start.line, returnType: null, annotations: [] });
        for (const body of declaration.classBody().classBodyDeclaration_list()) {
            const member = body.memberDeclaration();
            const annotations = body
                .modifier_list()
                .map((m) => m.annotation()?.id().getText().toLowerCase())
                .filter((a): a is string => Boolean(a));
            const inner = member?.classDeclaration();
            if (inner) this.addClass(inner, file, source, name, isTest);
            if (member?.interfaceDeclaration()) this.model.interfaces.push(`${name}.${member.interfaceDeclaration().id().getText()}`);
            const field = member?.fieldDeclaration() ?? member?.propertyDeclaration();
            if (field) {
                const declarators = member?.fieldDeclaration()?.variableDeclarators().variableDeclarator_list() ?? [
                    member!.propertyDeclaration()
                ];
                const serialized = !body.modifier_list().some((m) => m.STATIC() || m.TRANSIENT());
                for (const d of declarators)
                    cls.fields.push({ name: d.id().getText(), type: typeText(field.typeRef().getText()), line: d.start.line, serialized });
                this.walk(field, init, cls, source);
            }
            if (body.block()) this.walk(body.block(), init, cls, source);
            const method = member?.methodDeclaration();
            const declared = method ?? member?.constructorDeclaration();
            if (!declared) continue;
            const parameters = declared.formalParameters().formalParameterList()?.formalParameter_list() ?? [];
            const [methodName, line] = [method ? method.id().getText() : declaration.id().getText(), declared.start.line];
            const returnType = method?.typeRef() ? typeText(method.typeRef().getText()) : null;
            const info = this.method(cls, { name: methodName, arity: parameters.length, line, returnType, annotations });
            for (const p of parameters) info.types.set(p.id().getText().toLowerCase(), typeText(p.typeRef().getText()));
            if (declared.block()) this.walk(declared.block(), info, cls, source);
        }
    }

    private method(cls: ApexClass, declared: Pick<ApexMethod, 'name' | 'arity' | 'line' | 'returnType' | 'annotations'>): ApexMethod {
        const method: ApexMethod = { className: cls.name, file: cls.file, types: new Map(), sites: [], calls: [], ...declared };
        cls.methods.push(method);
        return method;
    }

    private site(kind: LimitKind, node: ApexParserRuleContext, method: ApexMethod, source: string, query: P.QueryContext | null): void {
        // Dynamic SOQL: the query text is built from the string literals of the same method.
        let body = node.parentCtx as ApexParserRuleContext | null;
        while (body && !(body instanceof P.MethodDeclarationContext || body instanceof P.ConstructorDeclarationContext))
            body = body.parentCtx as ApexParserRuleContext | null;
        const literals = kind === 'soql' && !query && body ? (sourceOf(body, source).match(/'(?:[^'\\]|\\.)*'/g) ?? []) : [];
        const site: LimitSite = {
            kind,
            file: method.file,
            line: node.start.line,
            column: node.start.column + 1,
            method: `${method.className}.${method.name}`,
            text: oneLine(sourceOf(node, source)),
            dynamic: kind === 'soql' && !query,
            soql: query ? sourceOf(query, source) : literals.map((l) => l.slice(1, -1)).join('\n'),
            from: query ? query.fromNameList().getText() : null
        };
        method.sites.push(site);
        if (kind === 'soql') this.model.soql.push(site);
    }

    private call(node: ApexParserRuleContext, method: ApexMethod, source: string, call: CallTarget): void {
        const text = oneLine(sourceOf(node, source));
        method.calls.push({ ...call, line: node.start.line, column: node.start.column + 1, text, loopLine: loopLineOf(node) });
    }

    private walk(node: ApexParserRuleContext, method: ApexMethod, cls: ApexClass, source: string): void {
        if (node instanceof P.LocalVariableDeclarationContext) {
            for (const d of node.variableDeclarators().variableDeclarator_list())
                method.types.set(d.id().getText().toLowerCase(), typeText(node.typeRef().getText()));
        } else if (node instanceof P.EnhancedForControlContext) {
            method.types.set(node.id().getText().toLowerCase(), typeText(node.typeRef().getText()));
        } else if (node instanceof P.SoqlLiteralContext) {
            this.site('soql', node, method, source, node.query());
        } else if (node instanceof P.SoslLiteralContext) {
            this.site('sosl', node, method, source, null);
        } else if (isDmlStatement(node)) {
            this.site('dml', node, method, source, null);
        } else if (node instanceof P.DotExpressionContext && node.dotMethodCall()) {
            const receiver = node.expression();
            const name = node.dotMethodCall().anyId().getText();
            const call = `${receiver.getText().replace(/^system\./i, '')}.${name}`.toLowerCase();
            const limited = LIMITED_CALLS.find(([pattern]) => pattern.test(call))?.[1];
            const arity = arityOf(node.dotMethodCall().expressionList());
            if (limited) this.site(limited, node, method, source, null);
            else this.call(node, method, source, { name, arity, receiver: receiverOf(receiver), constructs: null });
        } else if (node instanceof P.MethodCallExpressionContext && node.methodCall().id()) {
            const [name, arity] = [node.methodCall().id().getText(), arityOf(node.methodCall().expressionList())];
            this.call(node, method, source, { name, arity, receiver: { kind: 'path', text: '' }, constructs: null });
        } else if (node instanceof P.NewExpressionContext && node.creator().classCreatorRest()) {
            const created = typeText(node.creator().createdName().getText());
            const arity = arityOf(node.creator().classCreatorRest().arguments().expressionList());
            this.call(node, method, source, { name: created.split('.').pop()!, arity, receiver: { kind: 'unknown' }, constructs: created });
        }
        for (let i = 0; i < node.getChildCount(); i++) {
            const child = node.getChild(i)!;
            if (isRule(child)) this.walk(child, method, cls, source);
        }
    }
}

/** Parses every source once; a file that does not parse is reported in syntaxErrors and left out. */
export function buildApexModel(sources: ApexSource[]): ApexModel {
    const builder = new ModelBuilder();
    for (const source of sources) builder.add(source);
    return builder.model;
}
