// The program-wide table of carrier evaluations: one row per evaluation with its current total factor
// and amount (the final determination's when made, else the accepted one, else the proposal's) and
// the trend of the same carrier and plan over the contract years. A carrier user sees its own rows
// only; asking for another carrier is refused and audited, as is every read of the table.
import { PshbError } from '../../errors.ts';
import type { EvaluationProposal } from '../../rules/carrier-performance/performance-types.ts';
import type { Principal } from '../../security/principal.ts';
import { executorOf } from '../../storage/executor.ts';
import {
  evaluationsOfCarriers,
  listEvaluations,
  listEventsOfEvaluations,
  type EvaluationEventRow,
  type EvaluationRow,
} from '../../storage/performance/evaluation-store.ts';
import type { PerformanceEvaluationState } from '../../storage/tables/performance-tables.ts';
import type { Store } from '../../storage/store.ts';
import { readableCarriers } from './performance-access.ts';

export interface TrendPoint {
  readonly contractYear: number;
  readonly totalFactor: number;
  readonly amountCents: number;
}

export interface EvaluationSummary {
  readonly evaluationId: number;
  readonly carrierCode: string;
  readonly planCode: string | null;
  readonly contractYear: number;
  readonly methodId: string;
  readonly state: PerformanceEvaluationState;
  readonly totalFactor: number;
  readonly amountCents: number;
  readonly trend: readonly TrendPoint[];
}

export interface ListEvaluationSummariesInput {
  readonly carrierCode?: string;
  readonly contractYear?: number;
  readonly state?: PerformanceEvaluationState;
  readonly cursor?: string | null;
  /** 1 to 500; default 100. */
  readonly limit?: number;
  readonly requestId?: string;
}

export interface EvaluationSummaryPage {
  readonly items: readonly EvaluationSummary[];
  readonly nextCursor: string | null;
}

const FIGURE_EVENTS = ['proposed', 'accepted', 'final_determination'];
const STATES: readonly PerformanceEvaluationState[] = [
  'proposed',
  'accepted',
  'notice_issued',
  'under_reconsideration',
  'final',
  'settled',
];

export const encodeCursor = (id: number): string => Buffer.from(`e${id}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = /^e(\d{1,15})$/.exec(text)?.[1];
  if (id === undefined) throw new PshbError('INVALID_INPUT', 'cursor: not a cursor this list gave');
  return Number(id);
}

/** The evaluation's current figures: the latest final determination, acceptance or proposal. */
function figuresOf(
  row: EvaluationRow,
  events: readonly EvaluationEventRow[],
): { totalFactor: number; amountCents: number } {
  const proposal = row.proposal as EvaluationProposal;
  let figures = { totalFactor: proposal.totalFactor, amountCents: proposal.amountCents };
  for (const event of events) {
    if (!FIGURE_EVENTS.includes(event.kind)) continue;
    figures = {
      totalFactor: event.factor === null ? figures.totalFactor : Number(event.factor),
      amountCents: event.amount_cents === null ? figures.amountCents : Number(event.amount_cents),
    };
  }
  return figures;
}

export async function listEvaluationSummaries(
  store: Store,
  principal: Principal,
  input: ListEvaluationSummariesInput = {},
): Promise<EvaluationSummaryPage> {
  const limit = input.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new PshbError('INVALID_INPUT', 'limit: a whole number from 1 to 500');
  if (input.state !== undefined && !STATES.includes(input.state))
    throw new PshbError('INVALID_INPUT', `state: one of ${STATES.join(', ')}`);
  const afterId = input.cursor ? decodeCursor(input.cursor) : undefined;
  const carriers = await readableCarriers(store, principal, input.carrierCode, {
    purpose: 'list carrier performance evaluations',
    requestId: input.requestId,
  });
  const executor = executorOf(store);
  const rows = await listEvaluations(executor, {
    ...(carriers !== undefined ? { carrierCodes: carriers } : {}),
    ...(input.contractYear !== undefined ? { contractYear: input.contractYear } : {}),
    ...(input.state !== undefined ? { state: input.state } : {}),
    ...(afterId !== undefined ? { afterId } : {}),
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const history = await evaluationsOfCarriers(executor, [...new Set(page.map((r) => r.carrier_code))]);
  const events = await listEventsOfEvaluations(
    executor,
    history.map((r) => r.id),
    FIGURE_EVENTS,
  );
  const eventsOf = new Map<number, EvaluationEventRow[]>();
  for (const event of events) {
    const list = eventsOf.get(event.evaluation_id) ?? [];
    list.push(event);
    eventsOf.set(event.evaluation_id, list);
  }
  const figures = new Map(history.map((r) => [r.id, figuresOf(r, eventsOf.get(r.id) ?? [])]));
  const items = page.map((row): EvaluationSummary => {
    const own = figures.get(row.id) ?? figuresOf(row, []);
    const trend = history
      .filter(
        (h) =>
          h.carrier_code === row.carrier_code &&
          h.plan_code === row.plan_code &&
          h.method_id === row.method_id,
      )
      .map((h) => ({ contractYear: h.contract_year, ...figures.get(h.id)! }));
    return {
      evaluationId: row.id,
      carrierCode: row.carrier_code,
      planCode: row.plan_code,
      contractYear: row.contract_year,
      methodId: row.method_id,
      state: row.state,
      ...own,
      trend,
    };
  });
  return { items, nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!.id) : null };
}
