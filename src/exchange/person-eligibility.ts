// A person's standing, explained: eligibility, the Part B requirement and the open season outcome of
// their household, decided now by the rules, with the enrollment events already on record.
import { PshbError } from '../errors.ts';
import type { IsoDate } from '../domain/dates.ts';
import { indexCatalogue } from '../rules/catalogue-index.ts';
import { evaluateHousehold, type HouseholdDecision, type PersonOutcome } from '../rules/household.ts';
import { readHouseholdWindow } from '../storage/household-reader.ts';
import type { Store } from '../storage/store.ts';
import { countingElection } from '../rules/counting-election.ts';
import type { SeasonContext } from './season-context.ts';

export interface RecordedEvent {
  readonly eventType: string;
  readonly enrollmentCode: string | null;
  readonly effectiveOn: string;
  readonly recordedAt: string;
  readonly reason: string;
  readonly citations: readonly string[];
}

export interface PersonEligibility {
  readonly personId: string;
  readonly householdId: string;
  readonly name: string;
  /** Only the last four digits: the full number is not needed to explain a decision. */
  readonly ssnLastFour: string;
  readonly asOf: IsoDate;
  readonly person: PersonOutcome;
  /** The household's open season decision, on the enrollee's record. */
  readonly household: Pick<HouseholdDecision, 'enrollment' | 'termination'>;
  readonly history: readonly RecordedEvent[];
}

export async function explainPersonEligibility(
  store: Store,
  personId: number,
  context: SeasonContext,
  asOf: IsoDate = context.openSeason.effectiveOn,
): Promise<PersonEligibility> {
  // The SSN is stored encrypted (src/security/ssn-at-rest.ts); only its last four digits are shown here.
  const row = await store.db
    .selectFrom('person')
    .select(['id', 'household_id', 'first_name', 'last_name', 'ssn_last4'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!row) throw new PshbError('NOT_FOUND', `no person with id ${personId}`);
  const [household] = await readHouseholdWindow(
    store,
    context.openSeason.id,
    row.household_id - 1,
    row.household_id,
  );
  if (!household) throw new PshbError('NOT_FOUND', `person ${personId} belongs to no household on record`);
  const decision = evaluateHousehold(
    {
      enrollee: household.enrollee,
      family: household.family,
      fehbEnrollment: household.fehbEnrollment,
      election: countingElection(household.elections, context.openSeason),
    },
    { ...context, catalogue: indexCatalogue(context.catalogue), asOf },
  );
  const outcome = [decision.enrollee, ...decision.members].find((p) => p.personId === String(personId));
  if (!outcome) throw new PshbError('NOT_FOUND', `person ${personId} was not decided with their household`);
  return {
    personId: String(row.id),
    householdId: String(row.household_id),
    name: `${row.first_name} ${row.last_name}`,
    ssnLastFour: row.ssn_last4 ?? '????',
    asOf,
    person: outcome,
    household: { enrollment: decision.enrollment, termination: decision.termination },
    history: await recordedEvents(store, row.household_id),
  };
}

async function recordedEvents(store: Store, householdId: number): Promise<RecordedEvent[]> {
  const rows = await store.db
    .selectFrom('enrollment_event')
    .select(['event_type', 'enrollment_code', 'effective_on', 'recorded_at', 'reason', 'citations'])
    .where('person_id', '=', householdId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    eventType: r.event_type,
    enrollmentCode: r.enrollment_code,
    effectiveOn: r.effective_on,
    recordedAt: new Date(r.recorded_at).toISOString(),
    reason: r.reason,
    citations: r.citations,
  }));
}
