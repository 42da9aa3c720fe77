// Medicare fact events: each response line as received, with its provenance (partner, response file,
// day received), appended and never changed; and the person's Medicare facts the rules read, set from
// the applied events in one statement per batch.
import { sql } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { MedicareOutcome } from '../tables/exchange-tables.ts';
import { runRaw } from './medicare-raw.ts';

export interface NewMedicareFactEvent {
  readonly requestId: string;
  readonly personId: number;
  readonly partner: string;
  readonly fileId: number;
  readonly lineNumber: number;
  readonly receivedOn: string;
  readonly outcome: MedicareOutcome;
  readonly applied: boolean;
  readonly partAStart: string | null;
  readonly partAEnd: string | null;
  readonly partBStart: string | null;
  readonly partBEnd: string | null;
}

/**
 * Appends the events; a request already answered (by an earlier file, or a run that committed first)
 * is skipped. Returns the id of each event appended, by request id: only those are acted on. The rows go
 * as one array per column (13 binds, whatever the batch's size): far cheaper to send and plan than a
 * VALUES list with a bind per value.
 */
export async function appendMedicareFactEvents(
  executor: Executor,
  events: readonly NewMedicareFactEvent[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (events.length === 0) return ids;
  const column = <T>(pick: (e: NewMedicareFactEvent) => T): T[] => events.map(pick);
  const rows = await runRaw(
    executor,
    sql<{ id: number; request_id: string }>`
      insert into medicare_fact_event (request_id, person_id, partner, file_id, line_number, received_on,
        outcome, applied, part_a_start, part_a_end, part_b_start, part_b_end)
      select * from unnest(${column((e) => e.requestId)}::text[], ${column((e) => e.personId)}::bigint[],
        ${column((e) => e.partner)}::text[], ${column((e) => e.fileId)}::bigint[],
        ${column((e) => e.lineNumber)}::integer[], ${column((e) => e.receivedOn)}::date[],
        ${column((e) => e.outcome)}::text[], ${column((e) => e.applied)}::boolean[],
        ${column((e) => e.partAStart)}::date[], ${column((e) => e.partAEnd)}::date[],
        ${column((e) => e.partBStart)}::date[], ${column((e) => e.partBEnd)}::date[])
      on conflict (request_id) do nothing
      returning id, request_id`,
  );
  for (const row of rows) ids.set(row.request_id, Number(row.id));
  return ids;
}

/** The person's Medicare facts as the rules read them (person columns of migrations 0001 and 0011). */
export interface PersonMedicareUpdate {
  readonly personId: number;
  readonly partAStart: string | null;
  readonly partBStart: string | null;
  readonly partBEnd: string | null;
  /** "start..end;start.." or null. */
  readonly partBPeriods: string | null;
}

const UPDATE_CHUNK = 5_000;

/** Sets the people's Medicare facts, one statement per 5,000 people. */
export async function updatePersonMedicare(
  executor: Executor,
  updates: readonly PersonMedicareUpdate[],
): Promise<void> {
  for (let start = 0; start < updates.length; start += UPDATE_CHUNK) {
    const chunk = updates.slice(start, start + UPDATE_CHUNK);
    await runRaw(
      executor,
      sql`
        update person p set
          medicare_part_a_start = v.part_a_start::date,
          medicare_part_b_start = v.part_b_start::date,
          medicare_part_b_end = v.part_b_end::date,
          medicare_part_b_periods = v.part_b_periods
        from unnest(${chunk.map((u) => u.personId)}::bigint[], ${chunk.map((u) => u.partAStart)}::text[],
          ${chunk.map((u) => u.partBStart)}::text[], ${chunk.map((u) => u.partBEnd)}::text[],
          ${chunk.map((u) => u.partBPeriods)}::text[])
          as v(id, part_a_start, part_b_start, part_b_end, part_b_periods)
        where p.id = v.id`,
    );
  }
}

/** A person's Medicare fact events, oldest first: where each of their Medicare facts came from. */
export function medicareFactHistory(executor: Executor, personId: number) {
  return execute(
    executor,
    sqlBuilder.selectFrom('medicare_fact_event').selectAll().where('person_id', '=', personId).orderBy('id'),
  );
}
