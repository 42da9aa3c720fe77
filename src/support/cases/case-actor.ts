import { PshbError } from '../../errors.ts';

/** Who acts on a support case: the signed-in staff member, their role and partner organization. */
export interface CaseActor {
  readonly id: string;
  readonly role: string;
  /** The partner organization the actor works for, when one. */
  readonly partner: string | null;
  /**
   * The partner that held the case when the actor was allowed to change it (the API checks before the
   * change's transaction). Absent for an operator at the command line, who may change any case.
   */
  readonly heldBy?: string;
}

/**
 * Only the partner holding a case changes it: a case transferred or escalated to another partner
 * between the check of the request and the lock of the change is refused (CONFLICT), so a change is
 * never written on a case its actor's partner no longer holds. Call with the locked row's partner.
 */
export function checkStillHeld(caseId: number, partner: string, actor: Pick<CaseActor, 'heldBy'>): void {
  if (actor.heldBy !== undefined && actor.heldBy !== partner)
    throw new PshbError(
      'CONFLICT',
      `support case ${caseId} moved from ${actor.heldBy} to ${partner} meanwhile; nothing was changed`,
    );
}
