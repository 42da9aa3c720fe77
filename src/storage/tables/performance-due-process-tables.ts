// Row types of carrier performance due process (migration 0023); src/storage/tables.ts joins them into
// Tables. performance_notice and performance_money are append-only; a reconsideration row is written
// when requested and once more when decided.
import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string | undefined, string>;
type RecordedAt = ColumnType<Date, never, never>;

export type PerformanceNoticeKind = 'findings' | 'final';
export type PerformanceMoneyKind = 'rebate' | 'withhold_scheduled' | 'withheld' | 'reserve_deposit';
export type PerformanceReconsiderationOutcome = 'granted' | 'denied' | 'partly';

export interface PerformanceNoticeTable {
  id: Generated<number>;
  evaluation_id: number;
  kind: PerformanceNoticeKind;
  issued_on: string;
  response_due_on: string | null;
  document: Json;
  sha256: string;
  issued_by: string;
  recorded_at: RecordedAt;
}

export interface PerformanceMoneyTable {
  id: Generated<number>;
  evaluation_id: number;
  kind: PerformanceMoneyKind;
  amount_cents: number;
  on_date: string;
  payment_number: number | null;
  reference: string | null;
  entry_key: string;
  recorded_by: string;
  recorded_at: RecordedAt;
}

export interface PerformanceReconsiderationTable {
  id: Generated<number>;
  evaluation_id: number;
  element_id: string | null;
  grounds: string;
  evidence: Json;
  requested_by: string;
  requested_on: string;
  decided_on: string | null;
  outcome: PerformanceReconsiderationOutcome | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_factors: ColumnType<unknown, string | null | undefined, string | null>;
  recorded_at: RecordedAt;
}

export interface PerformanceDueProcessTables {
  performance_notice: PerformanceNoticeTable;
  performance_money: PerformanceMoneyTable;
  performance_reconsideration: PerformanceReconsiderationTable;
}
