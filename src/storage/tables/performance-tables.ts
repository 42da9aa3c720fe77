// Row types of carrier performance evaluation (migration 0022); src/storage/tables.ts joins them into
// Tables. Factors travel as numeric strings so that 0.007 stays 0.007.
import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string | undefined, string>;
type RecordedAt = ColumnType<Date, never, never>;

export type PerformanceEvidenceSourceKind = 'exchange' | 'import' | 'staff';
export type PerformanceEvaluationState =
  'proposed' | 'accepted' | 'notice_issued' | 'under_reconsideration' | 'final' | 'settled';

export interface PerformanceEvidenceTable {
  id: Generated<number>;
  carrier_code: string;
  plan_code: string | null;
  contract_year: number;
  measure: string;
  value: ColumnType<unknown, string | null, string | null>;
  applicable: boolean;
  unit: string | null;
  source_kind: PerformanceEvidenceSourceKind;
  source_reference: string;
  note: string | null;
  import_key: string | null;
  recorded_by: string;
  recorded_at: RecordedAt;
}

export interface PerformanceEvaluationTable {
  id: Generated<number>;
  carrier_code: string;
  plan_code: string | null;
  contract_year: number;
  method_id: string;
  method_version: string;
  state: PerformanceEvaluationState;
  premium_base_cents: ColumnType<number, number, number>;
  premium_base_kind: 'computed' | 'imported';
  premium_base_source: string;
  proposal: Json;
  created_by: string;
  created_at: RecordedAt;
}

export interface PerformanceEvaluationEventTable {
  id: Generated<number>;
  evaluation_id: number;
  kind: string;
  element_id: string | null;
  factor: ColumnType<string | null, string | number | null, never>;
  amount_cents: number | null;
  reason: string | null;
  author: string;
  detail: Json;
  effective_on: string;
  recorded_at: RecordedAt;
}

export interface PerformanceTables {
  performance_evidence: PerformanceEvidenceTable;
  performance_evaluation: PerformanceEvaluationTable;
  performance_evaluation_event: PerformanceEvaluationEventTable;
}
