// A person's standing, explained: eligibility, the Part B requirement and the open season outcome of
// their household, decided now by the rules, with the enrollment events already on record.
import { currentCarriersSubquery } from '../storage/current-carriers.ts';
import { PshbError } from '../errors.ts';
import type { IsoDate } from '../domain/dates.ts';
import { indexCatalogue, type CatalogueIndex } from '../rules/catalogue-index.ts';
import { evaluateHousehold, type HouseholdDecision, type PersonOutcome } from '../rules/household.ts';
import { householdLinesSubquery, parseHouseholds } from '../storage/household-reader.ts';
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

/**
 * Everything a person's explanation needs, read in one statement together with what the access policy
 * needs to decide (the household and the carriers of its current PSHB enrollment), so that the API
 * route makes one round trip before its access decision instead of four. Nothing of it may be returned
 * before the decision and its audit record: explainEligibility is what turns it into a response.
 */
export interface EligibilitySource {
  readonly personId: number;
  readonly householdId: number;
  /** The carriers of the household's latest PSHB event that names a plan, as scopeOfPerson reads them. */
  readonly carrierCodes: string[];
  readonly name: string;
  readonly ssnLastFour: string;
  /** The household's lines, in the form parseHouseholds reads. */
  readonly householdLines: string;
  readonly history: readonly RecordedEvent[];
}

// Pre-compiled once (building it with kysely on every request cost more than the request's own rules)
// and prepared once per connection: PostgreSQL spent several times longer planning it than running it.
// recordedAt is formatted by the database as Date.toISOString() would (UTC, milliseconds truncated), so
// the events need no conversion here.
const SOURCE_SQL = `
  select q.household_id, q.first_name, q.last_name, q.ssn_last4,
    ${currentCarriersSubquery('q.household_id')} as carrier_codes,
    ${householdLinesSubquery('q.household_id', '$2')} as lines,
    (
      select json_agg(json_build_object(
          'eventType', ev.event_type,
          'enrollmentCode', ev.enrollment_code,
          'effectiveOn', ev.effective_on,
          'recordedAt', to_char(ev.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'reason', ev.reason,
          'citations', ev.citations
        ) order by ev.recorded_at, ev.id)::text
      from enrollment_event ev where ev.person_id = q.household_id
    ) as events
  from person q where q.id = $1`;

interface SourceRow {
  readonly household_id: number | string;
  readonly first_name: string;
  readonly last_name: string;
  readonly ssn_last4: string | null;
  readonly carrier_codes: string[] | null;
  readonly lines: string | null;
  readonly events: string | null;
}

/** What explaining the person needs, for the named open season; undefined when there is no such person. */
export async function readEligibilitySource(
  store: Store,
  personId: number,
  openSeasonId: string,
): Promise<EligibilitySource | undefined> {
  const rows = await store.prepared<SourceRow>('pshb_eligibility_source', SOURCE_SQL, [
    personId,
    openSeasonId,
  ]);
  const row = rows[0];
  if (!row) return undefined;
  return {
    personId,
    householdId: Number(row.household_id),
    carrierCodes: row.carrier_codes ?? [],
    name: `${row.first_name} ${row.last_name}`,
    // The SSN is stored encrypted (src/security/ssn-at-rest.ts); only its last four digits are shown.
    ssnLastFour: row.ssn_last4 ?? '????',
    householdLines: row.lines ?? '',
    history: row.events ? (JSON.parse(row.events) as RecordedEvent[]) : [],
  };
}

/** Decides the person's household by the rules and explains the person's part in it. */
export function explainEligibility(
  source: EligibilitySource,
  context: SeasonContext,
  index: CatalogueIndex,
  asOf: IsoDate = context.openSeason.effectiveOn,
): PersonEligibility {
  const { personId } = source;
  const [household] = parseHouseholds(source.householdLines);
  if (!household) throw new PshbError('NOT_FOUND', `person ${personId} belongs to no household on record`);
  const decision = evaluateHousehold(
    {
      enrollee: household.enrollee,
      family: household.family,
      fehbEnrollment: household.fehbEnrollment,
      election: countingElection(household.elections, context.openSeason),
    },
    { ...context, catalogue: index, asOf },
  );
  const id = String(personId);
  const outcome =
    decision.enrollee.personId === id ? decision.enrollee : decision.members.find((p) => p.personId === id);
  if (!outcome) throw new PshbError('NOT_FOUND', `person ${personId} was not decided with their household`);
  return {
    personId: id,
    householdId: String(source.householdId),
    name: source.name,
    ssnLastFour: source.ssnLastFour,
    asOf,
    person: outcome,
    household: { enrollment: decision.enrollment, termination: decision.termination },
    history: source.history,
  };
}

/** Reads and explains in one call, for callers that decide access elsewhere (the command line). */
export async function explainPersonEligibility(
  store: Store,
  personId: number,
  context: SeasonContext,
  asOf: IsoDate = context.openSeason.effectiveOn,
  index: CatalogueIndex = indexCatalogue(context.catalogue),
): Promise<PersonEligibility> {
  const source = await readEligibilitySource(store, personId, context.openSeason.id);
  if (!source) throw new PshbError('NOT_FOUND', `no person with id ${personId}`);
  return explainEligibility(source, context, index, asOf);
}
