// Each scheduled exchange run (a carrier's daily change file, its monthly audit) is recorded in
// job_run under a key naming the partner and the day it speaks for, so the job that wakes every few
// minutes makes it once: claimed when it starts, completed with what it did. A run that failed stays
// 'running' and is claimed again by the next try.
import { execute, sqlBuilder, type Executor } from '../executor.ts';

/** True when the run is this caller's to make: new, or left unfinished by an earlier try. */
export async function claimScheduledRun(
  executor: Executor,
  run: { readonly id: string; readonly kind: string; readonly parameters: Record<string, string> },
): Promise<boolean> {
  await execute(
    executor,
    sqlBuilder
      .insertInto('job_run')
      .values({ id: run.id, kind: run.kind, parameters: JSON.stringify(run.parameters), status: 'running' })
      .onConflict((conflict) => conflict.column('id').doNothing()),
  );
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('job_run').select('status').where('id', '=', run.id),
  );
  return row?.status === 'running';
}

export async function completeScheduledRun(executor: Executor, id: string, processed: number): Promise<void> {
  await execute(
    executor,
    sqlBuilder
      .updateTable('job_run')
      .set({ status: 'completed', processed, finished_at: new Date() })
      .where('id', '=', id),
  );
}
