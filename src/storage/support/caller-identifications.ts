// Who identified which caller, and how (append-only): the people a staff member's caller search
// returned, and identifiers given with an opening that matched the person or did not. A specialist
// opens cases only about callers it identified; the program office lists openings without one.
import { sql, type Insertable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { CallerIdentificationTable } from '../tables/support-tables.ts';

/** The staff member an identification is recorded for. */
export interface Identifier {
  readonly subject: string;
  readonly role: string;
  readonly partner: string | null;
}

/** Records that a caller search by the identifier returned these people. */
export async function insertSearchResults(
  executor: Executor,
  by: Identifier,
  personIds: readonly number[],
): Promise<void> {
  if (personIds.length === 0) return;
  const rows = personIds.map((personId) => ({
    subject: by.subject,
    role: by.role,
    partner: by.partner,
    person_id: personId,
    method: 'search' as const,
  }));
  await execute(executor, sqlBuilder.insertInto('caller_identification').values(rows));
}

export async function insertIdentification(
  executor: Executor,
  row: Insertable<CallerIdentificationTable>,
): Promise<void> {
  await execute(executor, sqlBuilder.insertInto('caller_identification').values(row));
}

/** When the subject last identified the person by a search or matching identifiers, since `since`. */
export async function latestIdentification(
  executor: Executor,
  subject: string,
  personId: number,
  since: Date,
): Promise<Date | null> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('caller_identification')
      .select((eb) => eb.fn.max('identified_at').as('identified_at'))
      .where('subject', '=', subject)
      .where('person_id', '=', personId)
      .where('method', 'in', ['search', 'verified_identifiers'])
      .where('identified_at', '>=', since),
  );
  return row?.identified_at ? new Date(row.identified_at) : null;
}

/**
 * Holds, until the transaction ends, the right to try identifiers as this subject: concurrent attempts
 * count their mismatches one after the other.
 */
export async function lockIdentifierAttempts(executor: Executor, subject: string): Promise<void> {
  await executor.query("select pg_advisory_xact_lock(hashtext('caller-identifiers:' || $1))", [subject]);
}

/** How many sets of identifiers the subject gave that did not match, after `since`. */
export async function countMismatchesSince(
  executor: Executor,
  subject: string,
  since: Date,
): Promise<number> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('caller_identification')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('subject', '=', subject)
      .where('method', '=', 'identifiers_mismatch')
      .where('identified_at', '>', since),
  );
  return Number(row?.count ?? 0);
}

/**
 * Whether the last name (any case) and SSN last four are the person's; undefined when there is no such
 * person.
 */
export async function identifiersMatch(
  executor: Executor,
  personId: number,
  identifiers: { lastName: string; ssnLastFour: string },
): Promise<boolean | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('person')
      .select(
        sql<boolean>`(lower(last_name) = lower(${identifiers.lastName}) and ssn_last4 = ${identifiers.ssnLastFour})`.as(
          'matches',
        ),
      )
      .where('id', '=', personId),
  );
  return row ? row.matches === true : undefined;
}

/**
 * Cases opened by staff (not enrollees about themselves) about a person their opener never searched
 * for nor identified by verified identifiers before opening: newest first, from `from` (inclusive) to
 * `to` (exclusive).
 */
export function selectUnidentifiedOpenings(
  executor: Executor,
  options: { from?: Date | undefined; to?: Date | undefined; limit: number },
) {
  let select = sqlBuilder
    .selectFrom('support_case as c')
    .innerJoin('support_case_event as e', (join) => join.onRef('e.case_id', '=', 'c.id').on('e.seq', '=', 1))
    .select([
      'c.id',
      'c.person_id',
      'c.opened_by',
      'e.actor_role',
      'e.actor_partner',
      'e.to_partner as partner',
      'c.opened_at',
      sql<string | null>`e.details->'identification'->>'method'`.as('identification'),
    ])
    .where('e.actor_role', '<>', 'enrollee')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('caller_identification as i')
            .select(sql.lit(1).as('one'))
            .whereRef('i.subject', '=', 'c.opened_by')
            .whereRef('i.person_id', '=', 'c.person_id')
            .where('i.method', 'in', ['search', 'verified_identifiers'])
            .whereRef('i.identified_at', '<=', 'c.opened_at'),
        ),
      ),
    );
  if (options.from) select = select.where('c.opened_at', '>=', options.from);
  if (options.to) select = select.where('c.opened_at', '<', options.to);
  return execute(
    executor,
    select.orderBy('c.opened_at', 'desc').orderBy('c.id', 'desc').limit(options.limit),
  );
}
