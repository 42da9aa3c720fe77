// The registry of files exchanged with partners: each file with its envelope numbers, size and digest;
// its status history (rows appended, never overwritten); and, for an outbound 834, each enrollment
// event it carried with the member and the ordinal of the member's INS segment.
import { sql, type Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type {
  ExchangeFileKind,
  ExchangeFileStatus,
  ExchangeFileTable,
  FileDirection,
} from '../tables/exchange-tables.ts';

export interface NewExchangeFile {
  readonly partner: string;
  readonly direction: FileDirection;
  readonly kind: ExchangeFileKind;
  readonly interchangeControlNumber: number | null;
  readonly groupControlNumber: number | null;
  readonly transactionControlNumbers: readonly number[];
  readonly asOf: string;
  readonly sinceEventId: number | null;
  readonly throughEventId: number | null;
  readonly memberCount: number;
  readonly segmentCount: number;
  readonly byteSize: number;
  readonly sha256: string;
  readonly fileName: string;
  /** ISO instant the file was written. */
  readonly createdAt: string;
  /** Its first status; `written` for a file just produced. */
  readonly status: ExchangeFileStatus;
}

/** One event an outbound file carried, for one member, at the member's INS segment. */
export interface CarriedEvent {
  readonly enrollmentEventId: number;
  readonly transitionId: number | null;
  readonly memberId: number;
  readonly segmentPosition: number;
}

export type ExchangeFileRow = Selectable<ExchangeFileTable> & { readonly status: ExchangeFileStatus };

/** Events are inserted this many at a time: each statement binds five arrays of this length. */
const EVENT_CHUNK = 20_000;

/**
 * Records a file, its first status and the events it carried; returns its id. Run it in the
 * transaction that allocated the file's control numbers, so a file and its numbers commit together.
 */
export async function recordExchangeFile(
  executor: Executor,
  file: NewExchangeFile,
  events: readonly CarriedEvent[],
): Promise<number> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .insertInto('exchange_file')
      .values({
        partner: file.partner,
        direction: file.direction,
        kind: file.kind,
        interchange_control_number: file.interchangeControlNumber,
        group_control_number: file.groupControlNumber,
        transaction_control_numbers: [...file.transactionControlNumbers],
        as_of: file.asOf,
        since_event_id: file.sinceEventId,
        through_event_id: file.throughEventId,
        member_count: file.memberCount,
        segment_count: file.segmentCount,
        byte_size: file.byteSize,
        sha256: file.sha256,
        file_name: file.fileName,
        created_at: file.createdAt,
      })
      .returning('id'),
  );
  const fileId = Number(row?.id);
  await recordFileStatus(executor, fileId, file.status, file.createdAt, {});
  for (let start = 0; start < events.length; start += EVENT_CHUNK) {
    await insertCarriedEvents(executor, fileId, events.slice(start, start + EVENT_CHUNK));
  }
  return fileId;
}

/**
 * The events a file carried, as columns bound as arrays: one statement whatever the count, and no
 * placeholder per value to build (a day of changes carries tens of thousands).
 */
async function insertCarriedEvents(
  executor: Executor,
  fileId: number,
  events: readonly CarriedEvent[],
): Promise<void> {
  const column = <T>(pick: (e: CarriedEvent) => T) => events.map(pick);
  await executor.query(
    `insert into exchange_file_event (file_id, enrollment_event_id, transition_id, member_id, segment_position)
     select $1::bigint, e.enrollment_event_id, e.transition_id, e.member_id, e.segment_position
     from unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::integer[])
       as e(enrollment_event_id, transition_id, member_id, segment_position)`,
    [
      fileId,
      column((e) => e.enrollmentEventId),
      column((e) => e.transitionId),
      column((e) => e.memberId),
      column((e) => e.segmentPosition),
    ],
  );
}

/** Appends a status to the file's history (an acknowledgment, a delivery, a missed deadline). */
export async function recordFileStatus(
  executor: Executor,
  fileId: number,
  status: ExchangeFileStatus,
  effectiveAt: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await execute(
    executor,
    sqlBuilder.insertInto('exchange_file_status_event').values({
      file_id: fileId,
      status,
      effective_at: effectiveAt,
      detail: JSON.stringify(detail),
    }),
  );
}

/** The file's status now: the latest row of its history. */
const currentStatus = sql<ExchangeFileStatus>`(select s.status from exchange_file_status_event s
  where s.file_id = f.id order by s.id desc limit 1)`;

function filesQuery() {
  return sqlBuilder.selectFrom('exchange_file as f').selectAll('f').select(currentStatus.as('status'));
}

/** The partner's files, newest first, at most `limit`, with ids below `beforeId` when given. */
export function listExchangeFiles(
  executor: Executor,
  partner: string,
  options: { readonly kind?: ExchangeFileKind; readonly beforeId?: number; readonly limit: number },
): Promise<ExchangeFileRow[]> {
  let query = filesQuery().where('f.partner', '=', partner);
  if (options.kind) query = query.where('f.kind', '=', options.kind);
  if (options.beforeId !== undefined) query = query.where('f.id', '<', options.beforeId);
  return execute(executor, query.orderBy('f.id', 'desc').limit(options.limit)) as Promise<ExchangeFileRow[]>;
}

/**
 * The outbound file an acknowledgment answers: by its interchange number (a TA1), narrowed by the
 * group number and a transaction's number when the acknowledgment names them (a 999's AK1/AK2).
 */
export async function findOutboundFile(
  executor: Executor,
  partner: string,
  numbers: {
    readonly interchange?: number;
    readonly group?: number;
    readonly transaction?: number;
  },
): Promise<ExchangeFileRow | undefined> {
  let query = filesQuery().where('f.partner', '=', partner).where('f.direction', '=', 'outbound');
  if (numbers.interchange !== undefined)
    query = query.where('f.interchange_control_number', '=', numbers.interchange);
  if (numbers.group !== undefined) query = query.where('f.group_control_number', '=', numbers.group);
  if (numbers.transaction !== undefined)
    query = query.where(sql<boolean>`${numbers.transaction} = any(f.transaction_control_numbers)`);
  const rows = (await execute(executor, query.orderBy('f.id', 'desc').limit(2))) as ExchangeFileRow[];
  // Group and transaction numbers alone could name files of different interchanges: none is a match.
  return rows.length === 1 ? rows[0] : undefined;
}

/** The file's status history, oldest first. */
export function fileStatusHistory(executor: Executor, fileId: number) {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('exchange_file_status_event')
      .select(['status', 'effective_at', 'recorded_at', 'detail'])
      .where('file_id', '=', fileId)
      .orderBy('id'),
  );
}

/** Which outbound files carried the enrollment event, with the member and INS segment in each. */
export function filesCarryingEvent(executor: Executor, enrollmentEventId: number) {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('exchange_file_event as c')
      .innerJoin('exchange_file as f', 'f.id', 'c.file_id')
      .select(['f.id', 'f.partner', 'f.file_name', 'c.member_id', 'c.segment_position', 'c.transition_id'])
      .where('c.enrollment_event_id', '=', enrollmentEventId)
      .orderBy('f.id')
      .orderBy('c.segment_position'),
  );
}

/**
 * The last enrollment event the partner has been sent: the highest `through_event_id` of its
 * outbound change files, leaving out files the partner rejected (their events go out again). 0 before
 * any file.
 */
export async function changesWatermark(executor: Executor, partner: string): Promise<number> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('exchange_file as f')
      .select((eb) => eb.fn.max('f.through_event_id').as('watermark'))
      .where('f.partner', '=', partner)
      .where('f.direction', '=', 'outbound')
      .where('f.kind', '=', '834_changes')
      .where(sql<boolean>`coalesce(${currentStatus}, 'written') <> 'rejected'`),
  );
  return row?.watermark == null ? 0 : Number(row.watermark);
}

/** A file already recorded with this digest for the partner and direction: the same file again. */
export async function findFileByDigest(
  executor: Executor,
  partner: string,
  direction: FileDirection,
  sha256: string,
): Promise<ExchangeFileRow | undefined> {
  const rows = (await execute(
    executor,
    filesQuery()
      .where('f.partner', '=', partner)
      .where('f.direction', '=', direction)
      .where('f.sha256', '=', sha256)
      .limit(1),
  )) as ExchangeFileRow[];
  return rows[0];
}

/** Whether the partner has been sent any change file, accepted or not. */
export async function hasSentChangeFile(executor: Executor, partner: string): Promise<boolean> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('exchange_file')
      .select('id')
      .where('partner', '=', partner)
      .where('direction', '=', 'outbound')
      .where('kind', '=', '834_changes')
      .limit(1),
  );
  return rows.length > 0;
}
