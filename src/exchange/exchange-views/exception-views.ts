// The exception queue as the reconciliation team works it: items in scope, one item with its history,
// and the two changes the team makes, assigning an item and resolving it with a note. Resolving is
// done once: of two people resolving the same item at once, one wins and the other is told it was
// already resolved (CONFLICT), and nothing of theirs is recorded.
import { PshbError } from '../../errors.ts';
import {
  assignException,
  exceptionHistory,
  findException,
  listExceptions,
  resolveException,
  type ExchangeExceptionRow,
} from '../../storage/exchange/exchange-exceptions.ts';
import { findFileById } from '../../storage/exchange/exchange-views.ts';
import type { Executor } from '../../storage/executor.ts';
import type { ExchangeExceptionKind, ExchangeExceptionStatus } from '../../storage/tables/exchange-tables.ts';
import { dayOf, dayOrNull, instantOf, jsonObjectOf } from './column-values.ts';
import type { PartnerScope } from './partner-scope.ts';

export interface ExceptionSummary {
  readonly id: number;
  readonly partner: string;
  readonly kind: ExchangeExceptionKind;
  readonly fileId: number | null;
  readonly memberId: string | null;
  readonly segmentPosition: number | null;
  readonly segmentId: string | null;
  readonly element: string | null;
  readonly errorCode: string | null;
  readonly detail: Record<string, unknown>;
  readonly openedOn: string;
  readonly owner: string | null;
  readonly resolvedOn: string | null;
  readonly resolution: string | null;
}

export interface ExceptionEventView {
  readonly status: ExchangeExceptionStatus;
  readonly owner: string | null;
  readonly note: string | null;
  readonly effectiveOn: string;
  readonly recordedAt: string;
}

export interface ExceptionDetail extends ExceptionSummary {
  readonly history: ExceptionEventView[];
}

export function exceptionSummaryOf(row: ExchangeExceptionRow): ExceptionSummary {
  return {
    id: Number(row.id),
    partner: row.partner,
    kind: row.kind,
    fileId: row.file_id === null ? null : Number(row.file_id),
    memberId: row.member_id,
    segmentPosition: row.segment_position,
    segmentId: row.segment_id,
    element: row.element,
    errorCode: row.error_code,
    detail: jsonObjectOf(row.detail),
    openedOn: dayOf(row.opened_on),
    owner: row.owner,
    resolvedOn: dayOrNull(row.resolved_on),
    resolution: row.resolution,
  };
}

export interface ExceptionQuery {
  /** Only these partners' items; every partner's when absent. */
  readonly partners?: PartnerScope;
  readonly state: 'open' | 'resolved' | 'all';
  readonly kind?: ExchangeExceptionKind;
  readonly beforeId?: number;
  readonly limit: number;
}

export async function listExceptionViews(
  executor: Executor,
  query: ExceptionQuery,
): Promise<ExceptionSummary[]> {
  const rows = await listExceptions(executor, {
    ...(query.partners === undefined ? {} : { partners: query.partners }),
    ...(query.kind ? { kind: query.kind } : {}),
    state: query.state,
    ...(query.beforeId === undefined ? {} : { beforeId: query.beforeId }),
    limit: query.limit,
  });
  return rows.map(exceptionSummaryOf);
}

/** One item's row, to decide access before anything else of it is read; NOT_FOUND when none. */
export async function findExceptionRow(executor: Executor, id: number): Promise<ExchangeExceptionRow> {
  const row = await findException(executor, id);
  if (row === null) throw new PshbError('NOT_FOUND', `no exchange exception ${id}`);
  return row;
}

export async function exceptionDetail(
  executor: Executor,
  row: ExchangeExceptionRow,
): Promise<ExceptionDetail> {
  const history = await exceptionHistory(executor, Number(row.id));
  return {
    ...exceptionSummaryOf(row),
    history: history.map((e) => ({
      status: e.status,
      owner: e.owner,
      note: e.note,
      effectiveOn: dayOf(e.effective_on),
      recordedAt: instantOf(e.recorded_at),
    })),
  };
}

async function openItem(executor: Executor, id: number): Promise<ExchangeExceptionRow> {
  const row = await findExceptionRow(executor, id);
  if (row.resolved_on !== null) throw alreadyResolved(row);
  return row;
}

/** The file that carried the fix must be one the exchange sent to the item's partner. */
async function checkResentFile(executor: Executor, partner: string, fileId: number): Promise<void> {
  const file = await findFileById(executor, fileId);
  if (file !== undefined && file.partner === partner && file.direction === 'outbound') return;
  const message = `no file ${fileId} was sent to ${partner}: name the file that carried the fix`;
  throw new PshbError('INVALID_INPUT', `resentFileId: ${message}`, [{ field: 'body.resentFileId', message }]);
}

function alreadyResolved(row: ExchangeExceptionRow): PshbError {
  return new PshbError(
    'CONFLICT',
    `exception item ${row.id} was already resolved on ${dayOf(row.resolved_on)}: reload the queue`,
  );
}

/** Gives an open item to someone on the team (run in a transaction). */
export async function assignExceptionTo(
  executor: Executor,
  id: number,
  owner: string,
  on: string,
): Promise<ExceptionDetail> {
  await openItem(executor, id);
  await assignException(executor, id, owner, on);
  return exceptionDetail(executor, await findExceptionRow(executor, id));
}

/** Resolves an open item with a note (run in a transaction); CONFLICT when someone resolved it first. */
export async function resolveExceptionWith(
  executor: Executor,
  id: number,
  resolution: {
    readonly by: string;
    readonly note: string;
    readonly on: string;
    readonly resentFileId?: number | null;
  },
): Promise<ExceptionDetail> {
  const item = await openItem(executor, id);
  if (resolution.resentFileId != null) await checkResentFile(executor, item.partner, resolution.resentFileId);
  const resolved = await resolveException(executor, id, {
    on: resolution.on,
    by: resolution.by,
    note: resolution.note,
    resentFileId: resolution.resentFileId ?? null,
  });
  if (!resolved) {
    // Another resolution committed between the read and the update: the update found nothing open.
    throw alreadyResolved(await findExceptionRow(executor, id));
  }
  return exceptionDetail(executor, await findExceptionRow(executor, id));
}
