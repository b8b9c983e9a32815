// The contract's value constraints and unique keys, checked on a parsed snapshot, user facts or search result, so the tab
// (which has no ajv) rejects what cannot come from an org as the CLI's schema validation does: a count that is negative,
// fractional or too large, a date that is not an ISO date-time the engine can read, an Id that is not one, a My Domain
// that is not an https origin, two rows with the same key. Which fields are checked is generated from the schema
// (contractFields.ts, npm run schema); a rejected value is named by its JSON path and never silently dropped later.

export interface ValueType {
    type: 'integer' | 'string';
    minimum?: number;
    maximum?: number;
    pattern?: string;
    format?: 'date-time';
}

export interface ContractFields {
    valueTypes: Record<string, ValueType>;
    documents: Record<string, { values: [string, string][]; unique: [string, string[]][] }>;
}

/** One violation: the JSON path of the value and what is wrong with it. */
export interface ContractProblem {
    path: string;
    message: string;
}

type Json = unknown;

/** RFC 3339 date-time (as ajv-formats' "date-time" reads it: "T" or a space, a zone required). */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A date-time the engine can compute with: RFC 3339, a real calendar day, and one Date.parse reads (a leap second,
 * valid for the format, is not, and would make every "days since" unknown). */
export function isDateTime(text: string): boolean {
    const m = DATE_TIME.exec(text);
    if (!m) return false;
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
    return day >= 1 && day <= days && hour <= 23 && minute <= 59 && second <= 59 && !Number.isNaN(Date.parse(text));
}

/** Why a value does not fit its value type, or null when it does. */
export function valueProblem(value: Json, valueType: ValueType): string | null {
    if (valueType.type === 'integer') {
        const { minimum = -Infinity, maximum = Infinity } = valueType;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum || value > maximum)
            return `must be a whole number from ${minimum} to ${maximum}, not ${JSON.stringify(value)}`;
        return null;
    }
    if (typeof value !== 'string') return `must be text, not ${JSON.stringify(value)}`;
    if (valueType.format === 'date-time' && !isDateTime(value))
        return `must be an ISO 8601 date-time such as "2026-11-29T04:20:00.000Z", not ${JSON.stringify(value)}`;
    if (valueType.pattern !== undefined && !new RegExp(valueType.pattern, 'u').test(value))
        return `must match ${valueType.pattern}, not ${JSON.stringify(value)}`;
    return null;
}

function isRecord(value: Json): value is Record<string, Json> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "$" + ".name" or "[index]" segments. */
function jsonPath(segments: readonly (string | number)[]): string {
    return segments.reduce<string>((path, s) => (typeof s === 'number' ? `${path}[${s}]` : `${path}.${s}`), '$');
}

/** Every value at a path like "grants.data[].grantedTo.activeAssignees", with its concrete JSON path segments; an absent
 * or null step (an unavailable section, a nullable object) has no values. */
function* valuesAt(root: Json, path: string): Generator<{ value: Json; at: (string | number)[] }> {
    const steps = path === '' ? [] : path.split('.');
    function* walk(value: Json, index: number, at: (string | number)[]): Generator<{ value: Json; at: (string | number)[] }> {
        if (index === steps.length) {
            yield { value, at };
            return;
        }
        const step = steps[index] ?? '';
        const list = step.endsWith('[]');
        const name = list ? step.slice(0, -2) : step;
        if (!isRecord(value) || !(name in value)) return;
        const child = value[name];
        if (!list) {
            if (child !== null) yield* walk(child, index + 1, [...at, name]);
            return;
        }
        if (!Array.isArray(child)) return;
        for (let i = 0; i < child.length; i++) yield* walk(child[i], index + 1, [...at, name, i]);
    }
    yield* walk(root, 0, []);
}

function keyOf(item: Json, properties: readonly string[]): string {
    return JSON.stringify(
        properties.map(
            (property) => property.split('.').reduce<Json>((value, name) => (isRecord(value) ? value[name] : undefined), item) ?? null
        )
    );
}

/** Every constraint violation of a document of one kind (the first 20), [] when it fits. */
export function contractProblems(fields: ContractFields, kind: string, root: Json): ContractProblem[] {
    const document = fields.documents[kind];
    if (!document) throw new Error(`contractFields has no document ${kind}; run npm run schema`);
    const problems: ContractProblem[] = [];
    for (const [path, typeName] of document.values) {
        const valueType = fields.valueTypes[typeName];
        if (!valueType) throw new Error(`contractFields has no value type ${typeName}; run npm run schema`);
        for (const { value, at } of valuesAt(root, path)) {
            if (value === null) continue;
            const problem = valueProblem(value, valueType);
            if (problem) problems.push({ path: jsonPath(at), message: problem });
        }
    }
    for (const [path, properties] of document.unique) {
        for (const { value, at } of valuesAt(root, path)) {
            if (!Array.isArray(value)) continue;
            const first = new Map<string, number>();
            value.forEach((item: Json, index) => {
                const key = keyOf(item, properties);
                const earlier = first.get(key);
                if (earlier === undefined) first.set(key, index);
                else
                    problems.push({
                        path: jsonPath([...at, index]),
                        message: `repeats ${jsonPath([...at, earlier])} (same ${properties.join(', ')}): a row may appear once`
                    });
            });
        }
    }
    return problems.slice(0, 20);
}
