// Files collected from a partner's server or inbox folder, each once: a file is known by its name and
// digest, so one seen again is left alone, while a file the partner replaced under the same name (a
// new digest) is collected as new. What was done with it (an acknowledgment ingested, a file kept for
// the team) and the registry entry it became are kept beside it.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table exchange_collected_file (
    id bigserial primary key,
    partner text not null,
    file_name text not null,
    sha256 text not null,
    byte_size bigint not null,
    outcome text not null check (outcome in ('acknowledgment', 'kept', 'refused')),
    exchange_file_id bigint references exchange_file (id),
    detail jsonb not null default '{}'::jsonb,
    collected_at timestamptz not null,
    recorded_at timestamptz not null default now(),
    unique (partner, file_name, sha256)
  )`.execute(db);
}
