// The contract check: the Apex DTO classes (JSR_ReadinessSnapshot.cls, through the Apex model) against the JSON Schema
// generated from snapshot.ts (schema/org-snapshot.schema.json), both ways: same classes, property names and basic JSON
// types. The generic Section<T> definitions all map to the one Apex class Section, whose data is Object.
import { buildApexModel } from './model';

/** A JSON type as JSON.serialize writes an Apex value of that type. */
export type JsonKind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'any';

export interface JsonTypeRef {
    kind: JsonKind;
    /** For kind "object": the class (Apex) or definition (schema) name, without outer class or generic arguments. */
    className?: string;
    /** For kind "array": the element type. */
    items?: JsonTypeRef;
    /** The type as written, for messages. */
    text: string;
}

export interface ApexDtoClass {
    name: string;
    line: number;
    properties: { name: string; type: JsonTypeRef; line: number }[];
}

const STRING_TYPES = new Set(['string', 'id', 'date', 'datetime', 'time']);
const NUMBER_TYPES = new Set(['integer', 'long', 'decimal', 'double']);

/** The JSON type JSON.serialize writes for an Apex type such as "List<JSR_ReadinessSnapshot.Section>". */
export function jsonTypeOfApex(text: string): JsonTypeRef {
    const array = /^(.*)\[\]$/.exec(text);
    if (array) return { kind: 'array', items: jsonTypeOfApex(array[1]!), text };
    const generic = /^(?:System\.)?(List|Set|Map)<(.*)>$/i.exec(text);
    if (generic)
        return generic[1]!.toLowerCase() === 'map'
            ? { kind: 'object', className: 'Map', text }
            : { kind: 'array', items: jsonTypeOfApex(generic[2]!), text };
    const parts = text.split('.');
    const name = parts[parts.length - 1]!;
    if (parts.length === 1 || (parts.length === 2 && parts[0]!.toLowerCase() === 'system')) {
        const lower = name.toLowerCase();
        if (STRING_TYPES.has(lower)) return { kind: 'string', text };
        if (NUMBER_TYPES.has(lower)) return { kind: 'number', text };
        if (lower === 'boolean') return { kind: 'boolean', text };
        if (lower === 'object') return { kind: 'any', text };
    }
    return { kind: 'object', className: name, text };
}

/** Every class (outer and inner) of an Apex file that JSON.serialize writes fields of. Throws when it does not parse. */
export function extractDtoClasses(source: string, file = 'Apex'): ApexDtoClass[] {
    const model = buildApexModel([{ file, source }]);
    if (model.syntaxErrors.length) throw new Error(model.syntaxErrors[0]);
    if (!model.classes.length) throw new Error(`${file}: no class declaration`);
    return model.classes
        .map((cls) => ({
            name: cls.name.split('.').pop()!,
            line: cls.line,
            properties: cls.fields.filter((f) => f.serialized).map((f) => ({ name: f.name, type: jsonTypeOfApex(f.type), line: f.line }))
        }))
        .filter((dto) => dto.properties.length > 0);
}

/** The parts of a JSON Schema (draft 7) node the check reads. */
export type JsonSchemaNode = { type?: string | string[]; $ref?: string; anyOf?: JsonSchemaNode[]; items?: JsonSchemaNode } & {
    properties?: Record<string, JsonSchemaNode>;
    enum?: unknown[];
    const?: unknown;
};
export type JsonSchemaDocument = { definitions: Record<string, JsonSchemaNode> };

/** One object definition of the schema, under the Apex class name it maps to. */
export interface SchemaClass {
    name: string;
    /** The schema definitions that map to this class (several for Section<T>). */
    definitions: string[];
    properties: Map<string, JsonTypeRef>;
}

/** "Section<AppInstallList>" -> "Section". */
export function apexClassNameOf(definitionName: string): string {
    return definitionName.replace(/<.*$/, '');
}

const PRIMITIVES: Record<string, JsonKind> = { string: 'string', number: 'number', integer: 'number', boolean: 'boolean' };
const kindOfValue = (value: unknown): JsonKind => PRIMITIVES[typeof value] ?? 'any';

/** The basic JSON type a schema node describes, following $ref and ignoring null alternatives. */
export function jsonTypeOfSchema(node: JsonSchemaNode, schema: JsonSchemaDocument, seen: string[] = []): JsonTypeRef {
    if (node.$ref) {
        const name = decodeURIComponent(node.$ref.replace(/^#\/definitions\//, ''));
        const target = schema.definitions[name];
        if (!target) throw new Error(`schema: $ref to missing definition ${name}`);
        if (target.properties) return { kind: 'object', className: apexClassNameOf(name), text: name };
        if (seen.includes(name)) throw new Error(`schema: circular alias ${[...seen, name].join(' -> ')}`);
        return { ...jsonTypeOfSchema(target, schema, [...seen, name]), text: name };
    }
    if (node.anyOf) {
        const options = node.anyOf.filter((option) => option.type !== 'null');
        if (options.length === 1) return jsonTypeOfSchema(options[0]!, schema, seen);
        return { kind: 'any', text: 'anyOf' };
    }
    const types = (Array.isArray(node.type) ? node.type : node.type ? [node.type] : []).filter((t) => t !== 'null');
    if (types.length === 1) {
        const [type] = types as [string];
        if (type === 'array')
            return {
                kind: 'array',
                items: node.items ? jsonTypeOfSchema(node.items, schema, seen) : { kind: 'any', text: '?' },
                text: 'array'
            };
        if (type === 'object') return { kind: 'object', text: 'object' };
        if (PRIMITIVES[type]) return { kind: PRIMITIVES[type], text: type };
    }
    if (node.const !== undefined) return { kind: kindOfValue(node.const), text: JSON.stringify(node.const) };
    if (node.enum) {
        const kinds = new Set(node.enum.filter((v) => v !== null).map(kindOfValue));
        if (kinds.size === 1) return { kind: [...kinds][0]!, text: 'enum' };
    }
    return { kind: 'any', text: JSON.stringify(node) };
}

function sameType(a: JsonTypeRef, b: JsonTypeRef): boolean {
    if (a.kind !== b.kind) return false;
    if (a.kind === 'object') return a.className === b.className;
    if (a.kind === 'array') return sameType(a.items!, b.items!);
    return true;
}

/** Object definitions of the schema grouped by Apex class name; a property typed differently across a group is "any". */
export function schemaClasses(schema: JsonSchemaDocument): Map<string, SchemaClass> {
    const classes = new Map<string, SchemaClass>();
    for (const [definitionName, node] of Object.entries(schema.definitions)) {
        if (!node.properties) continue;
        const name = apexClassNameOf(definitionName);
        const existing = classes.get(name);
        const properties = new Map<string, JsonTypeRef>();
        for (const [property, propertyNode] of Object.entries(node.properties)) {
            properties.set(property, jsonTypeOfSchema(propertyNode, schema));
        }
        if (!existing) {
            classes.set(name, { name, definitions: [definitionName], properties });
            continue;
        }
        existing.definitions.push(definitionName);
        const names = new Set([...existing.properties.keys(), ...properties.keys()]);
        for (const property of names) {
            const before = existing.properties.get(property);
            const now = properties.get(property);
            if (!before || !now) {
                throw new Error(`schema: ${existing.definitions.join(', ')} map to Apex class ${name} but differ in property ${property}`);
            }
            if (!sameType(before, now)) existing.properties.set(property, { kind: 'any', text: `${before.text} | ${now.text}` });
        }
    }
    return classes;
}

function describeType(type: JsonTypeRef): string {
    if (type.kind === 'object' && type.className) return `object ${type.className}`;
    if (type.kind === 'array') return `array of ${describeType(type.items!)}`;
    return type.kind;
}

/** Apex Object (kind any) serialises whatever it holds, so it only matches a schema property that is itself "any". */
function compatible(apex: JsonTypeRef, schema: JsonTypeRef): boolean {
    if (apex.kind === 'any') return schema.kind === 'any';
    return sameType(apex, schema);
}

/**
 * Every difference between the Apex DTO classes and the schema's object definitions, as messages naming the Apex
 * file and line and the schema definition. Empty when they agree.
 */
export function compareContract(apexClasses: ApexDtoClass[], schema: JsonSchemaDocument, apexFile: string): string[] {
    const problems: string[] = [];
    const expected = schemaClasses(schema);
    const actual = new Map(apexClasses.map((c) => [c.name, c]));

    for (const [name, definition] of expected) {
        const where = `schema ${definition.definitions.join(', ')}`;
        const lowerNames = new Map<string, string>();
        for (const property of definition.properties.keys()) {
            const other = lowerNames.get(property.toLowerCase());
            if (other) problems.push(`${where}: properties ${other} and ${property} differ only in case; Apex names are case-insensitive`);
            lowerNames.set(property.toLowerCase(), property);
        }
        const apexClass = actual.get(name);
        if (!apexClass) {
            problems.push(`${where}: no Apex class ${name} in ${apexFile}`);
            continue;
        }
        const apexProperties = new Map(apexClass.properties.map((p) => [p.name, p]));
        for (const [property, type] of definition.properties) {
            const apexProperty = apexProperties.get(property);
            if (!apexProperty) {
                problems.push(`${apexFile}:${apexClass.line} class ${name} lacks property ${property} (${describeType(type)}) of ${where}`);
            } else if (!compatible(apexProperty.type, type)) {
                problems.push(
                    `${apexFile}:${apexProperty.line} ${name}.${property} is ${apexProperty.type.text} (${describeType(apexProperty.type)}) but ${where} says ${describeType(type)}`
                );
            }
        }
        for (const apexProperty of apexClass.properties) {
            if (!definition.properties.has(apexProperty.name)) {
                problems.push(`${apexFile}:${apexProperty.line} ${name}.${apexProperty.name} is not a property of ${where}`);
            }
        }
    }
    for (const apexClass of apexClasses) {
        if (!expected.has(apexClass.name)) {
            problems.push(`${apexFile}:${apexClass.line} class ${apexClass.name} has no object definition in the schema`);
        }
    }
    return problems;
}
