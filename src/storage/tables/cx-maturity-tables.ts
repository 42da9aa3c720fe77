// Row types of the CX maturity self-assessment and action plans (migration 0026); src/storage/tables.ts
// joins them into Tables. Every table is append-only: the latest row of each kind is the current state.
import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string, string>;
type RecordedAt = ColumnType<Date, never, never>;
type Day = ColumnType<string, string, string>;

export interface CxMaturityAssessmentTable {
  fiscal_year: number;
  framework_id: string;
  framework_version: string;
  opened_by: string;
  recorded_at: RecordedAt;
}

export interface CxMaturityRatingTable {
  id: Generated<number>;
  fiscal_year: number;
  dimension: string;
  rating: number;
  summary: ColumnType<string, string | undefined, string>;
  author: string;
  effective_on: Day;
  recorded_at: RecordedAt;
}

export interface CxMaturityEvidenceTable {
  rating_id: number;
  position: number;
  label: string;
  link: string;
}

export interface CxMaturityFocusTable {
  id: Generated<number>;
  fiscal_year: number;
  areas: string[];
  reason: ColumnType<string, string | undefined, string>;
  author: string;
  effective_on: Day;
  recorded_at: RecordedAt;
}

export interface CxPlannedActionTable {
  id: Generated<number>;
  fiscal_year: number;
  action_key: string;
  recorded_at: RecordedAt;
}

export type CxActionStatusColumn = 'planned' | 'in_progress' | 'done';

export interface CxPlannedActionVersionTable {
  id: Generated<number>;
  action_id: number;
  focus_area: string;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  persona_id: string;
  owner: string;
  status: CxActionStatusColumn;
  author: string;
  effective_on: Day;
  recorded_at: RecordedAt;
}

export interface CxActionMilestoneTable {
  id: Generated<number>;
  action_id: number;
  milestone_key: string;
  title: string;
  due_on: Day;
  done_on: ColumnType<string | null, string | null | undefined, string | null>;
  author: string;
  effective_on: Day;
  recorded_at: RecordedAt;
}

export type CxMaturityEventKind =
  'assessment_opened' | 'rated' | 'focus_chosen' | 'action_added' | 'action_updated' | 'milestone_set';

export interface CxMaturityEventTable {
  id: Generated<number>;
  fiscal_year: number;
  kind: CxMaturityEventKind;
  subject: string;
  detail: Json;
  author: string;
  effective_on: Day;
  recorded_at: RecordedAt;
}

export interface CxMaturityTables {
  cx_maturity_assessment: CxMaturityAssessmentTable;
  cx_maturity_rating: CxMaturityRatingTable;
  cx_maturity_evidence: CxMaturityEvidenceTable;
  cx_maturity_focus: CxMaturityFocusTable;
  cx_planned_action: CxPlannedActionTable;
  cx_planned_action_version: CxPlannedActionVersionTable;
  cx_action_milestone: CxActionMilestoneTable;
  cx_maturity_event: CxMaturityEventTable;
}
