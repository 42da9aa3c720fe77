// The exception queue's rows and their history. Opening an item that is already open (the same
// partner, kind, file, member, segment and element) changes nothing, so a duplicate acknowledgment or
// a deadline checked twice adds no work. Every change of an item is appended to its event history.
import type { Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type {
  ExchangeExceptionEventTable,
  ExchangeExceptionKind,
  ExchangeExceptionTable,
} from '../tables/exchange-tables.ts';

export type ExchangeExceptionRow = Selectable<ExchangeExceptionTable>;
export type ExchangeExceptionEventRow = Selectable<ExchangeExceptionEventTable>;

export interface NewExchangeException {
  readonly partner: string;
  readonly kind: ExchangeExceptionKind;
  readonly fileId?: number | null;
  readonly personId?: number | null;
  readonly memberId?: string | null;
  readonly segmentPosition?: number | null;
  readonly segmentId?: string | null;
  readonly element?: string | null;
  readonly errorCode?: string | null;
  /** What the team needs to work the item: the partner's words, the values compared. */
  readonly detail?: Readonly<Record<string, unknown>>;
}

export interface ExceptionFilter {
  /** Only these partners' items (a carrier user's scope); all partners when absent. */
  readonly partners?: readonly string[];
  readonly kind?: ExchangeExceptionKind;
  readonly state?: 'open' | 'resolved' | 'all';
  /** Only items older than this one (the next page of a list read newest first). */
  readonly beforeId?: number;
  readonly limit: number;
}

/** Values a row: 2,000 rows a statement stays well below PostgreSQL's 65,535 bind parameters. */
const CHUNK = 2_000;

/**
 * Opens each item not already open; returns the ids of those opened now. Many at a time: a Medicare
 * response of hundreds of thousands of lines can carry thousands of items.
 */
export async function openExceptions(
  executor: Executor,
  items: readonly NewExchangeException[],
  openedOn: string,
): Promise<number[]> {
  const opened: number[] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    const rows = await execute(
      executor,
      sqlBuilder
        .insertInto('exchange_exception')
        .values(items.slice(start, start + CHUNK).map((item) => exceptionRow(item, openedOn)))
        .onConflict((conflict) => conflict.doNothing())
        .returning('id'),
    );
    const ids = rows.map((row) => Number(row.id));
    if (ids.length === 0) continue;
    await execute(
      executor,
      sqlBuilder.insertInto('exchange_exception_event').values(
        ids.map((id) => ({
          exception_id: id,
          status: 'opened' as const,
          owner: null,
          note: null,
          resent_file_id: null,
          effective_on: openedOn,
        })),
      ),
    );
    opened.push(...ids);
  }
  return opened;
}

function exceptionRow(item: NewExchangeException, openedOn: string) {
  return {
    partner: item.partner,
    kind: item.kind,
    file_id: item.fileId ?? null,
    person_id: item.personId ?? null,
    member_id: item.memberId ?? null,
    segment_position: item.segmentPosition ?? null,
    segment_id: item.segmentId ?? null,
    element: item.element ?? null,
    error_code: item.errorCode ?? null,
    detail: JSON.stringify(item.detail ?? {}),
    opened_on: openedOn,
    owner: null,
    resolved_on: null,
    resolution: null,
    resent_file_id: null,
  };
}

/** Items, newest first, within the filter. */
export async function listExceptions(
  executor: Executor,
  filter: ExceptionFilter,
): Promise<ExchangeExceptionRow[]> {
  if (filter.partners?.length === 0) return [];
  let query = sqlBuilder
    .selectFrom('exchange_exception')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(filter.limit);
  if (filter.partners !== undefined) query = query.where('partner', 'in', filter.partners);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  if (filter.state === 'open' || filter.state === undefined) query = query.where('resolved_on', 'is', null);
  if (filter.state === 'resolved') query = query.where('resolved_on', 'is not', null);
  return execute(executor, query);
}

export async function findException(executor: Executor, id: number): Promise<ExchangeExceptionRow | null> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('exchange_exception').selectAll().where('id', '=', id),
  );
  return row ?? null;
}

export function exceptionHistory(executor: Executor, id: number): Promise<ExchangeExceptionEventRow[]> {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('exchange_exception_event')
      .selectAll()
      .where('exception_id', '=', id)
      .orderBy('id'),
  );
}

/** Gives an open item to someone on the team. */
export async function assignException(
  executor: Executor,
  id: number,
  owner: string,
  on: string,
): Promise<void> {
  await execute(executor, sqlBuilder.updateTable('exchange_exception').set({ owner }).where('id', '=', id));
  await appendExceptionEvent(executor, id, { status: 'assigned', owner, effectiveOn: on });
}

export interface ExceptionResolution {
  readonly on: string;
  readonly by: string;
  readonly note: string;
  /** The new file that carried the fix, when the fix was a resend. */
  readonly resentFileId: number | null;
}

/** Closes an open item with what was done; false when it was not open. */
export async function resolveException(
  executor: Executor,
  id: number,
  resolution: ExceptionResolution,
): Promise<boolean> {
  const rows = await execute(
    executor,
    sqlBuilder
      .updateTable('exchange_exception')
      .set({
        resolved_on: resolution.on,
        resolution: resolution.note,
        resent_file_id: resolution.resentFileId,
      })
      .where('id', '=', id)
      .where('resolved_on', 'is', null)
      .returning('id'),
  );
  if (rows.length === 0) return false;
  await appendExceptionEvent(executor, id, {
    status: 'resolved',
    owner: resolution.by,
    note: resolution.note,
    resentFileId: resolution.resentFileId,
    effectiveOn: resolution.on,
  });
  return true;
}

interface ExceptionEvent {
  readonly status: ExchangeExceptionEventTable['status'];
  readonly owner?: string;
  readonly note?: string;
  readonly resentFileId?: number | null;
  readonly effectiveOn: string;
}

async function appendExceptionEvent(executor: Executor, id: number, event: ExceptionEvent): Promise<void> {
  await execute(
    executor,
    sqlBuilder.insertInto('exchange_exception_event').values({
      exception_id: id,
      status: event.status,
      owner: event.owner ?? null,
      note: event.note ?? null,
      resent_file_id: event.resentFileId ?? null,
      effective_on: event.effectiveOn,
    }),
  );
}
