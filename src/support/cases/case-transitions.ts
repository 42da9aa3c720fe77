// Changes to a support case. Every change locks the case row, checks the state machine and the plan,
// appends one event and updates the row in the same transaction, so the row is always the sum of its
// history and two agents acting at once are applied one after the other. Run them in a transaction.
import { PshbError } from '../../errors.ts';
import type { Executor } from '../../storage/executor.ts';
import { insertCaseEvent } from '../../storage/support/case-events.ts';
import { lockCase, lockNextUnassigned, updateCase, type CaseRow } from '../../storage/support/cases.ts';
import type { CasePriority } from '../plan/case-targets.ts';
import type { SupportPlan } from '../plan/support-plan.ts';
import { checkWrapUpCode, deskReference, type WrapUpCodes } from '../desk/desk-reference.ts';
import { checkStillHeld, type CaseActor } from './case-actor.ts';
import { nextStatus, type CaseEventKind } from './case-status.ts';
import { readCase } from './case-view.ts';
import { dueAt, PRIORITY_RANK } from './sla-clock.ts';
import type { SupportCase } from './support-cases.ts';
import { checkTransfer, escalationTarget } from './transfer-policy.ts';

interface RowChange {
  partner?: string;
  priority?: CasePriority;
  dueAt?: Date;
  queuedAt?: Date;
  clockStartedAt?: Date;
  resolvedAt?: Date | null;
  /** The specialist taking the case. */
  assignedTo?: string;
}

type Decision = (current: CaseRow, at: Date) => { change: RowChange; details: Record<string, unknown> };

interface Act {
  readonly kind: CaseEventKind;
  readonly actor: CaseActor;
  readonly text: string;
  readonly decide: Decision;
  readonly at?: Date | undefined;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

/** Locks the case, appends the event and moves the row with it. */
async function act(executor: Executor, plan: SupportPlan, id: number, action: Act): Promise<SupportCase> {
  const at = action.at ?? new Date();
  const current = await lockCase(executor, id);
  if (!current) throw new PshbError('NOT_FOUND', `no support case ${id}`);
  checkStillHeld(id, current.partner, action.actor);
  const toStatus = nextStatus(current.status, action.kind);
  const { change, details } = action.decide(current, at);
  const partner = change.partner ?? current.partner;
  const seq = current.event_count + 1;
  await insertCaseEvent(executor, {
    case_id: id,
    seq,
    kind: action.kind,
    from_status: current.status,
    to_status: toStatus,
    from_partner: current.partner,
    to_partner: partner,
    actor_id: action.actor.id,
    actor_role: action.actor.role,
    actor_partner: action.actor.partner,
    text: action.text,
    details: JSON.stringify(details),
    recorded_at: at.toISOString(),
  });
  const resolvedAt = change.resolvedAt === undefined ? current.resolved_at : change.resolvedAt;
  // A case that joins a queue again (another partner's, or its own when reopened) waits for someone.
  const requeued = partner !== current.partner || action.kind === 'reopened';
  const assignedTo = change.assignedTo ?? (requeued ? null : current.assigned_to);
  await updateCase(executor, id, {
    status: toStatus,
    partner,
    priority: change.priority ?? current.priority,
    due_at: iso(change.dueAt ?? current.due_at),
    queued_at: iso(change.queuedAt ?? current.queued_at),
    resolved_at: resolvedAt === null ? null : iso(resolvedAt),
    event_count: seq,
    clock_started_at: iso(change.clockStartedAt ?? current.clock_started_at),
    assigned_to: assignedTo,
  });
  return readCase(executor, plan, id, at);
}

export function addNote(
  executor: Executor,
  plan: SupportPlan,
  id: number,
  input: { text: string; actor: CaseActor; at?: Date },
): Promise<SupportCase> {
  const decide: Decision = () => ({ change: {}, details: {} });
  return act(executor, plan, id, {
    kind: 'note',
    actor: input.actor,
    text: input.text,
    decide,
    at: input.at,
  });
}

/**
 * A warm transfer: the case, with its whole history, moves to a partner the plan lets handle its
 * request type, joins that partner's queue for the same skill, and keeps its SLA clock.
 */
export function transferCase(
  executor: Executor,
  plan: SupportPlan,
  id: number,
  input: { toPartner: string; note: string; actor: CaseActor; at?: Date },
): Promise<SupportCase> {
  const decide: Decision = (current, at) => {
    checkTransfer(plan, current.request_type, current.partner, input.toPartner);
    return { change: { partner: input.toPartner, queuedAt: at }, details: { warm: true } };
  };
  return act(executor, plan, id, {
    kind: 'transferred',
    actor: input.actor,
    text: input.note,
    decide,
    at: input.at,
  });
}

/**
 * Escalation along a plan path (or to the accountable partner); a higher priority given with it
 * shortens the due time from the clock's start, never lengthens it.
 */
export function escalateCase(
  executor: Executor,
  plan: SupportPlan,
  id: number,
  input: { reason: string; path?: string; priority?: CasePriority; actor: CaseActor; at?: Date },
): Promise<SupportCase> {
  const decide: Decision = (current, at) => {
    const target = escalationTarget(plan, current.request_type, current.partner, input.path);
    const raised =
      input.priority !== undefined && PRIORITY_RANK[input.priority] < PRIORITY_RANK[current.priority]
        ? input.priority
        : current.priority;
    const change: RowChange = { partner: target.partner, priority: raised, queuedAt: at };
    if (raised !== current.priority) {
      const started = new Date(current.clock_started_at);
      const due = dueAt(plan, current.request_type, raised, started);
      if (due.getTime() < new Date(current.due_at).getTime()) change.dueAt = due;
    }
    return {
      change,
      details: {
        path: target.path,
        withinMinutes: target.withinMinutes,
        channel: target.channel,
        priority: raised,
      },
    };
  };
  return act(executor, plan, id, {
    kind: 'escalated',
    actor: input.actor,
    text: input.reason,
    decide,
    at: input.at,
  });
}

/**
 * Closing a case needs a wrap-up code of the desk's list (reference-data/support-desk), kept with the
 * list's id and version so a report reads it against the list it was chosen from.
 */
export function resolveCase(
  executor: Executor,
  plan: SupportPlan,
  id: number,
  input: { resolution: string; wrapUpCode: string; actor: CaseActor; at?: Date },
  codes: WrapUpCodes = deskReference().wrapUp,
): Promise<SupportCase> {
  const wrapUp = checkWrapUpCode(codes, input.wrapUpCode);
  const decide: Decision = (current, at) => ({
    change: { resolvedAt: at },
    details: {
      onTime: at.getTime() <= new Date(current.due_at).getTime(),
      wrapUp: { code: wrapUp.id, list: codes.id, version: codes.version },
    },
  });
  return act(executor, plan, id, {
    kind: 'resolved',
    actor: input.actor,
    text: input.resolution,
    decide,
    at: input.at,
  });
}

/** Reopening puts the case back in the queue of the partner that resolved it, with a new SLA clock. */
export function reopenCase(
  executor: Executor,
  plan: SupportPlan,
  id: number,
  input: { reason: string; actor: CaseActor; at?: Date },
): Promise<SupportCase> {
  const decide: Decision = (current, at) => ({
    change: {
      resolvedAt: null,
      queuedAt: at,
      clockStartedAt: at,
      dueAt: dueAt(plan, current.request_type, current.priority, at),
    },
    details: {},
  });
  return act(executor, plan, id, {
    kind: 'reopened',
    actor: input.actor,
    text: input.reason,
    decide,
    at: input.at,
  });
}

/**
 * Assign to me: a specialist of the holding partner takes the case. A case someone already works is
 * refused (CONFLICT, naming who), so two people never work one case unknowingly.
 */
export function assignCase(
  executor: Executor,
  plan: SupportPlan,
  id: number,
  input: { actor: CaseActor; at?: Date; next?: boolean },
): Promise<SupportCase> {
  const decide: Decision = (current) => {
    if (current.assigned_to === input.actor.id)
      throw new PshbError('CONFLICT', `case ${id} is already assigned to you`);
    if (current.assigned_to !== null)
      throw new PshbError('CONFLICT', `case ${id} is assigned to ${current.assigned_to}`);
    return { change: { assignedTo: input.actor.id }, details: { next: input.next ?? false } };
  };
  return act(executor, plan, id, {
    kind: 'assigned',
    actor: input.actor,
    text: '',
    decide,
    at: input.at,
  });
}

/**
 * Next case: the oldest case of the partner's queue no one works yet, assigned to the specialist in the
 * same transaction; null when every case is taken. Concurrent takers skip each other's locked case.
 */
export async function takeNextCase(
  executor: Executor,
  plan: SupportPlan,
  partner: string,
  input: { actor: CaseActor; at?: Date },
): Promise<SupportCase | null> {
  const next = await lockNextUnassigned(executor, partner);
  if (!next) return null;
  return assignCase(executor, plan, Number(next.id), { ...input, next: true });
}
