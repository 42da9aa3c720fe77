// The acknowledgments a carrier returns for an 834 file, as typed values: which interchange, group and
// transaction sets they answer (by the control numbers we sent) and, for each transaction set,
// accepted or rejected with every segment and element error.
//
// 999 (005010X231A1): ST, AK1 (the group answered), loop 2000 per transaction set (AK2, loop 2100
// IK3 per segment in error with CTX, loop 2110 IK4 per element in error with CTX, IK5 the verdict),
// AK9 (the group's verdict and counts), SE. TA1 (X12.5; TR3 Appendix B): the verdict on an
// interchange's ISA/IEA, standing at interchange level outside the groups.
//
// Verdict codes (IK501, AK901, TA104, TA105) outside their lists are refused: guessing a verdict is
// worse than asking. Error-detail codes (IK304, IK403, IK502, AK905) are kept as sent even when a later
// version's list holds them and ours does not, so a rejection is never lost for an unknown reason code.

import {
  GROUP_ACKNOWLEDGMENT,
  INTERCHANGE_ACKNOWLEDGMENT,
  INTERCHANGE_NOTE,
  isCode,
  TRANSACTION_SET_ACKNOWLEDGMENT,
  type CodeList,
  type GroupAcknowledgmentCode,
  type InterchangeAcknowledgmentCode,
  type InterchangeNoteCode,
  type TransactionSetAcknowledgmentCode,
} from './acknowledgment-codes.ts';
import { FUNCTIONAL_ID } from './envelope-writer.ts';
import type { InterchangeHeader } from './isa-segment.ts';
import {
  elementText,
  parseInterchange,
  type ParsedGroup,
  type ParsedTransactionSet,
  type ReadSegment,
} from './read-interchange.ts';
import type { Segment, SegmentElement } from './segment.ts';
import { isoDate, isoTime } from './x12-date-time.ts';
import { X12Error } from './x12-error.ts';

/** Loop 2110 IK4: one element in error. */
export interface ElementNote {
  /** IK401-1: the element's position in its segment (1 = first after the identifier). */
  readonly position: number;
  /** IK401-2: the component's position in a composite. */
  readonly component?: number;
  /** IK401-3: which repetition of a repeating element. */
  readonly repetition?: number;
  /** IK402: data element reference number. */
  readonly reference?: number;
  /** IK403, element 621 (see ELEMENT_ERROR). */
  readonly code: string;
  /** IK404: copy of the bad value. */
  readonly badValue?: string;
  /** The 2110 CTX segments, as sent. */
  readonly context?: readonly Segment[];
}

/** Loop 2100 IK3: one segment in error. */
export interface SegmentNote {
  /** IK301. */
  readonly segmentId: string;
  /** IK302: position in the transaction set, ST being 1. */
  readonly position: number;
  /** IK303: loop identifier, e.g. "2000". */
  readonly loop?: string;
  /** IK304, element 620 (see SEGMENT_ERROR). */
  readonly code?: string;
  readonly elements: readonly ElementNote[];
  /** The 2100 CTX segments, as sent. */
  readonly context?: readonly Segment[];
}

/** Loop 2000: the answer for one transaction set we sent. */
export interface TransactionSetResponse {
  /** AK201, e.g. "834". */
  readonly id: string;
  /** AK202: our ST02. */
  readonly controlNumber: string;
  /** AK203: our ST03. */
  readonly implementationReference?: string;
  /** IK501. */
  readonly code: TransactionSetAcknowledgmentCode;
  /** IK502-IK506, element 618 (see TRANSACTION_SET_ERROR). */
  readonly errors: readonly string[];
  readonly segments: readonly SegmentNote[];
}

/** One 999 transaction set: the answer for one functional group we sent. */
export interface ImplementationAcknowledgment {
  /** The 999's own ST02. */
  readonly controlNumber: string;
  /** AK101: the group's GS01, e.g. "BE". */
  readonly functionalId: string;
  /** AK102: our GS06. */
  readonly groupControlNumber: number;
  /** AK103: our GS08. */
  readonly version?: string;
  readonly transactionSets: readonly TransactionSetResponse[];
  /** AK901. */
  readonly code: GroupAcknowledgmentCode;
  /** AK902, AK903, AK904: transaction sets included (our GE01), received, accepted. */
  readonly included: number;
  readonly received: number;
  readonly accepted: number;
  /** AK905-AK909, element 716 (see GROUP_ERROR). */
  readonly errors: readonly string[];
}

/** A TA1: the answer for one interchange we sent. */
export interface InterchangeAcknowledgment {
  /** TA101: our ISA13. */
  readonly controlNumber: number;
  /** TA102/TA103: our ISA09/ISA10, as YYYY-MM-DD and HH:MM. */
  readonly date: string;
  readonly time: string;
  /** TA104. */
  readonly code: InterchangeAcknowledgmentCode;
  /** TA105. */
  readonly note: InterchangeNoteCode;
}

export interface AcknowledgmentFile {
  /** The acknowledgment interchange's own header (who sent it, its control number). */
  readonly header: InterchangeHeader;
  readonly interchangeAcknowledgments: readonly InterchangeAcknowledgment[];
  readonly implementationAcknowledgments: readonly ImplementationAcknowledgment[];
}

/** Accepted (A, E) or not: E means errors were noted but the data stands (X12.6 acknowledgments). */
export function isAccepted(
  code: TransactionSetAcknowledgmentCode | GroupAcknowledgmentCode | InterchangeAcknowledgmentCode,
): boolean {
  return code === 'A' || code === 'E';
}

/**
 * An acknowledgment file: its TA1 segments and its 999 transaction sets, envelope checked. A group
 * holding anything but 999s is refused: it is not an acknowledgment file.
 */
export function readAcknowledgments(text: string): AcknowledgmentFile {
  const parsed = parseInterchange(text);
  const implementationAcknowledgments: ImplementationAcknowledgment[] = [];
  for (const group of parsed.groups) {
    for (const set of group.transactionSets) {
      if (set.id !== '999')
        throw invalid(
          set.segments[0]!,
          'ST01',
          `transaction set ${JSON.stringify(set.id)} is not a 999 acknowledgment`,
        );
    }
    checkAcknowledgmentGroup(group);
    for (const set of group.transactionSets)
      implementationAcknowledgments.push(readImplementationAcknowledgment(set));
  }
  return {
    header: parsed.header,
    interchangeAcknowledgments: parsed.interchangeSegments.map(readTa1),
    implementationAcknowledgments,
  };
}

/** 999s travel in a group GS01 FA whose GS08 names the 999's guide (005010X231A1 1.4.2, GS segment). */
function checkAcknowledgmentGroup(group: ParsedGroup): void {
  const gs = group.segment;
  if (gs === undefined) return;
  if (group.functionalId !== FUNCTIONAL_ID.acknowledgment)
    throw invalid(
      gs,
      'GS01',
      `${JSON.stringify(group.functionalId)} is not FA: the group holds no acknowledgments`,
    );
  if (!/^005010X231(A1)?$/.test(group.version))
    throw invalid(
      gs,
      'GS08',
      `${JSON.stringify(group.version)} is not the 999 guide's version, 005010X231A1`,
    );
}

/** TA101-TA105 (X12.5 TA1). */
export function readTa1(seg: ReadSegment): InterchangeAcknowledgment {
  const e = (n: number) => elementText(seg.elements[n - 1]);
  if (!/^\d{9}$/.test(e(1)))
    throw invalid(seg, 'TA101', `${JSON.stringify(e(1))} is not a nine-digit interchange control number`);
  const date = isoDate(e(2));
  if (!date || e(2).length !== 6)
    throw invalid(seg, 'TA102', `${JSON.stringify(e(2))} is not a date (YYMMDD)`);
  const time = isoTime(e(3));
  if (!time || e(3).length !== 4) throw invalid(seg, 'TA103', `${JSON.stringify(e(3))} is not a time (HHMM)`);
  return {
    controlNumber: Number(e(1)),
    date,
    time,
    code: verdict(seg, 4, INTERCHANGE_ACKNOWLEDGMENT),
    note: verdict(seg, 5, INTERCHANGE_NOTE),
  };
}

type Builder = {
  response: { id: string; controlNumber: string; implementationReference?: string } | null;
  segments: {
    note: Omit<SegmentNote, 'elements' | 'context'>;
    elements: ElementNote[];
    context: Segment[];
  }[];
  sets: TransactionSetResponse[];
};

/** One 999 transaction set, its loops walked in the order X231A1 sets them. */
export function readImplementationAcknowledgment(set: ParsedTransactionSet): ImplementationAcknowledgment {
  const body = set.segments.slice(1, -1);
  const ak1 = body[0];
  if (ak1?.id !== 'AK1') throw invalid(ak1 ?? set.segments[0]!, 'AK1', 'a 999 starts with AK1 after ST');
  const built: Builder = { response: null, segments: [], sets: [] };
  let ak9: ReadSegment | null = null;
  for (const seg of body.slice(1)) {
    if (ak9) throw invalid(seg, seg.id, `${seg.id} after AK9; AK9 closes the 999`);
    if (seg.id === 'AK2') {
      if (built.response)
        throw invalid(seg, 'AK2', `AK2 before the IK5 of transaction set ${built.response.controlNumber}`);
      built.response = ak2(seg);
    } else if (seg.id === 'IK5') closeResponse(seg, built);
    else if (seg.id === 'AK9') {
      if (built.response)
        throw invalid(seg, 'AK9', `AK9 before the IK5 of transaction set ${built.response.controlNumber}`);
      ak9 = seg;
    } else noteSegment(seg, built);
  }
  if (!ak9) throw invalid(set.segments.at(-1)!, 'AK9', 'the 999 has no AK9 before its SE');
  const a = (seg: ReadSegment, n: number) => elementText(seg.elements[n - 1]);
  const version = a(ak1, 3);
  return {
    controlNumber: set.controlNumber,
    functionalId: a(ak1, 1),
    groupControlNumber: count(ak1, 2),
    ...(version === '' ? {} : { version }),
    transactionSets: built.sets,
    code: verdict(ak9, 1, GROUP_ACKNOWLEDGMENT),
    included: count(ak9, 2),
    received: count(ak9, 3),
    accepted: count(ak9, 4),
    errors: codes(ak9, 5, 9),
  };
}

function ak2(seg: ReadSegment): NonNullable<Builder['response']> {
  const reference = elementText(seg.elements[2]);
  const controlNumber = elementText(seg.elements[1]);
  if (controlNumber === '') throw invalid(seg, 'AK202', 'the transaction set control number is missing');
  return {
    id: elementText(seg.elements[0]),
    controlNumber,
    ...(reference === '' ? {} : { implementationReference: reference }),
  };
}

function closeResponse(seg: ReadSegment, built: Builder): void {
  if (!built.response) throw invalid(seg, 'IK5', 'IK5 without its AK2');
  built.sets.push({
    ...built.response,
    code: verdict(seg, 1, TRANSACTION_SET_ACKNOWLEDGMENT),
    errors: codes(seg, 2, 6),
    segments: built.segments.map(({ note, elements, context }) => ({
      ...note,
      elements,
      ...(context.length > 0 ? { context } : {}),
    })),
  });
  built.response = null;
  built.segments = [];
}

/** IK3, IK4 and CTX inside loop 2000. */
function noteSegment(seg: ReadSegment, built: Builder): void {
  if (!built.response) throw invalid(seg, seg.id, `${seg.id} outside an AK2 loop`);
  const current = built.segments.at(-1);
  if (seg.id === 'IK3') {
    const e = (n: number) => elementText(seg.elements[n - 1]);
    if (!/^[A-Z][A-Z0-9]{1,2}$/.test(e(1)))
      throw invalid(seg, 'IK301', `${JSON.stringify(e(1))} is not a segment identifier`);
    built.segments.push({
      note: {
        segmentId: e(1),
        position: count(seg, 2),
        ...(e(3) ? { loop: e(3) } : {}),
        ...(e(4) ? { code: e(4) } : {}),
      },
      elements: [],
      context: [],
    });
  } else if (seg.id === 'IK4') {
    if (!current) throw invalid(seg, 'IK4', 'IK4 without its IK3');
    current.elements.push(ik4(seg));
  } else if (seg.id === 'CTX') {
    if (!current) throw invalid(seg, 'CTX', 'CTX without its IK3');
    const plain = { id: seg.id, elements: seg.elements };
    const element = current.elements.at(-1);
    // A CTX after an IK4 belongs to that element (loop 2110), otherwise to the segment (loop 2100).
    if (element)
      current.elements[current.elements.length - 1] = {
        ...element,
        context: [...(element.context ?? []), plain],
      };
    else current.context.push(plain);
  } else throw invalid(seg, seg.id, `${seg.id} is not a segment of the 999 (X231A1)`);
}

function ik4(seg: ReadSegment): ElementNote {
  const where = seg.elements[0];
  const parts = typeof where === 'string' ? [where] : (where ?? []);
  const number = (text: string | undefined, ref: string) => {
    if (!/^\d{1,4}$/.test(text ?? ''))
      throw invalid(seg, ref, `${JSON.stringify(text ?? '')} is not a position`);
    return Number(text);
  };
  const reference = elementText(seg.elements[1]);
  const code = elementText(seg.elements[2]);
  const badValue = elementText(seg.elements[3]);
  if (code === '') throw invalid(seg, 'IK403', 'the element error code is missing');
  return {
    position: number(parts[0], 'IK401-1'),
    ...(parts[1] ? { component: number(parts[1], 'IK401-2') } : {}),
    ...(parts[2] ? { repetition: number(parts[2], 'IK401-3') } : {}),
    ...(reference ? { reference: number(reference, 'IK402') } : {}),
    code,
    ...(badValue ? { badValue } : {}),
  };
}

function verdict<C extends string>(seg: ReadSegment, n: number, list: CodeList<C>): C {
  const value = elementText(seg.elements[n - 1]);
  if (!isCode(list, value))
    throw invalid(
      seg,
      `${seg.id}${String(n).padStart(2, '0')}`,
      `${JSON.stringify(value)} is not a ${list.name} (${Object.keys(list.codes).join(', ')})`,
    );
  return value;
}

function count(seg: ReadSegment, n: number): number {
  const value = elementText(seg.elements[n - 1]);
  if (!/^\d{1,10}$/.test(value))
    throw invalid(seg, `${seg.id}${String(n).padStart(2, '0')}`, `${JSON.stringify(value)} is not a number`);
  return Number(value);
}

function codes(seg: ReadSegment, from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const value: SegmentElement | undefined = seg.elements[n - 1];
    if (value !== undefined && value !== '') out.push(elementText(value));
  }
  return out;
}

function invalid(seg: ReadSegment, element: string, problem: string): X12Error {
  return new X12Error('INVALID_ACKNOWLEDGMENT', problem, {
    position: seg.position,
    segmentId: seg.id,
    element,
    line: seg.line,
  });
}
