// One member's loops of an 834 (005010X220A1) in the guide's order: 2000 member level detail (INS,
// REF 0F, REF 1L, REF 17, DTP), 2100A member name (NM1, PER, N3, N4, DMG) and 2300 health coverage
// (HD, DTP). Pure: the same record always gives the same segments, and the envelope writer in
// src/exchange/x12 serializes them with the partner's separators.
import type { IsoDate } from '../../domain/dates.ts';
import { segment, type Segment } from '../x12/segment.ts';
import { healthCoverage } from './coverage-level.ts';
import {
  coverageDateQualifier,
  maintenanceFor,
  maintenanceReasonFor,
  memberDateQualifier,
  type CoverageDateQualifier,
  type MaintenanceRow,
  type MemberDateQualifier,
} from './lifecycle-action-codes.ts';
import {
  benefitStatus,
  employmentStatus,
  medicareStatusCode,
  QUALIFYING_EVENT_CODES,
  RELATIONSHIP_CODES,
} from './member-level-codes.ts';
import type { MemberRecord } from './member-record.ts';
import { d8 } from './x12-dates.ts';

/** A record that cannot be told as its event requires; the message names the member and the field. */
export class MemberLoopError extends Error {
  readonly memberId: string;
  readonly field: string;

  constructor(memberId: string, field: string, message: string) {
    super(`member ${memberId}: ${field}: ${message}`);
    this.memberId = memberId;
    this.field = field;
    this.name = 'MemberLoopError';
  }
}

type DateQualifier = MemberDateQualifier | CoverageDateQualifier;

/** Where each date comes from, and the record field to name when it is missing. */
const DATE_SOURCES: Readonly<
  Record<DateQualifier, { field: string; of: (r: MemberRecord) => IsoDate | null }>
> = {
  '303': { field: 'event.effectiveOn', of: (r) => r.event.effectiveOn },
  '356': { field: 'coverageBegins', of: (r) => r.eligibilityBegins ?? r.coverageBegins },
  '357': { field: 'coverageEnds', of: (r) => r.coverageEnds },
  '340': { field: 'continuation.begins', of: (r) => r.continuation?.begins ?? null },
  '341': { field: 'continuation.ends', of: (r) => r.continuation?.ends ?? null },
  '393': { field: 'event.effectiveOn', of: (r) => r.event.effectiveOn },
  '348': { field: 'coverageBegins', of: (r) => r.coverageBegins },
  '349': { field: 'benefitsEnd', of: (r) => r.benefitsEnd ?? r.coverageEnds },
};

function datesFor(
  record: MemberRecord,
  row: MaintenanceRow,
  order: readonly DateQualifier[],
  required: readonly DateQualifier[],
): Segment[] {
  return order.flatMap((qualifier) => {
    const isRequired = required.includes(qualifier);
    if (!isRequired && !row.whenKnown.includes(qualifier)) return [];
    const source = DATE_SOURCES[qualifier];
    const date = source.of(record);
    if (date === null) {
      if (!isRequired) return [];
      throw new MemberLoopError(record.memberId, source.field, `${record.event.kind} needs DTP*${qualifier}`);
    }
    return [segment('DTP', qualifier, 'D8', d8(date))];
  });
}

function checkEvent(record: MemberRecord, row: MaintenanceRow): void {
  if (
    record.event.kind === 'death_of_enrollee' &&
    record.relationship === 'self' &&
    record.deathDate === null
  ) {
    throw new MemberLoopError(record.memberId, 'deathDate', 'the enrollee’s death is reported with INS12');
  }
  const needsContinuation = row.memberDates.includes('340');
  if (needsContinuation && record.continuation === null) {
    throw new MemberLoopError(record.memberId, 'continuation', `${row.kind} reports temporary continuation`);
  }
}

/** INS: member indicator, relationship, maintenance type and reason, status, Medicare, TCC, employment. */
function memberLevelDetail(record: MemberRecord, row: MaintenanceRow): Segment {
  const subscriber = record.relationship === 'self';
  const death = record.deathDate === null ? ['', ''] : ['D8', d8(record.deathDate)];
  return segment(
    'INS',
    subscriber ? 'Y' : 'N',
    RELATIONSHIP_CODES[record.relationship],
    row.ins03,
    maintenanceReasonFor(record.event.kind, record.event.lifeEvent),
    benefitStatus(record),
    medicareStatusCode(record.medicare),
    record.continuation === null ? '' : QUALIFYING_EVENT_CODES[record.continuation.qualifyingEvent],
    subscriber ? employmentStatus(record.subscriberStanding, record.continuation !== null) : '',
    '',
    '',
    ...death,
  );
}

/** Loop 2000: INS, the subscriber id (REF 0F), the enrollment code (REF 1L), the member id (REF 17), DTP. */
function loop2000(record: MemberRecord, row: MaintenanceRow): Segment[] {
  return [
    memberLevelDetail(record, row),
    segment('REF', '0F', record.subscriberId),
    segment('REF', '1L', record.coverage.enrollmentCode),
    segment('REF', '17', record.memberId),
    ...datesFor(record, row, memberDateQualifier.options, row.memberDates),
  ];
}

function memberName(record: MemberRecord): Segment {
  const { last, first, middle, suffix } = record.name;
  const [qualifier, identifier] = record.ssn === null ? ['ZZ', record.memberId] : ['34', record.ssn];
  return segment('NM1', 'IL', '1', last, first, middle ?? '', '', suffix ?? '', qualifier, identifier);
}

function communications(record: MemberRecord): Segment[] {
  const numbers: string[] = [];
  if (record.contact?.homePhone) numbers.push('HP', record.contact.homePhone);
  if (record.contact?.email) numbers.push('EM', record.contact.email);
  return numbers.length === 0 ? [] : [segment('PER', 'IP', '', ...numbers)];
}

function residence(record: MemberRecord): Segment[] {
  const address = record.address;
  if (address === null) return [];
  const country = address.country === 'US' ? '' : address.country;
  return [
    segment('N3', address.line1, address.line2 ?? ''),
    segment('N4', address.city, address.state ?? '', address.postalCode ?? '', country),
  ];
}

/** Loop 2100A: the member's name and identifier, contact numbers, residence, birth date and sex. */
function loop2100A(record: MemberRecord): Segment[] {
  return [
    memberName(record),
    ...communications(record),
    ...residence(record),
    segment('DMG', 'D8', d8(record.birthDate), record.sex),
  ];
}

/** Loop 2300: the coverage (HD) and its benefit begin and end dates. */
function loop2300(record: MemberRecord, row: MaintenanceRow): Segment[] {
  return [
    healthCoverage(row.hd01, record.coverage),
    ...datesFor(record, row, coverageDateQualifier.options, row.coverageDates),
  ];
}

/** The segments of one member, from INS to the last DTP of the health coverage loop. */
export function memberLoop(record: MemberRecord): Segment[] {
  const row = maintenanceFor(record.event.kind);
  checkEvent(record, row);
  return [...loop2000(record, row), ...loop2100A(record), ...loop2300(record, row)];
}
