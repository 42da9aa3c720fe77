// Membership reconciliation runs and their discrepancies. A run is recorded whole when it completes,
// together with what it changed: a discrepancy found again (same carrier, member and kind) stays the
// same row and keeps the day it was opened; an open one the run no longer finds is resolved by it.
// Every change is also appended to reconciliation_discrepancy_event, which is never overwritten.
import { sql, type Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type {
  DiscrepancyKindColumn,
  DiscrepancyStatus,
  ReconciliationDiscrepancyTable,
  ReconciliationRunTable,
} from '../tables/exchange-tables.ts';

export interface NewReconciliationRun {
  readonly carrier: string;
  readonly asOf: string;
  /** The day the run was made: a new discrepancy's opened-on day, a resolved one's resolved-on day. */
  readonly foundOn: string;
  readonly fileName: string;
  readonly sha256: string;
  /** ISO instants. */
  readonly initiatedAt: string;
  readonly completedAt: string;
  readonly exchangeMemberCount: number;
  readonly carrierMemberCount: number;
}

export interface FoundDiscrepancy {
  readonly memberId: string;
  readonly kind: DiscrepancyKindColumn;
  readonly exchangeValue: string | null;
  readonly carrierValue: string | null;
}

export interface RecordedRun {
  readonly runId: number;
  readonly discrepancyCount: number;
  readonly openedCount: number;
  readonly foundAgainCount: number;
  readonly resolvedCount: number;
}

export type ReconciliationRunRow = Selectable<ReconciliationRunTable>;
export type DiscrepancyRow = Selectable<ReconciliationDiscrepancyTable>;

const keyOf = (memberId: string, kind: string) => `${kind} ${memberId}`;

/** The carrier's open discrepancies, by member id and kind. */
export function listOpenDiscrepancies(executor: Executor, carrier: string): Promise<DiscrepancyRow[]> {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('reconciliation_discrepancy')
      .selectAll()
      .where('carrier', '=', carrier)
      .where('resolved_on', 'is', null)
      .orderBy('member_id')
      .orderBy('kind'),
  );
}

/** Rows per statement: a run that finds a million discrepancies writes them a thousand at a time. */
const BATCH = 1_000;

function* chunks<T>(items: readonly T[]): Generator<readonly T[]> {
  for (let at = 0; at < items.length; at += BATCH) yield items.slice(at, at + BATCH);
}

interface NewEvent {
  readonly discrepancyId: number;
  readonly status: DiscrepancyStatus;
  readonly exchangeValue: string | null;
  readonly carrierValue: string | null;
}

async function appendEvents(
  executor: Executor,
  runId: number,
  events: readonly NewEvent[],
  effectiveOn: string,
): Promise<void> {
  for (const chunk of chunks(events)) {
    await execute(
      executor,
      sqlBuilder.insertInto('reconciliation_discrepancy_event').values(
        chunk.map((e) => ({
          discrepancy_id: e.discrepancyId,
          run_id: runId,
          status: e.status,
          exchange_value: e.exchangeValue,
          carrier_value: e.carrierValue,
          owner: null,
          effective_on: effectiveOn,
        })),
      ),
    );
  }
}

/** Opens the discrepancies first found by the run, in the order found; their ids by key. */
async function insertOpened(
  executor: Executor,
  run: NewReconciliationRun,
  runId: number,
  opened: readonly FoundDiscrepancy[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const chunk of chunks(opened)) {
    const rows = await execute(
      executor,
      sqlBuilder
        .insertInto('reconciliation_discrepancy')
        .values(
          chunk.map((f) => ({
            carrier: run.carrier,
            member_id: f.memberId,
            kind: f.kind,
            exchange_value: f.exchangeValue,
            carrier_value: f.carrierValue,
            opened_on: run.foundOn,
            opened_by_run_id: runId,
            last_run_id: runId,
            owner: null,
            resolved_on: null,
            resolved_by_run_id: null,
          })),
        )
        .returning(['id', 'member_id', 'kind']),
    );
    for (const row of rows) ids.set(keyOf(row.member_id, row.kind), Number(row.id));
  }
  return ids;
}

/** The values a run found again, set on their open discrepancies: one statement per batch. */
async function updateFoundAgain(
  executor: Executor,
  runId: number,
  again: readonly { readonly id: number; readonly found: FoundDiscrepancy }[],
): Promise<void> {
  for (const chunk of chunks(again)) {
    const values = sql.join(
      chunk.map((a) => sql`(${a.id}::bigint, ${a.found.exchangeValue}::text, ${a.found.carrierValue}::text)`),
    );
    const compiled = sql`update reconciliation_discrepancy as d
      set exchange_value = v.exchange_value, carrier_value = v.carrier_value, last_run_id = ${runId}
      from (values ${values}) as v (id, exchange_value, carrier_value)
      where d.id = v.id`.compile(sqlBuilder);
    await executor.query(compiled.sql, compiled.parameters);
  }
}

async function insertRun(
  executor: Executor,
  run: NewReconciliationRun,
  counts: { discrepancy: number; opened: number; resolved: number },
): Promise<number> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .insertInto('reconciliation_run')
      .values({
        carrier: run.carrier,
        as_of: run.asOf,
        file_name: run.fileName,
        sha256: run.sha256,
        initiated_at: run.initiatedAt,
        completed_at: run.completedAt,
        exchange_member_count: run.exchangeMemberCount,
        carrier_member_count: run.carrierMemberCount,
        discrepancy_count: counts.discrepancy,
        opened_count: counts.opened,
        resolved_count: counts.resolved,
      })
      .returning('id'),
  );
  return Number(row?.id);
}

/**
 * Records a completed run and applies its findings to the carrier's open discrepancies. Run it in one
 * transaction, so a run and its discrepancies commit together or not at all.
 */
export async function recordReconciliation(
  executor: Executor,
  run: NewReconciliationRun,
  found: readonly FoundDiscrepancy[],
): Promise<RecordedRun> {
  const open = new Map(
    (await listOpenDiscrepancies(executor, run.carrier)).map((d) => [keyOf(d.member_id, d.kind), d]),
  );
  const foundKeys = new Set(found.map((f) => keyOf(f.memberId, f.kind)));
  const opened = found.filter((f) => !open.has(keyOf(f.memberId, f.kind)));
  const gone = [...open.values()].filter((d) => !foundKeys.has(keyOf(d.member_id, d.kind)));
  const runId = await insertRun(executor, run, {
    discrepancy: found.length,
    opened: opened.length,
    resolved: gone.length,
  });
  const openedIds = await insertOpened(executor, run, runId, opened);
  const again = found.flatMap((f) => {
    const existing = open.get(keyOf(f.memberId, f.kind));
    return existing === undefined ? [] : [{ id: Number(existing.id), found: f }];
  });
  await updateFoundAgain(executor, runId, again);
  for (const chunk of chunks(gone)) {
    await execute(
      executor,
      sqlBuilder
        .updateTable('reconciliation_discrepancy')
        .set({ resolved_on: run.foundOn, resolved_by_run_id: runId })
        .where(
          'id',
          'in',
          chunk.map((d) => d.id),
        ),
    );
  }
  // The history in the order the run met them: what it found, in member order, then what it resolved.
  const events: NewEvent[] = found.map((f) => {
    const key = keyOf(f.memberId, f.kind);
    const existing = open.get(key);
    return {
      discrepancyId: existing === undefined ? openedIds.get(key)! : Number(existing.id),
      status: existing === undefined ? 'opened' : 'found_again',
      exchangeValue: f.exchangeValue,
      carrierValue: f.carrierValue,
    };
  });
  for (const d of gone)
    events.push({
      discrepancyId: Number(d.id),
      status: 'resolved',
      exchangeValue: d.exchange_value,
      carrierValue: d.carrier_value,
    });
  await appendEvents(executor, runId, events, run.foundOn);
  return {
    runId,
    discrepancyCount: found.length,
    openedCount: opened.length,
    foundAgainCount: found.length - opened.length,
    resolvedCount: gone.length,
  };
}

/** The carrier's runs, newest first. */
export function listReconciliationRuns(
  executor: Executor,
  carrier: string,
  limit: number,
): Promise<ReconciliationRunRow[]> {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('reconciliation_run')
      .selectAll()
      .where('carrier', '=', carrier)
      .orderBy('id', 'desc')
      .limit(limit),
  );
}

export async function findDiscrepancy(executor: Executor, id: number): Promise<DiscrepancyRow | null> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('reconciliation_discrepancy').selectAll().where('id', '=', id),
  );
  return row ?? null;
}

/** Gives an open discrepancy to someone on the reconciliation team; false when it is not open. */
export async function assignDiscrepancy(
  executor: Executor,
  id: number,
  owner: string,
  on: string,
): Promise<boolean> {
  const rows = await execute(
    executor,
    sqlBuilder
      .updateTable('reconciliation_discrepancy')
      .set({ owner })
      .where('id', '=', id)
      .where('resolved_on', 'is', null)
      .returning('id'),
  );
  if (rows.length === 0) return false;
  await execute(
    executor,
    sqlBuilder
      .insertInto('reconciliation_discrepancy_event')
      .values({ discrepancy_id: id, status: 'assigned', owner, effective_on: on }),
  );
  return true;
}
