// The reconciliation CSV of the companion guide (docs/834-companion-guide.md section 10): a carrier's
// membership as of a day, one row per covered member. A file with any bad row is refused whole, every
// error named by line and column, so a reconciliation never runs on part of a carrier's membership.
import { checkedCsvRecords, type FileChunks } from '../roster/csv-file.ts';
import { oneOf, textWithin, type FieldCheck } from '../roster/field-checks.ts';
import { FileValidationError, RowErrorCollector } from '../roster/row-errors.ts';
import { RELATIONSHIP_CODES } from './member-level-codes.ts';
import type { MemberRecord } from './member-record.ts';
import type { ReconciledMember } from './reconcile-members.ts';
import { ListedMembers, RepeatCheckedSink, type CarrierMemberSink } from './carrier-member-sink.ts';
import { d8, isoFromD8 } from './x12-dates.ts';

export const RECONCILIATION_COLUMNS = [
  'subscriber_id',
  'member_id',
  'relationship',
  'last_name',
  'first_name',
  'birth_date',
  'sex',
  'enrollment_code',
  'coverage_begin',
  'coverage_end',
  'medicare_a',
  'medicare_b',
] as const;
type Column = (typeof RECONCILIATION_COLUMNS)[number];

/** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export class ReconciliationCsvError extends FileValidationError {}

const personId: FieldCheck = (v) =>
  /^[0-9A-Za-z-]{2,50}$/.test(v)
    ? null
    : 'must be an exchange person id: letters, digits and dashes, 2 to 50';
const ccyymmdd: FieldCheck = (v) => (isoFromD8(v) === null ? 'must be a real date in CCYYMMDD form' : null);
const yesNo = oneOf(['Y', 'N']);

const CHECKS: Record<Column, FieldCheck> = {
  subscriber_id: personId,
  member_id: personId,
  relationship: oneOf(['18', '01', '19']),
  last_name: textWithin(60),
  first_name: textWithin(35, true),
  birth_date: ccyymmdd,
  sex: oneOf(['F', 'M', 'U']),
  enrollment_code: (v) => (/^[0-9A-Z]{3}$/.test(v) ? null : 'must be a three-character enrollment code'),
  coverage_begin: ccyymmdd,
  coverage_end: (v) => (v === '' ? null : ccyymmdd(v)),
  medicare_a: yesNo,
  medicare_b: yesNo,
};

/** The longest row the layout can hold, every character possibly a doubled quote. */
const MAX_RECORD_CHARS = 1_000;

export interface ReconciliationCsvRow extends ReconciledMember {
  readonly line: number;
}

function memberOf(fields: readonly string[]): ReconciledMember {
  const at = (column: Column) => fields[RECONCILIATION_COLUMNS.indexOf(column)]!;
  const end = at('coverage_end');
  return {
    memberId: at('member_id'),
    subscriberId: at('subscriber_id'),
    enrollmentCode: at('enrollment_code'),
    coverageBegins: isoFromD8(at('coverage_begin'))!,
    coverageEnds: end === '' ? null : isoFromD8(end)!,
    medicareA: at('medicare_a') === 'Y',
    medicareB: at('medicare_b') === 'Y',
  };
}

function checkFields(line: number, fields: readonly string[], errors: RowErrorCollector): boolean {
  if (fields.length !== RECONCILIATION_COLUMNS.length) {
    errors.add(line, 'row', `has ${fields.length} fields, expected ${RECONCILIATION_COLUMNS.length}`);
    return false;
  }
  let valid = true;
  RECONCILIATION_COLUMNS.forEach((column, i) => {
    const problem = CHECKS[column](fields[i]!);
    if (problem !== null) {
      errors.add(line, column, problem);
      valid = false;
    }
  });
  return valid;
}

/**
 * Reads and checks the whole file; returns its members sorted by member id, or throws
 * ReconciliationCsvError naming every bad line and column (a member listed twice is one).
 */
export async function readReconciliationCsv(source: string | FileChunks): Promise<ReconciliationCsvRow[]> {
  const listed = new ListedMembers();
  await readReconciliationCsvInto(source, listed);
  return listed.sorted();
}

/**
 * Reads and checks the whole file, handing each member to `sink` as its row is read; returns how many,
 * or throws ReconciliationCsvError naming every bad line and column once the file is read.
 */
export async function readReconciliationCsvInto(
  source: string | FileChunks,
  sink: CarrierMemberSink,
): Promise<number> {
  const errors = new RowErrorCollector();
  const members = new RepeatCheckedSink(sink);
  const bytes = typeof source === 'string' ? [Buffer.from(source, 'utf8')] : source;
  const format = { columns: RECONCILIATION_COLUMNS, maxRecordChars: MAX_RECORD_CHARS };
  let headerSeen = false;
  for await (const record of checkedCsvRecords(bytes, format, errors)) {
    if (!headerSeen) {
      headerSeen = true;
      if (record.fields.join(',') !== RECONCILIATION_COLUMNS.join(','))
        errors.add(record.line, 'header', `must be exactly ${RECONCILIATION_COLUMNS.join(',')}`);
      continue;
    }
    if (record.text === '') continue;
    if (checkFields(record.line, record.fields, errors)) members.add(memberOf(record.fields), record.line);
  }
  if (!headerSeen) errors.add(1, 'header', 'the file is empty');
  members.report(errors, 'member_id', (previous) => `first on line ${previous}`);
  if (errors.any) throw new ReconciliationCsvError('reconciliation CSV', errors.errors, errors.count);
  return members.count;
}

/** What the exchange compares of one of its audit members. DTP 349 is the last day benefits are paid. */
export function reconciledMemberOf(record: MemberRecord): ReconciledMember {
  return {
    memberId: record.memberId,
    subscriberId: record.subscriberId,
    enrollmentCode: record.coverage.enrollmentCode,
    coverageBegins: record.coverageBegins,
    coverageEnds: record.benefitsEnd ?? record.coverageEnds,
    medicareA: record.medicare.partA,
    medicareB: record.medicare.partB,
  };
}

/** One member as a row of the layout: the exchange's audit written the way a carrier sends it. */
export function reconciliationCsvLine(record: MemberRecord): string {
  const end = record.benefitsEnd ?? record.coverageEnds;
  const values: Record<Column, string> = {
    subscriber_id: record.subscriberId,
    member_id: record.memberId,
    relationship: RELATIONSHIP_CODES[record.relationship],
    last_name: record.name.last,
    first_name: record.name.first ?? '',
    birth_date: d8(record.birthDate),
    sex: record.sex,
    enrollment_code: record.coverage.enrollmentCode,
    coverage_begin: d8(record.coverageBegins),
    coverage_end: end === null ? '' : d8(end),
    medicare_a: record.medicare.partA ? 'Y' : 'N',
    medicare_b: record.medicare.partB ? 'Y' : 'N',
  };
  return RECONCILIATION_COLUMNS.map((c) => csvField(values[c])).join(',');
}

export const RECONCILIATION_HEADER = RECONCILIATION_COLUMNS.join(',');
