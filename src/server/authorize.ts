// The access decision every handler asks for before it reads or changes anything.
//
// PLACEHOLDER: this default allows every authenticated principal everything. The security module
// replaces it with the role and data-scope rules (enrollee: own household; support specialist: own
// partner organization; carrier: own plans' enrollees; auditor: read-only; program administrator)
// and the audit of refusals. A refusal throws PshbError('FORBIDDEN', ...).
import type { Principal } from './principal.ts';

export type Action =
  | 'plan:list'
  | 'person:read'
  | 'person:eligibility'
  | 'enrollment:list'
  | 'open-season:report'
  | 'election:create';

/** What an action is about: a kind of record and, when there is one, its id. */
export interface Resource {
  readonly type: 'plan' | 'person' | 'household' | 'open-season' | 'election';
  readonly id?: string | number;
  /** The household a person-related resource belongs to, when the handler already knows it. */
  readonly householdId?: number;
}

/**
 * Resolves when the principal may perform the action on the resource; rejects with
 * PshbError('FORBIDDEN', ...) otherwise. Permissive placeholder: see the note at the top.
 */
export async function authorize(principal: Principal, action: Action, resource: Resource): Promise<void> {
  void principal;
  void action;
  void resource;
}
