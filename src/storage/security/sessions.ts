// The auth_session rows: a session is found by the SHA-256 of its cookie's token (the caller hashes;
// the token itself never reaches the database), with its subject and expiry.
import { sql } from 'kysely';
import { batchedRead, batcherPerExecutor } from '../batched-read.ts';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { UserAccountRow } from './user-accounts.ts';

export interface NewSession {
  readonly tokenHash: string;
  readonly subject: string;
  readonly idToken: string | null;
  readonly expiresAt: Date;
}

export async function insertSession(executor: Executor, session: NewSession): Promise<void> {
  await execute(
    executor,
    sqlBuilder.insertInto('auth_session').values({
      token_hash: session.tokenHash,
      subject: session.subject,
      id_token: session.idToken,
      expires_at: session.expiresAt,
    }),
  );
}

/**
 * The account behind a live session of an active account, or undefined. Runs on every request, so the
 * lookups of concurrent requests share one statement (src/storage/batched-read.ts), a named statement
 * each connection prepares once; the expiry and the account's state are checked here, in the
 * database, so a revoked session is refused by every process at its next request.
 */
export async function findSessionAccount(
  executor: Pick<Executor, 'prepared'>,
  tokenHash: string,
): Promise<UserAccountRow | undefined> {
  return sessionReader(executor).read(tokenHash);
}

const sessionReader = batcherPerExecutor((executor: Pick<Executor, 'prepared'>) =>
  batchedRead((tokenHashes: readonly string[]) => findSessionAccounts(executor, tokenHashes)),
);

async function findSessionAccounts(
  executor: Pick<Executor, 'prepared'>,
  tokenHashes: readonly string[],
): Promise<ReadonlyMap<string, UserAccountRow>> {
  const rows = await executor.prepared<UserAccountRow & { token_hash: string }>(
    'session-principals',
    `select s.token_hash, u.subject, u.role, u.person_id, u.partner_organization, u.carrier_codes
    from auth_session s join user_account u on u.subject = s.subject
    where s.token_hash = any($1::text[]) and s.expires_at > now() and u.active`,
    [tokenHashes],
  );
  return new Map(rows.map(({ token_hash, ...account }) => [token_hash, account]));
}

/** Deletes the session; returns whether it existed and its id token. */
export async function deleteSession(
  executor: Executor,
  tokenHash: string,
): Promise<{ idToken: string | null } | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.deleteFrom('auth_session').where('token_hash', '=', tokenHash).returning('id_token'),
  );
  return row && { idToken: row.id_token };
}

/** Deletes expired sessions in one statement; returns how many. */
export async function deleteExpiredSessions(executor: Executor): Promise<number> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .with('deleted', (db) =>
        db
          .deleteFrom('auth_session')
          .where('expires_at', '<=', sql<Date>`now()`)
          .returning('token_hash'),
      )
      .selectFrom('deleted')
      .select(sql<number>`count(*)::int`.as('count')),
  );
  return Number(row?.count ?? 0);
}
