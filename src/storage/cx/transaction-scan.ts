// The transactions a survey may follow, read after a watermark per source so that making invitations
// costs the transaction itself nothing: open season elections from the portal, lifecycle transitions
// (open season enrollments and changes by the lifecycle, life events decided), support cases resolved,
// reconsiderations decided. Each source is read in (recorded_at, key) order; rows younger than a lag
// are left to the next run, so a transaction committing late with an earlier time is not skipped.
import { sql } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';

export const TRANSACTION_SOURCES = ['election', 'lifecycle', 'support-case', 'reconsideration'] as const;
export type TransactionSource = (typeof TRANSACTION_SOURCES)[number];

/**
 * An instant exactly as PostgreSQL keeps it, to the microsecond (`2024-11-12T09:30:00.123456Z`). A
 * JavaScript Date keeps milliseconds only: a watermark stored from one would sit before the row it was
 * taken from, and every run would scan that row again.
 */
export type ExactInstant = string & { readonly __exactInstant: true };

/** The exact instant of a Date (its microseconds are zero). */
export function exactInstantOf(date: Date): ExactInstant {
  return `${date.toISOString().slice(0, -1)}000Z` as ExactInstant;
}

/** Formats a timestamptz column as an ExactInstant (fixed width, so the text orders as the time does). */
const exactInstantSql = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export interface ScannedTransaction {
  readonly source: TransactionSource;
  /** The cursor: when the row was recorded and its key within that instant. */
  readonly at: ExactInstant;
  readonly key: string;
  readonly reference: string;
  readonly transaction:
    'open-season-election' | 'life-event-decided' | 'support-case-resolved' | 'reconsideration-decided';
  readonly personId: number;
  readonly channel: string;
  readonly partner: string | null;
  /** The day of the transaction (YYYY-MM-DD). */
  readonly day: string;
}

export interface Watermark {
  readonly at: ExactInstant;
  readonly key: string;
  readonly scanned: number;
}

/** Where a source with no watermark yet starts: the beginning of time. */
export const EPOCH_INSTANT = '1970-01-01T00:00:00.000000Z' as ExactInstant;

/**
 * The source's watermark, locked for this transaction (created at the epoch when missing). The row is
 * selected for update first, so the usual run, whose watermark exists, writes nothing to read it.
 */
export async function lockWatermark(executor: Executor, source: TransactionSource): Promise<Watermark> {
  const locked = await selectWatermarkForUpdate(executor, source);
  if (locked) return locked;
  await execute(
    executor,
    sqlBuilder
      .insertInto('cx_invitation_watermark')
      .values({ source, last_at: EPOCH_INSTANT, last_key: '' })
      .onConflict((c) => c.column('source').doNothing()),
  );
  return (await selectWatermarkForUpdate(executor, source))!;
}

async function selectWatermarkForUpdate(
  executor: Executor,
  source: TransactionSource,
): Promise<Watermark | undefined> {
  const [row] = await executor.query<WatermarkRow>(
    `select ${WATERMARK_COLUMNS} from cx_invitation_watermark where source = $1 for update`,
    [source],
  );
  return row && watermarkOf(row);
}

/** Every source's watermark as it stands, without locking (a source never scanned is missing). */
export async function readCursors(executor: Executor): Promise<Map<TransactionSource, Watermark>> {
  const rows = await executor.query<WatermarkRow>(`select ${WATERMARK_COLUMNS} from cx_invitation_watermark`);
  return new Map(rows.map((r) => [r.source, watermarkOf(r)]));
}

interface WatermarkRow {
  source: TransactionSource;
  at: ExactInstant;
  last_key: string;
  scanned: string | number;
}

const WATERMARK_COLUMNS = `source, ${exactInstantSql('last_at')} as at, last_key, scanned`;

const watermarkOf = (row: WatermarkRow): Watermark => ({
  at: row.at,
  key: row.last_key,
  scanned: Number(row.scanned),
});

export async function advanceWatermark(
  executor: Executor,
  source: TransactionSource,
  to: { at: ExactInstant; key: string },
  scanned: number,
): Promise<void> {
  await execute(
    executor,
    sqlBuilder
      .updateTable('cx_invitation_watermark')
      .set((eb) => ({
        last_at: to.at,
        last_key: to.key,
        scanned: eb('scanned', '+', scanned),
        updated_at: new Date(),
      }))
      .where('source', '=', source),
  );
}

interface RawRow {
  at: ExactInstant;
  key: string;
  reference: string;
  transaction: ScannedTransaction['transaction'];
  person_id: number | string;
  channel: string;
  partner: string | null;
  day: string;
}

const pad = (column: string) => `lpad(${column}::text, 20, '0')`;

/** The SELECT of each source, with columns named as RawRow. */
const SOURCE_QUERIES: Record<TransactionSource, string> = {
  election: `select e.recorded_at as at,
      ${pad('e.person_id')} || ':' || e.open_season_id || ':' || e.made_on::text as key,
      'election:' || e.person_id || ':' || e.open_season_id || ':' || e.made_on::text as reference,
      'open-season-election' as transaction, e.person_id, 'web' as channel, null::text as partner,
      e.made_on::text as day
    from open_season_election e`,
  lifecycle: `select t.recorded_at as at, ${pad('t.id')} as key, 'lifecycle:' || t.id as reference,
      case when t.action = 'life_event_change' then 'life-event-decided' else 'open-season-election' end as transaction,
      t.person_id, case when t.actor_role = 'enrollee' then 'web' else 'phone' end as channel,
      null::text as partner, t.requested_on::text as day
    from lifecycle_transition t
    where t.action in ('open_season_enroll', 'open_season_change', 'life_event_change')`,
  // A request sent from the portal (channel `portal`, migration 0033) is a web transaction to the survey.
  'support-case': `select ev.recorded_at as at, ${pad('ev.case_id')} || ':' || ${pad('ev.seq')} as key,
      'case:' || ev.case_id || ':' || ev.seq as reference, 'support-case-resolved' as transaction,
      c.person_id, case when c.channel = 'portal' then 'web' else c.channel end as channel,
      ev.to_partner as partner,
      to_char(ev.recorded_at at time zone 'UTC', 'YYYY-MM-DD') as day
    from support_case_event ev join support_case c on c.id = ev.case_id
    where ev.kind = 'resolved'`,
  reconsideration: `select d.recorded_at as at, ${pad('d.request_id')} as key,
      'reconsideration:' || d.request_id as reference, 'reconsideration-decided' as transaction,
      r.person_id, 'mail' as channel, null::text as partner, d.decided_on::text as day
    from reconsideration_decision d join reconsideration_request r on r.id = d.request_id`,
};

/** The condition that keeps a source's rows after a cursor ($n) and before an instant ($n+2). */
const afterCursor = (first: number) =>
  `s.at >= $${first}::timestamptz and (s.at, s.key) > ($${first}::timestamptz, $${first + 1}::text)
    and s.at < $${first + 2}::timestamptz`;

/** Up to `limit` transactions of the source after the watermark and recorded before `before`. */
export async function scanTransactions(
  executor: Executor,
  source: TransactionSource,
  after: { at: ExactInstant; key: string },
  before: Date,
  limit: number,
): Promise<ScannedTransaction[]> {
  const text = `select ${exactInstantSql('s.at')} as at, s.key, s.reference, s.transaction, s.person_id,
      s.channel, s.partner, s.day
    from (${SOURCE_QUERIES[source]}) s
    where ${afterCursor(1)}
    order by s.at, s.key limit $4`;
  const rows = await executor.query<RawRow>(text, [after.at, after.key, before.toISOString(), limit]);
  return rows.map((r) => ({
    source,
    at: r.at,
    key: r.key,
    reference: r.reference,
    transaction: r.transaction,
    personId: Number(r.person_id),
    channel: r.channel,
    partner: r.partner,
    day: r.day,
  }));
}

/**
 * Which of the sources have a transaction after their cursor and before `before`, in one statement that
 * locks nothing: the worker's usual run finds most sources idle and leaves them alone.
 */
export async function sourcesWithNewTransactions(
  executor: Executor,
  cursors: ReadonlyMap<TransactionSource, { at: ExactInstant; key: string }>,
  before: Date,
): Promise<TransactionSource[]> {
  const probes: string[] = [];
  const parameters: unknown[] = [];
  for (const source of TRANSACTION_SOURCES) {
    const cursor = cursors.get(source);
    if (!cursor) continue;
    const first = parameters.length + 1;
    parameters.push(cursor.at, cursor.key, before.toISOString(), source);
    probes.push(
      `select $${first + 3}::text as source
        where exists (select 1 from (${SOURCE_QUERIES[source]}) s where ${afterCursor(first)})`,
    );
  }
  if (probes.length === 0) return [];
  const rows = await executor.query<{ source: TransactionSource }>(probes.join('\nunion all\n'), parameters);
  return rows.map((r) => r.source);
}

/** Which of `personIds` have a support case not yet resolved. */
export async function personsWithOpenCases(
  executor: Executor,
  personIds: readonly number[],
): Promise<Set<number>> {
  if (personIds.length === 0) return new Set();
  const rows = await executor.prepared<{ person_id: number | string }>(
    'cx-persons-with-open-cases',
    `select distinct person_id from support_case where person_id = any($1::bigint[]) and status <> 'resolved'`,
    [[...new Set(personIds)]],
  );
  return new Set(rows.map((r) => Number(r.person_id)));
}

/** The person behind a transaction reference, for service recovery (the contact asked for). */
export async function personOfTransaction(
  executor: Executor,
  reference: string,
): Promise<number | undefined> {
  const [kind, id] = reference.split(':');
  const ident = Number(id);
  if (!Number.isInteger(ident)) return undefined;
  if (kind === 'election') return ident;
  const query =
    kind === 'lifecycle'
      ? sql<{ person_id: number }>`select person_id from lifecycle_transition where id = ${ident}`
      : kind === 'case'
        ? sql<{ person_id: number }>`select person_id from support_case where id = ${ident}`
        : kind === 'reconsideration'
          ? sql<{ person_id: number }>`select person_id from reconsideration_request where id = ${ident}`
          : undefined;
  if (!query) return undefined;
  const compiled = query.compile(sqlBuilder);
  const [row] = await executor.query<{ person_id: number | string }>(compiled.sql, compiled.parameters);
  return row === undefined ? undefined : Number(row.person_id);
}
