import { describe, expect, it } from 'vitest';
import { isAccepted, readAcknowledgments, type ImplementationAcknowledgment } from './acknowledgment.ts';
import { describeCode, ELEMENT_ERROR, SEGMENT_ERROR } from './acknowledgment-codes.ts';
import { writeInterchangeText } from './interchange.ts';
import { parseInterchange } from './read-interchange.ts';
import { segment, type Segment } from './segment.ts';
import {
  acceptingAcknowledgment,
  implementationAcknowledgmentBody,
  interchangeAcknowledgmentFor,
  writeAcknowledgments,
} from './write-acknowledgment.ts';
import { X12Error } from './x12-error.ts';

const carrier = {
  sender: { qualifier: 'ZZ', id: 'CARRIER01' },
  receiver: { qualifier: 'ZZ', id: 'PSHBEXCHANGE' },
  date: '2026-12-06',
  time: '08:30',
  controlNumber: 900,
  acknowledgmentRequested: false,
  usage: 'P' as const,
  applicationSender: 'CARRIER01',
  applicationReceiver: 'PSHB',
  groupControlNumber: 31,
};

const faGroup = {
  functionalId: 'FA',
  applicationSender: 'CARRIER01',
  applicationReceiver: 'PSHB',
  controlNumber: 1,
  version: '005010X231A1',
};

// A carrier's 999 for our group 7 (two 834s): the first accepted, the second rejected for a bad
// INS03 and a missing NM1 (X231A1 loops 2000/2100/2110).
const rejection: ImplementationAcknowledgment = {
  controlNumber: '0001',
  functionalId: 'BE',
  groupControlNumber: 7,
  version: '005010X220A1',
  transactionSets: [
    {
      id: '834',
      controlNumber: '0001',
      implementationReference: '005010X220A1',
      code: 'A',
      errors: [],
      segments: [],
    },
    {
      id: '834',
      controlNumber: '0002',
      implementationReference: '005010X220A1',
      code: 'R',
      errors: ['5'],
      segments: [
        {
          segmentId: 'INS',
          position: 4,
          loop: '2000',
          code: '8',
          elements: [{ position: 3, reference: 875, code: '7', badValue: '099' }],
        },
        { segmentId: 'NM1', position: 6, loop: '2100A', code: '3', elements: [] },
      ],
    },
  ],
  code: 'P',
  included: 2,
  received: 2,
  accepted: 1,
  errors: [],
};

describe('999 (005010X231A1) read and written', () => {
  it('reads a partial acceptance with its segment and element errors', () => {
    const text = writeAcknowledgments({ ...carrier, implementationAcknowledgments: [rejection] });
    expect(text).toContain('AK1*BE*7*005010X220A1~AK2*834*0001*005010X220A1~IK5*A~');
    expect(text).toContain('IK3*INS*4*2000*8~IK4*3*875*7*099~IK3*NM1*6*2100A*3~IK5*R*5~AK9*P*2*2*1~');
    const file = readAcknowledgments(text);
    expect(file.header.sender.id).toBe('CARRIER01');
    expect(file.implementationAcknowledgments).toEqual([rejection]);
    const [accepted, rejected] = file.implementationAcknowledgments[0]!.transactionSets;
    expect(isAccepted(accepted!.code)).toBe(true);
    expect(isAccepted(rejected!.code)).toBe(false);
    expect(describeCode(SEGMENT_ERROR, rejected!.segments[1]!.code!)).toBe('Required Segment Missing');
    expect(describeCode(ELEMENT_ERROR, rejected!.segments[0]!.elements[0]!.code)).toBe('Invalid Code Value');
  });

  it('reads IK4 composite positions and CTX context', () => {
    const body = [
      segment('AK1', 'BE', '7', '005010X220A1'),
      segment('AK2', '834', '0002'),
      segment('IK3', 'HD', '9', '2300', '8'),
      segment('CTX', ['SITUATIONAL TRIGGER', ''], 'INS', '4'),
      segment('IK4', ['5', '2'], '1204', 'I12', 'X:'),
      segment('CTX', 'CLM01:123'),
      segment('IK5', 'R', 'I5'),
      segment('AK9', 'R', '1', '1', '0'),
    ];
    // IK404 copies the bad value; here it cannot hold ":" (our component separator), so use a plain one.
    body[4] = segment('IK4', ['5', '2'], '1204', 'I12', 'XX');
    body[5] = segment('CTX', 'CLM01');
    const text = writeInterchangeText({
      ...carrier,
      groups: [
        {
          functionalId: 'FA',
          applicationSender: 'CARRIER01',
          applicationReceiver: 'PSHB',
          controlNumber: 1,
          version: '005010X231A1',
          transactionSets: [{ id: '999', controlNumber: 1, body }],
        },
      ],
    });
    const set = readAcknowledgments(text).implementationAcknowledgments[0]!.transactionSets[0]!;
    expect(set.segments[0]).toEqual({
      segmentId: 'HD',
      position: 9,
      loop: '2300',
      code: '8',
      context: [{ id: 'CTX', elements: ['SITUATIONAL TRIGGER', 'INS', '4'] }],
      elements: [
        {
          position: 5,
          component: 2,
          reference: 1204,
          code: 'I12',
          badValue: 'XX',
          context: [{ id: 'CTX', elements: ['CLM01'] }],
        },
      ],
    });
    expect(set.errors).toEqual(['I5']);
  });

  it('refuses an unknown verdict and a broken loop structure, naming the segment', () => {
    const good = writeAcknowledgments({ ...carrier, implementationAcknowledgments: [rejection] });
    const refusal = (text: string) => {
      try {
        readAcknowledgments(text);
      } catch (error) {
        if (error instanceof X12Error) return error.message;
      }
      return 'accepted';
    };
    expect(refusal(good.replace('IK5*R*5', 'IK5*Q*5'))).toMatch(
      /\(IK5\): IK501: "Q" is not a Transaction Set Acknowledgment Code \(A, E, M, R, W, X\)/,
    );
    expect(refusal(good.replace('AK9*P', 'AK9*Z'))).toMatch(/\(AK9\): AK901: "Z"/);
    // Broken loops inside a sound envelope: the body is rewritten, the counts stay right.
    const body = implementationAcknowledgmentBody(rejection);
    const without = (drop: (s: Segment) => boolean) =>
      writeInterchangeText({
        ...carrier,
        groups: [
          {
            ...faGroup,
            transactionSets: [{ id: '999', controlNumber: 1, body: body.filter((s) => !drop(s)) }],
          },
        ],
      });
    expect(refusal(without((s) => s.id === 'IK5' && s.elements[0] === 'A'))).toMatch(
      /segment 6 \(AK2\).*AK2 before the IK5 of transaction set 0001/,
    );
    expect(refusal(without((s) => s.id === 'IK3' && s.elements[0] === 'INS'))).toMatch(
      /segment 8 \(IK4\).*IK4 without its IK3/,
    );
    expect(refusal(without((s) => s.id === 'AK9'))).toMatch(/\(SE\).*the 999 has no AK9/);
  });

  it('refuses a group that is not a 999', () => {
    const notAck = writeInterchangeText({
      ...carrier,
      groups: [
        {
          functionalId: 'BE',
          applicationSender: 'CARRIER01',
          applicationReceiver: 'PSHB',
          controlNumber: 1,
          version: '005010X220A1',
          transactionSets: [{ id: '834', controlNumber: 1, body: [segment('BGN', '00', 'X', '20261206')] }],
        },
      ],
    });
    expect(() => readAcknowledgments(notAck)).toThrow(/ST01.*"834" is not a 999/);
  });

  it('refuses 999s outside an FA group or under another guide’s version, naming GS01 or GS08', () => {
    const text = writeAcknowledgments({ ...carrier, implementationAcknowledgments: [rejection] });
    expect(() => readAcknowledgments(text.replace('GS*FA*', 'GS*BE*'))).toThrow(
      /segment 2 \(GS\).*GS01: "BE" is not FA/,
    );
    expect(() => readAcknowledgments(text.replace(/\*X\*005010X231A1~ST/, '*X*005010X220A1~ST'))).toThrow(
      /segment 2 \(GS\).*GS08: "005010X220A1" is not the 999 guide's version/,
    );
    expect(readAcknowledgments(text.replace(/\*X\*005010X231A1~ST/, '*X*005010X231~ST'))).toBeDefined();
  });

  it('answers a group we read with an accepting 999', () => {
    const ours = writeInterchangeText({
      ...carrier,
      groups: [
        {
          functionalId: 'BE',
          applicationSender: 'PSHB',
          applicationReceiver: 'CARRIER01',
          controlNumber: 7,
          version: '005010X220A1',
          transactionSets: [1, 2, 3].map((n) => ({
            id: '834',
            controlNumber: n,
            body: [segment('INS', 'Y')],
          })),
        },
      ],
    });
    const group = parseInterchange(ours).groups[0]!;
    const ack = acceptingAcknowledgment(group, '0005');
    const read = readAcknowledgments(
      writeAcknowledgments({ ...carrier, implementationAcknowledgments: [ack] }),
    );
    expect(read.implementationAcknowledgments[0]).toMatchObject({
      groupControlNumber: 7,
      code: 'A',
      included: 3,
      accepted: 3,
    });
    expect(read.implementationAcknowledgments[0]!.transactionSets.map((s) => s.controlNumber)).toEqual([
      '0001',
      '0002',
      '0003',
    ]);
  });
});

describe('TA1 (X12.5 interchange acknowledgment)', () => {
  it('reads and writes TA101-TA105 at interchange level', () => {
    const ta1 = {
      controlNumber: 42,
      date: '2026-12-05',
      time: '14:05',
      code: 'R' as const,
      note: '001' as const,
    };
    const text = writeAcknowledgments({ ...carrier, interchangeAcknowledgments: [ta1] });
    expect(text.slice(106)).toBe('TA1*000000042*261205*1405*R*001~IEA*0*000000900~');
    expect(readAcknowledgments(text).interchangeAcknowledgments).toEqual([ta1]);
  });

  it('reads a TA1 and a 999 carried in the same interchange', () => {
    const ta1 = {
      controlNumber: 42,
      date: '2026-12-05',
      time: '14:05',
      code: 'E' as const,
      note: '025' as const,
    };
    const file = readAcknowledgments(
      writeAcknowledgments({
        ...carrier,
        interchangeAcknowledgments: [ta1],
        implementationAcknowledgments: [rejection],
      }),
    );
    expect(file.interchangeAcknowledgments).toEqual([ta1]);
    expect(file.implementationAcknowledgments).toEqual([rejection]);
  });

  it('accepts an interchange we read', () => {
    const ours = writeInterchangeText({ ...carrier, controlNumber: 77, groups: [] });
    expect(interchangeAcknowledgmentFor(parseInterchange(ours))).toEqual({
      controlNumber: 77,
      date: '2026-12-06',
      time: '08:30',
      code: 'A',
      note: '000',
    });
  });

  it('refuses an unknown note code and a malformed control number', () => {
    const text = writeAcknowledgments({
      ...carrier,
      interchangeAcknowledgments: [
        { controlNumber: 42, date: '2026-12-05', time: '14:05', code: 'A', note: '000' },
      ],
    });
    expect(() => readAcknowledgments(text.replace('*A*000~', '*A*999~'))).toThrow(
      /segment 2 \(TA1\): TA105: "999" is not an? Interchange Note Code/,
    );
    expect(() => readAcknowledgments(text.replace('TA1*000000042', 'TA1*42'))).toThrow(
      /TA101: "42" is not a nine-digit/,
    );
  });
});
