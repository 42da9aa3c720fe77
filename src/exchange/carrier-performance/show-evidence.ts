// A carrier's evidence for a contract year, each item with where it came from: the current value of
// each measure, or with `history` every row recorded, the superseded ones included. A carrier user
// sees its own only; every read is audited.
import type { Principal } from '../../security/principal.ts';
import { executorOf } from '../../storage/executor.ts';
import { currentEvidence, evidenceHistory } from '../../storage/performance/evidence-store.ts';
import type { Store } from '../../storage/store.ts';
import { checkedCarrier, checkedPlan, checkedYear } from './evidence-input.ts';
import { evidenceItemOf, type RecordedEvidenceItem } from './evidence-items.ts';
import { requirePerformanceAccess } from './performance-access.ts';

export interface ShowEvidenceInput {
  readonly carrierCode: string;
  readonly contractYear: number;
  /** One plan's evidence with the carrier-wide items; every plan's when absent. */
  readonly planCode?: string | null;
  readonly history?: boolean;
  readonly requestId?: string;
}

export interface EvidenceList {
  readonly carrierCode: string;
  readonly contractYear: number;
  readonly planCode: string | null;
  readonly items: readonly RecordedEvidenceItem[];
}

export async function showEvidence(
  store: Store,
  principal: Principal,
  input: ShowEvidenceInput,
): Promise<EvidenceList> {
  const carrier = checkedCarrier(input.carrierCode);
  const year = checkedYear(input.contractYear);
  const plan = checkedPlan(input.planCode);
  await requirePerformanceAccess(store, principal, 'performance.read', carrier, {
    purpose: 'read carrier performance evidence',
    resourceId: `${carrier} ${year}`,
    requestId: input.requestId,
  });
  const scope = { carrierCode: carrier, contractYear: year, ...(plan !== null ? { planCode: plan } : {}) };
  const executor = executorOf(store);
  const rows = input.history
    ? await evidenceHistory(executor, scope)
    : await currentEvidence(executor, scope);
  return { carrierCode: carrier, contractYear: year, planCode: plan, items: rows.map(evidenceItemOf) };
}
