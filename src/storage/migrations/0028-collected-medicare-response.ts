// A Medicare entitlement response collected from CMS or SSA (their outbound folder or server) is
// ingested as it is collected, like a carrier's acknowledgment: the collected file's outcome says so.
// exchange_collected_file's outcome check (migration 0021) gains 'medicare_response'.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table exchange_collected_file drop constraint exchange_collected_file_outcome_check`.execute(
    db,
  );
  await sql`alter table exchange_collected_file add constraint exchange_collected_file_outcome_check
    check (outcome in ('acknowledgment', 'medicare_response', 'kept', 'refused'))`.execute(db);
}
