// A partner's queue: its active cases, oldest in the queue first, each with its caller's name (as a case
// shows it) and subject, and per skill how many there are,
// how many are past due and when the next one falls due.
import type { Executor } from '../../storage/executor.ts';
import { selectQueue, selectQueueSummary, selectQueueWaiting } from '../../storage/support/cases.ts';
import { maskIdentifiers } from '../../rules/cx/identifier-masking.ts';
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
    callerName: `${row.first_name} ${row.last_name}`,
    // Free text: any identifier a caller typed into it stays out of the list.
    subject: maskIdentifiers(row.subject).text,
    queuedAt: instant(row.queued_at),
    dueAt: instant(row.due_at),
    overdue: new Date(row.due_at).getTime() < now.getTime(),
    assignedTo: row.assigned_to,
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

/**
 * The consult before a warm transfer: how many cases wait in the receiving partner's queue and since
 * when the oldest waits, so the specialist can tell the caller what to expect. No caller is named.
 */
export async function consultQueue(
  executor: Executor,
  partner: string,
): Promise<{ partner: string; waiting: number; oldestQueuedAt: string | null }> {
  const { waiting, oldest } = await selectQueueWaiting(executor, partner);
  return { partner, waiting, oldestQueuedAt: oldest === null ? null : instant(oldest) };
}
