// Everything explaining a person's standing needs, read in one statement together with what the access
// policy needs to decide (the household and the carriers of its current PSHB enrollment), so that the
// eligibility route makes one round trip before its access decision instead of four.
import { currentCarriersSubquery } from '../current-carriers.ts';
import { batchedRead, batcherPerExecutor, type BatchedRead } from '../batched-read.ts';
import type { Executor } from '../executor.ts';
import { householdLinesSubquery } from '../household-reader.ts';

export interface RecordedEvent {
  readonly eventType: string;
  readonly enrollmentCode: string | null;
  readonly effectiveOn: string;
  readonly recordedAt: string;
  readonly reason: string;
  readonly citations: readonly string[];
}

/**
 * A person's explanation's inputs. Nothing of it may be returned before the access decision and its
 * audit record: explainEligibility (src/exchange/person-eligibility.ts) turns it into a response.
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
  select q.id, q.household_id, q.first_name, q.last_name, q.ssn_last4,
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
  from person q where q.id = any($1::bigint[])`;

interface SourceRow {
  readonly id: number | string;
  readonly household_id: number | string;
  readonly first_name: string;
  readonly last_name: string;
  readonly ssn_last4: string | null;
  readonly carrier_codes: string[] | null;
  readonly lines: string | null;
  readonly events: string | null;
}

/**
 * What explaining the person needs, for the named open season; undefined when there is no such person.
 * Takes the store itself as well as a transaction: only the prepared statement is needed. Concurrent
 * reads for one season share a statement (src/storage/batched-read.ts).
 */
export async function readEligibilitySource(
  executor: Pick<Executor, 'prepared'>,
  personId: number,
  openSeasonId: string,
): Promise<EligibilitySource | undefined> {
  return sourceReader(executor, openSeasonId).read(personId);
}

const readersBySeason = batcherPerExecutor((executor: Pick<Executor, 'prepared'>) => {
  const seasons = new Map<string, BatchedRead<number, EligibilitySource>>();
  return {
    read: (key: { openSeasonId: string; personId: number }) => {
      let reader = seasons.get(key.openSeasonId);
      if (!reader) {
        reader = batchedRead((ids: readonly number[]) => readSources(executor, ids, key.openSeasonId));
        seasons.set(key.openSeasonId, reader);
      }
      return reader.read(key.personId);
    },
  };
});

function sourceReader(
  executor: Pick<Executor, 'prepared'>,
  openSeasonId: string,
): BatchedRead<number, EligibilitySource> {
  return { read: (personId) => readersBySeason(executor).read({ openSeasonId, personId }) };
}

async function readSources(
  executor: Pick<Executor, 'prepared'>,
  personIds: readonly number[],
  openSeasonId: string,
): Promise<ReadonlyMap<number, EligibilitySource>> {
  const rows = await executor.prepared<SourceRow>('pshb_eligibility_sources', SOURCE_SQL, [
    personIds,
    openSeasonId,
  ]);
  return new Map(rows.map((row) => [Number(row.id), sourceOf(row)]));
}

function sourceOf(row: SourceRow): EligibilitySource {
  return {
    personId: Number(row.id),
    householdId: Number(row.household_id),
    carrierCodes: row.carrier_codes ?? [],
    name: `${row.first_name} ${row.last_name}`,
    // The SSN is stored encrypted (src/security/ssn-at-rest.ts); only its last four digits are shown.
    ssnLastFour: row.ssn_last4 ?? '????',
    householdLines: row.lines ?? '',
    history: row.events ? (JSON.parse(row.events) as RecordedEvent[]) : [],
  };
}
