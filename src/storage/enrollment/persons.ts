// Reads of a person's own record that show only masked facts: never the SSN or the Medicare number
// themselves (stored encrypted, migrations 0003 and 0005), only their last four characters.
import { sql } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';

const MASKED_COLUMNS = [
  'id',
  'household_id',
  'relationship',
  'category',
  'first_name',
  'last_name',
  'birth_date',
  'ssn_last4',
  'medicare_number_last4',
] as const;

/** The person's masked record, or undefined when there is no such person. */
export async function readMaskedPerson(executor: Executor, personId: number) {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('person').select(MASKED_COLUMNS).where('id', '=', personId),
  );
  return row;
}

/** The ZIP Code and state of the household's mailing address (the enrollee's); undefined when none is on file. */
export async function readMailingAddress(
  executor: Executor,
  personId: number,
): Promise<{ postal_code: string | null; state: string | null } | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('person as p')
      .innerJoin('person_address as a', 'a.person_id', 'p.household_id')
      .select(['a.postal_code', 'a.state'])
      .where('p.id', '=', personId),
  );
  return row;
}

export interface MaskedIdentifiers {
  readonly lastName: string;
  readonly ssnLastFour: string;
  readonly birthDate?: string | undefined;
}

/** People with this last name (any case) and SSN ending, and birth date when given, by id; at most `limit`. */
export function findByMaskedIdentifiers(executor: Executor, search: MaskedIdentifiers, limit: number) {
  const { birthDate } = search;
  return execute(
    executor,
    sqlBuilder
      .selectFrom('person')
      .select(['id', 'household_id', 'relationship', 'first_name', 'last_name', 'birth_date', 'ssn_last4'])
      .where('ssn_last4', '=', search.ssnLastFour)
      .where(sql<string>`lower(last_name)`, '=', sql<string>`lower(${search.lastName})`)
      .$if(birthDate !== undefined, (query) => query.where('birth_date', '=', birthDate ?? ''))
      .orderBy('id')
      .limit(limit),
  );
}

/** The enrollee on whose enrollment a lifecycle transition was recorded (masked), or undefined. */
export async function findEnrolleeOfTransition(executor: Executor, transitionId: number) {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('lifecycle_transition as t')
      .innerJoin('person as p', 'p.id', 't.person_id')
      .select([
        'p.id',
        'p.household_id',
        'p.relationship',
        'p.first_name',
        'p.last_name',
        'p.birth_date',
        'p.ssn_last4',
        't.action',
        't.decided_on',
      ])
      .where('t.id', '=', transitionId),
  );
  return row;
}
