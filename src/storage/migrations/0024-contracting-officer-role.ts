// Carrier performance (issue 13): the contracting officer signs in as a role of its own, to evaluate
// carriers' contract years (48 CFR 1609.7101) and decide their factors. user_account's role check
// (migration 0003) lists the roles a sign-in may hold; this adds 'contracting_officer' to it.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table user_account drop constraint user_account_role_check`.execute(db);
  await sql`alter table user_account add constraint user_account_role_check check (role in
    ('enrollee', 'support_specialist', 'carrier', 'program_administrator', 'auditor', 'contracting_officer'))`.execute(
    db,
  );
}
