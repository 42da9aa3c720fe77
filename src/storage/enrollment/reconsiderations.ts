// The reconsideration_request rows and their one reconsideration_decision each (5 CFR 890.1607,
// 890.104): filed, locked while decided, and read back with the decision when there is one.
import type { Insertable, Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type {
  ReconsiderationDecisionTable,
  ReconsiderationRequestTable,
} from '../tables/enrollment-tables.ts';

export type NewReconsiderationRequest = Omit<Insertable<ReconsiderationRequestTable>, 'id' | 'recorded_at'>;

/** Files a request; returns its id. */
export async function insertReconsiderationRequest(
  executor: Executor,
  request: NewReconsiderationRequest,
): Promise<number> {
  const [row] = await execute(
    executor,
    sqlBuilder.insertInto('reconsideration_request').values(request).returning('id'),
  );
  return Number(row?.id);
}

/**
 * Locks the request's row until the transaction ends, so a second, concurrent decision waits and then
 * sees the first; false when there is no such request.
 */
export async function lockReconsiderationRequest(executor: Executor, requestId: number): Promise<boolean> {
  const rows = await execute(
    executor,
    sqlBuilder.selectFrom('reconsideration_request').select('id').where('id', '=', requestId).forUpdate(),
  );
  return rows.length > 0;
}

export async function insertReconsiderationDecision(
  executor: Executor,
  decision: Omit<Insertable<ReconsiderationDecisionTable>, 'recorded_at'>,
): Promise<void> {
  await execute(executor, sqlBuilder.insertInto('reconsideration_decision').values(decision));
}

/** A request with its decision's columns (null while undecided). */
export type ReconsiderationRow = Selectable<ReconsiderationRequestTable> & {
  result: ReconsiderationDecisionTable['result'] | null;
  decided_on: string | null;
  findings: string | null;
  notice: string | null;
  decision_citations: string[] | null;
  decided_by: string | null;
  decided_at: Date | null;
};

function requestsWithDecisions() {
  return sqlBuilder
    .selectFrom('reconsideration_request as r')
    .leftJoin('reconsideration_decision as d', 'd.request_id', 'r.id')
    .selectAll('r')
    .select([
      'd.result',
      'd.decided_on',
      'd.findings',
      'd.notice',
      'd.citations as decision_citations',
      'd.decided_by',
      'd.recorded_at as decided_at',
    ]);
}

export async function findReconsideration(
  executor: Executor,
  requestId: number,
): Promise<ReconsiderationRow | undefined> {
  const [row] = await execute(executor, requestsWithDecisions().where('r.id', '=', requestId));
  return row;
}

/** Requests filed by anyone in the household with an id above `after`, oldest first, at most `limit`. */
export async function selectHouseholdReconsiderations(
  executor: Executor,
  householdId: number,
  after: number,
  limit: number,
): Promise<ReconsiderationRow[]> {
  return execute(
    executor,
    requestsWithDecisions()
      .where('r.person_id', 'in', (eb) =>
        eb.selectFrom('person').select('id').where('household_id', '=', householdId),
      )
      .where('r.id', '>', after)
      .orderBy('r.id')
      .limit(limit),
  );
}
