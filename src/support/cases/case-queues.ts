// A partner's queue: its active cases, oldest in the queue first, and per skill how many there are,
// how many are past due and when the next one falls due.
import type { Executor } from '../../storage/executor.ts';
import { selectQueue, selectQueueSummary } from '../../storage/support/cases.ts';
import { instant, type QueueItem, type QueueSkill } from './support-cases.ts';

/** A partner's active cases, oldest in the queue first, after the given position. */
export async function listQueue(
  executor: Executor,
  partner: string,
  options: { skill?: string; after?: { queuedAt: string; id: number }; limit: number; now?: Date },
): Promise<QueueItem[]> {
  const now = options.now ?? new Date();
  const rows = await selectQueue(executor, partner, options);
  return rows.map((row) => ({
    caseId: Number(row.id),
    skill: row.skill,
    requestType: row.request_type,
    priority: row.priority,
    status: row.status,
    channel: row.channel,
    queuedAt: instant(row.queued_at),
    dueAt: instant(row.due_at),
    overdue: new Date(row.due_at).getTime() < now.getTime(),
  }));
}

/** Per skill: active cases, how many are past due, and the next due time. */
export async function queueSummary(
  executor: Executor,
  partner: string,
  now: Date = new Date(),
): Promise<QueueSkill[]> {
  const rows = await selectQueueSummary(executor, partner, now);
  return rows.map((r) => ({
    skill: r.skill,
    open: Number(r.open),
    overdue: Number(r.overdue),
    nextDueAt: r.next_due === null ? null : instant(r.next_due),
  }));
}
