// Where a JSON text is broken: line, column and the JSON path being read. JSON.parse's messages carry a position
// only for some errors (and not on every Node version), so on failure the text is re-scanned by this small
// RFC 8259 checker, which stops at the first error.

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

/** "$" + ".name" or "[index]" segments; names that are not identifiers are quoted. */
export function jsonPath(segments: readonly (string | number)[]): string {
    return segments.reduce<string>((path, segment) => {
        if (typeof segment === 'number') return `${path}[${segment}]`;
        return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment) ? `${path}.${segment}` : `${path}[${JSON.stringify(segment)}]`;
    }, '$');
}

class Failure {
    constructor(
        readonly message: string,
        readonly offset: number
    ) {}
}

class Scanner {
    private index = 0;
    private readonly path: (string | number)[] = [];
    failurePath = '$';

    constructor(private readonly text: string) {}

    private fail(message: string, offset = this.index): never {
        this.failurePath = jsonPath(this.path);
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

    private scanValue(): void {
        const ch = this.text[this.index];
        if (ch === '{') return this.scanObject();
        if (ch === '[') return this.scanArray();
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

    private scanObject(): void {
        this.index++;
        this.skipWhitespace();
        if (this.text[this.index] === '}') {
            this.index++;
            return;
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.index] !== '"')
                this.fail(`Unexpected ${this.describe(this.index)}; expected a property name in double quotes`);
            const start = this.index;
            this.scanString();
            const name = JSON.parse(this.text.slice(start, this.index)) as string;
            this.skipWhitespace();
            if (this.text[this.index] !== ':')
                this.fail(`Unexpected ${this.describe(this.index)}; expected ":" after property name ${JSON.stringify(name)}`);
            this.index++;
            this.skipWhitespace();
            this.path.push(name);
            this.scanValue();
            this.path.pop();
            this.skipWhitespace();
            const next = this.text[this.index];
            if (next === '}') {
                this.index++;
                return;
            }
            if (next !== ',') {
                this.path.push(name);
                this.fail(`Unexpected ${this.describe(this.index)}; expected "," or "}" after property ${JSON.stringify(name)}`);
            }
            this.index++;
        }
    }

    private scanArray(): void {
        this.index++;
        this.skipWhitespace();
        if (this.text[this.index] === ']') {
            this.index++;
            return;
        }
        for (let item = 0; ; item++) {
            this.skipWhitespace();
            this.path.push(item);
            this.scanValue();
            this.skipWhitespace();
            const next = this.text[this.index];
            if (next === ']') {
                this.path.pop();
                this.index++;
                return;
            }
            if (next !== ',') this.fail(`Unexpected ${this.describe(this.index)}; expected "," or "]" after item ${item}`);
            this.path.pop();
            this.index++;
        }
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

    private scanNumber(): void {
        const match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(this.text.slice(this.index, this.index + 400));
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
