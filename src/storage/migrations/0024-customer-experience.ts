// Customer experience under OMB Circular A-11, Section 280 (issue 14): survey versions, invitations,
// responses and import batches (docs/customer-experience.md).
// - cx_survey_version holds each instrument version with the hash of its canonical content; once a
//   version has responses its content cannot change (a trigger refuses it: a change is a new version).
// - cx_invitation is one single-use invitation after one transaction: the token only as its SHA-256,
//   the transaction point, service, stage, channel and partner, the transaction's reference, and a
//   keyed hash of the person (never the person's id) that only the once-per-period rule reads.
// - cx_response carries no personal data: no invitation id, no person, the answers in columns
//   (Touchpoints' A-11 v2 columns and the legacy eight), the free text masked, and the fiscal year and
//   quarter, so the quarterly report is one grouped query over it.
// - cx_import_batch records a file of channel responses (IVR post-call surveys, web chat) by its digest:
//   a re-import of the same file changes nothing.
// - cx_invitation_watermark is how far createInvitations has scanned each source of transactions, and
//   cx_served_count how many customers each transaction point served per quarter (advanced together).
import { sql, type Kysely } from 'kysely';

const DRIVER_COLUMNS = [
  'effectiveness',
  'ease',
  'efficiency',
  'transparency',
  'humanity',
  'employee',
  'other',
]
  .flatMap((d) => [`positive_${d}`, `negative_${d}`])
  .map((c) => `${c} boolean not null default false`)
  .join(',\n      ');
const LEGACY_COLUMNS = [
  'satisfaction',
  'trust',
  'effectiveness',
  'ease',
  'efficiency',
  'transparency',
  'humanity',
  'employee',
]
  .map((q) => `legacy_${q} smallint check (legacy_${q} between 1 and 5)`)
  .join(',\n      ');

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table cx_survey_version (
      survey_id text not null,
      version text not null,
      kind text not null check (kind in ('a11-v2', 'a11-legacy')),
      content_hash text not null,
      content jsonb not null,
      omb_control_number text not null,
      expires_on date not null,
      response_count bigint not null default 0 check (response_count >= 0),
      recorded_at timestamptz not null default now(),
      primary key (survey_id, version)
    )`,
    sql`create function cx_survey_version_is_frozen() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.response_count > 0 then
            raise exception 'survey % % has responses and cannot be removed', old.survey_id, old.version
              using errcode = '42501';
          end if;
          return old;
        end if;
        if old.response_count > 0 and (new.content_hash <> old.content_hash or new.content <> old.content) then
          raise exception 'survey % % has responses: a change is a new version', old.survey_id, old.version
            using errcode = '42501';
        end if;
        return new;
      end
    $$`,
    sql`create trigger cx_survey_version_frozen before update or delete on cx_survey_version
      for each row execute function cx_survey_version_is_frozen()`,

    sql`create table cx_import_batch (
      id bigserial primary key,
      job_id text not null unique,
      file_digest text not null unique,
      file_name text not null,
      channel text not null,
      partner text,
      survey_id text not null,
      survey_version text not null,
      row_count integer not null check (row_count >= 0),
      imported_by text not null,
      recorded_at timestamptz not null default now(),
      foreign key (survey_id, survey_version) references cx_survey_version (survey_id, version)
    )`,

    sql`create table cx_invitation (
      id bigserial primary key,
      token_hash text not null unique,
      survey_id text not null,
      survey_version text not null,
      language text not null check (language in ('en', 'es')),
      service text not null,
      stage text not null,
      transaction_point text not null,
      channel text not null,
      partner text,
      transaction_source text not null,
      transaction_reference text not null,
      person_key text not null,
      period text not null,
      fiscal_year integer not null,
      fiscal_quarter smallint not null check (fiscal_quarter between 1 and 4),
      offered_on date not null,
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now(),
      foreign key (survey_id, survey_version) references cx_survey_version (survey_id, version),
      unique (transaction_source, transaction_reference)
    )`,
    // At most one invitation per person per period, whichever process makes it.
    sql`create unique index cx_invitation_once_per_period on cx_invitation (person_key, period)`,

    sql.raw(`create table cx_response (
      id bigserial primary key,
      survey_id text not null,
      survey_version text not null,
      survey_kind text not null check (survey_kind in ('a11-v2', 'a11-legacy')),
      language text not null check (language in ('en', 'es')),
      service text not null,
      stage text not null,
      transaction_point text not null,
      channel text not null,
      partner text,
      fiscal_year integer not null,
      fiscal_quarter smallint not null check (fiscal_quarter between 1 and 4),
      responded_on date not null,
      source text not null check (source in ('portal', 'import')),
      import_batch_id bigint references cx_import_batch (id),
      external_id text,
      trust_scale text check (trust_scale in ('thumbs', 'five-point')),
      trust_value smallint check (trust_value between 0 and 5),
      trust_positive boolean,
      ${DRIVER_COLUMNS},
      ${LEGACY_COLUMNS},
      free_text text,
      identifiers_masked integer not null default 0 check (identifiers_masked >= 0),
      contact_requested boolean not null default false,
      recorded_at timestamptz not null default now(),
      foreign key (survey_id, survey_version) references cx_survey_version (survey_id, version),
      check ((source = 'import') = (import_batch_id is not null)),
      unique (import_batch_id, external_id)
    )`),
    // The quarterly report groups one quarter's responses by service, transaction point and channel.
    sql`create index cx_response_quarter on cx_response
      (fiscal_year, fiscal_quarter, service, transaction_point, channel, partner)`,

    sql`create table cx_invitation_watermark (
      source text primary key,
      last_at timestamptz not null,
      last_key text not null,
      scanned bigint not null default 0,
      updated_at timestamptz not null default now()
    )`,

    sql`create table cx_served_count (
      fiscal_year integer not null,
      fiscal_quarter smallint not null check (fiscal_quarter between 1 and 4),
      service text not null,
      stage text not null,
      transaction_point text not null,
      channel text not null,
      partner text not null default '',
      served bigint not null default 0,
      offered bigint not null default 0,
      primary key (fiscal_year, fiscal_quarter, service, transaction_point, channel, partner)
    )`,

    // createInvitations reads each source of transactions after a recorded_at watermark.
    sql`create index open_season_election_recorded_at on open_season_election (recorded_at)`,
    sql`create index lifecycle_transition_recorded_at on lifecycle_transition (recorded_at)`,
    sql`create index support_case_event_resolved_at on support_case_event (recorded_at) where kind = 'resolved'`,
    sql`create index reconsideration_decision_recorded_at on reconsideration_decision (recorded_at)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
