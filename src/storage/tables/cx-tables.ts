// Row types of customer-experience measurement (migration 0024); src/storage/tables.ts joins them into
// Tables. A response row holds no personal data; an invitation holds a keyed hash of the person only.
import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string, string>;
type RecordedAt = ColumnType<Date, never, never>;
type Instant = ColumnType<Date, string, string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export type CxSurveyKind = 'a11-v2' | 'a11-legacy';
export type CxLanguage = 'en' | 'es';

export interface CxSurveyVersionTable {
  survey_id: string;
  version: string;
  kind: CxSurveyKind;
  content_hash: string;
  content: Json;
  omb_control_number: string;
  expires_on: ColumnType<string, string, string>;
  response_count: Defaulted<number>;
  recorded_at: RecordedAt;
}

export interface CxImportBatchTable {
  id: Generated<number>;
  job_id: string;
  file_digest: string;
  file_name: string;
  channel: string;
  partner: string | null;
  survey_id: string;
  survey_version: string;
  row_count: number;
  imported_by: string;
  recorded_at: RecordedAt;
}

export interface CxInvitationTable {
  id: Generated<number>;
  token_hash: string;
  survey_id: string;
  survey_version: string;
  language: CxLanguage;
  service: string;
  stage: string;
  transaction_point: string;
  channel: string;
  partner: string | null;
  transaction_source: string;
  transaction_reference: string;
  person_key: string;
  period: string;
  fiscal_year: number;
  fiscal_quarter: number;
  offered_on: string;
  expires_at: Instant;
  used_at: ColumnType<Date | null, string | null | undefined, string | null>;
  created_at: RecordedAt;
}

export interface CxResponseTable {
  id: Generated<number>;
  survey_id: string;
  survey_version: string;
  survey_kind: CxSurveyKind;
  language: CxLanguage;
  service: string;
  stage: string;
  transaction_point: string;
  channel: string;
  partner: string | null;
  fiscal_year: number;
  fiscal_quarter: number;
  responded_on: string;
  source: 'portal' | 'import';
  import_batch_id: number | null;
  external_id: string | null;
  trust_scale: 'thumbs' | 'five-point' | null;
  trust_value: number | null;
  trust_positive: boolean | null;
  positive_effectiveness: Defaulted<boolean>;
  positive_ease: Defaulted<boolean>;
  positive_efficiency: Defaulted<boolean>;
  positive_transparency: Defaulted<boolean>;
  positive_humanity: Defaulted<boolean>;
  positive_employee: Defaulted<boolean>;
  positive_other: Defaulted<boolean>;
  negative_effectiveness: Defaulted<boolean>;
  negative_ease: Defaulted<boolean>;
  negative_efficiency: Defaulted<boolean>;
  negative_transparency: Defaulted<boolean>;
  negative_humanity: Defaulted<boolean>;
  negative_employee: Defaulted<boolean>;
  negative_other: Defaulted<boolean>;
  legacy_satisfaction: number | null;
  legacy_trust: number | null;
  legacy_effectiveness: number | null;
  legacy_ease: number | null;
  legacy_efficiency: number | null;
  legacy_transparency: number | null;
  legacy_humanity: number | null;
  legacy_employee: number | null;
  free_text: string | null;
  identifiers_masked: Defaulted<number>;
  contact_requested: Defaulted<boolean>;
  recorded_at: RecordedAt;
}

export interface CxInvitationWatermarkTable {
  source: string;
  last_at: Instant;
  last_key: string;
  scanned: Defaulted<number>;
  updated_at: Defaulted<Date>;
}

export interface CxServedCountTable {
  fiscal_year: number;
  fiscal_quarter: number;
  service: string;
  stage: string;
  transaction_point: string;
  channel: string;
  partner: Defaulted<string>;
  served: Defaulted<number>;
  offered: Defaulted<number>;
}

export interface CxTables {
  cx_survey_version: CxSurveyVersionTable;
  cx_import_batch: CxImportBatchTable;
  cx_invitation: CxInvitationTable;
  cx_response: CxResponseTable;
  cx_invitation_watermark: CxInvitationWatermarkTable;
  cx_served_count: CxServedCountTable;
}
