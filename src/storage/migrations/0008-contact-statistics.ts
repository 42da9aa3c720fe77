// Interval contact statistics of the support network's partners (docs/support-reports.md): one row per
// partner and interval, replaced when the same interval is loaded again. The interval start is the
// partners' local (Eastern) wall-clock time as text, which sorts and compares like the time itself
// and keeps day and week boundaries where the partners see them.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table contact_statistics (
      partner text not null,
      interval_start text not null check (interval_start ~ '^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$'),
      interval_minutes integer not null check (interval_minutes between 1 and 1440),
      offered integer not null check (offered >= 0),
      handled integer not null check (handled >= 0),
      abandoned integer not null check (abandoned >= 0),
      answered_within_target integer not null check (answered_within_target >= 0),
      wait_seconds double precision not null check (wait_seconds >= 0),
      handle_seconds double precision not null check (handle_seconds >= 0),
      transfers integer not null check (transfers >= 0),
      first_contact_resolutions integer not null check (first_contact_resolutions >= 0),
      backlog integer not null check (backlog >= 0),
      contingency_activations integer not null check (contingency_activations >= 0),
      source text not null,
      loaded_at timestamptz not null default now(),
      primary key (partner, interval_start)
    )`,
    sql`create index contact_statistics_interval on contact_statistics (interval_start)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
