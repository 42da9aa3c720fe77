// Row types of the carrier data exchange's tables (migration 0016): control numbers per partner, the
// files sent and received with their status history and the events each carried, and the mailing
// address an 834 names; src/storage/tables.ts joins them into Tables.
import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string | undefined, string>;
type RecordedAt = ColumnType<Date, never, never>;

export type ControlNumberKind = 'interchange' | 'group' | 'transaction';
export type FileDirection = 'outbound' | 'inbound';
export type ExchangeFileKind =
  '834_changes' | '834_audit' | '999' | 'TA1' | 'reconciliation' | 'medicare_request' | 'medicare_response';
export type ExchangeFileStatus =
  'written' | 'delivered' | 'accepted' | 'partially_accepted' | 'rejected' | 'unacknowledged';

export interface ExchangeControlNumberTable {
  partner: string;
  kind: ControlNumberKind;
  last: number;
}

export interface ExchangeFileTable {
  id: Generated<number>;
  partner: string;
  direction: FileDirection;
  kind: ExchangeFileKind;
  /** ISA13. */
  interchange_control_number: number | null;
  /** GS06. */
  group_control_number: number | null;
  /** ST02 of each transaction set in the file. */
  transaction_control_numbers: ColumnType<number[], number[] | undefined, number[]>;
  as_of: string;
  /** A change file carries the partner's events with an id above this one... */
  since_event_id: number | null;
  /** ...up to this one: the next change file's watermark. */
  through_event_id: number | null;
  member_count: number;
  segment_count: number;
  byte_size: number;
  sha256: string;
  file_name: string;
  created_at: ColumnType<Date, Date | string, never>;
  recorded_at: RecordedAt;
}

export interface ExchangeFileStatusEventTable {
  id: Generated<number>;
  file_id: number;
  status: ExchangeFileStatus;
  effective_at: ColumnType<Date, Date | string, never>;
  recorded_at: RecordedAt;
  detail: Json;
}

export interface ExchangeFileEventTable {
  file_id: number;
  enrollment_event_id: number;
  transition_id: number | null;
  member_id: number;
  /** Ordinal of the member's INS segment in the file (1 is the first INS). */
  segment_position: number;
}

export interface PersonAddressTable {
  person_id: number;
  line1: string;
  line2: string | null;
  city: string;
  state: string | null;
  postal_code: string | null;
  country: ColumnType<string, string | undefined, string>;
  recorded_at: RecordedAt;
}

// Membership reconciliation (migration 0017).
export type DiscrepancyKindColumn =
  'missing-at-carrier' | 'unknown-to-exchange' | 'enrollment-code' | 'coverage-dates' | 'family' | 'medicare';
export type DiscrepancyStatus = 'opened' | 'found_again' | 'resolved' | 'assigned';

export interface ReconciliationRunTable {
  id: Generated<number>;
  carrier: string;
  as_of: string;
  file_name: string;
  sha256: string;
  initiated_at: ColumnType<Date, Date | string, never>;
  completed_at: ColumnType<Date, Date | string, never>;
  exchange_member_count: number;
  carrier_member_count: number;
  discrepancy_count: number;
  opened_count: number;
  resolved_count: number;
  recorded_at: RecordedAt;
}

export interface ReconciliationDiscrepancyTable {
  id: Generated<number>;
  carrier: string;
  member_id: string;
  kind: DiscrepancyKindColumn;
  exchange_value: string | null;
  carrier_value: string | null;
  opened_on: string;
  opened_by_run_id: number;
  last_run_id: number;
  owner: string | null;
  resolved_on: string | null;
  resolved_by_run_id: number | null;
}

export interface ReconciliationDiscrepancyEventTable {
  id: Generated<number>;
  discrepancy_id: number;
  run_id: number | null;
  status: DiscrepancyStatus;
  exchange_value: string | null;
  carrier_value: string | null;
  owner: string | null;
  effective_on: string;
  recorded_at: RecordedAt;
}

// The exception queue (migration 0018).
export type ExchangeExceptionKind =
  'ack_rejected' | 'ack_missing' | 'medicare_mismatch' | 'medicare_no_match' | 'delivery_failed';
export type ExchangeExceptionStatus = 'opened' | 'assigned' | 'resolved';

export interface ExchangeExceptionTable {
  id: Generated<number>;
  partner: string;
  kind: ExchangeExceptionKind;
  file_id: number | null;
  person_id: number | null;
  member_id: string | null;
  /** Position of the segment in the file at fault (1 is ISA), when the partner named one. */
  segment_position: number | null;
  segment_id: string | null;
  /** Element reference, e.g. 'HD03' or '2300/HD03'. */
  element: string | null;
  error_code: string | null;
  detail: Json;
  opened_on: string;
  owner: string | null;
  resolved_on: string | null;
  resolution: string | null;
  resent_file_id: number | null;
}

export interface ExchangeExceptionEventTable {
  id: Generated<number>;
  exception_id: number;
  status: ExchangeExceptionStatus;
  owner: string | null;
  note: string | null;
  resent_file_id: number | null;
  effective_on: string;
  recorded_at: RecordedAt;
}

export interface ExchangeTables {
  exchange_control_number: ExchangeControlNumberTable;
  exchange_file: ExchangeFileTable;
  exchange_file_status_event: ExchangeFileStatusEventTable;
  exchange_file_event: ExchangeFileEventTable;
  person_address: PersonAddressTable;
  reconciliation_run: ReconciliationRunTable;
  reconciliation_discrepancy: ReconciliationDiscrepancyTable;
  reconciliation_discrepancy_event: ReconciliationDiscrepancyEventTable;
  exchange_exception: ExchangeExceptionTable;
  exchange_exception_event: ExchangeExceptionEventTable;
  exchange_collected_file: ExchangeCollectedFileTable;
  medicare_request: MedicareRequestTable;
  medicare_fact_event: MedicareFactEventTable;
  medicare_pending_action: MedicarePendingActionTable;
}

/** A file collected from a partner, once per name and digest (migration 0021). */
export interface ExchangeCollectedFileTable {
  id: Generated<number>;
  partner: string;
  file_name: string;
  sha256: string;
  byte_size: number;
  outcome: 'acknowledgment' | 'medicare_response' | 'kept' | 'refused';
  exchange_file_id: number | null;
  detail: Json;
  collected_at: ColumnType<Date, Date | string, never>;
  recorded_at: RecordedAt;
}

// Medicare entitlement verification (migration 0020).
export type MedicareOutcome =
  'matched' | 'no_match' | 'name_mismatch' | 'birth_date_mismatch' | 'changed_since_request';

export interface MedicareRequestTable {
  request_id: string;
  file_id: number;
  partner: string;
  person_id: number;
  /** 'M' the Medicare number was sent, 'S' the SSN. */
  id_type: string;
  last_name: string;
  first_name: string;
  birth_date: string;
  recorded_at: RecordedAt;
}

export interface MedicareFactEventTable {
  id: Generated<number>;
  request_id: string;
  person_id: number;
  partner: string;
  /** The response file the line came in, and the line. */
  file_id: number;
  line_number: number;
  received_on: string;
  outcome: MedicareOutcome;
  /** True when the person's Medicare facts were set from this line. */
  applied: boolean;
  part_a_start: string | null;
  part_a_end: string | null;
  part_b_start: string | null;
  part_b_end: string | null;
  recorded_at: RecordedAt;
}

export interface MedicarePendingActionTable {
  id: Generated<number>;
  person_id: number;
  household_id: number;
  kind: 'part_b_removal_review';
  fact_event_id: number;
  /** The paragraph the removal would take effect under, or the bar that keeps the person. */
  citation: string;
  removal_effective_on: string | null;
  temporary_extension_ends: string | null;
  /** The 890.1608(b) notice prepared for the person, with their reconsideration rights. */
  notice: string;
  opened_on: string;
  resolved_on: string | null;
  resolution: string | null;
}
