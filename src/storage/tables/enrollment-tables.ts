// Row types of the enrollment lifecycle's tables (migration 0004): the transitions recorded on a
// household's enrollment and the reconsideration requests and decisions about them, for Kysely;
// src/storage/tables.ts joins them into Tables.
import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string, string>;

export interface LifecycleTransitionTable {
  id: Generated<number>;
  /** The enrollee: transitions are recorded on the household, whose id is the enrollee's. */
  person_id: number;
  action: string;
  from_status: string;
  to_status: string;
  effective_on: string;
  requested_on: string;
  /** The program day of the decision, the date its notice bears (migration 0030). */
  decided_on: ColumnType<Date | string, string, never>;
  /** The instant the lifecycle context fixed for the change (its event carries the same). */
  recorded_at: ColumnType<Date, Date | string, never>;
  actor_id: string;
  actor_role: string;
  reason: string;
  citations: string[];
  explanation: string;
  request: Json;
  state_after: Json;
  premium_adjustment: ColumnType<unknown, string | null, string | null>;
  event_id: number;
}

export interface ReconsiderationRequestTable {
  id: Generated<number>;
  person_id: number;
  transition_id: number | null;
  subject: string;
  initial_decision_on: string;
  filed_on: string;
  deadline: string;
  timeliness: 'timely' | 'late_excused' | 'untimely';
  grounds: string;
  not_notified: boolean;
  prevented_by_circumstances: boolean;
  explanation: string;
  citations: string[];
  filed_by: string;
  recorded_at: ColumnType<Date, never, never>;
}

export interface ReconsiderationDecisionTable {
  request_id: number;
  result: 'affirmed' | 'reversed';
  decided_on: string;
  findings: string;
  notice: string;
  citations: string[];
  decided_by: string;
  recorded_at: ColumnType<Date, never, never>;
}

export interface EnrollmentTables {
  lifecycle_transition: LifecycleTransitionTable;
  reconsideration_request: ReconsiderationRequestTable;
  reconsideration_decision: ReconsiderationDecisionTable;
}
