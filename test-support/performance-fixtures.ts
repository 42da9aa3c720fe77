// Synthetic carrier-year evidence and premium bases for the carrier performance tests: a carrier that
// met every item of a method, and helpers to change one measure, mark one not applicable or drop it.
import type { FactValue } from '../src/rules/decision.ts';
import type { PerformanceMethod } from '../src/rules/carrier-performance/performance-method.ts';
import type {
  CarrierYearEvidence,
  EvidenceItem,
  PremiumBase,
} from '../src/rules/carrier-performance/performance-types.ts';
import { loadPerformanceMethods } from '../src/exchange/carrier-performance/method-catalogue.ts';

/** The shipped method with this id. */
export function shippedMethod(id: 'fehbar-1998' | 'ppa-2015'): PerformanceMethod {
  const method = loadPerformanceMethods().find((candidate) => candidate.id === id);
  if (!method) throw new Error(`no shipped method ${id}`);
  return method;
}

/** A value that fully meets each shipped measure. */
export const MET_VALUES: Readonly<Record<string, FactValue>> = {
  'rates-benefits.days-late': 0,
  'customer-information.days-late': 0,
  'customer-information.errors': 0,
  'cahps.getting-needed-care': 92,
  'cahps.customer-service': 91,
  'cahps.claims-processing': 93,
  'surveys.cooperated': true,
  'paperless-enrollment.first-pass-acceptance-rate': 0.995,
  'paperless-enrollment.median-days-to-acknowledgment': 1,
  'enrollment-reconciliation.quarters-initiated-on-time': 4,
  'enrollment-reconciliation.discrepancies-aged-over-90-days': 0,
  'reconsideration.files-provided-on-time-rate': 1,
  'contract.days-late': 0,
  'reports.late-count': 0,
  'contract-administrator-change.days-to-notify': 3,
  'significant-event.days-to-notify': 2,
  'hedis.breast-cancer-screening': 84,
  'hedis.controlling-high-blood-pressure': 78,
  'hedis.plan-all-cause-readmissions': 7,
};

/** A value that meets nothing. */
export const MISSED_VALUES: Readonly<Record<string, FactValue>> = {
  'rates-benefits.days-late': 60,
  'customer-information.days-late': 45,
  'customer-information.errors': 12,
  'cahps.getting-needed-care': 50,
  'cahps.customer-service': 48,
  'cahps.claims-processing': 52,
  'surveys.cooperated': false,
  'paperless-enrollment.first-pass-acceptance-rate': 0.7,
  'paperless-enrollment.median-days-to-acknowledgment': 20,
  'enrollment-reconciliation.quarters-initiated-on-time': 1,
  'enrollment-reconciliation.discrepancies-aged-over-90-days': 250,
  'reconsideration.files-provided-on-time-rate': 0.5,
  'contract.days-late': 90,
  'reports.late-count': 9,
  'contract-administrator-change.days-to-notify': 120,
  'significant-event.days-to-notify': 200,
  'hedis.breast-cancer-screening': 50,
  'hedis.controlling-high-blood-pressure': 40,
  'hedis.plan-all-cause-readmissions': 15,
};

/** The measure keys a method reads, in its order. */
export function measuresOf(method: PerformanceMethod): string[] {
  return method.elements.flatMap((element) =>
    element.items.flatMap((item) => item.measures.map((measure) => measure.measure)),
  );
}

export function evidenceItem(measure: string, value: FactValue, applicable = true): EvidenceItem {
  return { measure, value, applicable, source: { kind: 'import', reference: `synthetic ${measure}` } };
}

/** Evidence for every measure of `method`: met, unless `values` says otherwise. */
export function evidenceFor(
  method: PerformanceMethod,
  contractYear: number,
  values: Readonly<Record<string, FactValue>> = {},
  notApplicable: readonly string[] = [],
): CarrierYearEvidence {
  return {
    carrierCode: 'SYN',
    planCode: null,
    contractYear,
    items: measuresOf(method).map((measure) =>
      notApplicable.includes(measure)
        ? evidenceItem(measure, null, false)
        : evidenceItem(measure, measure in values ? values[measure]! : (MET_VALUES[measure] ?? null)),
    ),
  };
}

export function premiumBase(amountCents: number): PremiumBase {
  return { amountCents, kind: 'imported', source: 'synthetic premium base for tests' };
}
