import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PshbError } from '../../errors.ts';
import { checkReadableFile, InvalidUtf8Error, utf8Text, utf8TextOf } from './text-file.ts';

async function decodeAll(chunks: Uint8Array[]): Promise<string> {
  let text = '';
  for await (const part of utf8Text(chunks)) text += part;
  return text;
}

async function invalidOf(chunks: Uint8Array[]): Promise<InvalidUtf8Error> {
  const error = await decodeAll(chunks).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidUtf8Error);
  return error as InvalidUtf8Error;
}

/** The bytes cut at the given places. */
function cut(bytes: Uint8Array, at: number[]): Uint8Array[] {
  const points = [...new Set(at.map((a) => a % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of points) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  chunks.push(bytes.subarray(start));
  return chunks;
}

/** Lines of any Unicode text; one starting with a byte-order mark would lose it, as it should. */
const lines = fc
  .array(fc.string({ unit: 'binary', maxLength: 20 }), { minLength: 1, maxLength: 6 })
  .filter((text) => !text[0]!.startsWith('\ufeff') && text.every((line) => !line.includes('\n')));
const cuts = fc.array(fc.nat(), { maxLength: 6 });

describe('reading a file as UTF-8 (issue 10 item 15)', () => {
  it('issue 10 item 15: Latin-1 text is refused at the line of its first invalid byte, not stored as replacement characters', async () => {
    const latin1 = Buffer.from('header\nAnn,Smith\nJos\xe9,Mu\xf1oz\n', 'latin1');
    const error = await invalidOf([latin1]);
    expect(error.line).toBe(3);
    expect(error.byte).toBe(0xe9);
    expect(error.lineBefore).toBe('Jos');
  });

  it('issue 10 item 15: a byte-order mark at the start is dropped, not taken as part of the header', async () => {
    expect(await decodeAll([Buffer.from('\ufeffa,b\n1,2\n')])).toBe('a,b\n1,2\n');
    expect(utf8TextOf(Buffer.from('\ufeffa,b'))).toBe('a,b');
  });

  it('issue 10 item 15: a folder or a missing path is named as such', () => {
    const folder = mkdtempSync(join(tmpdir(), 'pshb-text-file-'));
    expect(() => checkReadableFile(folder)).toThrow(/is a directory, not a file/);
    expect(() => checkReadableFile(join(folder, 'none.csv'))).toThrow(PshbError);
  });

  it('issue 10 item 15: any UTF-8 text cut into chunks anywhere decodes to itself', async () => {
    await fc.assert(
      fc.asyncProperty(lines, cuts, async (text, at) => {
        const whole = text.join('\n');
        expect(await decodeAll(cut(Buffer.from(whole, 'utf8'), at))).toBe(whole);
      }),
    );
  });

  it('issue 10 item 15: a byte that is not UTF-8 anywhere is reported with its line and the text before it', async () => {
    const invalid = fc.constantFrom(0x80, 0xbf, 0xc0, 0xc1, 0xe9, 0xf1, 0xf5, 0xff);
    await fc.assert(
      fc.asyncProperty(lines, fc.nat(), invalid, cuts, async (text, pick, byte, at) => {
        const line = pick % text.length;
        const before = text.slice(0, line);
        const prefix = Buffer.from([...before, text[line]!].join('\n'), 'utf8');
        const rest = Buffer.from(['', ...text.slice(line + 1)].join('\n'), 'utf8');
        const bytes = Buffer.concat([prefix, Buffer.from([byte]), rest]);
        const error = await invalidOf(cut(bytes, at));
        expect(error.line).toBe(line + 1);
        expect(error.lineBefore).toBe(text[line]);
        expect(error.byte).toBe(byte);
        expect(() => utf8TextOf(bytes)).toThrow(InvalidUtf8Error);
      }),
    );
  });
});
