// What the access policy needs to know about a person that a route does not: their household, the
// carriers of their current PSHB enrollment, and the partner organizations their cases are routed to.
// `accessEnforcer` fills those in, decides, audits and throws FORBIDDEN: the body the server's
// authorize hook (src/server/authorize.ts) delegates to.
import { sql } from 'kysely';
import type { Store } from '../storage/store.ts';
import type { Action, Resource } from './access-policy.ts';
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
  const person = await store.db
    .selectFrom('person')
    .select('household_id')
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) return undefined;
  const householdId = Number(person.household_id);
  // The household's enrollment is the enrollee's latest PSHB event that names a plan.
  const carriers = await sql<{ carrier_code: string }>`
    select distinct p.carrier_code from (
      select plan_code from enrollment_event
      where person_id = ${householdId} and plan_code is not null
      order by recorded_at desc, id desc limit 1
    ) e join plan_option p on p.plan_code = e.plan_code and p.program = 'PSHB'`.execute(store.db);
  return {
    householdId,
    carrierCodes: carriers.rows.map((r) => r.carrier_code),
    routedTo: caseRouting ? await caseRouting(store, personId) : [],
  };
}

const DEFAULT_PURPOSE: Record<Role, string> = {
  enrollee: 'self-service',
  support_specialist: 'customer support case',
  carrier: 'carrier enrollment reconciliation',
  program_administrator: 'program administration',
  auditor: 'audit review',
};

export type AccessEnforcer = (
  principal: Principal,
  action: Action,
  resource: Resource,
  context?: Partial<AuditContext>,
) => Promise<void>;

/**
 * Decides with the access policy after filling in the person's scope, writes the audit record
 * (refusals always; allowed access to a person's data always), and throws FORBIDDEN (403) on a refusal.
 * A person who does not exist is refused as out of scope, so existence is not revealed to anyone who
 * could not see the record.
 */
export function accessEnforcer(store: Store, options: { caseRouting?: CaseRouting } = {}): AccessEnforcer {
  return async (principal, action, resource, context = {}) => {
    let full = resource;
    if (resource.personId !== undefined) {
      const scope = await scopeOfPerson(store, resource.personId, options.caseRouting);
      full = {
        ...resource,
        householdId: resource.householdId ?? scope?.householdId ?? -1,
        carrierCodes: resource.carrierCodes ?? scope?.carrierCodes ?? [],
        routedTo: resource.routedTo ?? scope?.routedTo ?? [],
      };
    }
    await requireAccess(store, principal, action, full, {
      purpose: context.purpose ?? DEFAULT_PURPOSE[principal.role],
      ...(context.fields ? { fields: context.fields } : {}),
      ...(context.resourceId ? { resourceId: context.resourceId } : {}),
      ...(context.requestId ? { requestId: context.requestId } : {}),
    });
  };
}
