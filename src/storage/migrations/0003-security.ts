// Security: who may sign in and as what (user_account), server-side sessions (auth_session), the
// append-only audit log of access to personal data (audit_log), and the SSN kept as ciphertext with
// its last four digits beside it (person.ssn_last4). docs/security.md describes each.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // The identity provider's subject is the key: login.gov issues one per user and relying party.
    sql`create table user_account (
      subject text primary key,
      role text not null check (role in ('enrollee', 'support_specialist', 'carrier', 'program_administrator', 'auditor')),
      person_id bigint,
      partner_organization text,
      carrier_codes text[] not null default '{}',
      display_name text not null default '',
      active boolean not null default true,
      created_at timestamptz not null default now(),
      check (role <> 'enrollee' or person_id is not null),
      check (role <> 'support_specialist' or partner_organization is not null),
      check (role <> 'carrier' or cardinality(carrier_codes) > 0)
    )`,

    // The cookie holds a random token; only its SHA-256 is stored, so a copy of this table opens no session.
    sql`create table auth_session (
      token_hash text primary key,
      subject text not null references user_account (subject) on delete cascade,
      id_token text,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`,
    sql`create index auth_session_expiry on auth_session (expires_at)`,

    sql`create table audit_log (
      id bigserial primary key,
      occurred_at timestamptz not null default now(),
      subject text not null,
      role text not null,
      action text not null,
      resource_kind text not null,
      resource_id text,
      person_id bigint,
      fields text[] not null default '{}',
      purpose text not null,
      outcome text not null check (outcome in ('allowed', 'refused')),
      reason text not null default '',
      request_id text
    )`,
    sql`create index audit_log_person on audit_log (person_id, id) where person_id is not null`,
    sql`create index audit_log_subject on audit_log (subject, id)`,

    // Append-only: any UPDATE, DELETE or TRUNCATE of the audit log fails, whoever asks.
    sql`create function audit_log_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = '42501';
      end
    $$`,
    sql`create trigger audit_log_no_update_or_delete before update or delete on audit_log
      for each row execute function audit_log_is_append_only()`,
    sql`create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_is_append_only()`,

    // person.ssn holds 'v1:...' ciphertext from here on (src/security/field-encryption.ts); the last four
    // digits stay in clear for masked display and matching. Rows stored before this migration keep their
    // clear SSN until `encryptStoredSsns` (src/security/ssn-at-rest.ts) runs.
    sql`alter table person add column ssn_last4 text`,
    sql`update person set ssn_last4 = right(ssn, 4) where ssn_last4 is null`,
  ];
  for (const statement of statements) await statement.execute(db);
}
