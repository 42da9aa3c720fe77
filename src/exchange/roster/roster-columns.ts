// The roster CSV: one header row, then one row per covered person (docs/data.md, "Roster CSV").
// The first 27 columns are the person table's columns in its order, so they can be copied straight in;
// medicare_number, also a person column, comes last because it was added later and is optional.

export const PERSON_COLUMNS = [
  'person_id',
  'household_id',
  'relationship',
  'category',
  'first_name',
  'last_name',
  'birth_date',
  'sex',
  'ssn',
  'annuitant_since',
  'employed_on_program_start',
  'compensationer_unable_to_return',
  'incapable_of_self_support',
  'residence_country',
  'residence_state',
  'va_enrolled',
  'ihs_eligible',
  'medicare_part_a_start',
  'medicare_part_a_basis',
  'medicare_part_b_start',
  'medicare_part_b_end',
  'suspended_for_medicare_plan',
  'covered_by_other_fehb',
  'former_spouse_fehb_enrolled',
  'deceased_annuitant_exception',
  'nonpay_over_365_days',
  'informed_of_part_b_requirement',
] as const;

export const ROSTER_COLUMNS = [
  ...PERSON_COLUMNS,
  'fehb_enrollment_code',
  'fehb_covered_person_id',
  'evidence_residence_abroad_on',
  'evidence_va_enrollment_on',
  'evidence_ihs_eligibility_on',
  'election_kind',
  'election_enrollment_code',
  'election_made_on',
  // Last, so rosters written before it existed still import: a file may leave this column out.
  'medicare_number',
] as const;

export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

export const ROSTER_HEADER = ROSTER_COLUMNS.join(',');

/** The header of a roster without the optional medicare_number column (every column before it). */
export const ROSTER_HEADER_WITHOUT_MEDICARE_NUMBER = ROSTER_COLUMNS.slice(0, -1).join(',');

/** Index of each column in a roster row. */
export const COLUMN = Object.fromEntries(ROSTER_COLUMNS.map((name, i) => [name, i])) as Record<
  RosterColumn,
  number
>;

/** The person table's column names: the roster's first columns, with person_id as id. */
export const PERSON_TABLE_COLUMNS = PERSON_COLUMNS.map((c) => (c === 'person_id' ? 'id' : c));
