// Survey invitations (migration 0024): the token only as its hash, the person only as a keyed hash.
// An invitation is used once: the claim is one conditional update, so of two concurrent uses one wins.
import type { Insertable, Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { CxInvitationTable } from '../tables/cx-tables.ts';

export type InvitationRow = Selectable<CxInvitationTable>;
export type InvitationInsert = Insertable<CxInvitationTable>;

/**
 * Inserts the invitations in one statement, each unless its transaction already has one or its person
 * already has one in the period (the unique indexes decide, whichever process comes first); returns
 * the transaction references of those inserted.
 */
export async function insertInvitations(
  executor: Executor,
  rows: readonly InvitationInsert[],
): Promise<Set<string>> {
  const inserted = new Set<string>();
  // 17 columns a row: 1,000 rows stay well under PostgreSQL's 65,535 parameters a statement.
  for (let start = 0; start < rows.length; start += 1_000) {
    const returned = await execute(
      executor,
      sqlBuilder
        .insertInto('cx_invitation')
        .values(rows.slice(start, start + 1_000))
        .onConflict((c) => c.doNothing())
        .returning('transaction_reference'),
    );
    for (const row of returned) inserted.add(row.transaction_reference);
  }
  return inserted;
}

/** The person keys of `keys` that already have an invitation in `period`. */
export async function invitedInPeriod(
  executor: Executor,
  keys: readonly string[],
  period: string,
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('cx_invitation')
      .select('person_key')
      .where('person_key', 'in', [...keys])
      .where('period', '=', period),
  );
  return new Set(rows.map((r) => r.person_key));
}

export async function readInvitationByTokenHash(
  executor: Executor,
  tokenHash: string,
): Promise<InvitationRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('cx_invitation').selectAll().where('token_hash', '=', tokenHash),
  );
  return row;
}

/** Marks the invitation used; undefined when it was already used (or does not exist). */
export async function claimInvitation(
  executor: Executor,
  tokenHash: string,
  at: Date,
): Promise<InvitationRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .updateTable('cx_invitation')
      .set({ used_at: at.toISOString() })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .returningAll(),
  );
  return row;
}

export async function invitationsOfSource(
  executor: Executor,
  source: string,
): Promise<Pick<InvitationRow, 'transaction_reference' | 'transaction_point' | 'period'>[]> {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('cx_invitation')
      .select(['transaction_reference', 'transaction_point', 'period'])
      .where('transaction_source', '=', source)
      .orderBy('id'),
  );
}
