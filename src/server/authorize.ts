// The access decision every handler asks for before it reads or changes anything: the role and
// data-scope policy of src/security/, which also writes the audit record and refuses with FORBIDDEN.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ACTIONS, type Action, type Resource } from '../security/access-policy.ts';
import { PshbError } from '../errors.ts';
import { accessEnforcer, type AccessEnforcer, type PersonScope } from '../security/resource-scope.ts';
import { partnerCaseRouting } from '../support/cases/support-cases.ts';
import type { Store } from '../storage/store.ts';
import { principalOf } from './principal.ts';

export type { Action, Resource };

declare module 'fastify' {
  interface FastifyInstance {
    accessEnforcer: AccessEnforcer;
  }
}

/** Installs the policy for this server's store; buildServer calls it once. */
export function installAccessControl(app: FastifyInstance, store: Store): void {
  app.decorate('accessEnforcer', accessEnforcer(store, { caseRouting: partnerCaseRouting }));
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
 * and returns their household id. A person who does not exist is refused to those who could not see
 * them anyway, so existence is not revealed; to anyone else it is NOT_FOUND.
 */
export async function authorizeForPerson(
  request: FastifyRequest,
  action: Action,
  personId: number,
  details: AccessDetails = {},
): Promise<number> {
  const kind = ACTIONS[action].kind;
  const scope = await authorize(request, action, { kind, personId }, details);
  if (!scope) throw new PshbError('NOT_FOUND', `no person with id ${personId}`);
  return scope.householdId;
}
