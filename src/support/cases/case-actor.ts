/** Who acts on a support case: the signed-in staff member, their role and partner organization. */
export interface CaseActor {
  readonly id: string;
  readonly role: string;
  /** The partner organization the actor works for, when one. */
  readonly partner: string | null;
}
