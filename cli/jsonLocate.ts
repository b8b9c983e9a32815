// Where a JSON text is broken: line, column and the JSON path being read. JSON.parse's messages carry a position
// only for some errors (and not on every Node version), so on failure the text is re-scanned by this small
// RFC 8259 checker, which stops at the first error. It keeps its own stack of open objects and arrays instead of
// recursing, so any nesting depth is scanned in linear time without overflowing the call stack.

export interface JsonSyntaxError {
    message: string;
    /** 0-based character offset. */
    offset: number;
    /** 1-based. */
    line: number;
    /** 1-based, in characters. */
    column: number;
    /** JSON path of the value being read when the error was found, e.g. "$.apps.data[2].name". */
    path: string;
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text[i] === '\n') {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}

/** Segments shown at each end of a very deep path; the levels between are counted instead of printed. */
const PATH_ENDS = 12;

function segmentText(segment: string | number): string {
    if (typeof segment === 'number') return `[${segment}]`;
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
}

/** "$" + ".name" or "[index]" segments; names that are not identifiers are quoted. A path deeper than 2 x 12 levels
 * keeps its first and last 12 segments and says how many levels it left out, so a message stays one readable line. */
export function jsonPath(segments: readonly (string | number)[]): string {
    if (segments.length <= 2 * PATH_ENDS) return `$${segments.map(segmentText).join('')}`;
    const hidden = segments.length - 2 * PATH_ENDS;
    return `$${segments.slice(0, PATH_ENDS).map(segmentText).join('')}…(${hidden} more levels)…${segments
        .slice(-PATH_ENDS)
        .map(segmentText)
        .join('')}`;
}

class Failure {
    constructor(
        readonly message: string,
        readonly offset: number
    ) {}
}

/** An open object (with the property being read, null between properties) or array (with the item being read). */
interface ObjectFrame {
    kind: 'object';
    name: string | null;
}
type Frame = ObjectFrame | { kind: 'array'; item: number };

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class Scanner {
    private index = 0;
    private readonly stack: Frame[] = [];
    failurePath = '$';

    constructor(private readonly text: string) {}

    private fail(message: string, offset = this.index): never {
        const segments: (string | number)[] = [];
        for (const frame of this.stack) {
            if (frame.kind === 'array') segments.push(frame.item);
            else if (frame.name !== null) segments.push(frame.name);
        }
        this.failurePath = jsonPath(segments);
        throw new Failure(message, offset);
    }

    private describe(offset: number): string {
        return offset >= this.text.length ? 'end of input' : `${JSON.stringify(this.text[offset])}`;
    }

    private skipWhitespace(): void {
        while (this.index < this.text.length && ' \t\n\r'.includes(this.text[this.index] ?? '')) this.index++;
    }

    scanDocument(): void {
        if (this.text.charCodeAt(0) === 0xfeff) this.index = 1;
        this.skipWhitespace();
        this.scanValue();
        this.skipWhitespace();
        if (this.index < this.text.length) this.fail(`Unexpected ${this.describe(this.index)} after the JSON value`);
    }

    /** One value, however deeply nested: opening a container pushes a frame, closing one pops it. */
    private scanValue(): void {
        for (;;) {
            const ch = this.text[this.index];
            if (ch === '{' || ch === '[') {
                this.index++;
                this.skipWhitespace();
                if (this.text[this.index] === (ch === '{' ? '}' : ']')) {
                    this.index++;
                } else {
                    if (ch === '{') {
                        const frame: ObjectFrame = { kind: 'object', name: null };
                        this.stack.push(frame);
                        this.scanPropertyName(frame);
                    } else {
                        this.stack.push({ kind: 'array', item: 0 });
                    }
                    this.skipWhitespace();
                    continue;
                }
            } else {
                this.scanScalar();
            }
            if (this.closeFinished()) return;
        }
    }

    private scanScalar(): void {
        const ch = this.text[this.index];
        if (ch === '"') return this.scanString();
        if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.scanNumber();
        for (const literal of ['true', 'false', 'null']) {
            if (this.text.startsWith(literal, this.index)) {
                this.index += literal.length;
                return;
            }
        }
        this.fail(`Unexpected ${this.describe(this.index)}; expected a value`);
    }

    /** After a value: closes every container that ends here; true when the document's value is complete, false when
     * the next item or property value follows. */
    private closeFinished(): boolean {
        for (;;) {
            const top = this.stack[this.stack.length - 1];
            if (top === undefined) return true;
            this.skipWhitespace();
            const next = this.text[this.index];
            if (top.kind === 'object') {
                if (next === '}') {
                    this.index++;
                    this.stack.pop();
                    continue;
                }
                if (next !== ',')
                    this.fail(`Unexpected ${this.describe(this.index)}; expected "," or "}" after property ${JSON.stringify(top.name)}`);
                this.index++;
                top.name = null;
                this.scanPropertyName(top);
            } else {
                if (next === ']') {
                    this.index++;
                    this.stack.pop();
                    continue;
                }
                if (next !== ',') this.fail(`Unexpected ${this.describe(this.index)}; expected "," or "]" after item ${top.item}`);
                this.index++;
                top.item++;
            }
            this.skipWhitespace();
            return false;
        }
    }

    /** `"name" :` inside an object; sets the frame's name. */
    private scanPropertyName(frame: ObjectFrame): void {
        this.skipWhitespace();
        if (this.text[this.index] !== '"') this.fail(`Unexpected ${this.describe(this.index)}; expected a property name in double quotes`);
        const start = this.index;
        this.scanString();
        const name = JSON.parse(this.text.slice(start, this.index)) as string;
        this.skipWhitespace();
        if (this.text[this.index] !== ':')
            this.fail(`Unexpected ${this.describe(this.index)}; expected ":" after property name ${JSON.stringify(name)}`);
        this.index++;
        frame.name = name;
    }

    private scanString(): void {
        const start = this.index;
        this.index++;
        for (;;) {
            const ch = this.text[this.index];
            if (ch === undefined) this.fail('Unterminated string', start);
            if (ch === '"') {
                this.index++;
                return;
            }
            if (ch < ' ') this.fail('Control character in string (escape it, e.g. \\n)');
            if (ch === '\\') {
                const escape = this.text[this.index + 1];
                if (escape === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.index + 2, this.index + 6)))
                        this.fail('Invalid \\u escape in string');
                    this.index += 6;
                    continue;
                }
                if (escape === undefined || !'"\\/bfnrt'.includes(escape)) this.fail(`Invalid escape \\${escape ?? ''} in string`);
                this.index += 2;
                continue;
            }
            this.index++;
        }
    }

    /** A sticky match on the whole text: a number of any length is read to its end (DEF-11). */
    private scanNumber(): void {
        NUMBER.lastIndex = this.index;
        const match = NUMBER.exec(this.text);
        if (!match) this.fail(`Invalid number`);
        this.index += match[0].length;
    }
}

/** null when the text is valid JSON; else the first error with its position and JSON path. */
export function locateJsonError(text: string): JsonSyntaxError | null {
    const scanner = new Scanner(text);
    try {
        scanner.scanDocument();
        return null;
    } catch (e) {
        if (!(e instanceof Failure)) throw e;
        return { message: e.message, offset: e.offset, ...lineAndColumn(text, e.offset), path: scanner.failurePath };
    }
}
