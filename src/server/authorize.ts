// The access decision every handler asks for before it reads or changes anything: the role and
// data-scope policy of src/security/, which also writes the audit record and refuses with FORBIDDEN.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Action, Resource } from '../security/access-policy.ts';
import { accessEnforcer, type AccessEnforcer } from '../security/resource-scope.ts';
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
  app.decorate('accessEnforcer', accessEnforcer(store));
}

export interface AccessDetails {
  /** The personal fields the response will carry, for the audit record. */
  readonly fields?: readonly string[];
  /** Why the data is read, for the audit record; default: the role's usual purpose. */
  readonly purpose?: string;
}

/** Resolves when the signed-in principal may perform the action on the resource; rejects with FORBIDDEN otherwise. */
export async function authorize(
  request: FastifyRequest,
  action: Action,
  resource: Resource,
  details: AccessDetails = {},
): Promise<void> {
  await request.server.accessEnforcer(principalOf(request), action, resource, {
    requestId: request.id,
    ...(details.fields ? { fields: details.fields } : {}),
    ...(details.purpose ? { purpose: details.purpose } : {}),
  });
}
