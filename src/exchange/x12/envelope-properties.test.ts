// Properties of the envelope layer over random segments, separators and chunkings: what the writer
// writes, the reader reads back; the counts it writes always verify; and any single cut or corrupted
// count is refused with an error naming the segment.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeInterchangeText, type SmallInterchangeInput } from './interchange.ts';
import { parseInterchange, readInterchange, type ReadSegment } from './read-interchange.ts';
import { segment, type Segment, type SegmentElement } from './segment.ts';
import { separators, type Separators } from './separators.ts';
import { X12Error } from './x12-error.ts';

const POOL = [...'*|~:^>!#$%&+/;<=?@\\`{}'];
const ENVELOPE = new Set(['ISA', 'IEA', 'GS', 'GE', 'ST', 'SE', 'TA1']);

const separatorSet: fc.Arbitrary<Separators> = fc
  .tuple(fc.shuffledSubarray(POOL, { minLength: 4, maxLength: 4 }), fc.boolean())
  .map(([[element, component, repetition, segmentEnd], lineFeed]) =>
    separators({ element, component, repetition, segment: lineFeed ? '\n' : segmentEnd }),
  );

function body(set: Separators): fc.Arbitrary<Segment[]> {
  const chars = [...'ABCXYZ0129 .-', ...POOL].filter((c) => !Object.values(set).includes(c));
  const value = fc.string({ unit: fc.constantFrom(...chars), maxLength: 6 });
  const element: fc.Arbitrary<SegmentElement> = fc.oneof(
    value,
    fc.array(value, { minLength: 1, maxLength: 4 }),
  );
  const id = fc.stringMatching(/^[A-Z][A-Z0-9]{1,2}$/).filter((s) => !ENVELOPE.has(s));
  const seg = fc.tuple(id, fc.array(element, { maxLength: 6 })).map(([i, els]) => segment(i, ...els));
  return fc.array(seg, { maxLength: 6 });
}

const interchange = separatorSet.chain((set) =>
  fc.record({
    set: fc.constant(set),
    suffix: fc.constantFrom('' as const, '\n' as const, '\r\n' as const),
    groups: fc.array(fc.array(body(set), { maxLength: 3 }), { maxLength: 3 }),
    chunk: fc.integer({ min: 1, max: 200 }),
  }),
);

function input(set: Separators, suffix: '' | '\n' | '\r\n', groups: Segment[][][]): SmallInterchangeInput {
  return {
    sender: { qualifier: 'ZZ', id: 'PSHBEXCHANGE' },
    receiver: { qualifier: 'ZZ', id: 'CARRIER01' },
    date: '2026-12-05',
    time: '14:05',
    controlNumber: 123456789,
    acknowledgmentRequested: false,
    usage: 'T',
    separators: set,
    segmentSuffix: suffix,
    groups: groups.map((sets, g) => ({
      functionalId: 'BE',
      applicationSender: 'PSHB',
      applicationReceiver: 'CARRIER01',
      controlNumber: g + 1,
      version: '005010X220A1',
      transactionSets: sets.map((segments, s) => ({ id: '834', controlNumber: s + 1, body: segments })),
    })),
  };
}

/** A segment as it reads back: trailing empties gone, a one-component composite read as a value. */
function normalized(seg: Segment): Segment {
  const elements = seg.elements.map((e): SegmentElement => {
    if (typeof e === 'string') return e;
    const components = [...e];
    while (components.length > 0 && components.at(-1) === '') components.pop();
    return components.length <= 1 ? (components[0] ?? '') : components;
  });
  while (elements.length > 0 && elements.at(-1) === '') elements.pop();
  return { id: seg.id, elements };
}

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

async function readAll(parts: Iterable<string>): Promise<ReadSegment[]> {
  const out: ReadSegment[] = [];
  for await (const seg of readInterchange(parts)) out.push(seg);
  return out;
}

async function refusal(text: string): Promise<X12Error> {
  try {
    await readAll([text]);
  } catch (error) {
    if (error instanceof X12Error) return error;
    throw error;
  }
  throw new Error('the reader accepted the file');
}

describe('write -> read round trip', () => {
  it('reads back every body segment, with any valid separators, line breaks and chunking', async () => {
    await fc.assert(
      fc.asyncProperty(interchange, async ({ set, suffix, groups, chunk }) => {
        const text = writeInterchangeText(input(set, suffix, groups));
        const read = await readAll(chunks(text, chunk));
        const bodies = read
          .filter((s) => s.setPosition !== undefined && s.id !== 'ST' && s.id !== 'SE')
          .map((s) => ({ id: s.id, elements: s.elements }));
        expect(bodies).toEqual(groups.flat(2).map(normalized));
        expect(parseInterchange(text).separators).toEqual(set);
      }),
      { numRuns: 300 },
    );
  });
});

describe('envelope counts always verify, and a fault anywhere is refused with the segment named', () => {
  it('refuses any cut of the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        interchange,
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        async (c, at) => {
          const text = writeInterchangeText(input(c.set, '', c.groups));
          const cut = Math.floor(at * text.length);
          const error = await refusal(text.slice(0, cut));
          if (cut === 0) expect(error.reason).toBe('NOT_AN_INTERCHANGE');
          else expect(error.reason).toBe('TRUNCATED');
          if (cut >= 106) {
            expect(error.position).toBeGreaterThan(1);
            expect(error.message).toMatch(/^segment \d+/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a corrupted count or control number in any trailer, naming that trailer', async () => {
    await fc.assert(
      fc.asyncProperty(
        interchange,
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        async (c, pick, delta, count) => {
          const text = writeInterchangeText(input(c.set, '', c.groups));
          const segments = text.split(c.set.segment);
          const trailers = segments.flatMap((s, i) =>
            /^(SE|GE|IEA)$/.test(s.split(c.set.element)[0]!) ? [i] : [],
          );
          const index = trailers[pick % trailers.length]!;
          const [id, first, second] = segments[index]!.split(c.set.element) as [string, string, string];
          const changed = count
            ? [id, String(Number(first) + delta), second]
            : [id, first, String(Number(second) + delta).padStart(second.length, '0')];
          segments[index] = changed.join(c.set.element);
          const error = await refusal(segments.join(c.set.segment));
          expect(error.reason).toBe(count ? 'COUNT_MISMATCH' : 'CONTROL_NUMBER_MISMATCH');
          expect(error.segmentId).toBe(id);
          expect(error.position).toBe(index + 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a value holding a separator is refused, naming its element', () => {
  it('names the segment and element position (e.g. NM1-03)', () => {
    fc.assert(
      fc.property(
        separatorSet,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (set, index, which) => {
          const separator = [set.element, set.component, set.repetition, set.segment][which]!;
          const elements: SegmentElement[] = Array.from({ length: index + 1 }, () => 'A');
          elements[index] = `X${separator}Y`;
          const attempt = () => writeInterchangeText(input(set, '', [[[segment('NM1', ...elements)]]]));
          expect(attempt).toThrow(X12Error);
          expect(attempt).toThrow(`NM1-${String(index + 1).padStart(2, '0')}`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
