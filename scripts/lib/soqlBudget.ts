// Counts the SOQL statements (and SOSL searches, DML statements) that can run when an Apex method is called, by
// following calls through the project's classes: static calls (Class.method), calls on variables, fields and
// parameters of a project class type, chained calls (X.getInstance().read()), `new X(...)` (constructor and field
// initialisers) and calls inside the same class. Every branch counts (an upper bound: both sides of an if, the
// try and the catch), each call site counts its callee once more. A call whose receiver type cannot be
// determined falls back to the project methods of that name and arity (the largest count); calls on system
// types (String, List, Database.insert, ...) cost nothing except the limited Database/Search methods.
//
// It also reports what a per-method count cannot bound: a statement or a call that reaches one inside a loop
// body, a recursive call chain, and a limited statement outside any method (static or field initialisers).
import {
    BlockContext,
    CastExpressionContext,
    CatchClauseContext,
    ClassDeclarationContext,
    CompilationUnitContext,
    ConstructorDeclarationContext,
    DeleteStatementContext,
    DoWhileStatementContext,
    DotExpressionContext,
    EnhancedForControlContext,
    type ExpressionContext,
    ForControlContext,
    ForStatementContext,
    FormalParametersContext,
    IdPrimaryContext,
    InsertStatementContext,
    LocalVariableDeclarationContext,
    MergeStatementContext,
    MethodCallExpressionContext,
    MethodDeclarationContext,
    NewExpressionContext,
    PrimaryExpressionContext,
    SoqlLiteralContext,
    SoslLiteralContext,
    SubExpressionContext,
    ThisPrimaryContext,
    UndeleteStatementContext,
    UpdateStatementContext,
    UpsertStatementContext,
    WhileStatementContext,
    type ApexParserRuleContext,
    type ExpressionListContext
} from '@apexdevtools/apex-parser';
import { limitedMethodKind, type LimitKind } from './apexLimitMethods';
import { parseApex, sourceSnippet, type ParsedApex } from './apexParse';

export type { LimitKind };

export interface ApexSource {
    /** Path used in messages (relative to the project). */
    path: string;
    source: string;
    /** The source already parsed as a class (apex-check parses every file first); parsed here when absent. */
    parsed?: ParsedApex;
}

/** A statement that consumes a governor limit, where it is written. */
export interface LimitSite {
    kind: LimitKind;
    file: string;
    line: number;
    column: number;
    /** The statement, shortened, e.g. "[SELECT Id FROM Organization ...]" or "Database.queryWithBinds(...)". */
    text: string;
    /** For SOQL: the object queried when the text shows it (FROM X), else null (dynamic SOQL). */
    fromObject: string | null;
    /** Line of the loop that runs it once per iteration, or null. */
    loopLine: number | null;
}

export interface CallSite {
    file: string;
    line: number;
    column: number;
    text: string;
    loopLine: number | null;
    targets: MethodInfo[];
    /** True when the receiver type was unknown and the targets were found by method name and arity only. */
    byNameOnly: boolean;
}

export interface MethodInfo {
    /** Qualified class name, e.g. "JSR_ReadinessSnapshot.Section". */
    className: string;
    /** Method name; "<init>" for field initialisers, "<clinit>" for static initialisers, the class name for constructors. */
    name: string;
    arity: number;
    file: string;
    line: number;
    returnType: string | null;
    isConstructor: boolean;
    annotations: string[];
    sites: LimitSite[];
    calls: CallSite[];
}

/** One limited statement reached from a method, with the chain of calls leading to it. */
export interface ReachedSite {
    site: LimitSite;
    path: string[];
}

interface ClassInfo {
    name: string;
    key: string;
    simpleName: string;
    file: string;
    superType: string | null;
    outer: ClassInfo | null;
    isTest: boolean;
    fieldTypes: Map<string, string>;
    methods: MethodInfo[];
    declaration: ClassDeclarationContext;
}

type ExprType = { kind: 'class'; cls: ClassInfo } | { kind: 'system'; typeText: string | null } | { kind: 'unknown' };

const SYSTEM: ExprType = { kind: 'system', typeText: null };
const UNKNOWN: ExprType = { kind: 'unknown' };

const DML_STATEMENTS = [
    InsertStatementContext,
    UpdateStatementContext,
    UpsertStatementContext,
    DeleteStatementContext,
    UndeleteStatementContext,
    MergeStatementContext
];

/** Line of the innermost loop that runs ctx once per iteration (body, while condition, for condition/update). */
export function enclosingLoopLine(ctx: ApexParserRuleContext): number | null {
    let child: ApexParserRuleContext = ctx;
    let grandChild: ApexParserRuleContext | null = null;
    for (let parent = ctx.parentCtx as ApexParserRuleContext | null; parent; parent = parent.parentCtx as ApexParserRuleContext | null) {
        if (parent instanceof MethodDeclarationContext || parent instanceof ConstructorDeclarationContext) return null;
        if (parent instanceof WhileStatementContext || parent instanceof DoWhileStatementContext) return parent.start.line;
        if (parent instanceof ForStatementContext) {
            if (child === parent.statement()) return parent.start.line;
            // for (init; condition; update): condition and update run every iteration, init and a for-each list once.
            if (
                child instanceof ForControlContext &&
                grandChild &&
                (grandChild === child.expression() || grandChild === child.forUpdate())
            ) {
                return parent.start.line;
            }
        }
        grandChild = child;
        child = parent;
    }
    return null;
}

function stripGenerics(typeText: string): string {
    return typeText.replace(/\s+/g, '');
}

function isCollection(typeText: string): boolean {
    return /[<[]/.test(typeText);
}

function hasAnnotation(modifiers: { annotation(): { id(): { getText(): string } } | null }[], name: string): boolean {
    return modifiers.some((m) => m.annotation()?.id().getText().toLowerCase() === name.toLowerCase());
}

function argumentCount(list: ExpressionListContext | null | undefined): number {
    return list ? list.expression_list().length : 0;
}

function soqlObject(text: string): string | null {
    return /\bFROM\s+([A-Za-z_][A-Za-z0-9_]*)/i.exec(text)?.[1] ?? null;
}

export class ApexProgram {
    readonly problems: string[] = [];
    private readonly classes = new Map<string, ClassInfo>();
    private readonly sources = new Map<string, string>();
    private readonly reachedCache = new Map<MethodInfo, ReachedSite[]>();
    private readonly inProgress = new Set<MethodInfo>();

    private constructor() {}

    /** Parses every source; classes annotated @IsTest are left out (their mocks never run in production). */
    static analyze(sources: ApexSource[]): ApexProgram {
        const program = new ApexProgram();
        for (const { path, source, parsed } of sources) program.declare(path, source, parsed);
        const walks = [...program.classes.values()].flatMap((cls) => program.declareMethods(cls));
        for (const walk of walks) walk();
        return program;
    }

    /** Every method of the non-test classes. */
    methods(): MethodInfo[] {
        return [...this.classes.values()].filter((c) => !c.isTest).flatMap((c) => c.methods);
    }

    /** Methods annotated @AuraEnabled: the entry points whose budgets are checked. */
    entryPoints(): MethodInfo[] {
        return this.methods().filter((m) => m.annotations.includes('auraenabled'));
    }

    /** Every limited statement that can run when `method` is called, once per way of reaching it. */
    reached(method: MethodInfo): ReachedSite[] {
        const cached = this.reachedCache.get(method);
        if (cached) return cached;
        if (this.inProgress.has(method)) {
            this.problems.push(
                `${method.file}:${method.line} ${label(method)} is part of a recursive call chain: its SOQL count has no bound`
            );
            return [];
        }
        this.inProgress.add(method);
        const result: ReachedSite[] = method.sites.map((site) => ({ site, path: [label(method)] }));
        for (const call of method.calls) {
            // Several candidates (overrides, name-only fallback): any one of them runs, so take the costliest.
            let costliest: ReachedSite[] = [];
            for (const target of call.targets) {
                const reached = this.reached(target);
                if (reached.length > costliest.length) costliest = reached;
            }
            for (const inner of costliest) result.push({ site: inner.site, path: [label(method), ...inner.path] });
        }
        this.inProgress.delete(method);
        this.reachedCache.set(method, result);
        return result;
    }

    /** Limited statements and calls reaching them that run once per loop iteration, and limits outside methods. */
    loopProblems(): string[] {
        const problems: string[] = [];
        for (const method of this.methods()) {
            for (const site of method.sites) {
                if (site.loopLine !== null) {
                    problems.push(
                        `${site.file}:${site.line}:${site.column} ${site.kind.toUpperCase()} inside a loop (line ${site.loopLine}): ${site.text}`
                    );
                }
            }
            for (const call of method.calls) {
                if (call.loopLine === null) continue;
                const reached = Math.max(0, ...call.targets.map((t) => this.reached(t).length));
                if (reached > 0) {
                    problems.push(
                        `${call.file}:${call.line}:${call.column} call inside a loop (line ${call.loopLine}) reaches ${reached} SOQL/SOSL/DML statement(s): ${call.text}`
                    );
                }
            }
            if ((method.name === '<clinit>' || method.name === '<init>') && this.reached(method).length > 0) {
                problems.push(
                    `${method.file}:${method.line} ${method.className} runs SOQL/SOSL/DML in a field or static initialiser; move it into a method`
                );
            }
        }
        return problems;
    }

    private declare(path: string, source: string, alreadyParsed: ParsedApex | undefined): void {
        const parsed = alreadyParsed ?? parseApex(source, 'class');
        if (parsed.syntaxErrors.length) {
            const first = parsed.syntaxErrors[0]!;
            this.problems.push(`${path}:${first.line}:${first.column} does not parse: ${first.message}`);
            return;
        }
        this.sources.set(path, source);
        const typeDeclaration = (parsed.tree as CompilationUnitContext).typeDeclaration();
        const declaration = typeDeclaration?.classDeclaration();
        if (!typeDeclaration || !declaration) return; // interfaces and enums hold no statements
        const isTest = hasAnnotation(typeDeclaration.modifier_list(), 'istest');
        this.declareClass(declaration, path, null, isTest);
    }

    private declareClass(declaration: ClassDeclarationContext, file: string, outer: ClassInfo | null, isTest: boolean): void {
        const simpleName = declaration.id().getText();
        const name = outer ? `${outer.name}.${simpleName}` : simpleName;
        const cls: ClassInfo = {
            name,
            key: name.toLowerCase(),
            simpleName,
            file,
            superType: declaration.EXTENDS() ? declaration.typeRef().getText() : null,
            outer,
            isTest,
            fieldTypes: new Map(),
            methods: [],
            declaration
        };
        this.classes.set(cls.key, cls);
        for (const body of declaration.classBody().classBodyDeclaration_list()) {
            const member = body.memberDeclaration();
            const inner = member?.classDeclaration();
            if (inner) this.declareClass(inner, file, cls, isTest);
            const field = member?.fieldDeclaration();
            if (field) {
                for (const declarator of field.variableDeclarators().variableDeclarator_list()) {
                    cls.fieldTypes.set(declarator.id().getText().toLowerCase(), stripGenerics(field.typeRef().getText()));
                }
            }
            const property = member?.propertyDeclaration();
            if (property) cls.fieldTypes.set(property.id().getText().toLowerCase(), stripGenerics(property.typeRef().getText()));
        }
    }

    private newMethod(
        cls: ClassInfo,
        name: string,
        arity: number,
        line: number,
        returnType: string | null,
        annotations: string[]
    ): MethodInfo {
        const method: MethodInfo = {
            className: cls.name,
            name,
            arity,
            file: cls.file,
            line,
            returnType,
            isConstructor: name === cls.simpleName,
            annotations,
            sites: [],
            calls: []
        };
        cls.methods.push(method);
        return method;
    }

    /**
     * Declares the methods of a class (constructors and initialisers included) before any body is walked, so calls
     * resolve whatever the order of the files; returns the walks to run once every class is declared.
     */
    private declareMethods(cls: ClassInfo): (() => void)[] {
        const walks: (() => void)[] = [];
        const instanceInit = this.newMethod(cls, '<init>', 0, cls.declaration.start.line, null, []);
        const staticInit = this.newMethod(cls, '<clinit>', 0, cls.declaration.start.line, null, []);
        for (const body of cls.declaration.classBody().classBodyDeclaration_list()) {
            const annotations = body
                .modifier_list()
                .map((m) => m.annotation()?.id().getText().toLowerCase())
                .filter((a): a is string => Boolean(a));
            const isStatic = Boolean(body.STATIC()) || body.modifier_list().some((m) => m.STATIC());
            const member = body.memberDeclaration();
            const block = body.block();
            if (block) walks.push(() => this.walk(block, isStatic ? staticInit : instanceInit, cls, [new Map()]));
            const method = member?.methodDeclaration();
            if (method) {
                const parameters = this.parameters(method.formalParameters());
                const info = this.newMethod(
                    cls,
                    method.id().getText(),
                    parameters.size,
                    method.start.line,
                    method.typeRef() ? stripGenerics(method.typeRef().getText()) : null,
                    annotations
                );
                const methodBlock = method.block();
                if (methodBlock) walks.push(() => this.walk(methodBlock, info, cls, [parameters]));
            }
            const constructor = member?.constructorDeclaration();
            if (constructor) {
                const parameters = this.parameters(constructor.formalParameters());
                const info = this.newMethod(cls, cls.simpleName, parameters.size, constructor.start.line, cls.name, annotations);
                walks.push(() => this.walk(constructor.block(), info, cls, [parameters]));
            }
            const field = member?.fieldDeclaration();
            if (field) walks.push(() => this.walk(field, isStatic ? staticInit : instanceInit, cls, [new Map()]));
        }
        return walks;
    }

    private parameters(formal: FormalParametersContext): Map<string, string> {
        const scope = new Map<string, string>();
        for (const parameter of formal.formalParameterList()?.formalParameter_list() ?? []) {
            scope.set(parameter.id().getText().toLowerCase(), stripGenerics(parameter.typeRef().getText()));
        }
        return scope;
    }

    private site(kind: LimitKind, ctx: ApexParserRuleContext, method: MethodInfo): void {
        const source = this.sources.get(method.file) ?? '';
        const text = sourceSnippet(source, ctx, 100);
        let fromObject: string | null = null;
        if (kind === 'soql') {
            const statement = source.slice(ctx.start.start, (ctx.stop?.stop ?? ctx.start.start) + 1);
            // Dynamic SOQL: the query text is usually built in the same method ("... FROM PermissionSet WHERE ...").
            fromObject =
                soqlObject(statement) ??
                soqlObject(
                    this.enclosingMethodText(ctx, source)
                        .match(/'[^']*'/g)
                        ?.join(' ') ?? ''
                );
        }
        method.sites.push({
            kind,
            file: method.file,
            line: ctx.start.line,
            column: ctx.start.column + 1,
            text,
            fromObject,
            loopLine: enclosingLoopLine(ctx)
        });
    }

    private enclosingMethodText(ctx: ApexParserRuleContext, source: string): string {
        for (
            let parent = ctx.parentCtx as ApexParserRuleContext | null;
            parent;
            parent = parent.parentCtx as ApexParserRuleContext | null
        ) {
            if (parent instanceof MethodDeclarationContext || parent instanceof ConstructorDeclarationContext) {
                return source.slice(parent.start.start, (parent.stop?.stop ?? parent.start.start) + 1);
            }
        }
        return '';
    }

    private call(ctx: ApexParserRuleContext, method: MethodInfo, targets: MethodInfo[], byNameOnly: boolean): void {
        if (!targets.length) return;
        method.calls.push({
            file: method.file,
            line: ctx.start.line,
            column: ctx.start.column + 1,
            text: sourceSnippet(this.sources.get(method.file) ?? '', ctx, 100),
            loopLine: enclosingLoopLine(ctx),
            targets,
            byNameOnly
        });
    }

    /** Walks a subtree of a method body: records limit sites and calls, tracks local variable types per block. */
    private walk(node: ApexParserRuleContext, method: MethodInfo, cls: ClassInfo, scopes: Map<string, string>[]): void {
        let innerScopes = scopes;
        if (node instanceof BlockContext || node instanceof ForStatementContext || node instanceof CatchClauseContext) {
            innerScopes = [...scopes, new Map()];
        }
        const scope = innerScopes[innerScopes.length - 1]!;
        if (node instanceof LocalVariableDeclarationContext) {
            for (const declarator of node.variableDeclarators().variableDeclarator_list()) {
                scope.set(declarator.id().getText().toLowerCase(), stripGenerics(node.typeRef().getText()));
            }
        } else if (node instanceof EnhancedForControlContext) {
            scope.set(node.id().getText().toLowerCase(), stripGenerics(node.typeRef().getText()));
        } else if (node instanceof SoqlLiteralContext) {
            this.site('soql', node, method);
        } else if (node instanceof SoslLiteralContext) {
            this.site('sosl', node, method);
        } else if (DML_STATEMENTS.some((type) => node instanceof type)) {
            this.site('dml', node, method);
        } else if (node instanceof DotExpressionContext && node.dotMethodCall()) {
            this.dotCall(node, method, cls, innerScopes);
        } else if (node instanceof MethodCallExpressionContext) {
            const call = node.methodCall();
            if (call.id())
                this.call(node, method, this.methodsInScope(cls, call.id().getText(), argumentCount(call.expressionList())), false);
        } else if (node instanceof NewExpressionContext) {
            const created = this.classOf(node.creator().createdName().getText(), cls);
            const rest = node.creator().classCreatorRest();
            if (created && rest)
                this.call(node, method, this.constructorsOf(created, argumentCount(rest.arguments().expressionList())), false);
        }
        for (let i = 0; i < node.getChildCount(); i++) {
            const child = node.getChild(i);
            if (child && 'getChildCount' in child && 'start' in child) this.walk(child as ApexParserRuleContext, method, cls, innerScopes);
        }
    }

    private dotCall(node: DotExpressionContext, method: MethodInfo, cls: ClassInfo, scopes: Map<string, string>[]): void {
        const call = node.dotMethodCall();
        const name = call.anyId().getText();
        const arity = argumentCount(call.expressionList());
        const limited = limitedMethodKind(node.expression().getText(), name);
        if (limited && !this.classOf(node.expression().getText(), cls)) {
            this.site(limited, node, method);
            return;
        }
        const receiver = this.typeOf(node.expression(), cls, scopes);
        if (receiver.kind === 'class') this.call(node, method, this.methodsOf(receiver.cls, name, arity), false);
        else if (receiver.kind === 'unknown') this.call(node, method, this.methodsByName(name, arity), true);
    }

    /** The type of an expression used as a call receiver, as far as declarations tell. */
    private typeOf(expression: ExpressionContext, cls: ClassInfo, scopes: Map<string, string>[]): ExprType {
        if (expression instanceof SubExpressionContext) return this.typeOf(expression.expression(), cls, scopes);
        if (expression instanceof CastExpressionContext) return this.typeOfName(expression.typeRef().getText(), cls);
        if (expression instanceof NewExpressionContext) return this.typeOfName(expression.creator().createdName().getText(), cls);
        if (expression instanceof PrimaryExpressionContext) {
            const primary = expression.primary();
            if (primary instanceof ThisPrimaryContext) return { kind: 'class', cls };
            if (primary instanceof IdPrimaryContext) return this.typeOfIdentifier(primary.id().getText(), cls, scopes);
            return SYSTEM; // literals, SOQL results, type references
        }
        if (expression instanceof MethodCallExpressionContext) {
            const call = expression.methodCall();
            if (!call.id()) return UNKNOWN;
            return this.typeOfResult(this.methodsInScope(cls, call.id().getText(), argumentCount(call.expressionList())), cls);
        }
        if (expression instanceof DotExpressionContext) {
            const receiver = this.typeOf(expression.expression(), cls, scopes);
            const call = expression.dotMethodCall();
            if (call) {
                if (receiver.kind === 'class')
                    return this.typeOfResult(
                        this.methodsOf(receiver.cls, call.anyId().getText(), argumentCount(call.expressionList())),
                        cls
                    );
                return receiver.kind === 'system' ? SYSTEM : UNKNOWN;
            }
            const member = expression.anyId().getText();
            if (receiver.kind === 'class') {
                const fieldType = this.fieldType(receiver.cls, member);
                if (fieldType) return this.typeOfName(fieldType, receiver.cls);
                const nested = this.classes.get(`${receiver.cls.key}.${member.toLowerCase()}`);
                return nested ? { kind: 'class', cls: nested } : UNKNOWN;
            }
            // Outer.Inner written as a qualified name.
            const qualified = this.classOf(expression.getText(), cls);
            if (qualified) return { kind: 'class', cls: qualified };
            return receiver.kind === 'system' ? SYSTEM : UNKNOWN;
        }
        return UNKNOWN;
    }

    private typeOfIdentifier(identifier: string, cls: ClassInfo, scopes: Map<string, string>[]): ExprType {
        const key = identifier.toLowerCase();
        for (let i = scopes.length - 1; i >= 0; i--) {
            const local = scopes[i]!.get(key);
            if (local) return this.typeOfName(local, cls);
        }
        for (let owner: ClassInfo | null = cls; owner; owner = owner.outer) {
            const fieldType = this.fieldType(owner, identifier);
            if (fieldType) return this.typeOfName(fieldType, owner);
        }
        const named = this.classOf(identifier, cls);
        // Not a variable nor a project class: a system class or namespace (String, Database, Limits, JSON, ...).
        return named ? { kind: 'class', cls: named } : SYSTEM;
    }

    private typeOfName(typeText: string, from: ClassInfo): ExprType {
        if (isCollection(typeText)) return { kind: 'system', typeText };
        const named = this.classOf(typeText, from);
        return named ? { kind: 'class', cls: named } : { kind: 'system', typeText };
    }

    private typeOfResult(methods: MethodInfo[], from: ClassInfo): ExprType {
        const types = new Set(methods.map((m) => m.returnType).filter((t): t is string => Boolean(t)));
        if (types.size > 1) return UNKNOWN;
        if (types.size === 0) return methods.length ? SYSTEM : UNKNOWN;
        const owner = this.classes.get(methods[0]!.className.toLowerCase()) ?? from;
        return this.typeOfName([...types][0]!, owner);
    }

    private fieldType(cls: ClassInfo, field: string): string | null {
        for (let owner: ClassInfo | null = cls; owner; owner = owner.superType ? this.classOf(owner.superType, owner) : null) {
            const type = owner.fieldTypes.get(field.toLowerCase());
            if (type) return type;
        }
        return null;
    }

    /** A project class named typeText as seen from `from`: nested in from or its outers, top-level, or a unique inner class. */
    classOf(typeText: string, from: ClassInfo | null): ClassInfo | null {
        const name = stripGenerics(typeText)
            .replace(/^system\./i, '')
            .toLowerCase();
        if (!name || isCollection(name)) return null;
        for (let owner = from; owner; owner = owner.outer) {
            const nested = this.classes.get(`${owner.key}.${name}`);
            if (nested) return nested;
        }
        const direct = this.classes.get(name);
        if (direct) return direct;
        const bySimpleName = [...this.classes.values()].filter((c) => c.simpleName.toLowerCase() === name);
        return bySimpleName.length === 1 ? bySimpleName[0]! : null;
    }

    /** Methods named `name` callable on cls: its own or inherited ones, plus overrides in its subclasses. */
    private methodsOf(cls: ClassInfo, name: string, arity: number): MethodInfo[] {
        const found: MethodInfo[] = [];
        for (
            let owner: ClassInfo | null = cls;
            owner && !found.length;
            owner = owner.superType ? this.classOf(owner.superType, owner) : null
        ) {
            found.push(...this.matching(owner.methods, name, arity));
        }
        for (const sub of this.classes.values()) {
            if (!sub.isTest && sub !== cls && sub.superType && this.classOf(sub.superType, sub) === cls)
                found.push(...this.matching(sub.methods, name, arity));
        }
        return found;
    }

    /** An unqualified call: a method of the class, of its superclasses or of an enclosing class. */
    private methodsInScope(cls: ClassInfo, name: string, arity: number): MethodInfo[] {
        for (let owner: ClassInfo | null = cls; owner; owner = owner.outer) {
            const found = this.methodsOf(owner, name, arity);
            if (found.length) return found;
        }
        return [];
    }

    private constructorsOf(cls: ClassInfo, arity: number): MethodInfo[] {
        const init = cls.methods.filter((m) => m.name === '<init>');
        return [...init, ...cls.methods.filter((m) => m.isConstructor && m.arity === arity)];
    }

    private methodsByName(name: string, arity: number): MethodInfo[] {
        return this.matching(this.methods(), name, arity);
    }

    private matching(methods: MethodInfo[], name: string, arity: number): MethodInfo[] {
        const lower = name.toLowerCase();
        const named = methods.filter((m) => m.name.toLowerCase() === lower && !m.isConstructor);
        const exact = named.filter((m) => m.arity === arity);
        return exact.length ? exact : named;
    }
}

export function label(method: MethodInfo): string {
    return `${method.className}.${method.name}`;
}

export interface BudgetResult {
    method: string;
    soql: number;
    sosl: number;
    dml: number;
    budget: number | null;
    reached: ReachedSite[];
}

/**
 * Checks every @AuraEnabled method against its SOQL budget ("Class.method" -> statements) and a DML budget of 0,
 * plus the loop and recursion rules. Problems are messages with file and line; an entry point without a
 * declared budget, or a budget for a method that does not exist, is a problem too.
 */
export function checkBudgets(program: ApexProgram, budgets: Record<string, number>): { results: BudgetResult[]; problems: string[] } {
    const results: BudgetResult[] = [];
    const problems: string[] = [];
    const entryPoints = program.entryPoints();
    for (const method of entryPoints) {
        const reached = program.reached(method);
        const name = label(method);
        const count = (kind: LimitKind): number => reached.filter((r) => r.site.kind === kind).length;
        const budget = budgets[name] ?? null;
        const result: BudgetResult = { method: name, soql: count('soql'), sosl: count('sosl'), dml: count('dml'), budget, reached };
        results.push(result);
        if (budget === null)
            problems.push(
                `${method.file}:${method.line} ${name} is @AuraEnabled but has no SOQL budget; declare one in scripts/lib/soqlBudgets.ts`
            );
        else if (result.soql > budget)
            problems.push(`${method.file}:${method.line} ${name} can run ${result.soql} SOQL statements, over its budget of ${budget}`);
        if (result.dml > 0)
            problems.push(`${method.file}:${method.line} ${name} can run ${result.dml} DML statement(s); the reader must not write`);
    }
    for (const name of Object.keys(budgets)) {
        if (!entryPoints.some((m) => label(m) === name)) problems.push(`budget declared for ${name}, which is not an @AuraEnabled method`);
    }
    problems.push(...program.loopProblems(), ...program.problems);
    return { results, problems: [...new Set(problems)] };
}
