// The HTTP API's idempotency records: every state-changing request with its key, who sent it, a hash of
// what was asked, and the response given, written in the same transaction as the change itself so a
// retried request is answered from here and never applied twice.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table idempotency_record (
    principal_subject text not null,
    idempotency_key text not null,
    method text not null,
    path text not null,
    request_hash text not null,
    response_status integer not null,
    response_body jsonb not null,
    created_at timestamptz not null default now(),
    primary key (principal_subject, idempotency_key)
  )`.execute(db);
  await sql`create index idempotency_record_created on idempotency_record (created_at)`.execute(db);
}
