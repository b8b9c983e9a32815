// The contract check: the Apex DTO classes (JSR_ReadinessSnapshot.cls, through the Apex model) against the JSON Schema
// generated from snapshot.ts (schema/org-snapshot.schema.json), both ways: same classes, property names and JSON types.
// A JSON type is written as a short text: string, number, boolean, any, Map (an object without a definition), a class
// name, or T[]. The generic Section<T> definitions all map to the one Apex class Section, whose data is Object (any).
import { buildApexModel } from './model';

export type JsonSchemaNode = { type?: string | string[]; $ref?: string; anyOf?: JsonSchemaNode[]; items?: JsonSchemaNode } & {
    properties?: Record<string, JsonSchemaNode>;
    enum?: unknown[];
    const?: unknown;
};
export type JsonSchemaDocument = { definitions: Record<string, JsonSchemaNode> };

const APEX_SCALARS: Record<string, string> = {
    ...Object.fromEntries(['string', 'id', 'date', 'datetime', 'time'].map((t) => [t, 'string'])),
    ...Object.fromEntries(['integer', 'long', 'decimal', 'double'].map((t) => [t, 'number'])),
    boolean: 'boolean',
    object: 'any'
};
const JSON_SCALARS: Record<string, string> = { string: 'string', number: 'number', integer: 'number', boolean: 'boolean' };

/** The JSON type JSON.serialize writes for an Apex type such as "List<JSR_ReadinessSnapshot.Section>" (Section[]). */
export function apexJsonType(type: string): string {
    const element = /^(.*)\[\]$/.exec(type) ?? /^(?:System\.)?(?:List|Set)<(.*)>$/i.exec(type);
    if (element) return `${apexJsonType(element[1]!)}[]`;
    if (/^(?:System\.)?Map</i.test(type)) return 'Map';
    const name = type.replace(/^System\./i, '');
    return (!name.includes('.') && APEX_SCALARS[name.toLowerCase()]) || name.split('.').pop()!;
}

/** The JSON type a schema node describes, following $ref and ignoring null alternatives. */
export function schemaJsonType(node: JsonSchemaNode, schema: JsonSchemaDocument, seen: string[] = []): string {
    if (node.$ref) {
        const name = decodeURIComponent(node.$ref.replace(/^#\/definitions\//, ''));
        const target = schema.definitions[name];
        if (!target) throw new Error(`schema: $ref to missing definition ${name}`);
        if (target.properties) return name.replace(/<.*$/, '');
        if (seen.includes(name)) throw new Error(`schema: circular alias ${[...seen, name].join(' -> ')}`);
        return schemaJsonType(target, schema, [...seen, name]);
    }
    const options = node.anyOf?.filter((option) => option.type !== 'null');
    if (options) return options.length === 1 ? schemaJsonType(options[0]!, schema, seen) : 'any';
    const [type, ...others] = [node.type ?? []].flat().filter((t) => t !== 'null');
    if (type === 'array' && !others.length) return `${node.items ? schemaJsonType(node.items, schema, seen) : 'any'}[]`;
    if (type === 'object' && !others.length) return 'Map';
    if (type && !others.length && JSON_SCALARS[type]) return JSON_SCALARS[type];
    const kinds = new Set(
        [node.const ?? node.enum ?? []]
            .flat()
            .filter((v) => v !== null)
            .map((v) => JSON_SCALARS[typeof v] ?? 'any')
    );
    return kinds.size === 1 ? [...kinds][0]! : 'any';
}

/** Object definitions by Apex class name ("Section<AppInstallList>" -> Section); a property typed differently across them is any. */
export function schemaClasses(schema: JsonSchemaDocument): Map<string, { definitions: string[]; properties: Map<string, string> }> {
    const classes = new Map<string, { definitions: string[]; properties: Map<string, string> }>();
    for (const [definition, node] of Object.entries(schema.definitions)) {
        if (!node.properties) continue;
        const name = definition.replace(/<.*$/, '');
        const properties = new Map(Object.entries(node.properties).map(([p, n]) => [p, schemaJsonType(n, schema)]));
        const existing = classes.get(name);
        if (!existing) classes.set(name, { definitions: [definition], properties });
        else if ([...properties.keys()].sort().join() !== [...existing.properties.keys()].sort().join())
            throw new Error(
                `schema: ${[...existing.definitions, definition].join(', ')} map to Apex class ${name} but differ in their properties`
            );
        else {
            existing.definitions.push(definition);
            for (const [p, type] of properties) if (existing.properties.get(p) !== type) existing.properties.set(p, 'any');
        }
    }
    return classes;
}

/** Every difference between the Apex DTOs in `source` and the schema's object definitions; empty when they agree. */
export function compareContract(source: string, schema: JsonSchemaDocument, file: string): string[] {
    const model = buildApexModel([{ file, source }]);
    if (model.syntaxErrors.length) throw new Error(model.syntaxErrors[0]);
    if (!model.classes.length) throw new Error(`${file}: no class declaration`);
    const apex = new Map(model.classes.filter((c) => c.fields.some((f) => f.serialized)).map((c) => [c.name.split('.').pop()!, c]));
    const expected = schemaClasses(schema);
    const problems: string[] = [];
    for (const [name, { definitions, properties }] of expected) {
        const where = `schema ${definitions.join(', ')}`;
        const byLowerName = new Map<string, string>();
        for (const p of properties.keys()) {
            const other = byLowerName.get(p.toLowerCase());
            if (other) problems.push(`${where}: properties ${other} and ${p} differ only in case; Apex names are case-insensitive`);
            byLowerName.set(p.toLowerCase(), p);
        }
        const cls = apex.get(name);
        if (!cls) {
            problems.push(`${where}: no Apex class ${name} in ${file}`);
            continue;
        }
        const fields = cls.fields.filter((f) => f.serialized);
        for (const [p, type] of properties) {
            const f = fields.find((candidate) => candidate.name === p);
            if (!f) problems.push(`${file}:${cls.line} class ${name} lacks property ${p} (${type}) of ${where}`);
            else if (apexJsonType(f.type) !== type)
                problems.push(`${file}:${f.line} ${name}.${p} is ${f.type} (${apexJsonType(f.type)}) but ${where} says ${type}`);
        }
        for (const f of fields.filter((candidate) => !properties.has(candidate.name)))
            problems.push(`${file}:${f.line} ${name}.${f.name} is not a property of ${where}`);
    }
    for (const [name, cls] of apex)
        if (!expected.has(name)) problems.push(`${file}:${cls.line} class ${name} has no object definition in the schema`);
    return problems;
}
