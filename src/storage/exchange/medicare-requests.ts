// The people a Medicare request file named, one row each, keyed by the request id the agency echoes.
// Loaded by COPY when the file is recorded (set-based, whatever the file's size), and read back by
// request id, with the person as the record holds them now, when the answer comes.
import { sql } from 'kysely';
import { copyRows, type ColumnOf, type CopyTarget } from '../copy-rows.ts';
import type { Executor } from '../executor.ts';
import { runRaw } from './medicare-raw.ts';

export const MEDICARE_REQUEST_COLUMNS = [
  'request_id',
  'file_id',
  'partner',
  'person_id',
  'id_type',
  'last_name',
  'first_name',
  'birth_date',
] as const;

/** Loads request rows given as CSV lines in the order of `columns` (MEDICARE_REQUEST_COLUMNS unless told). */
export function loadMedicareRequests(
  tx: CopyTarget,
  csv: string | AsyncIterable<string>,
  columns: readonly ColumnOf<'medicare_request'>[] = MEDICARE_REQUEST_COLUMNS,
): Promise<void> {
  return copyRows(tx, 'medicare_request', columns, csv);
}

/** A request row with the person as the record holds them now, and whether it was answered before. */
export interface AnsweringRow {
  readonly request_id: string;
  readonly partner: string;
  readonly person_id: number;
  readonly sent_last_name: string;
  readonly sent_first_name: string;
  readonly sent_birth_date: string;
  /** Null when the person is no longer on record. */
  readonly household_id: number | null;
  readonly last_name: string | null;
  readonly first_name: string | null;
  readonly birth_date: string | null;
  readonly ssn_last4: string | null;
  readonly medicare_number_last4: string | null;
  readonly part_a_start: string | null;
  readonly part_b_periods: string | null;
  readonly part_b_start: string | null;
  readonly part_b_end: string | null;
  readonly answered: boolean;
}

/** The request rows for these ids (those that exist), with their person. */
export async function requestsAnswered(
  executor: Executor,
  requestIds: readonly string[],
): Promise<AnsweringRow[]> {
  const rows = await runRaw(
    executor,
    sql<AnsweringRow>`
      select r.request_id, r.partner, r.person_id, r.last_name as sent_last_name,
        r.first_name as sent_first_name, to_char(r.birth_date, 'YYYY-MM-DD') as sent_birth_date,
        p.household_id, p.last_name, p.first_name, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date,
        p.ssn_last4, p.medicare_number_last4, p.medicare_part_b_periods as part_b_periods,
        to_char(p.medicare_part_a_start, 'YYYY-MM-DD') as part_a_start,
        to_char(p.medicare_part_b_start, 'YYYY-MM-DD') as part_b_start,
        to_char(p.medicare_part_b_end, 'YYYY-MM-DD') as part_b_end,
        e.id is not null as answered
      from unnest(${[...requestIds]}::text[]) as u(request_id)
      -- One index probe per request id, and per answer: knowing the batch's 5,000 ids, the planner
      -- chose hash joins that read every request ever sent and every answer (300 ms a batch at 500,000
      -- requests; 35 ms probed). \`limit 1\` keeps each probe a probe.
      join lateral (
        select x.* from medicare_request x where x.request_id = u.request_id limit 1
      ) r on true
      left join person p on p.id = r.person_id
      left join lateral (
        select y.id from medicare_fact_event y where y.request_id = r.request_id limit 1
      ) e on true`,
  );
  return rows.map((r) => ({
    ...r,
    person_id: Number(r.person_id),
    household_id: r.household_id === null ? null : Number(r.household_id),
  }));
}

/** What the record holds of the people a request named: the simulated agency answers from it. */
export interface RequestedPersonRow {
  readonly request_id: string;
  readonly part_a_start: string | null;
  readonly part_b_start: string | null;
  readonly part_b_end: string | null;
}

export async function requestedPeople(
  executor: Executor,
  requestIds: readonly string[],
): Promise<RequestedPersonRow[]> {
  return runRaw(
    executor,
    sql<RequestedPersonRow>`
      select r.request_id, to_char(p.medicare_part_a_start, 'YYYY-MM-DD') as part_a_start,
        to_char(p.medicare_part_b_start, 'YYYY-MM-DD') as part_b_start,
        to_char(p.medicare_part_b_end, 'YYYY-MM-DD') as part_b_end
      from medicare_request r
      join person p on p.id = r.person_id
      where r.request_id = any(${[...requestIds]}::text[])`,
  );
}
