// Who may do what with support cases, asked before every case, queue and incident route does anything.
// A support specialist acts on the cases its partner holds and reads those its partner has held; a case
// outside the caller's scope is answered as one that does not exist.
import type { FastifyRequest } from 'fastify';
import { PshbError } from '../errors.ts';
import { ACTIONS } from '../security/access-policy.ts';
import { recordAccess } from '../security/audit-log.ts';
import { executorOf } from '../storage/executor.ts';
import type { Store } from '../storage/store.ts';
import type { CaseActor } from '../support/cases/case-actor.ts';
import { caseScope, type CaseScope } from '../support/cases/case-scope.ts';
import { authorize } from './authorize.ts';
import { principalOf } from './principal.ts';

/** The personal fields a case carries, for the audit record. */
export const CASE_FIELDS = ['name', 'birth_date', 'ssn_last4', 'medicare_number_last4', 'support_case'];

/** The signed-in principal as the actor recorded on cases and identifications. */
export function actorOf(request: FastifyRequest): CaseActor {
  const principal = principalOf(request);
  return { id: principal.subject, role: principal.role, partner: principal.partnerOrganization ?? null };
}

/** Reading a case: its partner's and every partner's that held it (a warm transfer keeps them in). */
export async function mayReadCase(store: Store, request: FastifyRequest, id: number): Promise<CaseScope> {
  const scope = await caseScope(executorOf(store), id);
  await caseAnsweredAlike(
    id,
    authorize(
      request,
      'case.read',
      { kind: 'case', personId: scope.personId, partnerOrganization: scope.partner, routedTo: scope.heldBy },
      { fields: CASE_FIELDS },
    ),
  );
  return scope;
}

/** Changing a case: only the partner holding it. */
export async function mayChangeCase(store: Store, request: FastifyRequest, id: number): Promise<CaseScope> {
  const scope = await caseScope(executorOf(store), id);
  const change = authorize(request, 'case.update', {
    kind: 'case',
    personId: scope.personId,
    partnerOrganization: scope.partner,
    routedTo: [scope.partner],
  });
  // A partner that held the case may read it, and a role that may never change cases is refused as
  // such: both are told 403. To any other caller the case does not exist.
  const held = scope.heldBy.includes(principalOf(request).partnerOrganization ?? '');
  const roleMay = (ACTIONS['case.update'].roles as readonly string[]).includes(principalOf(request).role);
  await (held || !roleMay ? change : caseAnsweredAlike(id, change));
  return scope;
}

/** Operational data of the network (queues, incidents): staff of a partner, or the program office. */
export function mayOperate(
  request: FastifyRequest,
  action: 'case.read' | 'case.update',
  partner?: string,
  fields?: string[],
) {
  const own = principalOf(request).partnerOrganization;
  return authorize(
    request,
    action,
    { kind: 'case', partnerOrganization: partner ?? own, routedTo: partner ? [partner] : [] },
    fields ? { fields } : {},
  );
}

/** What a queue shows of each caller, for the audit record: their name beside the case. */
export const QUEUE_FIELDS = ['name', 'support_case'];

/** A refusal for the opening limits is audited like every other refusal. */
export async function auditingLimit<T>(
  store: Store,
  request: FastifyRequest,
  personId: number,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PshbError && error.code === 'CASE_OPENING_LIMIT') {
      const principal = principalOf(request);
      await recordAccess(store, {
        subject: principal.subject,
        role: principal.role,
        action: 'case.create',
        resourceKind: 'case',
        personId,
        purpose: 'customer support case',
        outcome: 'refused',
        reason: error.message,
        requestId: request.id,
      });
    }
    throw error;
  }
}

/**
 * A case outside the caller's scope is answered as one that does not exist (404 NOT_FOUND), so case ids
 * cannot be probed for existence; the refusal was audited before the policy refused.
 */
function caseAnsweredAlike<T>(id: number, decision: Promise<T>): Promise<T> {
  return decision.catch((error: unknown) => {
    if (error instanceof PshbError && error.code === 'FORBIDDEN')
      throw new PshbError('NOT_FOUND', `no support case ${id}`);
    throw error;
  });
}
