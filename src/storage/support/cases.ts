// The support_case row: where a case stands (status, partner, skill queue, due time). It changes only in
// the transaction that appends the event explaining the change (case-events.ts), after `lockCase`.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { SupportCaseTable } from '../tables/support-tables.ts';

export type CaseRow = Selectable<SupportCaseTable>;

/** A literal, not a parameter: the partial indexes on active cases are chosen by this very predicate. */
const RESOLVED = sql.lit('resolved' as const);

/** A case is opened only about a person on the roster. */
export async function personExists(executor: Executor, personId: number): Promise<boolean> {
  const rows = await execute(
    executor,
    sqlBuilder.selectFrom('person').select('id').where('id', '=', personId),
  );
  return rows.length > 0;
}

export async function insertCase(executor: Executor, row: Insertable<SupportCaseTable>): Promise<number> {
  const [inserted] = await execute(
    executor,
    sqlBuilder.insertInto('support_case').values(row).returning('id'),
  );
  return Number(inserted?.id);
}

/** The case row, locked until the transaction ends, so changes to one case apply one after the other. */
export async function lockCase(executor: Executor, id: number): Promise<CaseRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('support_case').selectAll().where('id', '=', id).forUpdate(),
  );
  return row;
}

export async function updateCase(
  executor: Executor,
  id: number,
  change: Updateable<SupportCaseTable>,
): Promise<void> {
  await execute(executor, sqlBuilder.updateTable('support_case').set(change).where('id', '=', id));
}

/**
 * The oldest case of the partner's queue no one works yet, locked until the transaction ends; cases
 * another transaction has locked are skipped, so concurrent takers never get the same case.
 */
export async function lockNextUnassigned(executor: Executor, partner: string): Promise<CaseRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('support_case')
      .selectAll()
      .where('partner', '=', partner)
      .where('status', '<>', RESOLVED)
      .where('assigned_to', 'is', null)
      .orderBy('queued_at')
      .orderBy('id')
      .limit(1)
      .forUpdate()
      .skipLocked(),
  );
  return row;
}

/** Whose case it is, where it is, and every partner it went to (its events' receiving partners). */
export async function selectCaseScope(executor: Executor, id: number) {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('support_case as c')
      .select((eb) => [
        'c.person_id',
        'c.partner',
        sql<string[]>`array(${eb
          .selectFrom('support_case_event as e')
          .select('e.to_partner')
          .distinct()
          .whereRef('e.case_id', '=', 'c.id')})`.as('held_by'),
      ])
      .where('c.id', '=', id),
  );
  return row;
}

/** The case with the person's masked-display fields (name, birth date, last four digits). */
export async function selectCaseWithPerson(executor: Executor, id: number) {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('support_case as c')
      .innerJoin('person as p', 'p.id', 'c.person_id')
      .selectAll('c')
      .select([
        'p.household_id',
        'p.first_name',
        'p.last_name',
        'p.birth_date',
        'p.ssn_last4',
        'p.medicare_number_last4',
        'p.residence_state',
      ])
      .where('c.id', '=', id),
  );
  return row;
}

/** A partner's active cases, oldest in the queue first, after the given position, with the caller's name. */
export function selectQueue(
  executor: Executor,
  partner: string,
  options: {
    skill?: string | undefined;
    after?: { queuedAt: string; id: number } | undefined;
    limit: number;
  },
) {
  let select = sqlBuilder
    .selectFrom('support_case as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .selectAll('c')
    .select(['p.first_name', 'p.last_name'])
    .where('c.partner', '=', partner)
    .where('c.status', '<>', RESOLVED);
  if (options.skill !== undefined) select = select.where('c.skill', '=', options.skill);
  const after = options.after;
  if (after)
    select = select.where((eb) =>
      eb(
        eb.refTuple('c.queued_at', 'c.id'),
        '>',
        eb.tuple(sql<Date>`${after.queuedAt}::timestamptz`, after.id),
      ),
    );
  return execute(executor, select.orderBy('c.queued_at').orderBy('c.id').limit(options.limit));
}

/** Per skill of a partner: active cases, how many are due before `now`, and the earliest due time. */
export function selectQueueSummary(executor: Executor, partner: string, now: Date) {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('support_case')
      .select((eb) => [
        'skill',
        eb.fn.countAll<number | string>().as('open'),
        eb.fn.countAll<number | string>().filterWhere('due_at', '<', now).as('overdue'),
        eb.fn.min('due_at').as('next_due'),
      ])
      .where('partner', '=', partner)
      .where('status', '<>', RESOLVED)
      .groupBy('skill')
      .orderBy('skill'),
  );
}

/** How many active cases wait in the partner's queue, and since when the oldest waits. */
export async function selectQueueWaiting(executor: Executor, partner: string) {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('support_case')
      .select((eb) => [eb.fn.countAll<number | string>().as('waiting'), eb.fn.min('queued_at').as('oldest')])
      .where('partner', '=', partner)
      .where('status', '<>', RESOLVED),
  );
  return { waiting: Number(row?.waiting ?? 0), oldest: row?.oldest ?? null };
}

/** The partners a person's active cases are with. */
export async function selectActivePartners(executor: Executor, personId: number): Promise<string[]> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('support_case')
      .select('partner')
      .distinct()
      .where('person_id', '=', personId)
      .where('status', '<>', RESOLVED)
      .orderBy('partner'),
  );
  return rows.map((r) => r.partner);
}

/** Whether the partner holds an active case about the person. */
export async function partnerHoldsCaseOf(executor: Executor, personId: number, partner: string) {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('support_case')
      .select('id')
      .where('person_id', '=', personId)
      .where('partner', '=', partner)
      .where('status', '<>', RESOLVED)
      .limit(1),
  );
  return rows.length > 0;
}

/**
 * Holds, until the transaction ends, the right to open cases as this actor: concurrent openings by one
 * specialist count one after the other.
 */
export async function lockOpeningsOf(executor: Executor, actorId: string): Promise<void> {
  await executor.query("select pg_advisory_xact_lock(hashtext('case-openings:' || $1))", [actorId]);
}

/** How many cases the actor opened after `since`. */
export async function countOpenedSince(executor: Executor, actorId: string, since: Date): Promise<number> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('support_case')
      .select((eb) => eb.fn.countAll<number | string>().as('opened'))
      .where('opened_by', '=', actorId)
      .where('opened_at', '>', since),
  );
  return Number(row?.opened ?? 0);
}
