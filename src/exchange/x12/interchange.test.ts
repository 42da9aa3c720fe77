import { describe, expect, it } from 'vitest';
import {
  EnvelopeWriter,
  writeInterchange,
  writeInterchangeText,
  type SmallInterchangeInput,
} from './interchange.ts';
import { ISA_LENGTH } from './isa-segment.ts';
import { segment } from './segment.ts';
import { separators } from './separators.ts';

const header = {
  sender: { qualifier: 'ZZ', id: 'PSHBEXCHANGE' },
  receiver: { qualifier: 'ZZ', id: 'CARRIER01' },
  date: '2026-12-05',
  time: '14:05',
  controlNumber: 42,
  acknowledgmentRequested: true,
  usage: 'T' as const,
};

const body = [
  segment('BGN', '00', 'REF1', '20261205', '1405', '', '', '', '4'),
  segment('INS', 'Y', '18', '030'),
];

const group = {
  functionalId: 'BE',
  applicationSender: 'PSHB',
  applicationReceiver: 'CARRIER01',
  controlNumber: 7,
  version: '005010X220A1',
  transactionSets: [{ id: '834', controlNumber: 1, body }],
};
const small: SmallInterchangeInput = { ...header, groups: [group] };
describe('ISA (TR3 Appendix B: fixed-width interchange header)', () => {
  it('is 106 characters with padded IDs, YYMMDD, HHMM, 00501, nine-digit control number', () => {
    const isa = writeInterchangeText(small).slice(0, ISA_LENGTH);
    expect(isa).toBe(
      'ISA*00*          *00*          *ZZ*PSHBEXCHANGE   *ZZ*CARRIER01      *261205*1405*^*00501*000000042*1*T*:~',
    );
    expect(isa).toHaveLength(106);
    expect(isa[3]).toBe('*');
    expect(isa[82]).toBe('^');
    expect(isa[104]).toBe(':');
    expect(isa[105]).toBe('~');
  });

  it('refuses an ID longer than 15 characters or a control number out of range', () => {
    expect(() => writeInterchangeText({ ...small, sender: { qualifier: 'ZZ', id: 'X'.repeat(16) } })).toThrow(
      /ISA06.*1-15 characters/,
    );
    expect(() => writeInterchangeText({ ...small, controlNumber: 1_000_000_000 })).toThrow(
      /ISA13.*1 to 999999999/,
    );
  });
});

describe('the envelope (X12.6 SE01, GE01, IEA01 counts; trailers repeat the control numbers)', () => {
  it('writes GS/ST/SE/GE/IEA with counts and control numbers', () => {
    const text = writeInterchangeText(small).slice(ISA_LENGTH);
    expect(text.split('~').slice(0, -1)).toEqual([
      'GS*BE*PSHB*CARRIER01*20261205*1405*7*X*005010X220A1',
      'ST*834*0001*005010X220A1',
      'BGN*00*REF1*20261205*1405****4',
      'INS*Y*18*030',
      'SE*4*0001',
      'GE*1*7',
      'IEA*1*000000042',
    ]);
  });

  it('writes TA1 segments before the groups, and line breaks when asked', () => {
    const text = writeInterchangeText({
      ...small,
      segmentSuffix: '\n',
      interchangeSegments: [segment('TA1', '000000041', '261204', '0900', 'A', '000')],
      groups: [],
    });
    expect(text.split('\n').slice(1)).toEqual(['TA1*000000041*261204*0900*A*000~', 'IEA*0*000000042~', '']);
  });

  it('streams the same text as the sync form, in chunks, from async bodies', async () => {
    async function* asyncBody() {
      for (let i = 0; i < 500; i++) yield segment('REF', '0F', `ID${i}`);
    }
    const input = { ...small, separators: separators({ element: '|', segment: '\n' }) };
    const chunks: string[] = [];
    const groups = [{ ...group, transactionSets: [{ id: '834', controlNumber: 12345, body: asyncBody() }] }];
    for await (const chunk of writeInterchange({ ...input, groups }, 1000)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(3);
    const syncText = writeInterchangeText({
      ...input,
      groups: [
        {
          ...group,
          transactionSets: [
            {
              id: '834',
              controlNumber: 12345,
              body: [...Array(500).keys()].map((i) => segment('REF', '0F', `ID${i}`)),
            },
          ],
        },
      ],
    });
    expect(chunks.join('')).toBe(syncText);
    expect(syncText).toContain('SE|502|12345\n');
  });

  it('refuses GS values outside their lengths (TR3 Appendix B, GS)', () => {
    expect(() => writeInterchangeText({ ...small, groups: [{ ...group, applicationSender: 'X' }] })).toThrow(
      /segment GS: GS02 "X" must be 2-15 characters/,
    );
  });

  it('refuses envelope segments in a body and steps out of order', () => {
    const bad = {
      ...small,
      groups: [
        { ...group, transactionSets: [{ id: '834', controlNumber: 1, body: [segment('SE', '1', '0001')] }] },
      ],
    };
    expect(() => writeInterchangeText(bad)).toThrow(/holds SE; the envelope writes its own/);
    const writer = new EnvelopeWriter(header);
    expect(() => writer.segment(segment('INS', 'Y'))).toThrow(/INS outside a transaction set/);
    expect(() => writer.close()).not.toThrow();
    expect(() => writer.openGroup(group)).toThrow(/the interchange is closed/);
  });
});
