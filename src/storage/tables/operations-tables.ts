// Row types of the background jobs, rate limits and idempotency records tables, for Kysely;
// src/storage/tables.ts joins them into Tables.
import type { ColumnType } from 'kysely';

/** A state-changing API request's key, what it asked and the response given (migration 0002). */
export interface IdempotencyRecordTable {
  principal_subject: string;
  idempotency_key: string;
  method: string;
  path: string;
  /** SHA-256 of the method, path and canonical body. */
  request_hash: string;
  /** 0 while the change that claimed the key is still running. */
  response_status: number;
  /** Written as JSON text; read back parsed (or as text, depending on the driver). */
  response_body: ColumnType<unknown, string, string>;
  created_at: ColumnType<Date, never, never>;
}

export interface RateLimitCounterTable {
  key: string;
  hits: number;
  window_ends: ColumnType<Date, Date | string, Date | string>;
}

export interface OperationsTables {
  idempotency_record: IdempotencyRecordTable;
  rate_limit_counter: RateLimitCounterTable;
}
