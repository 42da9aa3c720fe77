// The worked examples of docs/834-companion-guide.md, as data: one synthetic household (no real
// person, plan or carrier) told through the events a carrier sees most. A test renders each example
// with the code that writes real files and checks the guide shows exactly that, so the guide cannot
// drift from what carriers receive.
import type { Coverage } from '../../domain/lifecycle.ts';
import { memberRecord, type MemberRecord, type MemberRecordInput } from './member-record.ts';
import type { TransactionHeaderInput } from './transaction-header.ts';

export interface GuideExample {
  /** The marker name in the guide: <!-- example:NAME --> ... <!-- /example:NAME -->. */
  readonly name: string;
  /** The header, when the example shows one; otherwise member loops only. */
  readonly header: TransactionHeaderInput | null;
  readonly records: readonly MemberRecord[];
}

const PLAN = { planCode: 'Z9', optionCode: '1' } as const;
export const EXAMPLE_COVERAGE: Readonly<Record<Coverage['enrollmentType'], Coverage>> = {
  self_only: { ...PLAN, enrollmentCode: 'Z9A', enrollmentType: 'self_only' },
  self_plus_one: { ...PLAN, enrollmentCode: 'Z9C', enrollmentType: 'self_plus_one' },
  self_and_family: { ...PLAN, enrollmentCode: 'Z9B', enrollmentType: 'self_and_family' },
};

const ENROLLEE: MemberRecordInput = {
  subscriberId: 'P1000001',
  memberId: 'P1000001',
  relationship: 'self',
  subscriberStanding: 'annuitant',
  name: { last: 'RIVERA', first: 'ANA', middle: 'L' },
  address: {
    line1: '100 EXAMPLE ST',
    line2: 'APT 4',
    city: 'SILVER SPRING',
    state: 'MD',
    postalCode: '20910',
  },
  birthDate: '1958-03-14',
  sex: 'F',
  medicare: { partA: true, partB: true, basis: 'age' },
  coverage: EXAMPLE_COVERAGE.self_plus_one,
  coverageBegins: '2027-01-01',
  event: { kind: 'enrollment', effectiveOn: '2027-01-01' },
};

const SPOUSE: MemberRecordInput = {
  ...ENROLLEE,
  memberId: 'P1000002',
  relationship: 'spouse',
  name: { last: 'RIVERA', first: 'LUIS' },
  address: null,
  birthDate: '1960-07-02',
  sex: 'M',
  medicare: { partA: true, partB: false, basis: 'age' },
};

const CHILD: MemberRecordInput = {
  ...ENROLLEE,
  memberId: 'P1000003',
  relationship: 'child',
  name: { last: 'RIVERA', first: 'SOFIA' },
  address: null,
  birthDate: '2008-11-20',
  sex: 'F',
  medicare: { partA: false, partB: false, basis: null },
};

/** A member of the example household with some facts changed (tests build on it too). */
export function exampleMember(
  who: 'enrollee' | 'spouse' | 'child',
  changes: Partial<MemberRecordInput> = {},
): MemberRecord {
  const base = { enrollee: ENROLLEE, spouse: SPOUSE, child: CHILD }[who];
  return memberRecord.parse({ ...base, ...changes });
}

/** The header of the examples' files: OPM's sponsor code and the carrier as the partner agreement sets. */
export function exampleHeader(kind: 'changes' | 'audit', effectiveOn: string): TransactionHeaderInput {
  return {
    kind,
    reference: kind === 'changes' ? 'Z9-20261205-0001' : 'Z9-20261201-AUDIT',
    createdAt: '2026-12-05T13:30:00Z',
    effectiveOn,
    masterPolicyNumber: 'CS-9999',
    sponsor: { name: 'OPM PSHB PROGRAM', qualifier: '94', id: 'PSHB' },
    payer: { name: 'EXAMPLE HEALTH PLAN', qualifier: 'FI', id: '990000009' },
  };
}

const both = (changes: Partial<MemberRecordInput>) => [
  exampleMember('enrollee', changes),
  exampleMember('spouse', changes),
];

export const GUIDE_EXAMPLES: readonly GuideExample[] = [
  {
    name: 'automatic-enrollment',
    header: exampleHeader('changes', '2026-12-05'),
    records: both({ event: { kind: 'automatic_enrollment', effectiveOn: '2027-01-01' } }),
  },
  {
    name: 'family-member-added',
    header: null,
    records: [
      ...both({
        coverage: EXAMPLE_COVERAGE.self_and_family,
        coverageBegins: '2027-04-01',
        event: { kind: 'coverage_level_change', effectiveOn: '2027-04-01', lifeEvent: null },
      }),
      exampleMember('child', {
        coverage: EXAMPLE_COVERAGE.self_and_family,
        coverageBegins: '2027-04-01',
        event: {
          kind: 'family_member_added',
          effectiveOn: '2027-04-01',
          lifeEvent: 'loss_of_other_coverage',
        },
      }),
    ],
  },
  {
    name: 'removal-for-missing-part-b',
    header: null,
    records: [
      exampleMember('spouse', {
        coverageEnds: '2027-06-30',
        benefitsEnd: '2027-07-31',
        event: { kind: 'removal_for_missing_part_b', effectiveOn: '2027-07-01' },
      }),
    ],
  },
  {
    name: 'cancellation',
    header: null,
    records: both({
      coverageEnds: '2027-05-31',
      event: { kind: 'cancellation', effectiveOn: '2027-06-01' },
    }),
  },
  {
    name: 'suspension',
    header: null,
    records: [
      exampleMember('enrollee', {
        coverage: EXAMPLE_COVERAGE.self_only,
        coverageEnds: '2027-08-31',
        event: { kind: 'suspension', effectiveOn: '2027-09-01' },
      }),
    ],
  },
  {
    name: 'reinstatement',
    header: null,
    records: [
      exampleMember('enrollee', {
        coverage: EXAMPLE_COVERAGE.self_only,
        coverageBegins: '2028-02-01',
        event: { kind: 'reinstatement', effectiveOn: '2028-02-01' },
      }),
    ],
  },
  {
    name: 'temporary-continuation',
    header: null,
    records: [
      exampleMember('enrollee', {
        subscriberId: 'P1000009',
        memberId: 'P1000009',
        subscriberStanding: 'employee',
        name: { last: 'CHEN', first: 'DAVID' },
        address: { line1: '22 SAMPLE RD', city: 'COLLEGE PARK', state: 'MD', postalCode: '20740' },
        birthDate: '1990-05-09',
        sex: 'M',
        medicare: { partA: false, partB: false, basis: null },
        coverage: EXAMPLE_COVERAGE.self_only,
        coverageBegins: '2027-03-14',
        continuation: { qualifyingEvent: 'separation', begins: '2027-03-14', ends: '2028-09-13' },
        event: { kind: 'tcc_enrollment', effectiveOn: '2027-03-14' },
      }),
    ],
  },
  {
    name: 'correction',
    header: null,
    records: both({
      coverage: EXAMPLE_COVERAGE.self_and_family,
      coverageBegins: '2027-01-01',
      event: { kind: 'correction_change', effectiveOn: '2027-01-01' },
    }),
  },
  {
    name: 'audit',
    header: exampleHeader('audit', '2027-12-01'),
    records: [
      exampleMember('enrollee', { event: { kind: 'audit', effectiveOn: '2027-12-01' } }),
      exampleMember('spouse', { event: { kind: 'audit', effectiveOn: '2027-12-01' } }),
    ],
  },
];
