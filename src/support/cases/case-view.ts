// A case as the API and the CLI show it: the row, the caller masked, the whole history, the incidents
// behind it, and what may happen next under the plan (the events its status allows, where it may go).
import { PshbError } from '../../errors.ts';
import type { Executor } from '../../storage/executor.ts';
import { selectCaseEvents, type CaseEventRow } from '../../storage/support/case-events.ts';
import { selectCaseWithPerson } from '../../storage/support/cases.ts';
import { selectIncidentIdsOfCase } from '../../storage/support/incidents.ts';
import type { SupportPlan } from '../plan/support-plan.ts';
import { maskedPerson } from './case-masking.ts';
import { isActive, possibleEvents } from './case-status.ts';
import { instant, type CaseEvent, type SupportCase } from './support-cases.ts';
import { partnersFor } from './transfer-policy.ts';

export async function readCase(
  executor: Executor,
  plan: SupportPlan,
  id: number,
  now: Date = new Date(),
): Promise<SupportCase> {
  const row = await selectCaseWithPerson(executor, id);
  if (!row) throw new PshbError('NOT_FOUND', `no support case ${id}`);
  const events = await selectCaseEvents(executor, id);
  const incidents = await selectIncidentIdsOfCase(executor, id);
  const status = row.status;
  return {
    id: Number(row.id),
    person: maskedPerson(row),
    channel: row.channel,
    requestType: row.request_type,
    skill: row.skill,
    priority: row.priority,
    partner: row.partner,
    status,
    plan: { id: row.plan_id, version: row.plan_version },
    subject: row.subject,
    openedAt: instant(row.opened_at),
    queuedAt: instant(row.queued_at),
    dueAt: instant(row.due_at),
    resolvedAt: row.resolved_at === null ? null : instant(row.resolved_at),
    overdue: isActive(status) && new Date(row.due_at).getTime() < now.getTime(),
    openedBy: row.opened_by,
    assignedTo: row.assigned_to,
    heldBy: [...new Set(events.map((e) => e.to_partner))].sort(),
    possibleEvents: possibleEvents(status).filter((e) => e !== 'opened'),
    transferTo: isActive(status) ? partnersFor(plan, row.request_type).filter((p) => p !== row.partner) : [],
    incidents,
    events: events.map(toEvent),
  };
}

function toEvent(row: CaseEventRow): CaseEvent {
  const details =
    typeof row.details === 'string' ? (JSON.parse(row.details) as unknown) : (row.details ?? {});
  return {
    seq: row.seq,
    kind: row.kind,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    fromPartner: row.from_partner,
    toPartner: row.to_partner,
    actor: { id: row.actor_id, role: row.actor_role, partner: row.actor_partner },
    text: row.text,
    details: details as Record<string, unknown>,
    recordedAt: instant(row.recorded_at),
  };
}
