// An incident's resolution, recorded once beside it: the incident row itself is never updated.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table support_incident_resolution (
    incident_id bigint primary key references support_incident (id),
    resolution text not null,
    resolved_by text not null,
    resolved_at timestamptz not null default now()
  )`.execute(db);
}
