// Where a household's enrollment stands, read from the record: the state the latest lifecycle
// transition left, or, before any, the state the open season run recorded (automatic enrollment,
// counted election, decline or termination). The ETag is the household's enrollment ETag, which every
// recorded event changes.
import type { PersonCategory } from '../../domain/person.ts';
import { PshbError } from '../../errors.ts';
import type { EnrolleeKind } from '../../domain/lifecycle.ts';
import { enrollmentState, type EnrollmentState } from '../../domain/lifecycle.ts';
import type { EnrollmentType } from '../../domain/catalogue.ts';
import { findLatestEvent, type LatestEvent } from '../../storage/enrollment/enrollment-events.ts';
import { findHouseholdOfPerson } from '../../storage/enrollment/households.ts';
import { findLatestTransition } from '../../storage/enrollment/transitions.ts';
import type { Executor } from '../../storage/executor.ts';
import { householdEtag } from '../../storage/household-etag.ts';
import { dayOf } from '../../storage/raw-query.ts';

export interface CurrentEnrollment {
  readonly householdId: number;
  readonly state: EnrollmentState;
  readonly etag: string;
}

const ENROLLING_EVENTS: ReadonlySet<string> = new Set(['automatic_enrollment', 'open_season_election']);

/** Employees (and compensationers, paid like them) pay biweekly; annuitants and former spouses monthly. */
export function enrolleeKindOf(category: PersonCategory | string): EnrolleeKind {
  return category === 'employee' || category === 'compensationer' ? 'employee' : 'annuitant';
}

/** The enrollment of the household the person belongs to, or NOT_FOUND. */
export async function readEnrollmentState(executor: Executor, personId: number): Promise<CurrentEnrollment> {
  const household = await findHouseholdOfPerson(executor, personId);
  if (!household) throw new PshbError('NOT_FOUND', `no person with id ${personId}`);
  const { householdId } = household;
  // One after another: inside a transaction the executor is one connection, which runs one query at a time.
  const latestEvent = await findLatestEvent(executor, householdId);
  const latestTransition = await findLatestTransition(executor, householdId);
  const etag = await householdEtag((text, params) => executor.query(text, params), householdId);
  const kind = enrolleeKindOf(household.enrolleeCategory);
  // The latest transition tells the state unless the open season run recorded an event after it.
  const state =
    latestTransition && (!latestEvent || latestTransition.eventId >= Number(latestEvent.id))
      ? enrollmentState.parse(parseJson(latestTransition.stateAfter))
      : stateFromRunEvent(householdId, kind, latestEvent ?? null);
  return { householdId, state, etag };
}

/** The state an open season run's latest event implies (before any lifecycle transition). */
export function stateFromRunEvent(
  householdId: number,
  kind: EnrolleeKind,
  event: LatestEvent | null,
): EnrollmentState {
  const base = {
    personId: String(householdId),
    enrolleeKind: kind,
    temporaryExtensionEnds: null,
    tccEnds: null,
  };
  if (!event) return { ...base, status: 'not_enrolled', coverage: null, since: null };
  const since = dayOf(event.effective_on);
  const coverage =
    event.enrollment_code && event.plan_code && event.option_code && event.enrollment_type
      ? {
          enrollmentCode: event.enrollment_code,
          planCode: event.plan_code,
          optionCode: event.option_code,
          enrollmentType: event.enrollment_type as EnrollmentType,
        }
      : null;
  if (ENROLLING_EVENTS.has(event.event_type) && coverage)
    return { ...base, status: 'enrolled', coverage, since };
  if (event.event_type === 'open_season_decline')
    return { ...base, status: 'declined', coverage: null, since };
  if (event.event_type === 'termination') return { ...base, status: 'terminated', coverage, since };
  return { ...base, status: 'not_enrolled', coverage: null, since };
}

function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
