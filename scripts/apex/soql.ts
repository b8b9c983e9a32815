// The package's SOQL against one real org's describe (config/describe/, its README says whose): every static statement
// and the dynamic ones declared in config/dynamic-soql.json, parsed with @jetstreamapp/soql-parser-js. Each field must
// exist and have the property its clause needs ("API Field Properties",
// https://developer.salesforce.com/docs/platform/object-reference/guide/access-for-fields.html): WHERE filterable,
// GROUP BY groupable, ORDER BY sortable, inside an aggregate function aggregatable, HAVING groupable and filterable (the
// SOQL reference is silent on HAVING over a field that cannot be filtered). Relationship paths follow relationshipName
// and referenceTo, subqueries the child relationships. A GROUP BY query needs LIMIT <= 2000: "A run-time exception
// occurs if you use a query containing an aggregate function that returns more than 2,000 rows in a for loop"
// (https://developer.salesforce.com/docs/platform/apex-dev/references/apex-dev/langcon-apex-loops-for-soql.html).
import * as Soql from '@jetstreamapp/soql-parser-js';
import type { LimitSite } from './model';

type Flag = 'filterable' | 'groupable' | 'sortable' | 'aggregatable';
export type DescribeField = Record<Flag, boolean> & { name: string; relationshipName: string | null; referenceTo: string[] };
export type Describe = { name: string; queryable: boolean; fields: DescribeField[] } & {
    childRelationships: { relationshipName: string; childSObject: string }[];
};

/** Apex binds in LIMIT are not SOQL: read as no bound at all. */
const UNBOUNDED = 2_147_483_647;
// HAVING may name only GROUP BY fields, which are groupable already.
const FLAGS: Record<string, Flag[]> = {
    WHERE: ['filterable'],
    'GROUP BY': ['groupable'],
    'ORDER BY': ['sortable'],
    HAVING: ['filterable']
};

export class SoqlChecker {
    readonly problems: string[] = [];
    /** Feature-gated fields absent from the describe: named, not failed (they are probed in Apex first). */
    readonly notes: string[] = [];
    private readonly describes: Map<string, Describe>;
    /** Feature-gated names (absent from some describes, probed in Apex before use). */
    private readonly gated: string[];
    private where = '';

    constructor(describes: Describe[], gated: string[] = []) {
        this.describes = new Map(describes.map((d) => [d.name.toLowerCase(), d]));
        this.gated = gated;
    }

    /** Checks every statement; a dynamic one through its declared final text, which must contain each of its literals. */
    check(statements: LimitSite[], declared: Record<string, string>): void {
        const dynamic = new Set<string>();
        for (const s of statements) {
            this.where = `${s.file}:${s.line}:${s.column}`;
            if (!s.dynamic) {
                this.checkText(s.soql);
                continue;
            }
            dynamic.add(s.method);
            const text = declared[s.method];
            if (text === undefined) {
                this.problems.push(`${this.where} dynamic SOQL in ${s.method} has no final statement in config/dynamic-soql.json`);
                continue;
            }
            const flat = text.replace(/\s+/g, ' ').toLowerCase();
            for (const literal of s.soql.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()))
                if (literal && !flat.includes(literal.toLowerCase()))
                    this.problems.push(`${this.where} the statement declared for ${s.method} lacks its string literal '${literal}'`);
            this.checkText(text);
        }
        for (const method of Object.keys(declared).filter((m) => !dynamic.has(m)))
            this.problems.push(`config/dynamic-soql.json declares ${method}, which runs no dynamic SOQL`);
    }

    checkText(text: string): void {
        let query: Soql.Query;
        try {
            query = Soql.parseQuery(text.replace(/\bLIMIT\s+:\s*[\w.]+/gi, `LIMIT ${UNBOUNDED}`), { allowApexBindVariables: true });
        } catch (error) {
            this.problems.push(`${this.where} SOQL does not parse: ${(error as Error).message.split('\n')[0]}`);
            return;
        }
        const object = this.object(query.sObject ?? '');
        if (!object) return;
        if (query.groupBy && (query.limit ?? UNBOUNDED) > 2000)
            this.problems.push(
                `${this.where} ${object.name} GROUP BY without LIMIT <= 2000 (a literal): more than 2,000 aggregate rows throw`
            );
        this.checkQuery(query, object);
    }

    private object(name: string): Describe | null {
        const object = this.describes.get(name.toLowerCase());
        if (!object) this.problems.push(`${this.where} ${name} is not in config/describe/`);
        else if (!object.queryable) this.problems.push(`${this.where} ${name} is not queryable`);
        return object?.queryable ? object : null;
    }

    private checkQuery(query: Soql.Query, object: Describe): void {
        for (const field of query.fields ?? []) {
            if (field.type === 'Field') this.use(object, field.field, 'SELECT');
            else if (field.type === 'FieldRelationship') this.use(object, [...field.relationships, field.field].join('.'), 'SELECT');
            else if (field.type === 'FieldFunctionExpression') this.fn(object, field, 'SELECT');
            else if (field.type === 'FieldSubquery') {
                const child = object.childRelationships.find((c) => same(c.relationshipName, field.subquery.relationshipName));
                if (!child) this.problems.push(`${this.where} ${object.name} has no child relationship ${field.subquery.relationshipName}`);
                const described = child && this.object(child.childSObject);
                if (described) this.checkQuery(field.subquery, described);
            } else this.problems.push(`${this.where} ${object.name}: ${field.type} is not checked`);
        }
        this.condition(object, query.where, 'WHERE');
        for (const group of [query.groupBy ?? []].flat())
            if ('field' in group) this.use(object, group.field, 'GROUP BY');
            else this.fn(object, group.fn, 'GROUP BY');
        this.condition(object, query.having, 'HAVING');
        for (const order of [query.orderBy ?? []].flat())
            if ('field' in order) this.use(object, order.field, 'ORDER BY');
            else this.fn(object, order.fn, 'ORDER BY');
    }

    private condition(object: Describe, clause: Soql.WhereClause | Soql.HavingClause | undefined, name: 'WHERE' | 'HAVING'): void {
        for (let c: Soql.WhereClause | Soql.HavingClause | undefined = clause; c; c = 'right' in c ? c.right : undefined) {
            const left = c.left as (Soql.Condition & { field?: string; fn?: Soql.FunctionExp; valueQuery?: Soql.Query }) | null;
            if (left?.field) this.use(object, left.field, name);
            if (left?.fn) this.fn(object, left.fn, name);
            const inner = left?.valueQuery && this.object(left.valueQuery.sObject ?? '');
            if (inner) this.checkQuery(left.valueQuery!, inner);
        }
    }

    /** An aggregate's argument must be aggregatable; a date function's (DAY_ONLY(LoginTime)) need not be groupable. */
    private fn(object: Describe, fn: Soql.FunctionExp, clause: string): void {
        const flags: Flag[] = fn.isAggregateFn ? ['aggregatable'] : (FLAGS[clause] ?? []).filter((f) => f !== 'groupable');
        for (const p of fn.parameters ?? [])
            if (typeof p === 'string') this.use(object, p, clause, flags);
            else this.fn(object, p, clause);
    }

    /** The field at `path` (Parent.Profile.Name) exists and has what the clause needs. */
    private use(object: Describe, path: string, clause: string, flags = FLAGS[clause] ?? []): void {
        const segments = path.split('.');
        let current = object;
        for (const [i, segment] of segments.entries()) {
            const last = i === segments.length - 1;
            const field = current.fields.find((f) => same(last ? f.name : (f.relationshipName ?? ''), segment));
            if (!field) {
                const gated = this.gated.some((g) => same(g, segment));
                (gated ? this.notes : this.problems).push(
                    `${this.where} ${current.name}.${segment}${last ? '' : ' (relationship)'} ${gated ? 'is feature-gated and absent from config/describe/: unchecked' : 'is not in the describe'}`
                );
                return;
            }
            if (last) {
                for (const flag of flags.filter((f) => !field[f]))
                    this.problems.push(`${this.where} ${current.name}.${field.name} in ${clause} is not ${flag}`);
                return;
            }
            const target = field.referenceTo.map((r) => this.describes.get(r.toLowerCase())).find((d) => d);
            if (!target) {
                this.problems.push(
                    `${this.where} ${current.name}.${segment} leads to ${field.referenceTo.join('/')}, not in config/describe/`
                );
                return;
            }
            current = target;
        }
    }
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
