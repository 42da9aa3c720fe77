// Evidence rows as the engine and the views read them: EvidenceItem (src/rules/carrier-performance),
// with the row's id, plan and when and by whom it was recorded.
import type { FactValue } from '../../rules/decision.ts';
import type { EvidenceItem } from '../../rules/carrier-performance/performance-types.ts';
import type { EvidenceRow } from '../../storage/performance/evidence-store.ts';

export interface RecordedEvidenceItem extends EvidenceItem {
  readonly id: number;
  readonly carrierCode: string;
  readonly planCode: string | null;
  readonly contractYear: number;
  readonly recordedAt: string;
}

/** A JSON value as a fact: numbers, text, booleans and null pass; anything else is written as text. */
function factOf(value: unknown): FactValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

export function evidenceItemOf(row: EvidenceRow): RecordedEvidenceItem {
  const recordedAt =
    row.recorded_at instanceof Date ? row.recorded_at.toISOString() : String(row.recorded_at);
  return {
    id: Number(row.id),
    carrierCode: row.carrier_code,
    planCode: row.plan_code,
    contractYear: row.contract_year,
    measure: row.measure,
    value: factOf(row.value),
    applicable: row.applicable,
    ...(row.unit !== null ? { unit: row.unit } : {}),
    source: {
      kind: row.source_kind,
      reference: row.source_reference,
      recordedAt,
      recordedBy: row.recorded_by,
    },
    ...(row.note !== null ? { note: row.note } : {}),
    recordedAt,
  };
}
