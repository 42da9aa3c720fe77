// Row types of the support cases, incidents and caller identification tables (migrations 0007, 0009,
// 0014), for Kysely; src/storage/tables.ts joins them into Tables. The value lists repeat the migrations'
// check constraints, so a statement with a value the table refuses does not type-check either.
import type { ColumnType, Generated } from 'kysely';

/** A timestamptz: read as a Date, written as an ISO 8601 instant (or left to its default). */
type Instant = ColumnType<Date, string | undefined, string>;
/** A timestamptz the database always fills with now(). */
type RecordedAt = ColumnType<Date, never, never>;
/** A jsonb column, written as JSON text. */
type Json = ColumnType<unknown, string | undefined, string>;

export type SupportCaseStatusColumn =
  'open' | 'in_progress' | 'transferred' | 'escalated' | 'resolved' | 'reopened';
export type SupportCaseEventKindColumn =
  'opened' | 'note' | 'transferred' | 'escalated' | 'resolved' | 'reopened' | 'assigned';
export type SupportCaseChannelColumn = 'phone' | 'web_chat' | 'portal' | 'email' | 'mail' | 'walk_in';
export type SupportCasePriorityColumn = 'urgent' | 'high' | 'normal' | 'low';
export type IncidentSeverityColumn = 'critical' | 'major' | 'minor';
export type CallerIdentificationMethodColumn = 'search' | 'verified_identifiers' | 'identifiers_mismatch';

export interface SupportCaseTable {
  id: Generated<number>;
  person_id: number;
  channel: SupportCaseChannelColumn;
  request_type: string;
  skill: string;
  priority: SupportCasePriorityColumn;
  partner: string;
  status: SupportCaseStatusColumn;
  plan_id: string;
  plan_version: string;
  subject: string;
  opened_at: Instant;
  queued_at: Instant;
  clock_started_at: Instant;
  due_at: ColumnType<Date, string, string>;
  resolved_at: ColumnType<Date | null, string | null | undefined, string | null>;
  opened_by: string;
  /** How many events the case has: the next event's seq is one more. */
  event_count: Generated<number>;
  /** The specialist of the holding partner working the case, or null while it waits (migration 0033). */
  assigned_to: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SupportCaseEventTable {
  case_id: number;
  seq: number;
  kind: SupportCaseEventKindColumn;
  from_status: SupportCaseStatusColumn | null;
  to_status: SupportCaseStatusColumn;
  from_partner: string | null;
  to_partner: string;
  actor_id: string;
  actor_role: string;
  actor_partner: string | null;
  text: string;
  details: Json;
  recorded_at: Instant;
}

export interface SupportIncidentTable {
  id: Generated<number>;
  title: string;
  description: string;
  severity: IncidentSeverityColumn;
  partner: string;
  opened_by: string;
  opened_at: RecordedAt;
}

export interface SupportIncidentCaseTable {
  incident_id: number;
  case_id: number;
  linked_by: string;
  linked_at: RecordedAt;
}

export interface SupportIncidentResolutionTable {
  incident_id: number;
  resolution: string;
  resolved_by: string;
  resolved_at: RecordedAt;
}

export interface CallerIdentificationTable {
  id: Generated<number>;
  subject: string;
  role: string;
  partner: string | null;
  person_id: number;
  method: CallerIdentificationMethodColumn;
  identified_at: Instant;
}

export type SupportCallbackEventKindColumn = 'done' | 'cancelled';

/** A callback scheduled from a case (migration 0036): append-only, closed by one event. */
export interface SupportCallbackTable {
  id: Generated<number>;
  case_id: number;
  due_at: ColumnType<Date, string, never>;
  time_zone: string;
  note: string;
  scheduled_by: string;
  scheduled_partner: string | null;
  recorded_at: RecordedAt;
}

export interface SupportCallbackEventTable {
  id: Generated<number>;
  callback_id: number;
  kind: SupportCallbackEventKindColumn;
  actor_id: string;
  actor_partner: string | null;
  recorded_at: RecordedAt;
}

export interface SupportTables {
  support_callback: SupportCallbackTable;
  support_callback_event: SupportCallbackEventTable;
  support_case: SupportCaseTable;
  support_case_event: SupportCaseEventTable;
  support_incident: SupportIncidentTable;
  support_incident_case: SupportIncidentCaseTable;
  support_incident_resolution: SupportIncidentResolutionTable;
  caller_identification: CallerIdentificationTable;
}
