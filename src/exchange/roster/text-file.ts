// Reading the text of an imported file: strictly UTF-8 (a Latin-1 or Windows-1252 file is refused at its
// first invalid byte, with the line it is on, instead of being stored with replacement characters), a
// leading byte-order mark accepted and dropped, and a folder or a missing path named as such.
import { createReadStream, statSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import { PshbError } from '../../errors.ts';

/** A byte that is not part of valid UTF-8: its 1-based line and the text of that line before it. */
export class InvalidUtf8Error extends Error {
  readonly line: number;
  readonly lineBefore: string;
  readonly byte: number;
  /** The CSV record the byte is in, when read as CSV: where it starts and its text before the byte. */
  record?: { readonly line: number; readonly before: string };

  constructor(line: number, lineBefore: string, byte: number) {
    super(`line ${line}: byte 0x${hex(byte)} is not UTF-8`);
    this.line = line;
    this.lineBefore = lineBefore;
    this.byte = byte;
  }
}

const hex = (byte: number): string => byte.toString(16).toUpperCase().padStart(2, '0');

/** What a user reads about an invalid byte: what it is and what to do. */
export function invalidUtf8Message(error: InvalidUtf8Error): string {
  return (
    `byte 0x${hex(error.byte)} is not UTF-8; the file must be UTF-8 ` +
    '(save it as UTF-8, or convert it, e.g. iconv -f latin1 -t utf-8)'
  );
}

/** The bytes of a file, refusing a folder or a missing file with a clear problem. */
export function fileBytes(path: string): AsyncIterable<Buffer> {
  checkReadableFile(path);
  return createReadStream(path, { highWaterMark: 1 << 20 });
}

/** A path that names a readable regular file, or a problem naming what it is instead. */
export function checkReadableFile(path: string): void {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new PshbError('NOT_FOUND', `no such file: ${path}`);
  }
  if (stats.isDirectory()) throw new PshbError('INVALID_FILE', `${path} is a directory, not a file`);
  if (!stats.isFile()) throw new PshbError('INVALID_FILE', `${path} is not a regular file`);
}

/**
 * Decodes UTF-8 chunks as text; a byte-order mark at the start is dropped. Each chunk is decoded up to
 * its last complete character (the rest waits for the next chunk) so that an invalid byte is found in
 * the chunk it is in, and its line can be told.
 */
export async function* utf8Text(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const position = { line: 1, lineSoFar: '' };
  let carry: Uint8Array = new Uint8Array(0);
  let first = true;
  for await (const chunk of chunks) {
    const bytes = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
    const end = completeEnd(bytes);
    carry = bytes.slice(end);
    const decoded = decodeUpToInvalid(decoder, bytes.subarray(0, end));
    let text = decoded.text;
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.length > 0) yield text;
    advance(position, text);
    if (decoded.invalid !== undefined)
      throw new InvalidUtf8Error(position.line, position.lineSoFar, decoded.invalid);
  }
  if (carry.length > 0) throw new InvalidUtf8Error(position.line, position.lineSoFar, carry[0]!);
}

/** The text of a whole file's bytes, a byte-order mark dropped; InvalidUtf8Error at the first bad byte. */
export function utf8TextOf(bytes: Uint8Array): string {
  const decoded = decodeUpToInvalid(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }), bytes);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (decoded.invalid === undefined) return text;
  const at = { line: 1, lineSoFar: '' };
  advance(at, text);
  throw new InvalidUtf8Error(at.line, at.lineSoFar, decoded.invalid);
}

/** Where the bytes stop being whole characters: before a lead byte whose sequence is not complete. */
function completeEnd(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return back < length ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}

/** The text of the bytes, or of those before the first invalid one, and that byte. */
function decodeUpToInvalid(decoder: TextDecoder, bytes: Uint8Array): { text: string; invalid?: number } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const start = firstInvalidByte(bytes);
    return { text: decoder.decode(bytes.subarray(0, start)), invalid: bytes[start]! };
  }
}

/**
 * Where the first invalid sequence starts in bytes that do not decode: the shortest prefix a streaming
 * decoder refuses ends just after the offending byte, and the sequence it broke starts at most three
 * bytes before, where the text before it is whole again.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let low = 1;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (refuses(bytes.subarray(0, middle), true)) high = middle;
    else low = middle + 1;
  }
  for (let start = low - 1; start >= Math.max(0, low - 4); start--)
    if (!refuses(bytes.subarray(0, start), false)) return start;
  return low - 1;
}

function refuses(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream });
    return false;
  } catch {
    return true;
  }
}

/** Moves the line count and the text of the current line past `text`. */
function advance(position: { line: number; lineSoFar: string }, text: string): void {
  let lines = 0;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lines++;
    last = i;
  }
  position.line += lines;
  position.lineSoFar = last === -1 ? position.lineSoFar + text : text.slice(last + 1);
}
