// Facts the rules need that the person record could not hold: the last employing agency and temporary
// appointment (5 U.S.C. 8903c(a), 5 CFR 890.102(c)(1)), the day survivor status began (890.1604(d)(3)),
// the person's own Medicare enrollment period and next opportunity, Part B as intervals and the Part A
// basis over time, a pending Part B application (890.1608(b)(2)), a written cancellation (890.1608(e)),
// a finding of misrepresentation (890.1608(d)) and hospital stays (890.401(a)). Every column has a
// default or is nullable, so rows written before it decide as they did.
import { sql, type Kysely } from 'kysely';

const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
/** "start..end;start.." (end empty while it lasts): no commas, so the household reader's lines hold. */
const PERIODS = String.raw`^(${DATE}\.\.(${DATE})?)(;${DATE}\.\.(${DATE})?)*$`;
const BASIS_HISTORY = String.raw`^${DATE} (premium_free|section_1818|section_1818a)(;${DATE} (premium_free|section_1818|section_1818a))*$`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`alter table person
      add column last_employing_agency text not null default 'postal_service'
        check (last_employing_agency in ('postal_service', 'other_agency')),
      add column temporary_employee boolean not null default false,
      add column temporary_continuous_year_completed boolean not null default false,
      add column survivor_since date,
      add column medicare_enrollment_period_ends date,
      add column medicare_part_b_periods text check (medicare_part_b_periods ~ ${sql.lit(PERIODS)}),
      add column medicare_part_a_basis_history text
        check (medicare_part_a_basis_history ~ ${sql.lit(BASIS_HISTORY)}),
      add column part_b_application_filed_on date,
      add column part_b_application_coverage_starts_on date,
      add column next_medicare_enrollment_opportunity_ends date,
      add column part_b_cancellation_received_on date,
      add column part_b_misrepresentation_found_on date,
      add column hospital_confinements text check (hospital_confinements ~ ${sql.lit(PERIODS)})`,
  ];
  for (const statement of statements) await statement.execute(db);
}
