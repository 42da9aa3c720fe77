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
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const returned = await executor.prepared<{ transaction_reference: string }>(
      'cx-invitation-insert',
      INSERT_SQL,
      insertColumns(rows.slice(start, start + INSERT_CHUNK)),
    );
    for (const row of returned) inserted.add(row.transaction_reference);
  }
  return inserted;
}

// The columns travel as arrays, so the statement text is the same for any number of rows and each
// connection prepares it once. A chunk of 50 rows takes PostgreSQL about 2 ms on a busy two-core
// machine: the job rests between statements (src/exchange/pace.ts), and a statement of 250 rows was
// 8 ms of one core taken from the requests at a stretch.
const INSERT_CHUNK = 50;
const INSERT_COLUMNS = [
  ['token_hash', 'text'],
  ['survey_id', 'text'],
  ['survey_version', 'text'],
  ['language', 'text'],
  ['service', 'text'],
  ['stage', 'text'],
  ['transaction_point', 'text'],
  ['channel', 'text'],
  ['partner', 'text'],
  ['transaction_source', 'text'],
  ['transaction_reference', 'text'],
  ['person_key', 'text'],
  ['period', 'text'],
  ['fiscal_year', 'integer'],
  ['fiscal_quarter', 'smallint'],
  ['offered_on', 'date'],
  ['expires_at', 'timestamptz'],
] as const satisfies readonly (readonly [keyof InvitationInsert, string])[];

const INSERT_SQL = `insert into cx_invitation (${INSERT_COLUMNS.map(([name]) => name).join(', ')})
  select * from unnest(${INSERT_COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})
  on conflict do nothing
  returning transaction_reference`;

function insertColumns(rows: readonly InvitationInsert[]): unknown[][] {
  return INSERT_COLUMNS.map(([name]) => rows.map((row) => row[name] ?? null));
}

/**
 * The person keys of `keys` that already have an invitation in `period`. The keys travel as one array
 * parameter of a prepared statement: an IN list of a batch's hundreds of keys was parsed and planned anew
 * on every run of the job.
 */
export async function invitedInPeriod(
  executor: Executor,
  keys: readonly string[],
  period: string,
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await executor.prepared<{ person_key: string }>(
    'cx-invited-in-period',
    'select person_key from cx_invitation where person_key = any($1::text[]) and period = $2',
    [[...keys], period],
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
