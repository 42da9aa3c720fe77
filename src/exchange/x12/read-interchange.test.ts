import { describe, expect, it } from 'vitest';
import { writeInterchangeText, type SmallInterchangeInput } from './interchange.ts';
import {
  parseInterchange,
  readInterchange,
  readInterchangeBatches,
  type ReadSegment,
} from './read-interchange.ts';
import { segment } from './segment.ts';
import { separators } from './separators.ts';
import { X12Error } from './x12-error.ts';

const input: SmallInterchangeInput = {
  sender: { qualifier: 'ZZ', id: 'PSHBEXCHANGE' },
  receiver: { qualifier: 'ZZ', id: 'CARRIER01' },
  date: '2026-12-05',
  time: '14:05',
  controlNumber: 42,
  acknowledgmentRequested: false,
  usage: 'P',
  groups: [
    {
      functionalId: 'BE',
      applicationSender: 'PSHB',
      applicationReceiver: 'CARRIER01',
      controlNumber: 7,
      version: '005010X220A1',
      transactionSets: [
        {
          id: '834',
          controlNumber: 1,
          body: [segment('INS', 'Y', '18', '030'), segment('HD', '030', '', 'HLT', ['A', 'B'])],
        },
        { id: '834', controlNumber: 2, body: [segment('INS', 'N', '19', '021')] },
      ],
    },
  ],
};
const text = writeInterchangeText(input);

async function readAll(chunks: Iterable<string>): Promise<ReadSegment[]> {
  const out: ReadSegment[] = [];
  for await (const seg of readInterchange(chunks)) out.push(seg);
  return out;
}

async function refusal(chunks: Iterable<string>): Promise<X12Error> {
  try {
    await readAll(chunks);
  } catch (error) {
    if (error instanceof X12Error) return error;
    throw error;
  }
  throw new Error('the reader accepted the file');
}

describe('readInterchange', () => {
  it('yields every segment with its ordinal, line and place in its transaction set', async () => {
    const segs = await readAll([text]);
    expect(segs.map((s) => s.id)).toEqual([
      'ISA',
      'GS',
      'ST',
      'INS',
      'HD',
      'SE',
      'ST',
      'INS',
      'SE',
      'GE',
      'IEA',
    ]);
    expect(segs.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(segs.map((s) => s.setPosition)).toEqual([
      undefined,
      undefined,
      1,
      2,
      3,
      4,
      1,
      2,
      3,
      undefined,
      undefined,
    ]);
    expect(segs[4]!.elements).toEqual(['030', '', 'HLT', ['A', 'B']]);
    expect(segs[0]!.elements[5]).toBe('PSHBEXCHANGE   ');
  });

  it('reads chunks of any size, line breaks after terminators, and a leading byte-order mark', async () => {
    const withLines = '\uFEFF' + text.replaceAll('~', '~\r\n');
    const oneByOne = [...withLines];
    const segs = await readAll(oneByOne);
    expect(segs).toHaveLength(11);
    expect(segs.map((s) => s.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('gives the same segments in batches, one per chunk read', async () => {
    const batches: (readonly ReadSegment[])[] = [];
    for await (const batch of readInterchangeBatches([text.slice(0, 150), text.slice(150)]))
      batches.push(batch);
    expect(batches).toHaveLength(2);
    expect(batches.flat()).toEqual(await readAll([text]));
  });

  it('detects the partner separators from the ISA', async () => {
    const set = separators({ element: '|', component: '>', repetition: '!', segment: '\n' });
    const theirs = writeInterchangeText({ ...input, separators: set });
    const segs = await readAll([theirs]);
    expect(segs[4]!.elements).toEqual(['030', '', 'HLT', ['A', 'B']]);
    expect(segs.map((s) => s.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(parseInterchange(theirs).separators).toEqual(set);
  });
});

describe('envelope checks name the segment (X12.6 control numbers and counts)', () => {
  it('refuses an SE01 that does not count the segments', async () => {
    const error = await refusal([text.replace('SE*4*0001', 'SE*12*0001')]);
    expect(error.message).toBe('segment 6 (SE): SE01 says 12 segments, counted 4 from ST to SE');
    expect(error.reason).toBe('COUNT_MISMATCH');
    expect(error.code).toBe('INVALID_FILE');
  });

  it('refuses mismatched control numbers and counts in SE, GE and IEA', async () => {
    expect((await refusal([text.replace('SE*3*0002', 'SE*3*0003')])).message).toMatch(
      /segment 9 \(SE\): SE02 "0003" differs from ST02 "0002"/,
    );
    expect((await refusal([text.replace('GE*2*7', 'GE*2*8')])).message).toMatch(
      /segment 10 \(GE\): GE02 "8" differs from GS06 "7"/,
    );
    expect((await refusal([text.replace('GE*2*7', 'GE*3*7')])).message).toMatch(
      /GE01 says 3 transaction sets, counted 2/,
    );
    expect((await refusal([text.replace('IEA*1*000000042', 'IEA*1*000000043')])).message).toMatch(
      /segment 11 \(IEA\): IEA02 "000000043" differs from ISA13 "000000042"/,
    );
    expect((await refusal([text.replace('IEA*1*', 'IEA*2*')])).message).toMatch(
      /IEA01 says 2 functional groups, counted 1/,
    );
  });

  it('refuses a truncated file, naming where it stops', async () => {
    expect((await refusal([text.slice(0, text.indexOf('GE*'))])).message).toMatch(
      /segment 9 \(SE\): the file ends after this segment, inside functional group 7, before its GE/,
    );
    expect((await refusal([text.slice(0, -3)])).message).toMatch(
      /segment 11 \(IEA\): the file ends inside this segment/,
    );
    expect((await refusal([text.slice(0, 50)])).reason).toBe('TRUNCATED');
    expect((await refusal([''])).reason).toBe('NOT_AN_INTERCHANGE');
    expect((await refusal(['GS*BE*...~'])).message).toMatch(/starts with "GS\*", not ISA/);
  });

  it('refuses a missing IEA and segments after it', async () => {
    expect((await refusal([text.slice(0, text.indexOf('IEA'))])).message).toMatch(
      /segment 10 \(GE\).*before the IEA/,
    );
    expect((await refusal([text + 'ST*834*0003~'])).message).toMatch(/segment 12 \(ST\): ST after the IEA/);
  });

  it('refuses wrong separators', async () => {
    // An ISA whose element separator is not where the fixed layout puts it.
    const shifted = text.replace('ZZ*PSHBEXCHANGE   ', 'ZZ*PSHBEXCHANGE  ');
    expect((await refusal([shifted])).reason).toBe('INVALID_ISA');
    // The ISA says "~", the rest of the file ends its segments with a line feed.
    const wrongTerminator = text.slice(0, 106) + text.slice(106).replaceAll('~', '\n');
    const error = await refusal([wrongTerminator]);
    expect(error.message).toMatch(/segment 2 \(GS\): the file ends inside this segment/);
    // The ISA announces "|" as its element separator while the segments use "*".
    const mixed = text.slice(0, 106).replaceAll('*', '|') + text.slice(106);
    expect((await refusal([mixed])).message).toMatch(
      /segment 2: "GS\*BE\*PSHB\*CARRIER01" does not start with a segment identifier/,
    );
  });

  it('refuses a segment longer than the limit instead of reading on', async () => {
    const long = text.slice(0, 106) + 'GS*' + 'X'.repeat(100);
    await expect(async () => {
      for await (const _ of readInterchange([long], { maxSegmentChars: 50 })) void _;
    }).rejects.toThrow(/segment 2: a segment runs past 50 characters/);
  });
});

describe('parseInterchange', () => {
  it('returns the interchange as a tree after checking all of it', () => {
    const parsed = parseInterchange(text);
    expect(parsed.header).toMatchObject({ controlNumber: 42, date: '2026-12-05', time: '14:05', usage: 'P' });
    expect(parsed.header.sender).toEqual({ qualifier: 'ZZ', id: 'PSHBEXCHANGE' });
    expect(parsed.groups).toHaveLength(1);
    expect(parsed.groups[0]).toMatchObject({
      functionalId: 'BE',
      controlNumber: 7,
      version: '005010X220A1',
      date: '2026-12-05',
    });
    expect(parsed.groups[0]!.transactionSets.map((s) => [s.id, s.controlNumber, s.segments.length])).toEqual([
      ['834', '0001', 4],
      ['834', '0002', 3],
    ]);
    expect(() => parseInterchange(text.replace('SE*4*0001', 'SE*5*0001'))).toThrow(
      /SE01 says 5 segments, counted 4/,
    );
  });
});
