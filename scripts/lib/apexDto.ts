// Reads the DTO classes of an Apex file (the org reader's JSR_ReadinessSnapshot.cls): every class with its instance
// fields and properties and their basic JSON types, as JSON.serialize writes them. Used by the contract test
// (scripts/__tests__/apexContract.test.ts) to compare the Apex side of the contract with the JSON Schema.
import {
    ClassDeclarationContext,
    CompilationUnitContext,
    type ClassBodyDeclarationContext,
    type TypeNameContext,
    type TypeRefContext
} from '@apexdevtools/apex-parser';
import { parseApex } from './apexParse';

/** A JSON type as JSON.serialize writes an Apex value of that type. */
export type JsonKind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'any';

export interface JsonTypeRef {
    kind: JsonKind;
    /** For kind "object": the class (Apex) or definition (schema) name, without outer class or generic arguments. */
    className?: string;
    /** For kind "array": the element type. */
    items?: JsonTypeRef;
    /** The type as written in the source, for messages. */
    text: string;
}

export interface ApexDtoProperty {
    name: string;
    type: JsonTypeRef;
    line: number;
}

export interface ApexDtoClass {
    name: string;
    line: number;
    properties: ApexDtoProperty[];
}

const STRING_TYPES = new Set(['string', 'id', 'date', 'datetime', 'time']);
const NUMBER_TYPES = new Set(['integer', 'long', 'decimal', 'double']);

/** The JSON type JSON.serialize writes for an Apex type name such as "List<JSR_ReadinessSnapshot.Section>". */
export function jsonTypeOfApexTypeRef(typeRef: TypeRefContext): JsonTypeRef {
    const names = typeRef.typeName_list();
    const text = typeRef.getText();
    if (typeRef.arraySubscripts()?.LBRACK_list().length) {
        // X[] is List<X>.
        const element = jsonTypeOfTypeName(names[names.length - 1]!, names);
        return { kind: 'array', items: element, text };
    }
    return { ...jsonTypeOfTypeName(names[names.length - 1]!, names), text };
}

function jsonTypeOfTypeName(last: TypeNameContext, all: TypeNameContext[]): JsonTypeRef {
    const text = all.map((n) => n.getText()).join('.');
    if (last.LIST() || last.SET()) {
        const argument = last.typeArguments()?.typeList().typeRef(0);
        return { kind: 'array', items: argument ? jsonTypeOfApexTypeRef(argument) : { kind: 'any', text: '?' }, text };
    }
    if (last.MAP()) return { kind: 'object', className: 'Map', text };
    const name = last.id().getText();
    const lower = name.toLowerCase();
    if (all.length === 1 || (all.length === 2 && all[0]!.getText().toLowerCase() === 'system')) {
        if (STRING_TYPES.has(lower)) return { kind: 'string', text };
        if (NUMBER_TYPES.has(lower)) return { kind: 'number', text };
        if (lower === 'boolean') return { kind: 'boolean', text };
        if (lower === 'object') return { kind: 'any', text };
    }
    return { kind: 'object', className: name, text };
}

function isInstanceMember(declaration: ClassBodyDeclarationContext): boolean {
    return !declaration.modifier_list().some((m) => m.STATIC() || m.TRANSIENT());
}

function collectClass(declaration: ClassDeclarationContext, into: ApexDtoClass[]): void {
    const dto: ApexDtoClass = { name: declaration.id().getText(), line: declaration.start.line, properties: [] };
    for (const body of declaration.classBody().classBodyDeclaration_list()) {
        const member = body.memberDeclaration();
        if (!member) continue;
        const inner = member.classDeclaration();
        if (inner) {
            collectClass(inner, into);
            continue;
        }
        if (!isInstanceMember(body)) continue;
        const field = member.fieldDeclaration();
        if (field) {
            for (const declarator of field.variableDeclarators().variableDeclarator_list()) {
                dto.properties.push({
                    name: declarator.id().getText(),
                    type: jsonTypeOfApexTypeRef(field.typeRef()),
                    line: declarator.start.line
                });
            }
        }
        const property = member.propertyDeclaration();
        if (property) {
            dto.properties.push({
                name: property.id().getText(),
                type: jsonTypeOfApexTypeRef(property.typeRef()),
                line: property.start.line
            });
        }
    }
    // A container class with no instance state (the outer JSR_ReadinessSnapshot) is not a DTO.
    if (dto.properties.length) into.push(dto);
}

/** Every class (outer and inner) of an Apex source that has instance fields or properties. Throws on a syntax error. */
export function extractDtoClasses(source: string, fileName = 'Apex'): ApexDtoClass[] {
    const parsed = parseApex(source, 'class');
    if (parsed.syntaxErrors.length) {
        const first = parsed.syntaxErrors[0]!;
        throw new Error(`${fileName}:${first.line}:${first.column} does not parse: ${first.message}`);
    }
    const unit = parsed.tree as CompilationUnitContext;
    const declaration = unit.typeDeclaration()?.classDeclaration();
    if (!(declaration instanceof ClassDeclarationContext)) throw new Error(`${fileName}: no class declaration`);
    const classes: ApexDtoClass[] = [];
    collectClass(declaration, classes);
    return classes;
}
