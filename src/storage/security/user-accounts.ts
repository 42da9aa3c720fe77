// The user_account rows: which role and data scope the exchange grants a signed-in subject.
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { Insertable } from 'kysely';
import type { UserAccountTable } from '../tables/security-tables.ts';

/** The columns a principal is made of (src/security/user-accounts.ts principalOfAccount). */
export interface UserAccountRow {
  subject: string;
  role: string;
  person_id: number | null;
  partner_organization: string | null;
  carrier_codes: string[];
}

/** Creates or replaces the account of a subject. */
export async function upsertUserAccount(
  executor: Executor,
  row: Required<Omit<Insertable<UserAccountTable>, 'created_at'>>,
): Promise<void> {
  await execute(
    executor,
    sqlBuilder
      .insertInto('user_account')
      .values(row)
      .onConflict((oc) => oc.column('subject').doUpdateSet(row)),
  );
}

/** The account of a subject while it is active, or undefined. */
export async function findActiveAccount(
  executor: Executor,
  subject: string,
): Promise<UserAccountRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('user_account')
      .select(['subject', 'role', 'person_id', 'partner_organization', 'carrier_codes'])
      .where('subject', '=', subject)
      .where('active', '=', true),
  );
  return row;
}

/** The name to greet a subject by ('' when the account gives none), or undefined without an account. */
export async function findDisplayName(executor: Executor, subject: string): Promise<string | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('user_account').select('display_name').where('subject', '=', subject),
  );
  return row?.display_name;
}
