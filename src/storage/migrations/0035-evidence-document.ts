// Documents people send to prove a Part B exception (5 CFR 890.1604(e)): each file kept encrypted
// (AES-256-GCM under the data key, src/security/field-encryption.ts), with its checked type, size and
// SHA-256, and each staff review as an event of its own. Accepting a document records the evidence the
// Part B rules read (table evidence), dated the day the document was received. Both tables are
// append-only: a document is never replaced, and each is reviewed once.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table evidence_document (
    id bigserial primary key,
    person_id bigint not null references person (id),
    kind text not null check (kind in ('residence_abroad', 'va_enrollment', 'ihs_eligibility')),
    file_name text not null,
    media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
    byte_size integer not null check (byte_size > 0),
    sha256 text not null,
    content text not null,
    received_on date not null,
    sent_by text not null,
    recorded_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index evidence_document_person on evidence_document (person_id, id)`.execute(db);
  await sql`create table evidence_document_review (
    id bigserial primary key,
    document_id bigint not null references evidence_document (id),
    decision text not null check (decision in ('accepted', 'rejected')),
    reason text not null,
    reviewed_by text not null,
    reviewed_on date not null,
    recorded_at timestamptz not null default now()
  )`.execute(db);
  await sql`create unique index evidence_document_review_once on evidence_document_review (document_id)`.execute(
    db,
  );
}
