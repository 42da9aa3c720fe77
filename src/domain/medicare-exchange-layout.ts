// Fixed-width record layouts for the Medicare entitlement verification exchanged with CMS (5 CFR
// 890.1612 data-sharing; the Part B requirement it serves is 890.1604). No official CMS layout for a
// PSHB entitlement query was confirmed, so these layouts are this project's own: every layout carries
// source, version and a sourceNote marked UNCONFIRMED until CMS publishes or agrees a layout.

/** How a field's text is formed and checked. */
export type FieldFormat = 'alpha' | 'alphanumeric' | 'numeric' | 'date-ccyymmdd' | 'code';

export interface LayoutField {
  readonly name: string;
  /** 1-based column where the field starts. */
  readonly start: number;
  readonly length: number;
  readonly format: FieldFormat;
  /** For 'code' fields: the values allowed. */
  readonly codes?: readonly string[];
}

export interface RecordLayout {
  readonly recordType: string;
  readonly recordLength: number;
  readonly fields: readonly LayoutField[];
}

export interface FileLayout {
  readonly name: string;
  readonly source: string;
  readonly version: string;
  readonly sourceNote: string;
  readonly header: RecordLayout;
  readonly detail: RecordLayout;
  readonly trailer: RecordLayout;
}

/** Match codes a response carries: M matched, N no match, A name mismatch, B birth date mismatch. */
export const MEDICARE_MATCH_CODES = ['M', 'N', 'A', 'B'] as const;
export type MedicareMatchCode = (typeof MEDICARE_MATCH_CODES)[number];

const RECORD_LENGTH = 120;
const UNCONFIRMED =
  'UNCONFIRMED: no CMS-published query layout for PSHB entitlement verification was found; ' +
  'layout defined by this project (docs/medicare-exchange.md), to be replaced by the agreed layout.';

function header(): RecordLayout {
  return {
    recordType: 'H',
    recordLength: RECORD_LENGTH,
    fields: [
      { name: 'recordType', start: 1, length: 1, format: 'code', codes: ['H'] },
      { name: 'fileId', start: 2, length: 20, format: 'alphanumeric' },
      { name: 'createdOn', start: 22, length: 8, format: 'date-ccyymmdd' },
      { name: 'sender', start: 30, length: 10, format: 'alphanumeric' },
      { name: 'receiver', start: 40, length: 10, format: 'alphanumeric' },
    ],
  };
}

function trailer(): RecordLayout {
  return {
    recordType: 'T',
    recordLength: RECORD_LENGTH,
    fields: [
      { name: 'recordType', start: 1, length: 1, format: 'code', codes: ['T'] },
      { name: 'recordCount', start: 2, length: 9, format: 'numeric' },
    ],
  };
}

export const MEDICARE_REQUEST_LAYOUT: FileLayout = {
  name: 'medicare-entitlement-request',
  source: 'PSHB Exchange project layout',
  version: '0.1',
  sourceNote: UNCONFIRMED,
  header: header(),
  detail: {
    recordType: 'D',
    recordLength: RECORD_LENGTH,
    fields: [
      { name: 'recordType', start: 1, length: 1, format: 'code', codes: ['D'] },
      { name: 'requestId', start: 2, length: 20, format: 'alphanumeric' },
      { name: 'idType', start: 22, length: 1, format: 'code', codes: ['M', 'S'] },
      { name: 'identifier', start: 23, length: 11, format: 'alphanumeric' },
      { name: 'lastName', start: 34, length: 35, format: 'alpha' },
      { name: 'firstName', start: 69, length: 25, format: 'alpha' },
      { name: 'birthDate', start: 94, length: 8, format: 'date-ccyymmdd' },
      { name: 'sex', start: 102, length: 1, format: 'code', codes: ['M', 'F', 'U'] },
    ],
  },
  trailer: trailer(),
};

export const MEDICARE_RESPONSE_LAYOUT: FileLayout = {
  name: 'medicare-entitlement-response',
  source: 'PSHB Exchange project layout',
  version: '0.1',
  sourceNote: UNCONFIRMED,
  header: header(),
  detail: {
    recordType: 'D',
    recordLength: RECORD_LENGTH,
    fields: [
      { name: 'recordType', start: 1, length: 1, format: 'code', codes: ['D'] },
      { name: 'requestId', start: 2, length: 20, format: 'alphanumeric' },
      { name: 'matchCode', start: 22, length: 1, format: 'code', codes: MEDICARE_MATCH_CODES },
      { name: 'mbi', start: 23, length: 11, format: 'alphanumeric' },
      { name: 'partAStart', start: 34, length: 8, format: 'date-ccyymmdd' },
      { name: 'partAEnd', start: 42, length: 8, format: 'date-ccyymmdd' },
      { name: 'partBStart', start: 50, length: 8, format: 'date-ccyymmdd' },
      { name: 'partBEnd', start: 58, length: 8, format: 'date-ccyymmdd' },
    ],
  },
  trailer: trailer(),
};

/** Problems with a layout's own geometry (overlaps, fields past the record end); empty when sound. */
export function layoutProblems(record: RecordLayout): string[] {
  const problems: string[] = [];
  let nextFree = 1;
  for (const field of [...record.fields].sort((a, b) => a.start - b.start)) {
    if (field.start < nextFree) problems.push(`${field.name} overlaps the field before it`);
    const end = field.start + field.length - 1;
    if (end > record.recordLength) problems.push(`${field.name} ends past column ${record.recordLength}`);
    nextFree = end + 1;
  }
  return problems;
}
