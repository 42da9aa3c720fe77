// The evidence the exchange computes from its own records for a carrier's contract year: paperless
// enrollment from the 834s sent and their acknowledgments, quarterly reconciliation and discrepancy
// ageing from the reconciliation runs, reconsideration files from the requests of the carrier's
// enrollees (48 CFR 1609.7101-1(a)(5), (a)(6)). Each measure is added as a row with source kind
// 'exchange' and a reference to the rows counted. Its import key is the measure's value and
// reference: run again on the same records, it adds nothing; run after the records changed, it adds
// the new value, which supersedes the old one (kept as history).
import { createHash } from 'node:crypto';
import type { Principal } from '../../security/principal.ts';
import { executorOf } from '../../storage/executor.ts';
import { appendEvidence, evidenceByImportKeys } from '../../storage/performance/evidence-store.ts';
import {
  discrepanciesOpenInYear,
  reconciliationRunsInYear,
  reconsiderationsOfCarrier,
  sentEnrollmentFiles,
} from '../../storage/performance/exchange-evidence-reads.ts';
import type { Store } from '../../storage/store.ts';
import { checkedCarrier, checkedYear } from './evidence-input.ts';
import { evidenceItemOf, type RecordedEvidenceItem } from './evidence-items.ts';
import {
  discrepanciesAgedOver90Days,
  firstPassAcceptanceRate,
  medianDaysToAcknowledgment,
  quartersInitiatedOnTime,
  reconsiderationFilesOnTime,
  type ComputedMeasure,
} from './exchange-measures.ts';
import { requirePerformanceAccess } from './performance-access.ts';

export interface RefreshExchangeEvidenceInput {
  readonly carrierCode: string;
  readonly contractYear: number;
  readonly requestId?: string;
  /** Called after each of the five measures. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface RefreshExchangeEvidenceResult {
  readonly carrierCode: string;
  readonly contractYear: number;
  /** How many rows this run added (0 when nothing changed since the last run). */
  readonly added: number;
  readonly items: readonly RecordedEvidenceItem[];
}

export function exchangeImportKey(carrier: string, year: number, measure: ComputedMeasure): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([measure.value, measure.applicable, measure.reference, measure.note]))
    .digest('hex')
    .slice(0, 32);
  return `exchange:${carrier}:${year}:${measure.measure}:${digest}`;
}

export async function refreshExchangeEvidence(
  store: Store,
  principal: Principal,
  input: RefreshExchangeEvidenceInput,
): Promise<RefreshExchangeEvidenceResult> {
  const carrier = checkedCarrier(input.carrierCode);
  const year = checkedYear(input.contractYear);
  await requirePerformanceAccess(store, principal, 'performance.evaluate', carrier, {
    purpose: 'compute exchange evidence of carrier performance',
    requestId: input.requestId,
  });
  const executor = executorOf(store);
  const total = 5;
  const measures: ComputedMeasure[] = [];
  const files = await sentEnrollmentFiles(executor, carrier, year);
  measures.push(firstPassAcceptanceRate(carrier, year, files));
  input.onProgress?.(1, total);
  measures.push(medianDaysToAcknowledgment(carrier, year, files));
  input.onProgress?.(2, total);
  measures.push(
    quartersInitiatedOnTime(carrier, year, await reconciliationRunsInYear(executor, carrier, year)),
  );
  input.onProgress?.(3, total);
  measures.push(
    discrepanciesAgedOver90Days(carrier, year, await discrepanciesOpenInYear(executor, carrier, year)),
  );
  input.onProgress?.(4, total);
  measures.push(
    reconsiderationFilesOnTime(carrier, year, await reconsiderationsOfCarrier(executor, carrier, year)),
  );
  input.onProgress?.(5, total);
  const keys = measures.map((m) => exchangeImportKey(carrier, year, m));
  const added = await store.transaction((tx) =>
    appendEvidence(
      tx,
      measures.map((m, i) => ({
        carrierCode: carrier,
        planCode: null,
        contractYear: year,
        measure: m.measure,
        value: m.value,
        applicable: m.applicable,
        unit: m.unit,
        sourceKind: 'exchange' as const,
        sourceReference: m.reference,
        note: m.note,
        importKey: keys[i]!,
        recordedBy: principal.subject,
      })),
    ),
  );
  const rows = await evidenceByImportKeys(executor, keys);
  return { carrierCode: carrier, contractYear: year, added, items: rows.map(evidenceItemOf) };
}
