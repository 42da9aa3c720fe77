// Callbacks scheduled from support cases (migration 0036). Append-only: a callback row is never changed;
// it is closed by one support_callback_event (done or cancelled), and the unique index refuses a second.
import { sql, type Insertable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type {
  SupportCallbackEventKindColumn,
  SupportCallbackEventTable,
  SupportCallbackTable,
} from '../tables/support-tables.ts';

export interface CallbackRow {
  readonly id: number;
  readonly caseId: number;
  readonly dueAt: Date;
  readonly timeZone: string;
  readonly note: string;
  readonly scheduledBy: string;
  readonly recordedAt: Date;
  readonly closedAs: SupportCallbackEventKindColumn | null;
  readonly closedBy: string | null;
  readonly closedAt: Date | null;
}

export async function insertCallback(
  executor: Executor,
  row: Insertable<SupportCallbackTable>,
): Promise<number> {
  const [inserted] = await execute(
    executor,
    sqlBuilder.insertInto('support_callback').values(row).returning('id'),
  );
  return Number(inserted?.id);
}

/** Closes the callback; false when it was already closed (the unique index kept the first event). */
export async function insertCallbackEvent(
  executor: Executor,
  event: Insertable<SupportCallbackEventTable>,
): Promise<boolean> {
  const rows = await execute(
    executor,
    sqlBuilder
      .insertInto('support_callback_event')
      .values(event)
      .onConflict((oc) => oc.column('callback_id').doNothing())
      .returning('id'),
  );
  return rows.length > 0;
}

function callbacks() {
  return sqlBuilder
    .selectFrom('support_callback as c')
    .leftJoin('support_callback_event as e', 'e.callback_id', 'c.id')
    .select([
      'c.id',
      'c.case_id',
      'c.due_at',
      'c.time_zone',
      'c.note',
      'c.scheduled_by',
      'c.recorded_at',
      'e.kind',
      'e.actor_id',
      'e.recorded_at as closed_at',
    ]);
}

type Selected = {
  id: number;
  case_id: number;
  due_at: Date;
  time_zone: string;
  note: string;
  scheduled_by: string;
  recorded_at: Date;
  kind: SupportCallbackEventKindColumn | null;
  actor_id: string | null;
  closed_at: Date | null;
};

function callbackOf(r: Selected): CallbackRow {
  return {
    id: Number(r.id),
    caseId: Number(r.case_id),
    dueAt: r.due_at,
    timeZone: r.time_zone,
    note: r.note,
    scheduledBy: r.scheduled_by,
    recordedAt: r.recorded_at,
    closedAs: r.kind,
    closedBy: r.actor_id,
    closedAt: r.closed_at,
  };
}

/** A place in a list ordered by due time then id: the next page starts after it. */
export interface CallbackPosition {
  readonly dueAt: string;
  readonly id: number;
}

/** Rows after the position in (due_at, id) order (the indexes of migration 0036 serve it). */
function afterPosition(after: CallbackPosition | null) {
  return after
    ? sql<boolean>`(c.due_at, c.id) > (${after.dueAt}::timestamptz, ${after.id}::bigint)`
    : sql<boolean>`true`;
}

/** The case's callbacks, soonest due first: at most `limit`, after the position when given. */
export async function selectCaseCallbacks(
  executor: Executor,
  caseId: number,
  limit: number,
  after: CallbackPosition | null = null,
): Promise<CallbackRow[]> {
  const rows = await execute(
    executor,
    callbacks()
      .where('c.case_id', '=', caseId)
      .where(afterPosition(after))
      .orderBy('c.due_at')
      .orderBy('c.id')
      .limit(limit),
  );
  return rows.map(callbackOf);
}

export async function selectCallback(
  executor: Executor,
  caseId: number,
  callbackId: number,
): Promise<CallbackRow | undefined> {
  const [row] = await execute(
    executor,
    callbacks().where('c.case_id', '=', caseId).where('c.id', '=', callbackId),
  );
  return row ? callbackOf(row) : undefined;
}

/**
 * The open callbacks of the cases a partner holds that are due by `until` (past due included), oldest
 * first, with the case's subject for the queue.
 */
export async function selectDueCallbacks(
  executor: Executor,
  partner: string,
  until: Date,
  limit: number,
  after: CallbackPosition | null = null,
) {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('support_callback as c')
      .innerJoin('support_case as s', 's.id', 'c.case_id')
      .leftJoin('support_callback_event as e', 'e.callback_id', 'c.id')
      .select(['c.id', 'c.case_id', 'c.due_at', 'c.time_zone', 'c.note', 'c.scheduled_by', 's.subject'])
      .where('s.partner', '=', partner)
      .where('e.id', 'is', null)
      .where('c.due_at', '<=', sql<Date>`${until.toISOString()}::timestamptz`)
      .where(afterPosition(after))
      .orderBy('c.due_at')
      .orderBy('c.id')
      .limit(limit),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    caseId: Number(r.case_id),
    dueAt: r.due_at,
    timeZone: r.time_zone,
    note: r.note,
    scheduledBy: r.scheduled_by,
    subject: r.subject,
  }));
}
