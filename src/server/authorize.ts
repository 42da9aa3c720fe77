// The access decision every handler asks for before it reads or changes anything: the role and
// data-scope policy of src/security/, which also writes the audit record and refuses with FORBIDDEN.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ACTIONS, type Action, type Resource } from '../security/access-policy.ts';
import { PshbError } from '../errors.ts';
import { accessEnforcer, type AccessEnforcer, type PersonScope } from '../security/resource-scope.ts';
import { partnerCaseRouting } from '../support/cases/case-scope.ts';
import type { Store } from '../storage/store.ts';
import { principalOf, type Principal } from './principal.ts';

export type { Action, Resource };

declare module 'fastify' {
  interface FastifyInstance {
    accessEnforcer: AccessEnforcer;
  }
}

/** Installs the policy for this server's store; buildServer calls it once. */
export function installAccessControl(app: FastifyInstance, store: Store): void {
  const enforcer = accessEnforcer(store, { caseRouting: partnerCaseRouting });
  app.decorate(
    'accessEnforcer',
    Object.assign(enforcer.bind(null), {
      withScope: (...args: Parameters<AccessEnforcer['withScope']>) =>
        answeringAlike(args[0], args[1], args[2], enforcer.withScope(...args)),
    }),
  );
}

/**
 * A person outside the caller's data scope is answered as one that does not exist (404 NOT_FOUND), so
 * ids cannot be probed for existence; the refusal is still audited (the enforcer wrote it before it
 * threw). A role that may never take the action at all is still told so (403 FORBIDDEN).
 */
function answeringAlike<T>(principal: Principal, action: Action, personId: number, decision: Promise<T>) {
  return decision.catch((error: unknown) => {
    const rule = ACTIONS[action];
    const scoped = rule.personal && (rule.roles as readonly string[]).includes(principal.role);
    if (scoped && error instanceof PshbError && error.code === 'FORBIDDEN')
      throw new PshbError('NOT_FOUND', `no person with id ${personId}`);
    throw error;
  });
}

export interface AccessDetails {
  /** The personal fields the response will carry, for the audit record. */
  readonly fields?: readonly string[];
  /** Why the data is read, for the audit record; default: the role's usual purpose. */
  readonly purpose?: string;
}

/**
 * Resolves when the signed-in principal may perform the action on the resource (with the person's
 * household and carriers when the resource names a person, undefined when no such person exists);
 * rejects with FORBIDDEN otherwise.
 */
export async function authorize(
  request: FastifyRequest,
  action: Action,
  resource: Resource,
  details: AccessDetails = {},
): Promise<PersonScope | undefined> {
  return request.server.accessEnforcer(principalOf(request), action, resource, {
    requestId: request.id,
    ...(details.fields ? { fields: details.fields } : {}),
    ...(details.purpose ? { purpose: details.purpose } : {}),
  });
}

/**
 * authorize for an action on one person's data: decides (and audits) with the person's scope read once,
 * and returns their household id. A person who does not exist and one the caller may not see are
 * both NOT_FOUND (answeringAlike).
 */
export async function authorizeForPerson(
  request: FastifyRequest,
  action: Action,
  personId: number,
  details: AccessDetails = {},
): Promise<number> {
  const kind = ACTIONS[action].kind;
  const decision = authorize(request, action, { kind, personId }, details);
  const scope = await answeringAlike(principalOf(request), action, personId, decision);
  if (!scope) throw new PshbError('NOT_FOUND', `no person with id ${personId}`);
  return scope.householdId;
}
