// JSON Schema validation of snapshots, user facts and reports with ajv against the schemas generated from the
// TypeScript contract (schema/*.schema.json), with errors that name the JSON path an admin has to fix.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { jsonPath, locateJsonError } from './jsonLocate';

export const REPO_ROOT = resolve(__dirname, '..');

export type SnapshotDocumentKind = 'OrgSnapshot' | 'UserFacts' | 'UserSearchResult';
export type ReportDocumentKind = 'ReadinessReport' | 'UserReport' | 'DecodedError' | 'ReadinessCliOutput';
export type ComparisonDocumentKind = 'ReadinessComparison' | 'OrgsOverview';
export type DocumentKind = SnapshotDocumentKind | ReportDocumentKind | ComparisonDocumentKind;

const SCHEMA_FILES: Record<DocumentKind, string> = {
    OrgSnapshot: 'schema/org-snapshot.schema.json',
    UserFacts: 'schema/org-snapshot.schema.json',
    UserSearchResult: 'schema/org-snapshot.schema.json',
    ReadinessReport: 'schema/readiness-report.schema.json',
    UserReport: 'schema/readiness-report.schema.json',
    DecodedError: 'schema/readiness-report.schema.json',
    ReadinessCliOutput: 'schema/readiness-report.schema.json',
    ReadinessComparison: 'schema/readiness-comparison.schema.json',
    OrgsOverview: 'schema/readiness-comparison.schema.json'
};

/** The schema versions this code reads (OrgSnapshot / UserFacts schemaVersion). */
export const SUPPORTED_SCHEMA_VERSIONS: readonly number[] = [2];

/** One thing wrong with an input document, located for the reader. */
export interface DocumentProblem {
    /** JSON path, e.g. "$.apps.data[0].installed" ("$" for the whole document). */
    path: string;
    message: string;
    /** Set for JSON syntax errors. */
    line?: number;
    column?: number;
}

export type ValidationResult<T> =
    { ok: true; value: T } | { ok: false; kind: 'json' | 'schemaVersion' | 'schema'; problems: DocumentProblem[] };

interface SchemaDocument {
    $id: string;
    definitions: Record<string, unknown>;
}

/** Validators for every document kind; create once (compiling the schemas takes a few milliseconds). */
export class SchemaValidators {
    private readonly ajv: Ajv;
    private readonly compiled = new Map<DocumentKind, ValidateFunction>();
    private readonly ids = new Map<string, string>();

    constructor(private readonly root: string = REPO_ROOT) {
        this.ajv = new Ajv({ allErrors: true, strict: false });
        addFormats(this.ajv);
        for (const file of new Set(Object.values(SCHEMA_FILES))) {
            const schema = JSON.parse(readFileSync(join(this.root, file), 'utf8')) as SchemaDocument;
            this.ajv.addSchema(schema);
            this.ids.set(file, schema.$id);
        }
    }

    /** The compiled validator of one definition; throws when the schema file has no such definition. */
    validator(kind: DocumentKind): ValidateFunction {
        let validate = this.compiled.get(kind);
        if (!validate) {
            const file = SCHEMA_FILES[kind];
            validate = this.ajv.getSchema(`${this.ids.get(file) ?? ''}#/definitions/${kind}`);
            if (!validate) throw new Error(`${file} has no definition ${kind}; run npm run schema`);
            this.compiled.set(kind, validate);
        }
        return validate;
    }

    /** Problems of an already parsed value against one definition; [] when valid. */
    problems(kind: DocumentKind, value: unknown): DocumentProblem[] {
        const validate = this.validator(kind);
        return validate(value) ? [] : describeSchemaErrors(validate.errors ?? []);
    }

    /** JSON text -> typed value, checking syntax (with line/column), schemaVersion (snapshots and user facts), then
     * the schema. */
    parse<T>(kind: DocumentKind, text: string): ValidationResult<T> {
        let value: unknown;
        try {
            value = JSON.parse(text);
        } catch (e) {
            const located = locateJsonError(text);
            const problem: DocumentProblem = located
                ? { path: located.path, message: `invalid JSON: ${located.message}`, line: located.line, column: located.column }
                : { path: '$', message: `invalid JSON: ${(e as Error).message}` };
            return { ok: false, kind: 'json', problems: [problem] };
        }
        if ((kind === 'OrgSnapshot' || kind === 'UserFacts') && isObject(value)) {
            const version = value.schemaVersion;
            if (typeof version !== 'number' || !SUPPORTED_SCHEMA_VERSIONS.includes(version)) {
                const found = version === undefined ? 'no schemaVersion' : `schemaVersion ${JSON.stringify(version)}`;
                return {
                    ok: false,
                    kind: 'schemaVersion',
                    problems: [
                        {
                            path: '$.schemaVersion',
                            message: `unknown ${kind} version: ${found}; this tool reads schemaVersion ${SUPPORTED_SCHEMA_VERSIONS.join(', ')}`
                        }
                    ]
                };
            }
        }
        const problems = this.problems(kind, value);
        return problems.length > 0 ? { ok: false, kind: 'schema', problems } : { ok: true, value: value as T };
    }
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "/apps/data/0/installed" -> "$.apps.data[0].installed" */
export function pointerToPath(pointer: string): string {
    if (pointer === '') return '$';
    const segments = pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
    return jsonPath(segments);
}

function describeOne(error: ErrorObject): DocumentProblem {
    const path = pointerToPath(error.instancePath);
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
        case 'required':
            return { path: `${path}.${String(params.missingProperty)}`, message: 'is required but missing' };
        case 'additionalProperties':
            return { path: `${path}.${String(params.additionalProperty)}`, message: 'is not a known property here' };
        case 'enum':
            return {
                path,
                message: `must be one of ${((params.allowedValues as unknown[]) ?? []).map((v) => JSON.stringify(v)).join(', ')}`
            };
        case 'const':
            return { path, message: `must be ${JSON.stringify(params.allowedValue)}` };
        default:
            return { path, message: error.message ?? error.keyword };
    }
}

/** The pointer of the value an error is about: for a missing or unknown property, the property itself. */
function effectivePointer(error: ErrorObject): string {
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'required') return `${error.instancePath}/${String(params.missingProperty)}`;
    if (error.keyword === 'additionalProperties') return `${error.instancePath}/${String(params.additionalProperty)}`;
    return error.instancePath;
}

/** ajv errors -> problems. For "X or null" (anyOf) values ajv reports every branch; only the deepest failures are
 * kept, so an error inside a list is not drowned by "must be null" at the list itself. */
export function describeSchemaErrors(errors: readonly ErrorObject[], limit = 8): DocumentProblem[] {
    const relevant = errors.filter((error) => error.keyword !== 'anyOf' && error.keyword !== 'oneOf');
    const deepest = relevant.filter(
        (error) => !relevant.some((other) => other !== error && effectivePointer(other).startsWith(`${effectivePointer(error)}/`))
    );
    // "must be array" + "must be null" at one path (the branches of "X or null") read as "must be array or null".
    const typesAt = new Map<string, string[]>();
    for (const error of deepest) {
        if (error.keyword !== 'type') continue;
        const type = (error.params as { type?: unknown }).type;
        typesAt.set(error.instancePath, [
            ...(typesAt.get(error.instancePath) ?? []),
            ...(Array.isArray(type) ? type.map(String) : [String(type)])
        ]);
    }
    const seen = new Set<string>();
    const problems: DocumentProblem[] = [];
    for (const error of deepest) {
        const types = error.keyword === 'type' ? typesAt.get(error.instancePath) : undefined;
        const problem = types ? { path: pointerToPath(error.instancePath), message: `must be ${types.join(' or ')}` } : describeOne(error);
        const key = `${problem.path} ${problem.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push(problem);
    }
    return problems.slice(0, limit);
}

/** "file:line:column: $.path: message" lines. */
export function formatProblems(file: string, problems: readonly DocumentProblem[]): string[] {
    return problems.map((problem) => {
        const position = problem.line !== undefined ? `:${problem.line}:${problem.column ?? 1}` : '';
        return `${file}${position}: ${problem.path}: ${problem.message}`;
    });
}
