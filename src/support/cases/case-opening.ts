// Opening a case for a contact: routed by the support plan to a partner and skill queue, with the SLA
// due time of its request type and priority, and the caller's words as the first event.
import { PshbError } from '../../errors.ts';
import type { Executor } from '../../storage/executor.ts';
import { insertCaseEvent } from '../../storage/support/case-events.ts';
import { insertCase, personExists } from '../../storage/support/cases.ts';
import type { CasePriority } from '../plan/case-targets.ts';
import type { SupportPlan } from '../plan/support-plan.ts';
import {
  checkOpeningLimit,
  type CallerIdentification,
  type CaseOpeningPolicy,
} from './caller-identification.ts';
import type { CaseActor } from './case-actor.ts';
import { routeNewCase } from './case-routing.ts';
import { nextStatus } from './case-status.ts';
import { readCase } from './case-view.ts';
import { dueAt, slaTarget } from './sla-clock.ts';
import type { CaseChannel, SupportCase } from './support-cases.ts';
import { partnersFor } from './transfer-policy.ts';

export interface OpenCaseInput {
  readonly personId: number;
  readonly channel: CaseChannel;
  readonly requestType: string;
  readonly priority: CasePriority;
  readonly subject: string;
  /** What the caller said, the first line of the transcript. */
  readonly note: string;
  /** The partner that took the contact, when it keeps the case rather than the plan's route. */
  readonly takenBy?: string | undefined;
  readonly actor: CaseActor;
  /** How the specialist identified the caller, kept in the opening event for review. */
  readonly identification?: CallerIdentification | null | undefined;
  readonly at?: Date;
}

/** Where a new case would go, for the access check before it is opened. */
export function plannedRoute(plan: SupportPlan, requestType: string, takenBy?: string) {
  return routeNewCase(plan, requestType, takenBy);
}

/** Opens the case; run it in a transaction, so the row never exists without its opening event. */
export async function openCase(
  executor: Executor,
  plan: SupportPlan,
  input: OpenCaseInput,
): Promise<SupportCase> {
  const at = input.at ?? new Date();
  if (!(await personExists(executor, input.personId)))
    throw new PshbError('NOT_FOUND', `no person with id ${input.personId}`);
  const route = routeNewCase(plan, input.requestType, input.takenBy);
  const sla = slaTarget(plan, input.requestType, input.priority);
  const due = dueAt(plan, input.requestType, input.priority, at);
  const id = await insertCase(executor, {
    person_id: input.personId,
    channel: input.channel,
    request_type: input.requestType,
    skill: route.skill,
    priority: input.priority,
    partner: route.partner,
    status: 'open',
    plan_id: plan.id,
    plan_version: plan.version,
    subject: input.subject,
    opened_at: at.toISOString(),
    queued_at: at.toISOString(),
    clock_started_at: at.toISOString(),
    due_at: due.toISOString(),
    opened_by: input.actor.id,
  });
  await insertCaseEvent(executor, {
    case_id: id,
    seq: 1,
    kind: 'opened',
    from_status: null,
    to_status: nextStatus(null, 'opened'),
    from_partner: null,
    to_partner: route.partner,
    actor_id: input.actor.id,
    actor_role: input.actor.role,
    actor_partner: input.actor.partner,
    text: input.note,
    details: JSON.stringify({
      route: route.reason,
      sla: sla.basis,
      resolveWithinHours: sla.resolveWithinHours,
      ...(input.identification ? { identification: input.identification } : {}),
    }),
    recorded_at: at.toISOString(),
  });
  return readCase(executor, plan, id, at);
}

/**
 * The partner keeping a new case: the one named, else the actor's own partner when the plan lets it
 * handle the request type, else none (the plan's route decides).
 */
export function keepingPartner(
  plan: SupportPlan,
  requestType: string,
  actor: CaseActor,
  named?: string,
): string | undefined {
  if (named !== undefined) return named;
  return actor.partner && partnersFor(plan, requestType).includes(actor.partner) ? actor.partner : undefined;
}

/**
 * Opens the case after counting the opener's openings of the last hour against the policy (for
 * specialists; null for staff without the limit). Run it in a transaction: the count and the opening
 * hold together.
 */
export async function openCaseWithinLimit(
  executor: Executor,
  plan: SupportPlan,
  input: OpenCaseInput,
  limit: CaseOpeningPolicy | null,
): Promise<SupportCase> {
  if (limit) await checkOpeningLimit(executor, input.actor, limit);
  return openCase(executor, plan, input);
}
