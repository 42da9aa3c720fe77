// Reconciliation as the screens show it: the runs of the carriers in scope, and their open
// discrepancies each with how long it has stood open and its age bucket (the buckets of the quarterly
// reconciliation report, reconcile-ageing.ts), oldest first.
import {
  ageBucket,
  ageDiscrepancies,
  AGE_BUCKETS,
  type AgeBucket,
} from '../carrier-exchange/reconcile-ageing.ts';
import {
  listOpenDiscrepanciesIn,
  listRunsIn,
  openDiscrepancyCountsByDay,
  type DiscrepancyPosition,
} from '../../storage/exchange/exchange-views.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  assignDiscrepancy,
  findDiscrepancy,
  type DiscrepancyRow,
} from '../../storage/exchange/reconciliations.ts';
import { PshbError } from '../../errors.ts';
import type { DiscrepancyKindColumn } from '../../storage/tables/exchange-tables.ts';
import { dayOf, instantOf } from './column-values.ts';
import type { PartnerScope } from './partner-scope.ts';

export interface DiscrepancyView {
  readonly id: number;
  readonly carrier: string;
  readonly memberId: string;
  readonly kind: DiscrepancyKindColumn;
  readonly exchangeValue: string | null;
  readonly carrierValue: string | null;
  readonly openedOn: string;
  readonly owner: string | null;
  readonly days: number;
  readonly bucket: AgeBucket;
}

export interface RunView {
  readonly id: number;
  readonly carrier: string;
  readonly asOf: string;
  readonly fileName: string;
  readonly completedAt: string;
  readonly exchangeMemberCount: number;
  readonly carrierMemberCount: number;
  readonly discrepancyCount: number;
  readonly openedCount: number;
  readonly resolvedCount: number;
}

export interface AgedDiscrepancies {
  /** The day the ages are counted to. */
  readonly asOf: string;
  /** How many open discrepancies in scope fall in each age bucket (all of them, not only those listed). */
  readonly buckets: { bucket: AgeBucket; count: number }[];
  readonly items: DiscrepancyView[];
}

/** Open discrepancies in scope, oldest opening first, aged as of a day, with a count per bucket. */
export async function openDiscrepanciesAged(
  executor: Executor,
  scope: PartnerScope,
  asOf: string,
  limit: number,
  after?: DiscrepancyPosition,
): Promise<AgedDiscrepancies> {
  const items = await openDiscrepancyViews(executor, scope, asOf, limit, after);
  // Counted per opening day in the database (a few days: runs are quarterly), bucketed here.
  const counts = new Map<AgeBucket, number>(AGE_BUCKETS.map((bucket) => [bucket, 0]));
  for (const day of await openDiscrepancyCountsByDay(executor, scope)) {
    const bucket = ageBucket(dayOf(day.opened_on), asOf);
    counts.set(bucket, (counts.get(bucket) ?? 0) + day.count);
  }
  const buckets = AGE_BUCKETS.map((bucket) => ({ bucket, count: counts.get(bucket) ?? 0 }));
  return { asOf, buckets, items };
}

export async function openDiscrepancyViews(
  executor: Executor,
  scope: PartnerScope,
  asOf: string,
  limit: number,
  after?: DiscrepancyPosition,
): Promise<DiscrepancyView[]> {
  const rows = await listOpenDiscrepanciesIn(executor, scope, limit, after);
  const items = rows.map(viewOf);
  return ageDiscrepancies(items, asOf).map(({ item, days, bucket }) => ({ ...item, days, bucket }));
}

export async function listRunViews(
  executor: Executor,
  scope: PartnerScope,
  limit: number,
  beforeId?: number,
): Promise<RunView[]> {
  const rows = await listRunsIn(executor, scope, limit, beforeId);
  return rows.map((r) => ({
    id: Number(r.id),
    carrier: r.carrier,
    asOf: dayOf(r.as_of),
    fileName: r.file_name,
    completedAt: instantOf(r.completed_at),
    exchangeMemberCount: r.exchange_member_count,
    carrierMemberCount: r.carrier_member_count,
    discrepancyCount: r.discrepancy_count,
    openedCount: r.opened_count,
    resolvedCount: r.resolved_count,
  }));
}

/** An open discrepancy's row, to decide access before it is changed; NOT_FOUND when none. */
export async function findDiscrepancyRow(executor: Executor, id: number): Promise<DiscrepancyRow> {
  const row = await findDiscrepancy(executor, id);
  if (row === null) throw new PshbError('NOT_FOUND', `no reconciliation discrepancy ${id}`);
  return row;
}

/**
 * Gives an open discrepancy to someone on the reconciliation team (run in a transaction), recorded
 * as an 'assigned' event; CONFLICT when a later run has already resolved it.
 */
export async function assignDiscrepancyTo(
  executor: Executor,
  id: number,
  owner: string,
  on: string,
): Promise<DiscrepancyView> {
  const row = await findDiscrepancyRow(executor, id);
  if (!(await assignDiscrepancy(executor, id, owner, on))) {
    throw new PshbError(
      'CONFLICT',
      `reconciliation discrepancy ${id} was resolved on ${dayOf(row.resolved_on ?? '')} by run ${row.resolved_by_run_id}: nothing to assign`,
    );
  }
  const [view] = ageDiscrepancies([{ ...viewOf(row), owner }], on).map(({ item, days, bucket }) => ({
    ...item,
    days,
    bucket,
  }));
  return view!;
}

function viewOf(r: DiscrepancyRow): Omit<DiscrepancyView, 'days' | 'bucket'> {
  return {
    id: Number(r.id),
    carrier: r.carrier,
    memberId: r.member_id,
    kind: r.kind,
    exchangeValue: r.exchange_value,
    carrierValue: r.carrier_value,
    openedOn: dayOf(r.opened_on),
    owner: r.owner,
  };
}
