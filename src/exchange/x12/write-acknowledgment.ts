// Writes the acknowledgments a partner would send: a 999 per functional group answered and TA1s for
// interchanges, on the same segment and envelope layers as the 834. Tests use it to produce the
// acknowledgments the reader must understand, and the carrier simulator answers our files with it.

import type { ImplementationAcknowledgment, InterchangeAcknowledgment } from './acknowledgment.ts';
import { FUNCTIONAL_ID, IMPLEMENTATION, writeInterchangeText } from './interchange.ts';
import type { InterchangeHeader } from './isa-segment.ts';
import type { ParsedGroup, ParsedInterchange } from './read-interchange.ts';
import { segment, type Segment } from './segment.ts';
import type { Separators } from './separators.ts';
import { x12Date, x12Time } from './x12-date-time.ts';

/** TA1 (X12.5): TA101 control number, TA102 date YYMMDD, TA103 time HHMM, TA104 code, TA105 note. */
export function ta1Segment(ack: InterchangeAcknowledgment): Segment {
  const where = { segmentId: 'TA1' };
  return segment(
    'TA1',
    String(ack.controlNumber).padStart(9, '0'),
    x12Date(ack.date, 6, { ...where, element: 'TA102' }),
    x12Time(ack.time, { ...where, element: 'TA103' }),
    ack.code,
    ack.note,
  );
}

/** The body of one 999 (between ST and SE): AK1, loop 2000 per transaction set, AK9 (X231A1). */
export function implementationAcknowledgmentBody(ack: ImplementationAcknowledgment): Segment[] {
  const body: Segment[] = [
    segment('AK1', ack.functionalId, String(ack.groupControlNumber), ack.version ?? ''),
  ];
  for (const set of ack.transactionSets) {
    body.push(segment('AK2', set.id, set.controlNumber, set.implementationReference ?? ''));
    for (const note of set.segments) {
      body.push(segment('IK3', note.segmentId, String(note.position), note.loop ?? '', note.code ?? ''));
      body.push(...(note.context ?? []));
      for (const element of note.elements) {
        const where = [String(element.position), optional(element.component), optional(element.repetition)];
        body.push(
          segment('IK4', where, optional(element.reference), element.code, element.badValue ?? ''),
          ...(element.context ?? []),
        );
      }
    }
    body.push(segment('IK5', set.code, ...set.errors));
  }
  const counts = [ack.included, ack.received, ack.accepted].map(String);
  body.push(segment('AK9', ack.code, ...counts, ...ack.errors));
  return body;
}

export interface AcknowledgmentInterchange extends InterchangeHeader {
  readonly separators?: Separators;
  readonly segmentSuffix?: '' | '\n' | '\r\n';
  /** GS02/GS03 of the FA group. */
  readonly applicationSender: string;
  readonly applicationReceiver: string;
  /** GS06 of the FA group, allocated by the caller; needed when there are 999s. */
  readonly groupControlNumber?: number;
  readonly interchangeAcknowledgments?: readonly InterchangeAcknowledgment[];
  /** Each becomes one 999 transaction set, its ST02 the acknowledgment's controlNumber. */
  readonly implementationAcknowledgments?: readonly ImplementationAcknowledgment[];
}

/** An acknowledgment file: TA1s at interchange level, then one FA group holding the 999s. */
export function writeAcknowledgments(file: AcknowledgmentInterchange): string {
  const acks = file.implementationAcknowledgments ?? [];
  return writeInterchangeText({
    ...file,
    interchangeSegments: (file.interchangeAcknowledgments ?? []).map(ta1Segment),
    groups:
      acks.length === 0
        ? []
        : [
            {
              functionalId: FUNCTIONAL_ID.acknowledgment,
              applicationSender: file.applicationSender,
              applicationReceiver: file.applicationReceiver,
              controlNumber: file.groupControlNumber ?? 1,
              version: IMPLEMENTATION.acknowledgment999,
              transactionSets: acks.map((ack) => ({
                id: '999',
                controlNumber: ack.controlNumber,
                body: implementationAcknowledgmentBody(ack),
              })),
            },
          ],
  });
}

/** The TA1 accepting (or, with `code` and `note`, rejecting) an interchange we read. */
export function interchangeAcknowledgmentFor(
  parsed: Pick<ParsedInterchange, 'header'>,
  code: InterchangeAcknowledgment['code'] = 'A',
  note: InterchangeAcknowledgment['note'] = '000',
): InterchangeAcknowledgment {
  const { controlNumber, date, time } = parsed.header;
  return { controlNumber, date, time: time.slice(0, 5), code, note };
}

/** The 999 accepting every transaction set of a group we read: what a carrier with no findings sends. */
export function acceptingAcknowledgment(
  group: ParsedGroup,
  controlNumber: string,
): ImplementationAcknowledgment {
  return {
    controlNumber,
    functionalId: group.functionalId,
    groupControlNumber: group.controlNumber,
    version: group.version,
    transactionSets: group.transactionSets.map((set) => ({
      id: set.id,
      controlNumber: set.controlNumber,
      ...(set.implementationReference ? { implementationReference: set.implementationReference } : {}),
      code: 'A',
      errors: [],
      segments: [],
    })),
    code: 'A',
    included: group.transactionSets.length,
    received: group.transactionSets.length,
    accepted: group.transactionSets.length,
    errors: [],
  };
}

function optional(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
