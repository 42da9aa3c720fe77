// Due process after a carrier performance evaluation is accepted, and the money (issue 13;
// 48 CFR 1609.7101-2, 48 CFR 1632.170(a)(2), 63 FR 55337). The evaluation's events say what happened;
// these tables hold what events cannot hold well: the notices as issued (their document model and its
// SHA-256, never changed), the money as an append-only ledger (rebates, the withhold scheduled per
// premium payment, what was withheld, what was deposited in the contingency reserve), and the
// carrier's requests for reconsideration with the contracting officer's decision recorded on them.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table performance_notice (
      id bigserial primary key,
      evaluation_id bigint not null references performance_evaluation (id),
      kind text not null check (kind in ('findings', 'final')),
      issued_on date not null,
      response_due_on date,
      document jsonb not null,
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      issued_by text not null,
      recorded_at timestamptz not null default now()
    )`,
    // One findings notice and one final notice per evaluation: issuing again answers the one issued.
    sql`create unique index performance_notice_one_per_kind on performance_notice (evaluation_id, kind)`,

    sql`create table performance_money (
      id bigserial primary key,
      evaluation_id bigint not null references performance_evaluation (id),
      kind text not null check (kind in ('rebate', 'withhold_scheduled', 'withheld', 'reserve_deposit')),
      amount_cents bigint not null check (amount_cents >= 0),
      on_date date not null,
      payment_number integer check (payment_number between 1 and 13),
      reference text,
      -- What makes a repeated entry the same entry (the reference, or the payment it belongs to).
      entry_key text not null,
      recorded_by text not null,
      recorded_at timestamptz not null default now()
    )`,
    sql`create unique index performance_money_entry on performance_money (evaluation_id, kind, entry_key)`,

    sql`create table performance_reconsideration (
      id bigserial primary key,
      evaluation_id bigint not null references performance_evaluation (id),
      element_id text,
      grounds text not null,
      evidence jsonb not null default '[]'::jsonb,
      requested_by text not null,
      requested_on date not null,
      decided_on date,
      outcome text check (outcome in ('granted', 'denied', 'partly')),
      decision_reason text,
      decided_by text,
      decided_factors jsonb,
      recorded_at timestamptz not null default now(),
      check ((decided_on is null) = (outcome is null)),
      check (decided_on is null or (decision_reason is not null and decided_by is not null))
    )`,
    sql`create index performance_reconsideration_evaluation on performance_reconsideration (evaluation_id, id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
