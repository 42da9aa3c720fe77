// What the access check needs to know about cases: for one case, whose it is, which partner holds it
// and every partner that has held it; for a person, the partners its active cases are with.
import { PshbError } from '../../errors.ts';
import { executorOf, type Executor } from '../../storage/executor.ts';
import { selectActivePartners, selectCaseScope } from '../../storage/support/cases.ts';
import type { CaseRouting } from '../../security/resource-scope.ts';

export interface CaseScope {
  readonly id: number;
  readonly personId: number;
  readonly partner: string;
  readonly heldBy: readonly string[];
}

export async function caseScope(executor: Executor, id: number): Promise<CaseScope> {
  const row = await selectCaseScope(executor, id);
  if (!row) throw new PshbError('NOT_FOUND', `no support case ${id}`);
  return { id, personId: Number(row.person_id), partner: row.partner, heldBy: row.held_by };
}

/** The partners a person's active cases are with: the access policy's `routedTo` (a CaseRouting). */
export function routedPartners(executor: Executor, personId: number): Promise<string[]> {
  return selectActivePartners(executor, personId);
}

export const partnerCaseRouting: CaseRouting = (store, personId) =>
  routedPartners(executorOf(store), personId);
