// A long run that commits in batches (docs/adr/0003-open-season-run-in-checkpointed-batches.md): its row in job_run
// holds the parameters it was started with, how far it has got (the checkpoint, a household id) and how
// many households it has done, so a run that stops anywhere resumes after its last committed batch.
import type { Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { JobRunTable } from '../tables.ts';

export type RunRow = Selectable<JobRunTable>;

/** The run's row, recorded as running with these parameters unless it was started before. */
export async function startRunIfNew(
  executor: Executor,
  run: { id: string; kind: string; parameters: Record<string, string> },
): Promise<RunRow> {
  await execute(
    executor,
    sqlBuilder
      .insertInto('job_run')
      .values({ id: run.id, kind: run.kind, parameters: JSON.stringify(run.parameters), status: 'running' })
      .onConflict((oc) => oc.column('id').doNothing()),
  );
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('job_run').selectAll().where('id', '=', run.id),
  );
  if (!row) throw new Error(`run ${run.id} was not recorded`);
  return row;
}

/**
 * Moves a running run's checkpoint from `after` to `upTo`, adding the batch's households; false when the
 * checkpoint was no longer at `after` (another process committed this batch) or the run has finished.
 */
export async function advanceRunCheckpoint(
  executor: Executor,
  runId: string,
  batch: { after: number; upTo: number; households: number },
): Promise<boolean> {
  const rows = await execute(
    executor,
    sqlBuilder
      .updateTable('job_run')
      .set((eb) => ({ checkpoint: batch.upTo, processed: eb('processed', '+', batch.households) }))
      .where('id', '=', runId)
      .where('checkpoint', '=', batch.after)
      .where('status', '=', 'running')
      .returning('id'),
  );
  return rows.length === 1;
}

export async function markRunCompleted(executor: Executor, runId: string): Promise<void> {
  await execute(
    executor,
    sqlBuilder
      .updateTable('job_run')
      .set({ status: 'completed', finished_at: new Date() })
      .where('id', '=', runId),
  );
}
