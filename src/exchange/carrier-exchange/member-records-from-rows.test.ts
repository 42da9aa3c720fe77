// Stored events to member records, named after the lifecycle action and the 834 companion guide's
// event table (lifecycle-action-codes.ts). Every record built is also written as a member loop, so a
// date the guide requires for the event kind can never be missing.
import { describe, expect, it } from 'vitest';
import type { Coverage } from '../../domain/lifecycle.ts';
import type {
  AuditEnrollmentRow,
  ChangeEventRow,
  FeedPersonRow,
} from '../../storage/exchange/carrier-feed-rows.ts';
import { memberLoop } from './member-loop.ts';
import { auditRecords, changeRecords, memberIdOf, type FeedRecords } from './member-records-from-rows.ts';

const A1: Coverage = { enrollmentCode: 'AA1', planCode: 'AA', optionCode: '1', enrollmentType: 'self_only' };
const A2: Coverage = {
  enrollmentCode: 'AA2',
  planCode: 'AA',
  optionCode: '1',
  enrollmentType: 'self_plus_one',
};
const A3: Coverage = {
  enrollmentCode: 'AA3',
  planCode: 'AA',
  optionCode: '1',
  enrollmentType: 'self_and_family',
};
const B2: Coverage = {
  enrollmentCode: 'BB2',
  planCode: 'BB',
  optionCode: '1',
  enrollmentType: 'self_plus_one',
};
const CARRIER_A = new Set(['AA']);
const CARRIER_B = new Set(['BB']);

function person(id: number, fields: Partial<FeedPersonRow> = {}): FeedPersonRow {
  const self = id === 1;
  return {
    id,
    household_id: 1,
    relationship: self ? 'self' : id === 2 ? 'spouse' : 'child',
    category: self ? 'annuitant' : 'family_member',
    first_name: ['ANA', 'LUIS', 'SOFIA', 'MATEO'][id - 1] ?? 'X',
    last_name: 'RIVERA',
    birth_date: self ? '1958-03-14' : id === 2 ? '1960-07-02' : '2010-11-20',
    sex: self ? 'F' : 'M',
    medicare_part_a_start: self ? '2023-03-01' : null,
    medicare_part_b_start: self ? '2023-03-01' : null,
    medicare_part_b_end: null,
    medicare_part_b_periods: null,
    designated_member_id: null,
    address_line1: self ? '100 EXAMPLE ST' : null,
    address_line2: null,
    address_city: self ? 'SILVER SPRING' : null,
    address_state: self ? 'MD' : null,
    address_postal_code: self ? '20910' : null,
    address_country: self ? 'US' : null,
    ...fields,
  };
}
const FAMILY = [person(1), person(2), person(3)];

function event(
  action: string,
  after: Coverage | null,
  before: Coverage | null,
  fields: Partial<ChangeEventRow> = {},
): ChangeEventRow {
  return {
    event_id: 10,
    household_id: 1,
    action,
    enrollment_code: after?.enrollmentCode ?? null,
    plan_code: after?.planCode ?? null,
    option_code: after?.optionCode ?? null,
    enrollment_type: after?.enrollmentType ?? null,
    effective_on: '2027-06-01',
    status: 'enrolled',
    coverage_since: '2027-06-01',
    transition_id: 7,
    request: {},
    state_after: {},
    previous_event_id: before ? 9 : null,
    previous_enrollment_code: before?.enrollmentCode ?? null,
    previous_plan_code: before?.planCode ?? null,
    previous_option_code: before?.optionCode ?? null,
    previous_enrollment_type: before?.enrollmentType ?? null,
    previous_status: before ? 'enrolled' : null,
    previous_coverage_since: before ? '2027-01-01' : null,
    previous_effective_on: before ? '2027-01-01' : null,
    previous_request: null,
    ...fields,
  };
}

/** Each member's id and event kind, after checking every record writes as a member loop. */
function told(made: FeedRecords): string[] {
  expect(made.problems).toEqual([]);
  for (const { record } of made.records) expect(() => memberLoop(record)).not.toThrow();
  return made.records.map((r) => `${r.record.memberId} ${r.record.event.kind}`);
}

describe('automatic_enrollment (5 CFR 890.1605(b); guide: INS03 021, INS04 AL)', () => {
  it('tells the enrollee and the Self Plus One member the FEHB enrollment designated', () => {
    const persons = [person(1, { designated_member_id: 3 }), person(2), person(3)];
    const made = changeRecords(event('automatic_enrollment', A2, null), persons, CARRIER_A);
    expect(told(made)).toEqual(['P1 automatic_enrollment', 'P3 automatic_enrollment']);
    expect(made.records[0]!.record).toMatchObject({
      subscriberId: 'P1',
      subscriberStanding: 'annuitant',
      coverage: A2,
      coverageBegins: '2027-06-01',
      medicare: { partA: true, partB: true, basis: 'age' },
    });
  });

  it('tells a carrier nothing about another carrier’s enrollment', () => {
    expect(changeRecords(event('automatic_enrollment', A2, null), FAMILY, CARRIER_B)).toEqual({
      records: [],
      problems: [],
    });
  });
});

describe('open_season_change between carriers (5 CFR 890.1606(e); guide: plan_change_out, plan_change_in)', () => {
  const move = event('open_season_change', B2, A2);

  it('is a termination for the old carrier: coverage ends the day before, with no extension', () => {
    const made = changeRecords(move, FAMILY, CARRIER_A);
    expect(told(made)).toEqual(['P1 plan_change_out', 'P2 plan_change_out']);
    expect(made.records[0]!.record).toMatchObject({
      coverage: A2,
      coverageBegins: '2027-01-01',
      coverageEnds: '2027-05-31',
      benefitsEnd: null,
    });
    expect(memberLoop(made.records[0]!.record).map((s) => s.id)).toContain('DTP');
  });

  it('is an addition for the new carrier from the change’s effective day', () => {
    const made = changeRecords(move, FAMILY, CARRIER_B);
    expect(told(made)).toEqual(['P1 plan_change_in', 'P2 plan_change_in']);
    expect(made.records[0]!.record).toMatchObject({
      coverage: B2,
      coverageBegins: '2027-06-01',
      coverageEnds: null,
    });
  });
});

describe('5 CFR 890.1606(e): a change between carriers before the enrollment it replaces has begun', () => {
  // Automatically enrolled from June 1, the enrollee moves to another carrier's plan in the open season,
  // effective the same June 1: the old carrier's enrollment never ran.
  const early = event('open_season_change', B2, A2, {
    previous_coverage_since: '2027-06-01',
    previous_effective_on: '2027-06-01',
  });

  it('is a cancellation for the old carrier: coverage ends the day it would have begun (DTP 349 = DTP 348)', () => {
    const made = changeRecords(early, FAMILY, CARRIER_A);
    expect(told(made)).toEqual(['P1 plan_change_out', 'P2 plan_change_out']);
    for (const { record } of made.records)
      expect(record).toMatchObject({
        coverage: A2,
        coverageBegins: '2027-06-01',
        coverageEnds: '2027-06-01',
        benefitsEnd: null,
      });
  });

  it('is an addition for the new carrier from the same day', () => {
    const made = changeRecords(early, FAMILY, CARRIER_B);
    expect(told(made)).toEqual(['P1 plan_change_in', 'P2 plan_change_in']);
    expect(made.records[0]!.record).toMatchObject({ coverage: B2, coverageBegins: '2027-06-01' });
  });
});

describe('life_event_change within a carrier (5 CFR 890.301(f); guide: coverage_level_change, family_member_added)', () => {
  it('marriage raising Self Only to Self and Family: the enrollee changes level, each family member is added with INS04 32', () => {
    const made = changeRecords(
      event('life_event_change', A3, A1, { request: { event: 'marriage' } }),
      FAMILY,
      CARRIER_A,
    );
    expect(told(made)).toEqual([
      'P1 coverage_level_change',
      'P2 family_member_added',
      'P3 family_member_added',
    ]);
    expect(made.records[1]!.record.event.lifeEvent).toBe('marriage');
    expect(memberLoop(made.records[1]!.record)[0]!.elements[3]).toBe('32');
  });

  it('divorce lowering Self Plus One to Self Only removes the spouse, whose coverage ends the day before', () => {
    const made = changeRecords(
      event('life_event_change', A1, A2, { request: { event: 'divorce' } }),
      FAMILY,
      CARRIER_A,
    );
    expect(told(made)).toEqual(['P1 coverage_level_change', 'P2 family_member_removed']);
    expect(made.records[1]!.record).toMatchObject({ coverage: A2, coverageEnds: '2027-05-31' });
  });
});

describe('cancel_for_part_b (5 CFR 890.1608(e); guide: cancellation_for_part_b, DTP 349 the extension)', () => {
  it('a family member cancelled in writing: only that member, with the 31-day extension', () => {
    const made = changeRecords(
      event('cancel_for_part_b', A3, A3, {
        request: { cancelling: { kind: 'family_member', memberId: '2' } },
        state_after: { temporaryExtensionEnds: '2027-07-01' },
      }),
      FAMILY,
      CARRIER_A,
    );
    expect(told(made)).toEqual(['P2 cancellation_for_part_b']);
    expect(made.records[0]!.record).toMatchObject({ coverageEnds: '2027-05-31', benefitsEnd: '2027-07-01' });
  });
});

describe('the enrollment state as the lifecycle stores it, every field present', () => {
  const stored = (extra: Record<string, unknown>) => ({
    personId: '1',
    enrolleeKind: 'employee',
    status: 'enrolled',
    coverage: A3,
    since: '2027-01-01',
    temporaryExtensionEnds: null,
    tccEnds: null,
    ...extra,
  });

  it("reads the extension's last day (5 CFR 890.401(a)) from the whole stored state", () => {
    const made = changeRecords(
      event('cancel_for_part_b', A3, A3, {
        request: { cancelling: { kind: 'family_member', memberId: '2' } },
        state_after: JSON.stringify(stored({ temporaryExtensionEnds: '2027-07-01' })),
      }),
      FAMILY,
      CARRIER_A,
    );
    expect(made.records[0]!.record).toMatchObject({ benefitsEnd: '2027-07-01' });
  });

  it("reads the continuation's last day (5 U.S.C. 8905a) from the whole stored state", () => {
    const made = changeRecords(
      event('elect_tcc', A1, null, {
        status: 'tcc_enrolled',
        request: { qualifyingEvent: 'separation' },
        state_after: stored({ status: 'tcc_enrolled', coverage: A1, tccEnds: '2028-11-30' }),
      }),
      FAMILY,
      CARRIER_A,
    );
    expect(made.problems).toEqual([]);
    expect(made.records[0]!.record.continuation?.ends).toBe('2028-11-30');
  });
});

describe('cancel (5 CFR 890.1606; guide: cancellation, DTP 349 = DTP 357)', () => {
  it('ends every member with no extension', () => {
    const made = changeRecords(event('cancel', A2, A2, { status: 'cancelled' }), FAMILY, CARRIER_A);
    expect(told(made)).toEqual(['P1 cancellation', 'P2 cancellation']);
    expect(made.records[0]!.record.benefitsEnd).toBeNull();
  });
});

describe('death_of_enrollee (5 CFR 890.401(a); guide: death_of_enrollee with INS12, survivor_continuation)', () => {
  it('reports the death on the enrollee and the survivor annuitant continuing the coverage', () => {
    const made = changeRecords(
      event('death_of_enrollee', A2, A2, {
        status: 'terminated',
        request: { dateOfDeath: '2027-05-20', survivorContinuesCoverage: true },
      }),
      FAMILY,
      CARRIER_A,
    );
    expect(told(made)).toEqual(['P1 death_of_enrollee', 'P2 survivor_continuation']);
    expect(made.records[0]!.record.deathDate).toBe('2027-05-20');
    expect(made.records[1]!.record.subscriberStanding).toBe('survivor_annuitant');
  });
});

describe('end_temporary_extension (5 CFR 890.401(a); guide: temporary_extension_ended)', () => {
  it('coverage ended before the extension; benefits end on the extension’s last day', () => {
    const made = changeRecords(
      event('end_temporary_extension', A1, A1, {
        status: 'terminated',
        effective_on: '2027-07-02',
        coverage_since: '2027-01-01',
        previous_status: 'in_temporary_extension',
        previous_effective_on: '2027-06-01',
      }),
      FAMILY,
      CARRIER_A,
    );
    expect(told(made)).toEqual(['P1 temporary_extension_ended']);
    expect(made.records[0]!.record).toMatchObject({ coverageEnds: '2027-05-31', benefitsEnd: '2027-07-01' });
  });
});

describe('elect_tcc (5 U.S.C. 8905a; guide: tcc_enrollment, DTP 340/341)', () => {
  it('carries the qualifying event and the continuation’s span', () => {
    const made = changeRecords(
      event('elect_tcc', A1, null, {
        status: 'tcc_enrolled',
        request: { qualifyingEvent: 'separation' },
        state_after: { tccEnds: '2028-11-30' },
      }),
      FAMILY,
      CARRIER_A,
    );
    expect(told(made)).toEqual(['P1 tcc_enrollment']);
    expect(made.records[0]!.record.continuation).toEqual({
      qualifyingEvent: 'separation',
      begins: '2027-06-01',
      ends: '2028-11-30',
    });
  });
});

describe('termination from the open season run (5 CFR 890.1608(b); guide: termination)', () => {
  it('ends the enrollment recorded with it', () => {
    const made = changeRecords(
      event('termination', A1, A1, { status: 'terminated', transition_id: null }),
      FAMILY,
      CARRIER_A,
    );
    expect(told(made)).toEqual(['P1 termination']);
    expect(made.records[0]!.transitionId).toBeNull();
  });
});

describe('what is never sent or never silently dropped', () => {
  it('sends no Social Security number: NM109 carries the member id', () => {
    const made = changeRecords(event('automatic_enrollment', A1, null), FAMILY, CARRIER_A);
    expect(made.records[0]!.record.ssn).toBeNull();
    expect(memberIdOf(42)).toBe('P42');
  });

  it('a subscriber with no address on file is a problem naming the field, not a record', () => {
    const persons = [person(1, { address_line1: null, address_city: null })];
    const made = changeRecords(event('automatic_enrollment', A1, null), persons, CARRIER_A);
    expect(made.records).toEqual([]);
    expect(made.problems).toEqual([
      { eventId: 10, personId: 1, field: 'address', message: expect.any(String) },
    ]);
  });
});

describe('audit (5 CFR 890.110; guide: INS03 030, BGN08 4)', () => {
  const row: AuditEnrollmentRow = {
    event_id: 10,
    household_id: 1,
    action: 'cancel_for_part_b',
    enrollment_code: 'AA3',
    plan_code: 'AA',
    option_code: '1',
    enrollment_type: 'self_and_family',
    effective_on: '2027-06-01',
    status: 'in_temporary_extension',
    coverage_since: '2027-01-01',
    state_after: JSON.stringify({ temporaryExtensionEnds: '2027-07-01' }),
  };

  it('every covered member as of the day; one in its extension shows its end and the extension', () => {
    const made = auditRecords(row, FAMILY, '2027-06-15');
    expect(told(made)).toEqual(['P1 audit', 'P2 audit', 'P3 audit']);
    expect(made.records[0]!.record).toMatchObject({
      coverageBegins: '2027-01-01',
      coverageEnds: '2027-05-31',
      benefitsEnd: '2027-07-01',
      event: { kind: 'audit', effectiveOn: '2027-06-15' },
    });
  });
});
