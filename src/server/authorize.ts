// The access decision every handler asks for before it reads or changes anything.
//
// PLACEHOLDER: this default allows every authenticated principal everything. The security module
// replaces its body with the role and data-scope policy (src/security/access-policy.ts, whose Action
// and Resource types it already uses): look up what the policy needs that the handler did not pass
// (the person's carriers, the partner organizations their cases are routed to), decide, write the
// audit record, and throw PshbError('FORBIDDEN', reason) on a refusal.
import type { Action, Resource } from '../security/access-policy.ts';
import type { Principal } from './principal.ts';

export type { Action, Resource };

/** Resolves when the principal may perform the action on the resource; rejects with FORBIDDEN otherwise. */
export async function authorize(principal: Principal, action: Action, resource: Resource): Promise<void> {
  void principal;
  void action;
  void resource;
}
