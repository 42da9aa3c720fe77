// One evidence item typed by OPM staff for any measure (POST /evidence): a value the contracting
// officer has from a letter or a call, with a note on where it comes from. Source kind 'staff'; a
// later entry for the same carrier, plan, year and measure supersedes it, and it stays as history.
// Changes of contract administrator and significant events have their own form (record-staff-evidence.ts).
import { PshbError } from '../../errors.ts';
import type { FactValue } from '../../rules/decision.ts';
import type { Principal } from '../../security/principal.ts';
import { appendEvidence, evidenceHistory } from '../../storage/performance/evidence-store.ts';
import type { Store } from '../../storage/store.ts';
import { checkedCarrier, checkedPlan, checkedYear, MEASURE_KEY } from './evidence-input.ts';
import { evidenceItemOf, type RecordedEvidenceItem } from './evidence-items.ts';
import { requirePerformanceAccess } from './performance-access.ts';

export interface RecordEvidenceItemInput {
  readonly carrierCode: string;
  readonly planCode?: string | null;
  readonly contractYear: number;
  readonly measure: string;
  readonly value: FactValue;
  readonly applicable: boolean;
  readonly unit?: string | null;
  /** Where the value comes from, in words (required). */
  readonly note: string;
  readonly requestId?: string;
}

export async function recordEvidenceItem(
  store: Store,
  principal: Principal,
  input: RecordEvidenceItemInput,
): Promise<RecordedEvidenceItem> {
  const carrier = checkedCarrier(input.carrierCode);
  const year = checkedYear(input.contractYear);
  const plan = checkedPlan(input.planCode);
  if (!MEASURE_KEY.test(input.measure))
    throw new PshbError(
      'INVALID_INPUT',
      `measure: "${input.measure}" is not a measure key such as cahps.customer-service`,
      [{ field: 'measure', message: 'is not a measure key' }],
    );
  if (typeof input.value === 'number' && !Number.isFinite(input.value))
    throw new PshbError('INVALID_INPUT', 'value: not a finite number', [
      { field: 'value', message: 'not a finite number' },
    ]);
  const note = input.note.trim();
  if (note === '')
    throw new PshbError('INVALID_INPUT', 'note: say where the value comes from', [
      { field: 'note', message: 'is required' },
    ]);
  await requirePerformanceAccess(store, principal, 'performance.evaluate', carrier, {
    purpose: 'record carrier performance evidence',
    requestId: input.requestId,
  });
  const row = await store.transaction(async (tx) => {
    await appendEvidence(tx, [
      {
        carrierCode: carrier,
        planCode: plan,
        contractYear: year,
        measure: input.measure,
        value: input.value,
        applicable: input.applicable,
        unit: input.unit ?? null,
        sourceKind: 'staff',
        sourceReference: `recorded by ${principal.subject}: ${note}`,
        note,
        importKey: null,
        recordedBy: principal.subject,
      },
    ]);
    const history = await evidenceHistory(tx, {
      carrierCode: carrier,
      contractYear: year,
      planCode: plan,
      measure: input.measure,
    });
    return history[history.length - 1]!;
  });
  return evidenceItemOf(row);
}
