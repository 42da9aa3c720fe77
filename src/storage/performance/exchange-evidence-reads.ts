// What the exchange's own records say about a carrier's contract year, read for the carrier
// performance measures that are computed, never typed in: the 834 enrollment files sent to the
// carrier and the first acknowledgment (999 or TA1) each received, the quarterly membership
// reconciliation runs, the discrepancies they opened, and the reconsideration requests of the
// carrier's enrollees. The operations in src/exchange/carrier-performance turn these rows into
// evidence; nothing here decides.
import { sql } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';

/** An 834 enrollment file sent to the carrier, with the first answer it received. */
export interface SentEnrollmentFile {
  readonly fileId: number;
  readonly fileName: string;
  readonly memberCount: number;
  /** When it was sent: its first 'delivered' status, else when it was written (ISO instant). */
  readonly sentAt: string;
  /** The first acknowledgment's outcome, 'unacknowledged' when the deadline passed first, null while pending. */
  readonly firstAnswer: 'accepted' | 'partially_accepted' | 'rejected' | 'unacknowledged' | null;
  readonly firstAnswerAt: string | null;
  /** 'TA1' or '999' when answered. */
  readonly answeredBy: string | null;
  /** Segments the carrier named as rejected (distinct transaction set and position): one member each. */
  readonly rejectedSegments: number;
}

const iso = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : value instanceof Date
      ? value.toISOString()
      : new Date(String(value)).toISOString();

const day = (value: unknown): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

/** The carrier's outbound 834 change files dated in the contract year, oldest first. */
export async function sentEnrollmentFiles(
  executor: Executor,
  carrierCode: string,
  contractYear: number,
): Promise<SentEnrollmentFile[]> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('exchange_file as f')
      .select([
        'f.id',
        'f.file_name',
        'f.member_count',
        'f.created_at',
        sql<Date | string | null>`(select s.effective_at from exchange_file_status_event s
          where s.file_id = f.id and s.status = 'delivered' order by s.id limit 1)`.as('delivered_at'),
        sql<string | null>`(select s.status from exchange_file_status_event s
          where s.file_id = f.id and (s.detail->>'answeredBy' is not null or s.status = 'unacknowledged')
          order by s.id limit 1)`.as('first_answer'),
        sql<Date | string | null>`(select s.effective_at from exchange_file_status_event s
          where s.file_id = f.id and (s.detail->>'answeredBy' is not null or s.status = 'unacknowledged')
          order by s.id limit 1)`.as('first_answer_at'),
        sql<string | null>`(select s.detail->>'answeredBy' from exchange_file_status_event s
          where s.file_id = f.id and (s.detail->>'answeredBy' is not null or s.status = 'unacknowledged')
          order by s.id limit 1)`.as('answered_by'),
        sql<number>`(select count(distinct coalesce(x.detail->>'transactionSet', '') || ':' ||
          coalesce(x.segment_position::text, ''))::int from exchange_exception x
          where x.file_id = f.id and x.kind = 'ack_rejected' and x.segment_position is not null)`.as(
          'rejected_segments',
        ),
      ])
      .where('f.partner', '=', carrierCode)
      .where('f.direction', '=', 'outbound')
      .where('f.kind', '=', '834_changes')
      .where(sql<boolean>`extract(year from f.as_of) = ${contractYear}`)
      .orderBy('f.id'),
  );
  return rows.map((r) => ({
    fileId: Number(r.id),
    fileName: r.file_name,
    memberCount: Number(r.member_count),
    sentAt: iso(r.delivered_at) ?? iso(r.created_at) ?? '',
    firstAnswer: (r.first_answer ?? null) as SentEnrollmentFile['firstAnswer'],
    firstAnswerAt: iso(r.first_answer_at),
    answeredBy: r.answered_by ?? null,
    rejectedSegments: Number(r.rejected_segments ?? 0),
  }));
}

/** A membership reconciliation run of the carrier. */
export interface ReconciliationRunFact {
  readonly runId: number;
  readonly asOf: string;
  readonly initiatedOn: string;
  readonly fileName: string;
}

/** The carrier's reconciliation runs initiated in the contract year, oldest first. */
export async function reconciliationRunsInYear(
  executor: Executor,
  carrierCode: string,
  contractYear: number,
): Promise<ReconciliationRunFact[]> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('reconciliation_run')
      .select(['id', 'as_of', 'initiated_at', 'file_name'])
      .where('carrier', '=', carrierCode)
      .where(sql<boolean>`extract(year from initiated_at at time zone 'UTC') = ${contractYear}`)
      .orderBy('initiated_at')
      .orderBy('id'),
  );
  return rows.map((r) => ({
    runId: Number(r.id),
    asOf: day(r.as_of),
    initiatedOn: (iso(r.initiated_at) ?? '').slice(0, 10),
    fileName: r.file_name,
  }));
}

/** A discrepancy that was open at some time in the contract year. */
export interface DiscrepancyFact {
  readonly id: number;
  readonly kind: string;
  readonly openedOn: string;
  readonly resolvedOn: string | null;
}

/** The carrier's discrepancies opened by the year's end and not resolved before it began. */
export async function discrepanciesOpenInYear(
  executor: Executor,
  carrierCode: string,
  contractYear: number,
): Promise<DiscrepancyFact[]> {
  const first = `${contractYear}-01-01`;
  const last = `${contractYear}-12-31`;
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('reconciliation_discrepancy')
      .select(['id', 'kind', 'opened_on', 'resolved_on'])
      .where('carrier', '=', carrierCode)
      .where('opened_on', '<=', last)
      .where((eb) => eb.or([eb('resolved_on', 'is', null), eb('resolved_on', '>=', first)]))
      .orderBy('id'),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    openedOn: day(r.opened_on),
    resolvedOn: r.resolved_on === null ? null : day(r.resolved_on),
  }));
}

/** A reconsideration request of one of the carrier's enrollees, with its decision day. */
export interface ReconsiderationFact {
  readonly requestId: number;
  readonly filedOn: string;
  readonly decidedOn: string | null;
}

/**
 * Reconsideration requests filed in the contract year by people whose enrollment, on the day they
 * filed, was in one of the carrier's plans (the latest enrollment event on or before that day).
 */
export async function reconsiderationsOfCarrier(
  executor: Executor,
  carrierCode: string,
  contractYear: number,
): Promise<ReconsiderationFact[]> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('reconsideration_request as r')
      .leftJoin('reconsideration_decision as d', 'd.request_id', 'r.id')
      .select(['r.id', 'r.filed_on', 'd.decided_on'])
      .where(sql<boolean>`extract(year from r.filed_on) = ${contractYear}`)
      .where(
        sql<boolean>`exists (select 1 from plan_option o where o.carrier_code = ${carrierCode}
          and o.plan_code = (select e.plan_code from enrollment_event e
            join person p on p.household_id = e.person_id
            where p.id = r.person_id and e.effective_on <= r.filed_on and e.plan_code is not null
            order by e.effective_on desc, e.id desc limit 1))`,
      )
      .orderBy('r.id'),
  );
  return rows.map((r) => ({
    requestId: Number(r.id),
    filedOn: day(r.filed_on),
    decidedOn: r.decided_on === null || r.decided_on === undefined ? null : day(r.decided_on),
  }));
}
