// Row types of the background jobs, rate limits tables, for Kysely; src/storage/tables.ts joins them into Tables.
import type { ColumnType } from 'kysely';

export interface RateLimitCounterTable {
  key: string;
  hits: number;
  window_ends: ColumnType<Date, Date | string, Date | string>;
}

export interface OperationsTables {
  rate_limit_counter: RateLimitCounterTable;
}
