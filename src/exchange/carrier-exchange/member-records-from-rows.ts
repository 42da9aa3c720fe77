// Stored rows to the carrier-facing member records (member-record.ts) an 834 is written from: an
// enrollment event with the enrollment held before it (change files), or a household's enrollment on
// a day (audit files), with the people of the household. Names, birth dates, sex, addresses and
// Medicare come from the person rows; the SSN is never read or sent (NM109 carries the member id).
// A record that cannot be built (no address on file, a name with a separator character) is returned
// as a problem naming the event, the person and the field, never silently dropped. Pure.
import { z } from 'zod';
import { addDays } from '../../domain/dates.ts';
import { coverage as coverageSchema, enrollmentState, type Coverage } from '../../domain/lifecycle.ts';
import { medicareFacts, type MedicareFacts, type PartBPeriod } from '../../domain/person.ts';
import type {
  AuditEnrollmentRow,
  ChangeEventRow,
  FeedPersonRow,
} from '../../storage/exchange/carrier-feed-rows.ts';
import type { CarrierEventKind } from './carrier-event-kind.ts';
import {
  coveredMembers,
  memberChanges,
  type EventFacts,
  type HouseholdMembers,
  type MemberChange,
} from './carrier-feed-member-changes.ts';
import { CARRIER_EVENTS_BY_ACTION } from './lifecycle-action-codes.ts';
import { checkedMemberRecord, type MemberRecordCheck } from './checked-member-record.ts';
import { medicareStandingOn } from './medicare-standing.ts';
import type { MemberRecord, PostalAddress, SubscriberStanding } from './member-record.ts';

/** One member loop and the stored event it tells. */
export interface FeedRecord {
  readonly record: MemberRecord;
  readonly eventId: number;
  readonly transitionId: number | null;
  readonly personId: number;
}

export interface FeedProblem {
  readonly eventId: number;
  readonly personId: number | null;
  readonly field: string;
  readonly message: string;
}

export interface FeedRecords {
  readonly records: readonly FeedRecord[];
  readonly problems: readonly FeedProblem[];
}

/** The exchange person id as carriers see it (REF 0F, REF 17, NM109): "P" and the id. */
export function memberIdOf(personId: number | string): string {
  return `P${personId}`;
}

/**
 * The kinds an open season run's events can give (the run records no lifecycle transition): its
 * automatic enrollment, a counted election, a decline of a held enrollment, or the termination
 * decided with it.
 */
export const CARRIER_EVENTS_BY_RUN_EVENT: Readonly<Record<string, readonly CarrierEventKind[]>> = {
  automatic_enrollment: ['automatic_enrollment'],
  open_season_election: CARRIER_EVENTS_BY_ACTION.life_event_change,
  open_season_decline: ['cancellation'],
  termination: ['termination'],
  not_enrolled: [],
};

function allowedKinds(action: string): readonly CarrierEventKind[] {
  return (
    (CARRIER_EVENTS_BY_ACTION as Readonly<Record<string, readonly CarrierEventKind[]>>)[action] ??
    CARRIER_EVENTS_BY_RUN_EVENT[action] ??
    []
  );
}

const STANDINGS: Readonly<Record<string, SubscriberStanding>> = {
  employee: 'employee',
  compensationer: 'compensationer',
  annuitant: 'annuitant',
  survivor_annuitant: 'survivor_annuitant',
  former_spouse: 'former_spouse',
};

function jsonObject(value: unknown): Record<string, unknown> {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

function coverageOf(
  enrollmentCode: string | null,
  planCode: string | null,
  optionCode: string | null,
  enrollmentType: string | null,
): Coverage | null {
  // No coverage at all (a termination's after, a first enrollment's before) needs no parse to refuse.
  if (enrollmentCode === null && planCode === null) return null;
  // JSON keeps a missing code apart from the text 'null'.
  const key = JSON.stringify([enrollmentCode, planCode, optionCode, enrollmentType]);
  const known = PARSED_COVERAGE.get(key);
  if (known !== undefined) return known;
  const parsed = coverageSchema.safeParse({ enrollmentCode, planCode, optionCode, enrollmentType });
  const coverage = parsed.success ? Object.freeze(parsed.data) : null;
  if (PARSED_COVERAGE.size < PARSED_COVERAGE_LIMIT) PARSED_COVERAGE.set(key, coverage);
  return coverage;
}

/**
 * Each coverage parsed once: a day's events name a few hundred plan options among tens of thousands of
 * events. Bounded, so a file of malformed values cannot grow it without end.
 */
const PARSED_COVERAGE = new Map<string, Coverage | null>();
const PARSED_COVERAGE_LIMIT = 10_000;

/**
 * The parts of a transition's state_after the feed reads; built once (zod schemas are costly to make).
 * The stored state holds every field of the enrollment's state: a plain object, not the strict one the
 * state is, lets the other fields pass (a strict pick refused every stored state, and so lost the
 * extension's and the continuation's last days).
 */
const STATE_AFTER = z
  .object(enrollmentState.pick({ temporaryExtensionEnds: true, tccEnds: true }).shape)
  .partial();

/** The statuses before an event in which the enrollment was in force with the carrier. */
const HELD: ReadonlySet<string> = new Set(['enrolled', 'tcc_enrolled', 'suspended']);

/** The change event as the member decision reads it. */
export function eventFacts(row: ChangeEventRow): EventFacts {
  const state = STATE_AFTER.safeParse(jsonObject(row.state_after));
  const heldBefore = row.previous_status !== null && HELD.has(row.previous_status);
  return {
    action: row.action,
    effectiveOn: row.effective_on,
    status: row.status,
    after: coverageOf(row.enrollment_code, row.plan_code, row.option_code, row.enrollment_type),
    afterSince: row.coverage_since,
    before: heldBefore
      ? coverageOf(
          row.previous_enrollment_code,
          row.previous_plan_code,
          row.previous_option_code,
          row.previous_enrollment_type,
        )
      : null,
    beforeSince: row.previous_coverage_since,
    previousStatus: row.previous_status,
    previousEffectiveOn: row.previous_effective_on,
    request: jsonObject(row.request),
    previousRequest: jsonObject(row.previous_request),
    temporaryExtensionEnds: state.success ? (state.data.temporaryExtensionEnds ?? null) : null,
    tccEnds: state.success ? (state.data.tccEnds ?? null) : null,
  };
}

/** The household's people by id, with who is the enrollee and whom Self Plus One designates. */
export function householdOf(
  householdId: number,
  persons: readonly FeedPersonRow[],
): { members: HouseholdMembers; byId: ReadonlyMap<number, FeedPersonRow> } {
  const byId = new Map(persons.map((p) => [Number(p.id), p] as const));
  const enrollee = byId.get(householdId);
  const familyIds = [...byId.keys()].filter((id) => id !== householdId).sort((a, b) => a - b);
  const designated = enrollee?.designated_member_id;
  return {
    members: {
      enrolleeId: householdId,
      familyIds,
      designatedMemberId: designated == null ? null : Number(designated),
    },
    byId,
  };
}

/** "start..end;start.." into Part B intervals (migration 0011); an empty end is still running. */
function partBPeriods(text: string | null): PartBPeriod[] {
  if (!text) return [];
  return text.split(';').flatMap((item) => {
    const [start, end] = item.split('..');
    return start ? [{ start, end: end ? end : null }] : [];
  });
}

/** The Medicare facts medicareStandingOn reads; the rest as the schema's defaults leave them. */
function medicareOf(person: FeedPersonRow): MedicareFacts {
  return {
    ...NO_MEDICARE,
    partAStart: person.medicare_part_a_start,
    partBStart: person.medicare_part_b_start,
    partBEnd: person.medicare_part_b_end,
    partBPeriods: partBPeriods(person.medicare_part_b_periods),
  };
}
const NO_MEDICARE: MedicareFacts = medicareFacts.parse({});

function addressOf(person: FeedPersonRow): PostalAddress | null {
  if (person.address_line1 === null || person.address_city === null) return null;
  return {
    line1: person.address_line1,
    line2: person.address_line2,
    city: person.address_city,
    state: person.address_state,
    postalCode: person.address_postal_code,
    country: person.address_country ?? 'US',
  };
}

function sexOf(sex: string): 'F' | 'M' | 'U' {
  const upper = sex.toUpperCase();
  return upper === 'F' || upper === 'M' ? upper : 'U';
}

interface RecordContext {
  readonly eventId: number;
  readonly transitionId: number | null;
  readonly householdId: number;
  readonly effectiveOn: string;
  /** The day Medicare standing is told as of: the event's day, or the audit's. */
  readonly medicareOn: string;
  readonly enrollee: FeedPersonRow | undefined;
  readonly check: MemberRecordCheck;
}

/** One member change and the person's facts as a validated record, or the problem that stops it. */
function toRecord(
  change: MemberChange,
  person: FeedPersonRow | undefined,
  context: RecordContext,
): FeedRecord | FeedProblem {
  const problem = (field: string, message: string): FeedProblem => ({
    eventId: context.eventId,
    personId: change.personId,
    field,
    message,
  });
  if (!person) return problem('person', 'no such person in the household');
  const standing = change.survivor ? 'survivor_annuitant' : STANDINGS[context.enrollee?.category ?? ''];
  if (!standing) return problem('category', `the enrollee's category does not hold an enrollment`);
  const medicare = medicareOf(person);
  const checked = context.check({
    subscriberId: memberIdOf(context.householdId),
    memberId: memberIdOf(change.personId),
    relationship: person.relationship,
    subscriberStanding: standing,
    name: { last: person.last_name, first: person.first_name },
    address: addressOf(person),
    birthDate: person.birth_date,
    sex: sexOf(person.sex),
    deathDate: change.deathDate,
    medicare: medicareStandingOn({ birthDate: person.birth_date, medicare }, context.medicareOn),
    coverage: change.coverage,
    coverageBegins: change.coverageBegins,
    coverageEnds: change.coverageEnds,
    benefitsEnd: change.benefitsEnd,
    continuation: change.continuation,
    event: { kind: change.kind, effectiveOn: context.effectiveOn, lifeEvent: change.lifeEvent },
  });
  if (!checked.ok) return problem(checked.field, checked.message);
  return {
    record: checked.record,
    eventId: context.eventId,
    transitionId: context.transitionId,
    personId: change.personId,
  };
}

function collect(
  changes: readonly MemberChange[],
  byId: ReadonlyMap<number, FeedPersonRow>,
  context: RecordContext,
): FeedRecords {
  const records: FeedRecord[] = [];
  const problems: FeedProblem[] = [];
  for (const change of changes) {
    const made = toRecord(change, byId.get(change.personId), context);
    if ('record' in made) records.push(made);
    else problems.push(made);
  }
  return { records, problems };
}

/**
 * The member records a change event gives the carrier whose plan codes are `carrierPlans`: none
 * when the event does not concern it.
 */
export function changeRecords(
  row: ChangeEventRow,
  persons: readonly FeedPersonRow[],
  carrierPlans: ReadonlySet<string>,
  check: MemberRecordCheck = checkedMemberRecord,
): FeedRecords {
  const eventId = Number(row.event_id);
  const householdId = Number(row.household_id);
  const facts = eventFacts(row);
  const { members, byId } = householdOf(householdId, persons);
  const decided = memberChanges(facts, members, (c) => c !== null && carrierPlans.has(c.planCode));
  if (!decided.ok) {
    return {
      records: [],
      problems: [{ eventId, personId: null, field: decided.field, message: decided.message }],
    };
  }
  const allowed = allowedKinds(row.action);
  const refused = decided.changes.find((c) => !allowed.includes(c.kind));
  if (refused) {
    const message = `${refused.kind} is not an event ${row.action} gives a carrier (CARRIER_EVENTS_BY_ACTION)`;
    return { records: [], problems: [{ eventId, personId: refused.personId, field: 'event.kind', message }] };
  }
  return collect(decided.changes, byId, {
    eventId,
    transitionId: row.transition_id == null ? null : Number(row.transition_id),
    householdId,
    effectiveOn: row.effective_on,
    medicareOn: row.effective_on,
    enrollee: byId.get(householdId),
    check,
  });
}

/**
 * The audit records of a household's enrollment on `asOf` (5 CFR 890.110 reconciliation): every
 * member the enrollment covers, INS03 030, with its dates; an enrollment in its 31-day extension
 * shows its end and the extension's last day.
 */
export function auditRecords(
  row: AuditEnrollmentRow,
  persons: readonly FeedPersonRow[],
  asOf: string,
  check: MemberRecordCheck = checkedMemberRecord,
): FeedRecords {
  const eventId = Number(row.event_id);
  const householdId = Number(row.household_id);
  const coverage = coverageOf(row.enrollment_code, row.plan_code, row.option_code, row.enrollment_type);
  if (coverage === null) {
    return {
      records: [],
      problems: [{ eventId, personId: null, field: 'coverage', message: 'no coverage on the event' }],
    };
  }
  const { members, byId } = householdOf(householdId, persons);
  const state = STATE_AFTER.safeParse(jsonObject(row.state_after));
  const inExtension = row.status === 'in_temporary_extension';
  const coverageEnds = inExtension ? addDays(row.effective_on, -1) : null;
  const extension = state.success ? (state.data.temporaryExtensionEnds ?? null) : null;
  const changes = coveredMembers(members, coverage.enrollmentType).map((personId): MemberChange => ({
    personId,
    kind: 'audit',
    coverage,
    coverageBegins: row.coverage_since ?? row.effective_on,
    coverageEnds,
    benefitsEnd: coverageEnds !== null && extension !== null && extension >= coverageEnds ? extension : null,
    lifeEvent: null,
    continuation: null,
    deathDate: null,
  }));
  return collect(changes, byId, {
    eventId,
    transitionId: null,
    householdId,
    effectiveOn: asOf,
    medicareOn: asOf,
    enrollee: byId.get(householdId),
    check,
  });
}
