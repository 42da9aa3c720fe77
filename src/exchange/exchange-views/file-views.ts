// The files exchanged with partners as the screens show them: each with where its acknowledgment
// stands (accepted, rejected, awaited until a due time, overdue), and one file with its whole status
// history and the exception items opened against it.
import type { ExchangeFileKind, ExchangeFileStatus } from '../../storage/tables/exchange-tables.ts';
import type { ExchangeFileRow } from '../../storage/exchange/exchange-files.ts';
import { fileStatusHistory } from '../../storage/exchange/exchange-files.ts';
import { exceptionsOfFile, findFileById, listFilesIn } from '../../storage/exchange/exchange-views.ts';
import type { Executor } from '../../storage/executor.ts';
import { PshbError } from '../../errors.ts';
import { dayOf, instantOf, jsonObjectOf } from './column-values.ts';
import { exceptionSummaryOf, type ExceptionSummary } from './exception-views.ts';
import type { PartnerScope } from './partner-scope.ts';
import { findPartnerView } from './partner-views.ts';

/** Where a file's acknowledgment stands, for the carrier's page. */
export type AcknowledgmentState =
  'accepted' | 'partially_accepted' | 'rejected' | 'awaiting' | 'overdue' | 'not_expected';

export interface FileSummary {
  readonly id: number;
  readonly partner: string;
  readonly direction: 'outbound' | 'inbound';
  readonly kind: ExchangeFileKind;
  readonly fileName: string;
  readonly asOf: string;
  readonly createdAt: string;
  readonly memberCount: number;
  readonly segmentCount: number;
  readonly interchangeControlNumber: number | null;
  readonly groupControlNumber: number | null;
  readonly byteSize: number;
  readonly status: ExchangeFileStatus;
  readonly acknowledgmentState: AcknowledgmentState;
  /** When the partner's 999 is due (outbound 834s only). */
  readonly acknowledgmentDueAt: string | null;
}

export interface FileStatusEntry {
  readonly status: ExchangeFileStatus;
  readonly effectiveAt: string;
  readonly recordedAt: string;
  readonly detail: Record<string, unknown>;
}

/** The partner's latest answer to the file. */
export interface FileAcknowledgment {
  readonly status: 'accepted' | 'partially_accepted' | 'rejected' | 'unacknowledged';
  readonly effectiveAt: string;
  readonly detail: Record<string, unknown>;
}

export interface FileDetail extends FileSummary {
  readonly transactionControlNumbers: number[];
  readonly sha256: string;
  readonly history: FileStatusEntry[];
  readonly acknowledgment: FileAcknowledgment | null;
  readonly exceptions: ExceptionSummary[];
}

const ACKNOWLEDGED: ReadonlySet<ExchangeFileStatus> = new Set(['accepted', 'partially_accepted', 'rejected']);
const HOUR_MS = 3_600_000;

/** The acknowledgment state of a file as of `now`: only an outbound 834 expects a 999. */
export function acknowledgmentOf(
  file: { direction: string; kind: string; status: ExchangeFileStatus; createdAt: string },
  withinHours: number | null,
  now: Date,
): { state: AcknowledgmentState; dueAt: string | null } {
  if (file.direction !== 'outbound' || !file.kind.startsWith('834'))
    return { state: 'not_expected', dueAt: null };
  const dueAt =
    withinHours === null ? null : new Date(Date.parse(file.createdAt) + withinHours * HOUR_MS).toISOString();
  if (ACKNOWLEDGED.has(file.status)) return { state: file.status as AcknowledgmentState, dueAt };
  if (file.status === 'unacknowledged' || (dueAt !== null && Date.parse(dueAt) < now.getTime()))
    return { state: 'overdue', dueAt };
  return { state: 'awaiting', dueAt };
}

export function fileSummaryOf(row: ExchangeFileRow, now: Date): FileSummary {
  const createdAt = instantOf(row.created_at);
  const withinHours = findPartnerView(row.partner)?.acknowledgmentWithinHours ?? null;
  const ack = acknowledgmentOf(
    { direction: row.direction, kind: row.kind, status: row.status, createdAt },
    withinHours,
    now,
  );
  return {
    id: Number(row.id),
    partner: row.partner,
    direction: row.direction,
    kind: row.kind,
    fileName: row.file_name,
    asOf: dayOf(row.as_of),
    createdAt,
    memberCount: row.member_count,
    segmentCount: row.segment_count,
    interchangeControlNumber: row.interchange_control_number,
    groupControlNumber: row.group_control_number,
    byteSize: row.byte_size,
    status: row.status,
    acknowledgmentState: ack.state,
    acknowledgmentDueAt: ack.dueAt,
  };
}

export interface FileQuery {
  /** Only these partners' files; every partner's when absent. */
  readonly partners?: PartnerScope;
  readonly kind?: ExchangeFileKind;
  readonly status?: ExchangeFileStatus;
  readonly beforeId?: number;
  readonly limit: number;
  /** The instant acknowledgments are judged overdue at; default now. */
  readonly now?: Date;
}

/** Files in scope, newest first. */
export async function listFiles(executor: Executor, query: FileQuery): Promise<FileSummary[]> {
  const rows = await listFilesIn(executor, {
    ...(query.partners === undefined ? {} : { partners: query.partners }),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.beforeId === undefined ? {} : { beforeId: query.beforeId }),
    limit: query.limit,
  });
  return rows.map((row) => fileSummaryOf(row, query.now ?? new Date()));
}

/** One file's row, to decide access before anything else of it is read; NOT_FOUND when none. */
export async function findFile(executor: Executor, id: number): Promise<ExchangeFileRow> {
  const row = await findFileById(executor, id);
  if (row === undefined) throw new PshbError('NOT_FOUND', `no exchange file ${id}`);
  return row;
}

const ANSWERS: ReadonlySet<ExchangeFileStatus> = new Set([...ACKNOWLEDGED, 'unacknowledged']);

/** The file with its status history, the partner's latest answer and the exception items against it. */
export async function fileDetail(
  executor: Executor,
  row: ExchangeFileRow,
  now = new Date(),
): Promise<FileDetail> {
  const id = Number(row.id);
  const history = (await fileStatusHistory(executor, id)).map((h) => ({
    status: h.status,
    effectiveAt: instantOf(h.effective_at),
    recordedAt: instantOf(h.recorded_at),
    detail: jsonObjectOf(h.detail),
  }));
  const answer = history.findLast((h) => ANSWERS.has(h.status));
  return {
    ...fileSummaryOf(row, now),
    transactionControlNumbers: row.transaction_control_numbers.map(Number),
    sha256: row.sha256,
    history,
    acknowledgment: answer
      ? {
          status: answer.status as FileAcknowledgment['status'],
          effectiveAt: answer.effectiveAt,
          detail: answer.detail,
        }
      : null,
    exceptions: (await exceptionsOfFile(executor, id)).map(exceptionSummaryOf),
  };
}
