// What the access policy needs to know about a person that a route does not: their household, the
// carriers of their current PSHB enrollment, and the partner organizations their cases are routed to.
// `accessEnforcer` fills those in, decides, audits and throws FORBIDDEN: the body the server's
// authorize hook (src/server/authorize.ts) delegates to.
import { findPersonScope } from '../storage/security/resource-scope.ts';
import type { Store } from '../storage/store.ts';
import { ACTIONS, type Action, type Resource } from './access-policy.ts';
import { requireAccess, type AuditContext } from './audit-log.ts';
import type { Principal, Role } from './principal.ts';

export interface PersonScope {
  readonly householdId: number;
  readonly carrierCodes: string[];
  readonly routedTo: string[];
}

/**
 * Routing of cases to partner organizations is not stored yet; when the case table exists, pass a
 * function that returns the organizations a person's open cases are routed to.
 */
export type CaseRouting = (store: Store, personId: number) => Promise<string[]>;

/** The household and current carriers of a person, or undefined when there is no such person. */
export async function scopeOfPerson(
  store: Store,
  personId: number,
  caseRouting?: CaseRouting,
): Promise<PersonScope | undefined> {
  const person = await findPersonScope(store, personId);
  if (!person) return undefined;
  return {
    householdId: person.householdId,
    carrierCodes: person.carrierCodes,
    routedTo: caseRouting ? await caseRouting(store, personId) : [],
  };
}

const DEFAULT_PURPOSE: Record<Role, string> = {
  enrollee: 'self-service',
  support_specialist: 'customer support case',
  carrier: 'carrier enrollment reconciliation',
  program_administrator: 'program administration',
  auditor: 'audit review',
  contracting_officer: 'carrier performance evaluation',
};

/** The scope a caller read itself, with the data it is about to return (routing is still looked up). */
export type ReadScope = Omit<PersonScope, 'routedTo'>;

export interface AccessEnforcer {
  (
    principal: Principal,
    action: Action,
    resource: Resource,
    context?: Partial<AuditContext>,
  ): Promise<PersonScope | undefined>;
  /**
   * The same decision for one person whose scope the caller read in the same statement as the data it
   * will return (undefined: no such person), to save a round trip on the busiest reads. The caller must
   * return nothing of that data unless this resolves; the decision and its audit record are the same.
   */
  withScope(
    principal: Principal,
    action: Action,
    personId: number,
    scope: ReadScope | undefined,
    context?: Partial<AuditContext>,
  ): Promise<PersonScope | undefined>;
}

/**
 * Decides with the access policy after filling in the person's scope, writes the audit record
 * (refusals always; allowed access to a person's data always), and throws FORBIDDEN (403) on a refusal.
 * Returns the person's scope (undefined for no such person), so the caller need not read it again.
 * A person who does not exist is refused as out of scope, so existence is not revealed to anyone who
 * could not see the record.
 */
export function accessEnforcer(store: Store, options: { caseRouting?: CaseRouting } = {}): AccessEnforcer {
  // Only a support specialist's scope depends on where cases are routed; no other role pays the query.
  const routingFor = (principal: Principal): CaseRouting | undefined =>
    principal.role === 'support_specialist' ? options.caseRouting : undefined;
  const decide = async (
    principal: Principal,
    action: Action,
    resource: Resource,
    context: Partial<AuditContext>,
  ): Promise<void> =>
    requireAccess(store, principal, action, resource, {
      purpose: context.purpose ?? DEFAULT_PURPOSE[principal.role],
      ...(context.fields ? { fields: context.fields } : {}),
      ...(context.resourceId ? { resourceId: context.resourceId } : {}),
      ...(context.requestId ? { requestId: context.requestId } : {}),
    });
  const withScope = (resource: Resource, scope: PersonScope | undefined): Resource => ({
    ...resource,
    householdId: resource.householdId ?? scope?.householdId ?? -1,
    carrierCodes: resource.carrierCodes ?? scope?.carrierCodes ?? [],
    routedTo: resource.routedTo ?? scope?.routedTo ?? [],
  });
  const enforce = async (
    principal: Principal,
    action: Action,
    resource: Resource,
    context: Partial<AuditContext> = {},
  ): Promise<PersonScope | undefined> => {
    let full = resource;
    let scope: PersonScope | undefined;
    if (resource.personId !== undefined) {
      scope = await scopeOfPerson(store, resource.personId, routingFor(principal));
      full = withScope(resource, scope);
    }
    await decide(principal, action, full, context);
    return scope;
  };
  return Object.assign(enforce, {
    withScope: async (
      principal: Principal,
      action: Action,
      personId: number,
      read: ReadScope | undefined,
      context: Partial<AuditContext> = {},
    ): Promise<PersonScope | undefined> => {
      const routing = routingFor(principal);
      const scope: PersonScope | undefined = read && {
        householdId: read.householdId,
        carrierCodes: read.carrierCodes,
        routedTo: routing ? await routing(store, personId) : [],
      };
      await decide(principal, action, withScope({ kind: ACTIONS[action].kind, personId }, scope), context);
      return scope;
    },
  });
}
