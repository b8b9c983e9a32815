// The SOQL budget of each @AuraEnabled method: how many SOQL statements can run when the tab calls it, whatever the org
// size. Calls are followed through the package's classes (@IsTest ones left out); every branch and every call site
// counts, so the number is an upper bound. A call resolves through its receiver's declared type; when that is unknown
// (an interface, a method returning different types) the costliest package method of that name and arity counts.
// Also reported: a call in a loop reaching SOQL, SOSL or DML (a statement written in a loop is PMD's), DML reachable
// from an entry point, recursion, queries run by an initialiser, and inheritance between package classes (not followed).
import type { ApexClass, ApexMethod, ApexModel, Call, LimitSite, Receiver } from './model';

/** A statement an entry point can run; path: the entry point first, then each method called on the way. */
export type Reached = { site: LimitSite; path: string[] };
export type BudgetResult = { method: string; soql: number; dml: number; budget: number | null; reached: Reached[] };

const label = (m: ApexMethod): string => `${m.className}.${m.name}`;

export class CallGraph {
    readonly problems: string[] = [];
    private readonly classes = new Map<string, ApexClass>();
    private readonly interfaces: Set<string>;
    private readonly memo = new Map<ApexMethod, Reached[]>();
    private readonly visiting = new Set<ApexMethod>();

    constructor(model: ApexModel) {
        for (const cls of model.classes) if (!cls.isTest) this.classes.set(cls.name.toLowerCase(), cls);
        this.interfaces = new Set(model.interfaces.map((name) => name.toLowerCase()));
    }

    methods(): ApexMethod[] {
        return [...this.classes.values()].flatMap((c) => c.methods);
    }

    /** A package class named `type` as seen from `from`: nested in it or an outer class, top-level, or a unique inner class. */
    classOf(type: string, from: ApexClass | null): ApexClass | null {
        const name = type.replace(/^system\./i, '').toLowerCase();
        if (/[<[]/.test(name)) return null;
        for (let scope = from?.name.toLowerCase(); scope; scope = scope.includes('.') ? scope.slice(0, scope.lastIndexOf('.')) : '') {
            const nested = this.classes.get(`${scope}.${name}`);
            if (nested) return nested;
        }
        const direct = this.classes.get(name);
        if (direct) return direct;
        const bySimpleName = [...this.classes.values()].filter((c) => c.name.toLowerCase().endsWith(`.${name}`));
        return bySimpleName.length === 1 ? bySimpleName[0]! : null;
    }

    /** A package class extending another: overrides are not followed, so checkBudgets reports it. */
    inheritance(): string[] {
        return [...this.classes.values()]
            .filter((c) => c.superType && this.classOf(c.superType, c))
            .map((c) => `${c.file}:${c.line} ${c.name} extends ${c.superType}: the SOQL budget does not follow overrides`);
    }

    private fieldType(cls: ApexClass, field: string): { type: string; owner: ApexClass } | null {
        for (let scope: ApexClass | null = cls; scope; scope = this.outerOf(scope)) {
            const type = scope.fields.find((f) => f.name.toLowerCase() === field.toLowerCase())?.type;
            if (type) return { type, owner: scope };
        }
        return null;
    }

    private outerOf(cls: ApexClass): ApexClass | null {
        return cls.name.includes('.') ? (this.classes.get(cls.name.slice(0, cls.name.lastIndexOf('.')).toLowerCase()) ?? null) : null;
    }

    /** The type a dotted receiver (`x`, `this.selector`, `h.inner`, `Outer.Inner`) has: a package class, 'unknown' or 'system'. */
    private typeOfPath(path: string, method: ApexMethod, cls: ApexClass): ApexClass | 'unknown' | 'system' {
        const [first, ...rest] = path.split('.');
        let current: ApexClass | null;
        const local = method.types.get(first!.toLowerCase());
        const field = local ? null : this.fieldType(cls, first!);
        if (first!.toLowerCase() === 'this') current = cls;
        else if (local || field) {
            const type = local ?? field!.type;
            current = this.classOf(type, field?.owner ?? cls);
            if (!current) return this.interfaces.has(type.toLowerCase()) ? 'unknown' : 'system';
        } else {
            // Not a variable: a type name (`Sel`, `Outer.Inner`) or a system class or namespace (String, Database, ...).
            const named = this.classOf(path, cls);
            if (named) return named;
            current = this.classOf(first!, cls);
            if (!current) return 'system';
        }
        for (const segment of rest) {
            const member: { type: string; owner: ApexClass } | null = this.fieldType(current, segment);
            const next: ApexClass | null = member ? this.classOf(member.type, member.owner) : this.classOf(segment, current);
            if (!next) return member && !this.interfaces.has(member.type.toLowerCase()) ? 'system' : 'unknown';
            current = next;
        }
        return current;
    }

    private typeOf(receiver: Receiver, method: ApexMethod, cls: ApexClass): ApexClass | 'unknown' | 'system' {
        if (receiver.kind === 'path') return this.typeOfPath(receiver.text, method, cls);
        if (receiver.kind === 'unknown') return 'unknown';
        const type = receiver.kind === 'type' ? receiver.type : this.returnTypeOf(receiver, method, cls);
        if (!type) return 'unknown';
        return this.classOf(type, cls) ?? (this.interfaces.has(type.toLowerCase()) ? 'unknown' : 'system');
    }

    /** The declared return type of a call, when every candidate method declares the same one. */
    private returnTypeOf(call: Receiver & { kind: 'call' }, method: ApexMethod, cls: ApexClass): string | null {
        const candidates = this.candidates(call.name, call.arity, call.receiver, method, cls);
        const types = new Set(candidates.map((m) => m.returnType));
        return types.size === 1 ? candidates[0]!.returnType : null;
    }

    private candidates(name: string, arity: number, receiver: Receiver, method: ApexMethod, cls: ApexClass): ApexMethod[] {
        if (receiver.kind === 'path' && receiver.text === '') {
            for (let scope: ApexClass | null = cls; scope; scope = this.outerOf(scope)) {
                const found = matching(scope.methods, name, arity);
                if (found.length) return found;
            }
            return [];
        }
        const type = this.typeOf(receiver, method, cls);
        if (type === 'system') return [];
        return type === 'unknown' ? matching(this.methods(), name, arity) : matching(type.methods, name, arity);
    }

    /** The package methods a call may run. */
    targets(call: Call, method: ApexMethod): ApexMethod[] {
        const cls = this.classes.get(method.className.toLowerCase())!;
        if (!call.constructs) return this.candidates(call.name, call.arity, call.receiver, method, cls);
        const created = this.classOf(call.constructs, cls);
        return created ? created.methods.filter((m) => m.name === '<init>' || (m.name === call.name && m.arity === call.arity)) : [];
    }

    /** Every SOQL/SOSL/DML statement that can run when `method` runs, once per way of reaching it. */
    reached(method: ApexMethod): Reached[] {
        const known = this.memo.get(method);
        if (known) return known;
        if (this.visiting.has(method)) {
            this.problems.push(
                `${method.file}:${method.line} ${label(method)} is part of a recursive call chain: its SOQL count has no bound`
            );
            return [];
        }
        this.visiting.add(method);
        const result: Reached[] = method.sites.map((site) => ({ site, path: [label(method)] }));
        for (const call of method.calls) {
            // Several candidates (an unknown receiver): one of them runs, so the costliest counts.
            let costliest: Reached[] = [];
            for (const target of this.targets(call, method)) {
                const reached = this.reached(target);
                if (reached.length > costliest.length) costliest = reached;
            }
            for (const inner of costliest) result.push({ ...inner, path: [label(method), ...inner.path] });
        }
        this.visiting.delete(method);
        this.memo.set(method, result);
        return result;
    }
}

function matching(methods: ApexMethod[], name: string, arity: number): ApexMethod[] {
    const named = methods.filter((m) => m.name.toLowerCase() === name.toLowerCase() && m.name !== '<init>');
    const exact = named.filter((m) => m.arity === arity);
    return exact.length ? exact : named;
}

/**
 * Calls in loops that reach a SOQL/SOSL/DML statement, in the package's non-test methods (a statement written in a loop
 * is PMD's OperationWithLimitsInLoop, npm run lint:apex).
 */
export function loopProblems(graph: CallGraph): string[] {
    const problems: string[] = [];
    for (const method of graph.methods()) {
        for (const call of method.calls.filter((c) => c.loopLine !== null)) {
            const reached = Math.max(0, ...graph.targets(call, method).map((t) => graph.reached(t).length));
            if (reached > 0)
                problems.push(
                    `${method.file}:${call.line}:${call.column} call inside a loop (line ${call.loopLine}) reaches ${reached} SOQL/SOSL/DML statement(s): ${call.text}`
                );
        }
        if (method.name === '<init>' && graph.reached(method).length > 0)
            problems.push(
                `${method.file}:${method.line} ${method.className} runs SOQL/SOSL/DML in a field or static initialiser; move it into a method`
            );
    }
    return problems;
}

/**
 * Checks every @AuraEnabled method against its SOQL budget ("Class.method" -> statements) and a DML budget of 0, plus the
 * loop and recursion rules. An entry point without a budget, or a budget for a method that is not an entry point, fails.
 */
export function checkBudgets(model: ApexModel, budgets: Record<string, number>): { results: BudgetResult[]; problems: string[] } {
    const graph = new CallGraph(model);
    const entryPoints = graph.methods().filter((m) => m.annotations.includes('auraenabled'));
    const problems: string[] = [];
    const results = entryPoints.map((method): BudgetResult => {
        const reached = graph.reached(method);
        const [name, at] = [label(method), `${method.file}:${method.line} ${label(method)}`];
        const count = (kind: LimitSite['kind']): number => reached.filter((r) => r.site.kind === kind).length;
        const result = { method: name, soql: count('soql'), dml: count('dml'), budget: budgets[name] ?? null, reached };
        if (result.budget === null) problems.push(`${at} is @AuraEnabled but has no SOQL budget`);
        else if (result.soql > result.budget)
            problems.push(`${at} can run ${result.soql} SOQL statements, over its budget of ${result.budget}`);
        if (result.dml > 0) problems.push(`${at} can run ${result.dml} DML statement(s); the reader must not write`);
        return result;
    });
    for (const name of Object.keys(budgets))
        if (!entryPoints.some((m) => label(m) === name))
            problems.push(`a SOQL budget is declared for ${name}, which is not an @AuraEnabled method`);
    problems.push(...loopProblems(graph), ...graph.inheritance(), ...graph.problems);
    return { results, problems: [...new Set(problems)] };
}
