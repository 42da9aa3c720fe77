// A support case's history: append-only events, numbered from 1 per case, each naming the status and
// partner it moved the case from and to. The case row (cases.ts) moves in the same transaction.
import type { Insertable, Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { SupportCaseEventTable } from '../tables/support-tables.ts';

export type CaseEventRow = Selectable<SupportCaseEventTable>;

export async function insertCaseEvent(
  executor: Executor,
  event: Insertable<SupportCaseEventTable>,
): Promise<void> {
  await execute(executor, sqlBuilder.insertInto('support_case_event').values(event));
}

/** The case's events, oldest first. */
export function selectCaseEvents(executor: Executor, caseId: number): Promise<CaseEventRow[]> {
  return execute(
    executor,
    sqlBuilder.selectFrom('support_case_event').selectAll().where('case_id', '=', caseId).orderBy('seq'),
  );
}
