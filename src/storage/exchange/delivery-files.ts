// What delivery and collection read and write: outbound files written but not yet delivered, files
// delivered whose acknowledgment is overdue, and the files collected from a partner (once per name
// and digest, migration 0021).
import { sql } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { ExchangeFileRow } from './exchange-files.ts';
import type { ExchangeFileStatus } from '../tables/exchange-tables.ts';

const currentStatus = sql<ExchangeFileStatus>`(select s.status from exchange_file_status_event s
  where s.file_id = f.id order by s.id desc limit 1)`;

/** The instant the file's latest 'delivered' status took effect. */
const deliveredAt = sql<Date>`(select max(s.effective_at) from exchange_file_status_event s
  where s.file_id = f.id and s.status = 'delivered')`;

/** The partner's outbound files whose status is still 'written', oldest first. */
export async function undeliveredFiles(executor: Executor, partner: string): Promise<ExchangeFileRow[]> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('exchange_file as f')
      .selectAll('f')
      .select(currentStatus.as('status'))
      .where('f.partner', '=', partner)
      .where('f.direction', '=', 'outbound')
      .where(sql<boolean>`${currentStatus} = 'written'`)
      .orderBy('f.id'),
  );
  return rows as ExchangeFileRow[];
}

/** The partner's outbound files delivered at or before `cutoff` and not answered since. */
export async function filesAwaitingAcknowledgmentSince(
  executor: Executor,
  partner: string,
  cutoff: string,
): Promise<(ExchangeFileRow & { delivered_at: Date })[]> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('exchange_file as f')
      .selectAll('f')
      .select(currentStatus.as('status'))
      .select(deliveredAt.as('delivered_at'))
      .where('f.partner', '=', partner)
      .where('f.direction', '=', 'outbound')
      .where(sql<boolean>`${currentStatus} = 'delivered'`)
      .where(sql<boolean>`${deliveredAt} <= ${cutoff}::timestamptz`)
      .orderBy('f.id'),
  );
  return rows as (ExchangeFileRow & { delivered_at: Date })[];
}

/** Serializes deadline checks in a transaction (PostgreSQL; PGlite has one connection anyway). */
export async function lockAcknowledgmentChecks(executor: Executor): Promise<void> {
  await executor.query("select pg_advisory_xact_lock(hashtext('acknowledgment-deadlines'))");
}

export async function wasCollected(
  executor: Executor,
  partner: string,
  fileName: string,
  sha256: string,
): Promise<boolean> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('exchange_collected_file')
      .select('id')
      .where('partner', '=', partner)
      .where('file_name', '=', fileName)
      .where('sha256', '=', sha256)
      .limit(1),
  );
  return rows.length > 0;
}

export interface CollectedFile {
  readonly partner: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly byteSize: number;
  readonly outcome: 'acknowledgment' | 'medicare_response' | 'kept' | 'refused';
  readonly exchangeFileId: number | null;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly collectedAt: string;
}

/** Records the file as collected; false when it already was (another run got there first). */
export async function recordCollectedFile(executor: Executor, file: CollectedFile): Promise<boolean> {
  const rows = await execute(
    executor,
    sqlBuilder
      .insertInto('exchange_collected_file')
      .values({
        partner: file.partner,
        file_name: file.fileName,
        sha256: file.sha256,
        byte_size: file.byteSize,
        outcome: file.outcome,
        exchange_file_id: file.exchangeFileId,
        detail: JSON.stringify(file.detail),
        collected_at: file.collectedAt,
      })
      .onConflict((conflict) => conflict.columns(['partner', 'file_name', 'sha256']).doNothing())
      .returning('id'),
  );
  return rows.length > 0;
}

/**
 * Records the file as delivered unless a run at the same moment already did: the check and the
 * record are made under a lock on the file, in the caller's transaction. True when recorded now.
 */
export async function recordDeliveredOnce(
  executor: Executor,
  fileId: number,
  at: string,
  detail: Readonly<Record<string, unknown>>,
): Promise<boolean> {
  await executor.query("select pg_advisory_xact_lock(hashtext('file-delivery:' || $1))", [String(fileId)]);
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('exchange_file as f').select(currentStatus.as('status')).where('f.id', '=', fileId),
  );
  if (row?.status !== 'written') return false;
  await execute(
    executor,
    sqlBuilder.insertInto('exchange_file_status_event').values({
      file_id: fileId,
      status: 'delivered',
      effective_at: at,
      detail: JSON.stringify(detail),
    }),
  );
  return true;
}
