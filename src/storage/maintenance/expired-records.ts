// Deletes of records past their time (src/exchange/maintenance/purge-expired.ts decides what and when).
// Each statement removes one batch and counts it (PGlite's driver reports no affected-row count, so the
// count is selected), skipping rows another purger holds, so purgers in several processes never wait
// on each other and delete each row once.
import type { Executor } from '../executor.ts';

/** The count of rows a batch removed. */
interface Removed {
  n: number | string;
}

const EXPIRED_SESSIONS = `with removed as (
    delete from auth_session where token_hash in (
      select token_hash from auth_session where expires_at <= now()
      limit $1 for update skip locked)
    returning 1)
  select count(*) as n from removed`;

const OLD_IDEMPOTENCY_RECORDS = `with removed as (
    delete from idempotency_record where (principal_subject, idempotency_key) in (
      select principal_subject, idempotency_key from idempotency_record
      where created_at < now() - $2 * interval '1 hour'
      limit $1 for update skip locked)
    returning 1)
  select count(*) as n from removed`;

const ENDED_RATE_LIMIT_COUNTERS = `with removed as (
    delete from rate_limit_counter where key in (
      select key from rate_limit_counter where window_ends < now() - interval '1 minute'
      limit $1 for update skip locked)
    returning 1)
  select count(*) as n from removed`;

async function removed(executor: Executor, text: string, params: readonly unknown[]): Promise<number> {
  const [row] = await executor.query<Removed>(text, params);
  return Number(row?.n ?? 0);
}

/** Deletes up to `limit` sessions whose expiry has passed (by the database's clock); returns how many. */
export function deleteExpiredSessions(executor: Executor, limit: number): Promise<number> {
  return removed(executor, EXPIRED_SESSIONS, [limit]);
}

/** Deletes up to `limit` idempotency records older than `hours`; returns how many. */
export function deleteOldIdempotencyRecords(
  executor: Executor,
  hours: number,
  limit: number,
): Promise<number> {
  return removed(executor, OLD_IDEMPOTENCY_RECORDS, [limit, hours]);
}

/** Deletes up to `limit` rate limit counters whose window ended a minute or more ago; returns how many. */
export function deleteEndedRateLimitCounters(executor: Executor, limit: number): Promise<number> {
  return removed(executor, ENDED_RATE_LIMIT_COUNTERS, [limit]);
}
