// What choosing a plan costs besides its premiums (web-app issue, "Choosing a plan is choosing a cost"):
// each enrollment code's deductible and out-of-pocket maximum, and each option's membership fee, main
// copays, coinsurance and brochure with their source. Nullable: catalogues stored before these figures
// existed give none, and their rows stay as they were.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table plan_premium
      add column deductible_cents integer check (deductible_cents >= 0),
      add column out_of_pocket_max_cents integer check (out_of_pocket_max_cents >= 0)
  `.execute(db);
  await sql`
    alter table plan_option
      add column membership_fee_yearly_cents integer check (membership_fee_yearly_cents >= 0),
      add column primary_care_copay_cents integer check (primary_care_copay_cents >= 0),
      add column specialist_copay_cents integer check (specialist_copay_cents >= 0),
      add column generic_drug_copay_cents integer check (generic_drug_copay_cents >= 0),
      add column emergency_room_copay_cents integer check (emergency_room_copay_cents >= 0),
      add column coinsurance_percent integer check (coinsurance_percent between 0 and 100),
      add column brochure_url text,
      add column benefits_source text check (benefits_source in ('published', 'synthetic')),
      add column benefits_source_note text
  `.execute(db);
}
