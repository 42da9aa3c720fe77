// Row types of the database, for Kysely. Dates travel as YYYY-MM-DD strings and bigints as numbers.
import type { ColumnType, Generated } from 'kysely';
import type { CxCollectionTables } from './tables/cx-collection-tables.ts';
import type { CxTables } from './tables/cx-tables.ts';
import type { CxMaturityTables } from './tables/cx-maturity-tables.ts';
import type { DocumentTables } from './tables/document-tables.ts';
import type { EnrollmentTables } from './tables/enrollment-tables.ts';
import type { ExchangeTables } from './tables/exchange-tables.ts';
import type { OperationsTables } from './tables/operations-tables.ts';
import type { PerformanceTables } from './tables/performance-tables.ts';
import type { PerformanceDueProcessTables } from './tables/performance-due-process-tables.ts';
import type { SecurityTables } from './tables/security-tables.ts';
import type { SupportTables } from './tables/support-tables.ts';

type RecordedAt = ColumnType<Date, never, never>;

export interface ReferenceDatasetTable {
  kind: string;
  version: string;
  source: string;
  content: ColumnType<unknown, string, string>;
  recorded_at: RecordedAt;
}

export interface PlanOptionTable {
  catalogue_version: string;
  program: string;
  contract_year: number;
  carrier_code: string;
  carrier_name: string;
  plan_code: string;
  option_code: string;
  plan_name: string;
  option_name: string;
  hdhp: boolean;
  membership_fee: boolean;
  service_area: string;
  regions: string[];
  source: string;
  source_note: string;
  /** Benefit figures (migration 0031); null for options of catalogues that give none. */
  membership_fee_yearly_cents: number | null;
  primary_care_copay_cents: number | null;
  specialist_copay_cents: number | null;
  generic_drug_copay_cents: number | null;
  emergency_room_copay_cents: number | null;
  coinsurance_percent: number | null;
  brochure_url: string | null;
  benefits_source: string | null;
  benefits_source_note: string | null;
}

export interface PlanPremiumTable {
  catalogue_version: string;
  program: string;
  contract_year: number;
  enrollment_code: string;
  plan_code: string;
  option_code: string;
  enrollment_type: string;
  biweekly_total_cents: number;
  biweekly_government_cents: number;
  biweekly_enrollee_cents: number;
  monthly_total_cents: number;
  monthly_government_cents: number;
  monthly_enrollee_cents: number;
  /** Cost sharing of the enrollment type (migration 0031); null for catalogues that give none. */
  deductible_cents: number | null;
  out_of_pocket_max_cents: number | null;
}

export interface CrosswalkEntryTable {
  catalogue_version: string;
  fehb_plan_code: string;
  fehb_option_code: string;
  region: string;
  fehb_plan_continues: boolean;
  pshb_plan_code: string | null;
  equivalent_option_code: string | null;
  similar_option_code: string | null;
}

/** The language a person prefers to be written to in (migration 0029); no row means English. */
export interface PersonLanguageTable {
  person_id: number;
  language: 'en' | 'es';
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface PersonTable {
  id: number;
  household_id: number;
  relationship: string;
  category: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  sex: string;
  /** AES-256-GCM ciphertext (src/security/field-encryption.ts), never the number in clear. */
  ssn: string;
  /** The last four digits, kept in clear for masked display (migration 0003). */
  ssn_last4: ColumnType<string | null, string | null | undefined, string | null>;
  /** The Medicare Beneficiary Identifier as AES-256-GCM ciphertext, or null (migration 0005). */
  medicare_number: ColumnType<string | null, string | null | undefined, string | null>;
  /** The MBI's last four characters in clear, for masked display (migration 0005). */
  medicare_number_last4: ColumnType<string | null, string | null | undefined, string | null>;
  annuitant_since: string | null;
  employed_on_program_start: boolean;
  compensationer_unable_to_return: boolean;
  incapable_of_self_support: boolean;
  residence_country: string;
  residence_state: string | null;
  va_enrolled: boolean;
  ihs_eligible: boolean;
  medicare_part_a_start: string | null;
  medicare_part_a_basis: string | null;
  medicare_part_b_start: string | null;
  medicare_part_b_end: string | null;
  suspended_for_medicare_plan: boolean;
  covered_by_other_fehb: boolean;
  former_spouse_fehb_enrolled: boolean;
  deceased_annuitant_exception: string | null;
  nonpay_over_365_days: boolean;
  informed_of_part_b_requirement: boolean;
  recorded_at: RecordedAt;
  // Migration 0011: facts with defaults, so writers that do not know them need not name them.
  last_employing_agency: Defaulted<string>;
  temporary_employee: Defaulted<boolean>;
  temporary_continuous_year_completed: Defaulted<boolean>;
  survivor_since: Defaulted<string | null>;
  medicare_enrollment_period_ends: Defaulted<string | null>;
  /** Part B intervals, "start..end;start.." (end empty while it lasts). */
  medicare_part_b_periods: Defaulted<string | null>;
  /** Part A basis over time, "from basis;from basis". */
  medicare_part_a_basis_history: Defaulted<string | null>;
  part_b_application_filed_on: Defaulted<string | null>;
  part_b_application_coverage_starts_on: Defaulted<string | null>;
  next_medicare_enrollment_opportunity_ends: Defaulted<string | null>;
  part_b_cancellation_received_on: Defaulted<string | null>;
  part_b_misrepresentation_found_on: Defaulted<string | null>;
  /** Hospital stays, "from..to;from.." (to empty while it lasts). */
  hospital_confinements: Defaulted<string | null>;
}

/** A column the database fills when an insert leaves it out. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface EvidenceTable {
  person_id: number;
  kind: string;
  received_on: string;
  reference: string | null;
  recorded_at: RecordedAt;
}

export interface FehbEnrollmentTable {
  person_id: number;
  enrollment_code: string;
  plan_code: string;
  option_code: string;
  enrollment_type: string;
  covered_person_id: number | null;
  held_on: string;
}

export interface OpenSeasonElectionTable {
  person_id: number;
  open_season_id: string;
  kind: string;
  enrollment_code: string | null;
  made_on: string;
  recorded_at: RecordedAt;
}

export interface EnrollmentEventTable {
  id: Generated<number>;
  person_id: number;
  open_season_id: string | null;
  event_type: string;
  enrollment_code: string | null;
  plan_code: string | null;
  option_code: string | null;
  enrollment_type: string | null;
  effective_on: string;
  /** The run or the lifecycle change names its own instant; the database's clock otherwise. */
  recorded_at: ColumnType<Date, Date | string | undefined, never>;
  reason: string;
  citations: string[];
  run_id: string | null;
}

export interface CoverageDecisionTable {
  person_id: number;
  run_id: string;
  eligibility: string;
  eligibility_citation: string;
  part_b: string;
  part_b_citation: string;
  covered: boolean;
  recorded_at: RecordedAt;
}

export interface JobRunTable {
  id: string;
  kind: string;
  parameters: ColumnType<unknown, string, string>;
  status: 'running' | 'completed';
  checkpoint: Generated<number>;
  processed: Generated<number>;
  started_at: RecordedAt;
  finished_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface ContactStatisticsTable {
  partner: string;
  interval_start: string;
  interval_minutes: number;
  offered: number;
  handled: number;
  abandoned: number;
  answered_within_target: number;
  wait_seconds: number;
  handle_seconds: number;
  transfers: number;
  first_contact_resolutions: number;
  backlog: number;
  contingency_activations: number;
  source: string;
  loaded_at: RecordedAt;
}

/** Every table; each part of the system lists its own tables in src/storage/tables/. */
export interface Tables
  extends
    EnrollmentTables,
    SupportTables,
    SecurityTables,
    OperationsTables,
    ExchangeTables,
    PerformanceTables,
    CxTables,
    CxCollectionTables,
    CxMaturityTables,
    PerformanceDueProcessTables,
    DocumentTables {
  reference_dataset: ReferenceDatasetTable;
  plan_option: PlanOptionTable;
  plan_premium: PlanPremiumTable;
  crosswalk_entry: CrosswalkEntryTable;
  person: PersonTable;
  person_language: PersonLanguageTable;
  evidence: EvidenceTable;
  fehb_enrollment: FehbEnrollmentTable;
  open_season_election: OpenSeasonElectionTable;
  enrollment_event: EnrollmentEventTable;
  coverage_decision: CoverageDecisionTable;
  job_run: JobRunTable;
  contact_statistics: ContactStatisticsTable;
}
