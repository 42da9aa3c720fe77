// Where a household's enrollment stands, read from the record: the state the latest lifecycle
// transition left, or, before any, the state the open season run recorded (automatic enrollment,
// counted election, decline or termination). The ETag is the household's enrollment ETag, which every
// recorded event changes.
import type { PersonCategory } from '../../domain/person.ts';
import { PshbError } from '../../errors.ts';
import type { EnrolleeKind } from '../../domain/lifecycle.ts';
import { enrollmentState, type EnrollmentState } from '../../domain/lifecycle.ts';
import type { EnrollmentType } from '../../domain/catalogue.ts';
import { householdEtag } from '../../storage/household-etag.ts';
import { dayOf, type Query } from '../../storage/raw-query.ts';

export interface CurrentEnrollment {
  readonly householdId: number;
  readonly state: EnrollmentState;
  readonly etag: string;
}

interface EventRow {
  id: number | string;
  event_type: string;
  enrollment_code: string | null;
  plan_code: string | null;
  option_code: string | null;
  enrollment_type: string | null;
  effective_on: string | Date;
}

const ENROLLING_EVENTS: ReadonlySet<string> = new Set(['automatic_enrollment', 'open_season_election']);

/** Employees (and compensationers, paid like them) pay biweekly; annuitants and former spouses monthly. */
export function enrolleeKindOf(category: PersonCategory | string): EnrolleeKind {
  return category === 'employee' || category === 'compensationer' ? 'employee' : 'annuitant';
}

/** The enrollment of the household the person belongs to, or NOT_FOUND. */
export async function readEnrollmentState(query: Query, personId: number): Promise<CurrentEnrollment> {
  const [person] = await query<{ household_id: number | string; category: string }>(
    `select p.household_id, e.category from person p join person e on e.id = p.household_id where p.id = $1`,
    [personId],
  );
  if (!person) throw new PshbError('NOT_FOUND', `no person with id ${personId}`);
  const householdId = Number(person.household_id);
  const [[latestEvent], [latestTransition], etag] = await Promise.all([
    query<EventRow>(
      `select id, event_type, enrollment_code, plan_code, option_code, enrollment_type, effective_on
       from enrollment_event where person_id = $1 order by id desc limit 1`,
      [householdId],
    ),
    query<{ event_id: number | string; state_after: unknown }>(
      `select event_id, state_after from lifecycle_transition where person_id = $1 order by id desc limit 1`,
      [householdId],
    ),
    householdEtag(query, householdId),
  ]);
  const kind = enrolleeKindOf(person.category);
  const state =
    latestTransition && (!latestEvent || Number(latestTransition.event_id) >= Number(latestEvent.id))
      ? enrollmentState.parse(parseJson(latestTransition.state_after))
      : stateFromRunEvent(householdId, kind, latestEvent ?? null);
  return { householdId, state, etag };
}

/** The state an open season run's latest event implies (before any lifecycle transition). */
export function stateFromRunEvent(
  householdId: number,
  kind: EnrolleeKind,
  event: EventRow | null,
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
