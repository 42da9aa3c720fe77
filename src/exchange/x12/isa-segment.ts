// The ISA interchange control header: the one fixed-width segment of X12 (X12.5; 005010 TR3
// Appendix B, ISA). Every element has its exact length, so the segment is always 106 characters with
// its terminator, and a reader finds the separators at fixed offsets: the element separator at 3, the
// repetition separator (ISA11) at 82, the component separator (ISA16) at 104 and the segment
// terminator at 105.

import { containsSeparator, separators, type Separators } from './separators.ts';
import { isoDate, isoTime, x12Date, x12Time } from './x12-date-time.ts';
import { X12Error } from './x12-error.ts';

export const ISA_LENGTH = 106;
export const INTERCHANGE_VERSION = '00501';

/** Lengths of ISA01..ISA16 (TR3 Appendix B, ISA: every element is fixed-width). */
const ISA_WIDTHS = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1] as const;

export interface InterchangeParty {
  /** ISA05/ISA07 interchange ID qualifier, e.g. "ZZ" (mutually defined), "30" (federal tax ID). */
  readonly qualifier: string;
  /** ISA06/ISA08, up to 15 characters; padded with spaces when written, trimmed when read. */
  readonly id: string;
}

export interface InterchangeHeader {
  readonly sender: InterchangeParty;
  readonly receiver: InterchangeParty;
  /** ISA09 as YYYY-MM-DD (written YYMMDD). */
  readonly date: string;
  /** ISA10 as HH:MM (written HHMM). */
  readonly time: string;
  /** ISA13, allocated by the caller: unique per partner and never reused. 1..999999999. */
  readonly controlNumber: number;
  /** ISA14: whether the receiver is asked for a TA1. */
  readonly acknowledgmentRequested: boolean;
  /** ISA15: production or test data. */
  readonly usage: 'P' | 'T';
}

/** The ISA segment's text, terminator included: always ISA_LENGTH characters. */
export function formatIsa(header: InterchangeHeader, set: Separators): string {
  const at = (n: number) => ({ position: 1, segmentId: 'ISA', element: `ISA${String(n).padStart(2, '0')}` });
  const values = [
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    qualifier(header.sender.qualifier, at(5)),
    partyId(header.sender.id, set, at(6)),
    qualifier(header.receiver.qualifier, at(7)),
    partyId(header.receiver.id, set, at(8)),
    x12Date(header.date, 6, at(9)),
    x12Time(header.time, at(10)),
    set.repetition,
    INTERCHANGE_VERSION,
    controlNumber(header.controlNumber, at(13)),
    header.acknowledgmentRequested ? '1' : '0',
    header.usage,
    set.component,
  ];
  return `ISA${set.element}${values.join(set.element)}${set.segment}`;
}

export interface ReadIsa {
  readonly separators: Separators;
  readonly header: InterchangeHeader;
  /** ISA01..ISA16 as they stand, padding kept. */
  readonly elements: readonly string[];
}

/**
 * Reads the first ISA_LENGTH characters of an interchange. Refuses an ISA whose separators are not
 * where the fixed layout puts them: a reader guessing there would split the whole file wrongly.
 */
export function readIsa(text: string, line = 1): ReadIsa {
  const where = { position: 1, segmentId: 'ISA', line };
  if (!text.startsWith('ISA') && !(text.length < 3 && 'ISA'.startsWith(text)))
    throw new X12Error(
      'NOT_AN_INTERCHANGE',
      `the file starts with ${JSON.stringify(text.slice(0, 3))}, not ISA`,
      where,
    );
  if (text.length < ISA_LENGTH)
    throw new X12Error(
      'TRUNCATED',
      `the ISA segment is cut short at ${text.length} of ${ISA_LENGTH} characters`,
      where,
    );
  const element = text[3]!;
  const elements: string[] = [];
  let offset = 4;
  for (const [i, width] of ISA_WIDTHS.entries()) {
    elements.push(text.slice(offset, offset + width));
    offset += width;
    const expected = i === ISA_WIDTHS.length - 1 ? undefined : element;
    if (expected !== undefined && text[offset] !== expected)
      throw new X12Error(
        'INVALID_ISA',
        `ISA${String(i + 1).padStart(2, '0')} is not ${width} characters followed by the element separator ` +
          `${JSON.stringify(element)}: the ISA is not the fixed 106-character layout, or its separators are wrong`,
        { ...where, element: `ISA${String(i + 1).padStart(2, '0')}` },
      );
    if (expected !== undefined) offset++;
  }
  const set = isaSeparators(element, elements[10]!, elements[15]!, text[105]!, where);
  return { separators: set, header: isaHeader(elements, where), elements };
}

function isaSeparators(
  element: string,
  repetition: string,
  component: string,
  segment: string,
  where: object,
) {
  try {
    return separators({ element, repetition, component, segment });
  } catch (error) {
    if (!(error instanceof X12Error)) throw error;
    throw new X12Error(
      'INVALID_ISA',
      `the separators the ISA announces are unusable: ${error.problem}`,
      where,
    );
  }
}

function isaHeader(elements: readonly string[], where: object): InterchangeHeader {
  const bad = (n: number, what: string): never => {
    const ref = `ISA${String(n).padStart(2, '0')}`;
    throw new X12Error('INVALID_ISA', `${ref} ${JSON.stringify(elements[n - 1])} is not ${what}`, {
      ...where,
      element: ref,
    });
  };
  const date = isoDate(elements[8]!) ?? bad(9, 'a date (YYMMDD)');
  const time = isoTime(elements[9]!) ?? bad(10, 'a time (HHMM)');
  if (elements[11] !== INTERCHANGE_VERSION) bad(12, `version ${INTERCHANGE_VERSION}`);
  if (!/^\d{9}$/.test(elements[12]!)) bad(13, 'a nine-digit control number');
  if (elements[13] !== '0' && elements[13] !== '1') bad(14, '0 or 1');
  if (elements[14] !== 'P' && elements[14] !== 'T') bad(15, 'P or T');
  return {
    sender: { qualifier: elements[4]!, id: elements[5]!.trimEnd() },
    receiver: { qualifier: elements[6]!, id: elements[7]!.trimEnd() },
    date,
    time,
    controlNumber: Number(elements[12]),
    acknowledgmentRequested: elements[13] === '1',
    usage: elements[14] as 'P' | 'T',
  };
}

function qualifier(value: string, where: object): string {
  if (!/^[A-Z0-9]{2}$/.test(value))
    throw new X12Error(
      'INVALID_VALUE',
      `interchange ID qualifier ${JSON.stringify(value)} is not 2 capitals/digits`,
      where,
    );
  return value;
}

function partyId(value: string, set: Separators, where: object): string {
  if (value.trim() === '' || value.length > 15 || containsSeparator(value, set))
    throw new X12Error(
      'INVALID_VALUE',
      `interchange ID ${JSON.stringify(value)} must be 1-15 characters without separators`,
      where,
    );
  return value.padEnd(15, ' ');
}

/** A control number as nine digits, zero-padded (ISA13 is N0 9/9). */
export function controlNumber(value: number, where: object, digits = 9): string {
  if (!Number.isInteger(value) || value < 1 || value >= 10 ** digits)
    throw new X12Error(
      'INVALID_VALUE',
      `control number ${value} is not an integer from 1 to ${10 ** digits - 1}`,
      where,
    );
  return String(value).padStart(digits, '0');
}
