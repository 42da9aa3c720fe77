// A person's household as the enrollment lifecycle needs it: changes are recorded on the enrollee,
// whose person id is the household id, and one household's changes queue up behind a row lock.
import { execute, sqlBuilder, type Executor } from '../executor.ts';

/** The person's household and the enrollee's category (which sets the pay frequency), or undefined. */
export async function findHouseholdOfPerson(
  executor: Executor,
  personId: number,
): Promise<{ householdId: number; enrolleeCategory: string } | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('person as p')
      .innerJoin('person as e', 'e.id', 'p.household_id')
      .select(['p.household_id', 'e.category'])
      .where('p.id', '=', personId),
  );
  return row && { householdId: Number(row.household_id), enrolleeCategory: row.category };
}

/** The person's household id, or undefined for no such person. */
export async function findHouseholdId(executor: Executor, personId: number): Promise<number | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('person').select('household_id').where('id', '=', personId),
  );
  return row && Number(row.household_id);
}

/**
 * Locks the enrollee's row of the person's household until the transaction ends, so changes to one
 * household queue up behind each other and each reads the state the previous one left. Nothing is
 * locked when there is no such person.
 */
export async function lockHouseholdOfPerson(executor: Executor, personId: number): Promise<void> {
  await execute(
    executor,
    sqlBuilder
      .selectFrom('person')
      .select('id')
      .where('id', '=', (eb) => eb.selectFrom('person').select('household_id').where('id', '=', personId))
      .forUpdate(),
  );
}
