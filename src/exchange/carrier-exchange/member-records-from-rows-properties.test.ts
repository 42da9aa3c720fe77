// Properties of the stored-event mapping over any action, enrollment before and after, and status:
// every kind a carrier is told is one CARRIER_EVENTS_BY_ACTION (or the run's table) allows for the
// action; every record built writes as a member loop; a carrier hears only of its own plans; and an
// event concerning two carriers never tells one of them about the other's coverage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/dates.ts';
import type { Coverage } from '../../domain/lifecycle.ts';
import { LIFECYCLE_ACTIONS, LIFECYCLE_STATUSES } from '../../rules/lifecycle/states.ts';
import type { ChangeEventRow, FeedPersonRow } from '../../storage/exchange/carrier-feed-rows.ts';
import { CARRIER_EVENTS_BY_ACTION } from './lifecycle-action-codes.ts';
import { memberLoop } from './member-loop.ts';
import { CARRIER_EVENTS_BY_RUN_EVENT, changeRecords } from './member-records-from-rows.ts';

const COVERAGES: readonly Coverage[] = (['AA', 'BB'] as const).flatMap((plan) =>
  (['self_only', 'self_plus_one', 'self_and_family'] as const).map((enrollmentType, i) => ({
    enrollmentCode: `${plan}${i + 1}`,
    planCode: plan,
    optionCode: '1',
    enrollmentType,
  })),
);
const ACTIONS = [...LIFECYCLE_ACTIONS, ...Object.keys(CARRIER_EVENTS_BY_RUN_EVENT)];
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  ...CARRIER_EVENTS_BY_RUN_EVENT,
  ...CARRIER_EVENTS_BY_ACTION,
};

function person(id: number): FeedPersonRow {
  const self = id === 1;
  return {
    id,
    household_id: 1,
    relationship: self ? 'self' : id === 2 ? 'spouse' : 'child',
    category: self ? 'employee' : 'family_member',
    first_name: 'TEST',
    last_name: 'PERSON',
    birth_date: self ? '1970-01-01' : '2010-01-01',
    sex: 'U',
    medicare_part_a_start: null,
    medicare_part_b_start: null,
    medicare_part_b_end: null,
    medicare_part_b_periods: null,
    designated_member_id: null,
    address_line1: self ? '1 MAIN ST' : null,
    address_line2: null,
    address_city: self ? 'TOWN' : null,
    address_state: self ? 'MD' : null,
    address_postal_code: null,
    address_country: 'US',
  };
}

const eventRow = fc
  .record({
    action: fc.constantFrom(...ACTIONS),
    after: fc.option(fc.constantFrom(...COVERAGES), { nil: null }),
    before: fc.option(fc.constantFrom(...COVERAGES), { nil: null }),
    status: fc.constantFrom(...LIFECYCLE_STATUSES),
    previousStatus: fc.constantFrom(...LIFECYCLE_STATUSES),
    sinceDays: fc.integer({ min: 0, max: 400 }),
    extension: fc.constantFrom(null, 31),
    family: fc.integer({ min: 1, max: 4 }),
    lifeEvent: fc.constantFrom(undefined, 'marriage', 'divorce', 'birth_or_adoption'),
  })
  .map((g): { row: ChangeEventRow; persons: FeedPersonRow[] } => {
    const effective = '2027-06-01';
    const since = addDays(effective, -g.sinceDays);
    return {
      row: {
        event_id: 5,
        household_id: 1,
        action: g.action,
        enrollment_code: g.after?.enrollmentCode ?? null,
        plan_code: g.after?.planCode ?? null,
        option_code: g.after?.optionCode ?? null,
        enrollment_type: g.after?.enrollmentType ?? null,
        effective_on: effective,
        status: g.status,
        coverage_since: since,
        transition_id: 3,
        request: { event: g.lifeEvent, dateOfDeath: addDays(effective, -1), qualifyingEvent: 'separation' },
        state_after: {
          temporaryExtensionEnds: g.extension === null ? null : addDays(effective, g.extension),
          tccEnds: '2028-06-01',
        },
        previous_event_id: g.before ? 4 : null,
        previous_enrollment_code: g.before?.enrollmentCode ?? null,
        previous_plan_code: g.before?.planCode ?? null,
        previous_option_code: g.before?.optionCode ?? null,
        previous_enrollment_type: g.before?.enrollmentType ?? null,
        previous_status: g.before ? g.previousStatus : null,
        previous_coverage_since: g.before ? since : null,
        previous_effective_on: g.before ? since : null,
        previous_request: { qualifyingEvent: 'former_spouse' },
      },
      persons: Array.from({ length: g.family }, (_, i) => person(i + 1)),
    };
  });

describe('stored events told to carriers, for any action and enrollment', () => {
  it('every kind is one the action allows, and every record writes as a member loop', () => {
    fc.assert(
      fc.property(eventRow, ({ row, persons }) => {
        for (const plans of [new Set(['AA']), new Set(['BB'])]) {
          const made = changeRecords(row, persons, plans);
          for (const { record } of made.records) {
            expect(ALLOWED[row.action]).toContain(record.event.kind);
            expect(() => memberLoop(record)).not.toThrow();
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a carrier is told only of coverage in its own plans', () => {
    fc.assert(
      fc.property(eventRow, ({ row, persons }) => {
        for (const plan of ['AA', 'BB']) {
          const made = changeRecords(row, persons, new Set([plan]));
          for (const { record } of made.records) expect(record.coverage.planCode).toBe(plan);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
