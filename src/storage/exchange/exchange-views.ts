// Read-only queries for the exchange's screens and API: files, discrepancies and runs across several
// partners at once (a carrier user's scope, or all of them), one file by id, and what a partner was
// told about one member (each enrollment event an outbound file carried, at the member's INS segment).
import { sql } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { ExchangeFileKind, ExchangeFileStatus } from '../tables/exchange-tables.ts';
import type { ExchangeFileRow } from './exchange-files.ts';
import type { DiscrepancyRow, ReconciliationRunRow } from './reconciliations.ts';

/** The file's status now: the latest row of its history (as in exchange-files.ts). */
const currentStatus = sql<ExchangeFileStatus>`(select s.status from exchange_file_status_event s
  where s.file_id = f.id order by s.id desc limit 1)`;

export interface FileViewFilter {
  /** Only these partners' files; every partner's when absent. */
  readonly partners?: readonly string[];
  readonly kind?: ExchangeFileKind;
  readonly status?: ExchangeFileStatus;
  readonly beforeId?: number;
  readonly limit: number;
}

/** Files newest first within the filter. */
export async function listFilesIn(executor: Executor, filter: FileViewFilter): Promise<ExchangeFileRow[]> {
  if (filter.partners?.length === 0) return [];
  let query = sqlBuilder.selectFrom('exchange_file as f').selectAll('f').select(currentStatus.as('status'));
  if (filter.partners !== undefined) query = query.where('f.partner', 'in', filter.partners);
  if (filter.kind !== undefined) query = query.where('f.kind', '=', filter.kind);
  if (filter.status !== undefined) query = query.where(currentStatus, '=', filter.status);
  if (filter.beforeId !== undefined) query = query.where('f.id', '<', filter.beforeId);
  return (await execute(executor, query.orderBy('f.id', 'desc').limit(filter.limit))) as ExchangeFileRow[];
}

export async function findFileById(executor: Executor, id: number): Promise<ExchangeFileRow | undefined> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('exchange_file as f')
      .selectAll('f')
      .select(currentStatus.as('status'))
      .where('f.id', '=', id),
  );
  return rows[0] as ExchangeFileRow | undefined;
}

/** Where a page of open discrepancies (oldest first) stopped: the last one's opening day and id. */
export interface DiscrepancyPosition {
  readonly openedOn: string;
  readonly id: number;
}

/**
 * Open discrepancies of these carriers (every carrier's when absent), oldest opening first, after a
 * position when given.
 */
export async function listOpenDiscrepanciesIn(
  executor: Executor,
  carriers: readonly string[] | undefined,
  limit: number,
  after?: DiscrepancyPosition,
): Promise<DiscrepancyRow[]> {
  if (carriers?.length === 0) return [];
  let query = sqlBuilder
    .selectFrom('reconciliation_discrepancy')
    .selectAll()
    .where('resolved_on', 'is', null);
  if (carriers !== undefined) query = query.where('carrier', 'in', carriers);
  if (after !== undefined)
    query = query.where((eb) =>
      eb.or([
        eb('opened_on', '>', after.openedOn),
        eb.and([eb('opened_on', '=', after.openedOn), eb('id', '>', after.id)]),
      ]),
    );
  return execute(executor, query.orderBy('opened_on').orderBy('id').limit(limit));
}

/** Reconciliation runs of these carriers (every carrier's when absent), newest first, before an id when given. */
export async function listRunsIn(
  executor: Executor,
  carriers: readonly string[] | undefined,
  limit: number,
  beforeId?: number,
): Promise<ReconciliationRunRow[]> {
  if (carriers?.length === 0) return [];
  let query = sqlBuilder.selectFrom('reconciliation_run').selectAll();
  if (carriers !== undefined) query = query.where('carrier', 'in', carriers);
  if (beforeId !== undefined) query = query.where('id', '<', beforeId);
  return execute(executor, query.orderBy('id', 'desc').limit(limit));
}

/**
 * Each event the partner's outbound files carried for the member, oldest file first. The events are
 * those of the member's household (an enrollment event is the enrollee's, carried for every member
 * covered), so the read goes through the household's events and the index on the carried event, not
 * through every event of every file the partner was sent.
 */
export function memberToldHistory(executor: Executor, partner: string, memberId: number) {
  const household = sqlBuilder.selectFrom('person').select('household_id').where('id', '=', memberId);
  return execute(
    executor,
    sqlBuilder
      .selectFrom('enrollment_event as e')
      .innerJoin('exchange_file_event as c', 'c.enrollment_event_id', 'e.id')
      .innerJoin('exchange_file as f', 'f.id', 'c.file_id')
      .select([
        'f.id as file_id',
        'f.file_name',
        'f.kind',
        'f.created_at',
        'c.enrollment_event_id',
        'c.segment_position',
        'e.event_type',
        'e.enrollment_code',
        'e.effective_on',
      ])
      .select(currentStatus.as('file_status'))
      .where('e.person_id', '=', household)
      .where('c.member_id', '=', memberId)
      .where('f.partner', '=', partner)
      .where('f.direction', '=', 'outbound')
      .orderBy('f.id')
      .orderBy('c.segment_position'),
  );
}

/** The exception items opened against one file, oldest first. */
export function exceptionsOfFile(executor: Executor, fileId: number) {
  return execute(
    executor,
    sqlBuilder.selectFrom('exchange_exception').selectAll().where('file_id', '=', fileId).orderBy('id'),
  );
}

/** How many discrepancies of these carriers (every carrier's when absent) are open, per opening day. */
export async function openDiscrepancyCountsByDay(
  executor: Executor,
  carriers: readonly string[] | undefined,
): Promise<{ opened_on: unknown; count: number }[]> {
  if (carriers?.length === 0) return [];
  let query = sqlBuilder
    .selectFrom('reconciliation_discrepancy')
    .select((eb) => ['opened_on', eb.fn.countAll<string | number>().as('count')])
    .where('resolved_on', 'is', null)
    .groupBy('opened_on');
  if (carriers !== undefined) query = query.where('carrier', 'in', carriers);
  const rows = await execute(executor, query);
  return rows.map((r) => ({ opened_on: r.opened_on, count: Number(r.count) }));
}
