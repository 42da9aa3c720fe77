// Membership reconciliation runs and their discrepancies. A run is recorded whole when it completes,
// together with what it changed: a discrepancy found again (same carrier, member and kind) stays the
// same row and keeps the day it was opened; an open one the run no longer finds is resolved by it.
// Every change is also appended to reconciliation_discrepancy_event, which is never overwritten.
import type { Selectable } from 'kysely';
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

async function appendEvent(
  executor: Executor,
  discrepancyId: number,
  runId: number,
  status: DiscrepancyStatus,
  found: Pick<FoundDiscrepancy, 'exchangeValue' | 'carrierValue'>,
  effectiveOn: string,
): Promise<void> {
  await execute(
    executor,
    sqlBuilder.insertInto('reconciliation_discrepancy_event').values({
      discrepancy_id: discrepancyId,
      run_id: runId,
      status,
      exchange_value: found.exchangeValue,
      carrier_value: found.carrierValue,
      owner: null,
      effective_on: effectiveOn,
    }),
  );
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
  for (const f of found) {
    const existing = open.get(keyOf(f.memberId, f.kind));
    if (existing === undefined) {
      const [row] = await execute(
        executor,
        sqlBuilder
          .insertInto('reconciliation_discrepancy')
          .values({
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
          })
          .returning('id'),
      );
      await appendEvent(executor, Number(row?.id), runId, 'opened', f, run.foundOn);
    } else {
      await execute(
        executor,
        sqlBuilder
          .updateTable('reconciliation_discrepancy')
          .set({ exchange_value: f.exchangeValue, carrier_value: f.carrierValue, last_run_id: runId })
          .where('id', '=', existing.id),
      );
      await appendEvent(executor, existing.id, runId, 'found_again', f, run.foundOn);
    }
  }
  for (const d of gone) {
    await execute(
      executor,
      sqlBuilder
        .updateTable('reconciliation_discrepancy')
        .set({ resolved_on: run.foundOn, resolved_by_run_id: runId })
        .where('id', '=', d.id),
    );
    await appendEvent(
      executor,
      d.id,
      runId,
      'resolved',
      { exchangeValue: d.exchange_value, carrierValue: d.carrier_value },
      run.foundOn,
    );
  }
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
