// Row types of the Part B documents people send and their reviews (migration 0035); src/storage/tables.ts
// joins them into Tables. Both tables are append-only.
import type { ColumnType, Generated } from 'kysely';

type RecordedAt = ColumnType<Date, never, never>;
type Day = ColumnType<string, string, string>;

export interface EvidenceDocumentTable {
  id: Generated<number>;
  person_id: number;
  kind: 'residence_abroad' | 'va_enrollment' | 'ihs_eligibility';
  file_name: string;
  media_type: 'application/pdf' | 'image/jpeg' | 'image/png';
  byte_size: number;
  sha256: string;
  /** The file, encrypted ('v1:' + base64, src/security/field-encryption.ts). */
  content: string;
  received_on: Day;
  sent_by: string;
  recorded_at: RecordedAt;
}

export interface EvidenceDocumentReviewTable {
  id: Generated<number>;
  document_id: number;
  decision: 'accepted' | 'rejected';
  reason: string;
  reviewed_by: string;
  reviewed_on: Day;
  recorded_at: RecordedAt;
}

export interface DocumentTables {
  evidence_document: EvidenceDocumentTable;
  evidence_document_review: EvidenceDocumentReviewTable;
}
