// Idempotency records (migration 0002): a state-changing request's key, claimed in the transaction of
// the change, and the response given, stored before that transaction commits. Every change runs these
// statements, so each is a named prepared statement that PostgreSQL plans once per connection.
import type { Selectable } from 'kysely';
import type { Executor } from '../executor.ts';
import type { IdempotencyRecordTable } from '../tables/operations-tables.ts';

type Prepares = Pick<Executor, 'prepared'>;

/** Whose key it is: keys are scoped to the principal that sent them. */
export interface IdempotencyKey {
  readonly principalSubject: string;
  readonly key: string;
}

/** What a request asked, to tell a retry from a different request sent with the same key. */
export interface RequestFingerprint {
  readonly method: string;
  readonly path: string;
  readonly requestHash: string;
}

export type StoredRecord = Pick<
  Selectable<IdempotencyRecordTable>,
  'method' | 'path' | 'request_hash' | 'response_status' | 'response_body'
>;

/**
 * Claims the key for this request; false when it was claimed before. On PostgreSQL a concurrent claim
 * of the same key waits here until the first transaction ends.
 */
export async function claimIdempotencyKey(
  executor: Prepares,
  owner: IdempotencyKey,
  request: RequestFingerprint,
): Promise<boolean> {
  const claimed = await executor.prepared<{ claimed: number }>(
    'idempotency-claim',
    `insert into idempotency_record
       (principal_subject, idempotency_key, method, path, request_hash, response_status, response_body)
     values ($1, $2, $3, $4, $5, 0, 'null'::jsonb)
     on conflict (principal_subject, idempotency_key) do nothing
     returning 1 as claimed`,
    [owner.principalSubject, owner.key, request.method, request.path, request.requestHash],
  );
  return claimed.length > 0;
}

/** The record of a key claimed earlier, with the response it was given. */
export async function readIdempotencyRecord(
  executor: Prepares,
  owner: IdempotencyKey,
): Promise<StoredRecord | undefined> {
  const [stored] = await executor.prepared<StoredRecord>(
    'idempotency-stored',
    `select method, path, request_hash, response_status, response_body from idempotency_record
     where principal_subject = $1 and idempotency_key = $2`,
    [owner.principalSubject, owner.key],
  );
  return stored;
}

/** Stores the response given to the request that claimed the key. */
export async function storeIdempotentResponse(
  executor: Prepares,
  owner: IdempotencyKey,
  status: number,
  body: unknown,
): Promise<void> {
  await executor.prepared(
    'idempotency-respond',
    `update idempotency_record set response_status = $3, response_body = $4::jsonb
     where principal_subject = $1 and idempotency_key = $2`,
    [owner.principalSubject, owner.key, status, JSON.stringify(body)],
  );
}
