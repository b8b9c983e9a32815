// Reading an input file for the CLI: only a regular file, at most MAX_INPUT_BYTES, as UTF-8 text (a leading byte order
// mark is dropped; UTF-16 is named, not misread). A device (/dev/zero), a FIFO or a socket would make a plain read
// wait or grow without end, so they are refused before anything is read.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** 64 MB: far above what the org reader can return (an Apex response is bounded by the 6 MB / 12 MB heap limits; the
 * generated 100,000-user sample org is under 4 MB), far below what Node can hold as one string. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** An input that cannot be read, with the reason in words an admin can act on. */
export class InputFileError extends Error {
    constructor(
        readonly reason: string,
        readonly code: string
    ) {
        super(reason);
        this.name = 'InputFileError';
    }
}

const REASONS: Record<string, string> = {
    ENOENT: 'no such file',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ELOOP: 'too many symbolic links (a symbolic link loop?)',
    ENAMETOOLONG: 'the path is too long',
    EMFILE: 'too many open files',
    EIO: 'an input/output error from the disk',
    ENXIO: 'no such device'
};

/** The words for a Node file-system error code, or the code itself when it has none. */
export function fileErrorReason(error: unknown): string {
    if (error instanceof InputFileError) return error.reason;
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code !== undefined && REASONS[code] !== undefined) return REASONS[code];
    return code ?? (error instanceof Error ? error.message : String(error));
}

function megabytes(bytes: number): string {
    const value = bytes / (1024 * 1024);
    return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
}

/** UTF-8 text of the bytes, without a leading byte order mark; refuses UTF-16 and UTF-32 by their byte order marks. */
export function decodeInput(bytes: Buffer): string {
    const [b0, b1, b2, b3] = bytes;
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
        const utf32 = b0 === 0xff && b2 === 0 && b3 === 0;
        throw new InputFileError(`it is ${utf32 ? 'UTF-32' : 'UTF-16'} text; save it as UTF-8`, 'EENCODING');
    }
    if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) throw new InputFileError('it is UTF-32 text; save it as UTF-8', 'EENCODING');
    // Invalid UTF-8 bytes become U+FFFD, as JSON.parse would see them; the schema then judges the values.
    return stripByteOrderMark(bytes.toString('utf8'));
}

/** Text without one leading U+FEFF (Windows PowerShell 5.1's Out-File and Set-Content -Encoding UTF8 write one). */
export function stripByteOrderMark(text: string): string {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The file's text. Opens without blocking (a FIFO with no writer would otherwise wait forever), then checks on the
 * open descriptor that it is a regular file under the limit, and reads at most limit + 1 bytes, so a file that grows
 * while it is read is refused too. Throws InputFileError (or a Node error with a code, see fileErrorReason).
 */
export function readInputFile(path: string, limit = MAX_INPUT_BYTES): string {
    // O_NONBLOCK is undefined on Windows, where FIFOs are not files.
    const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
        const info = fstatSync(fd);
        if (info.isDirectory()) throw new InputFileError('it is a directory', 'EISDIR');
        if (!info.isFile())
            throw new InputFileError('it is not a regular file (a device, FIFO or socket); save the input to a file first', 'ENOTREG');
        if (info.size > limit)
            throw new InputFileError(`it is ${megabytes(info.size)}, over the ${megabytes(limit)} limit for an input`, 'EFBIG');
        // Read to the end, not to the size fstat gave: the file may grow meanwhile, and some files report size 0.
        const chunks: Buffer[] = [];
        let length = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size - length + 1, 64 * 1024), 1024 * 1024));
            const read = readSync(fd, chunk, 0, chunk.length, null);
            if (read === 0) break;
            chunks.push(chunk.subarray(0, read));
            length += read;
            if (length > limit) throw new InputFileError(`it grew over the ${megabytes(limit)} limit while it was read`, 'EFBIG');
        }
        return decodeInput(Buffer.concat(chunks, length));
    } finally {
        closeSync(fd);
    }
}
