// The evidence a method may refer to: the measure keys the exchange computes, imports or has
// recorded by staff. A method naming any other key would never find evidence, so the method schema
// refuses it (a misspelt key is named by its field). CAHPS and HEDIS measures are open-ended:
// `cahps.<measure-id>` and `hedis.<measure-id>`.

/** Computed by the exchange from its own records. */
export const EXCHANGE_MEASURES = [
  'paperless-enrollment.first-pass-acceptance-rate',
  'paperless-enrollment.median-days-to-acknowledgment',
  'enrollment-reconciliation.quarters-initiated-on-time',
  'enrollment-reconciliation.discrepancies-aged-over-90-days',
  'reconsideration.files-provided-on-time-rate',
] as const;

/** Imported from CSV (besides cahps.* and hedis.*). */
export const IMPORTED_MEASURES = [
  'rates-benefits.days-late',
  'customer-information.days-late',
  'contract.days-late',
  'customer-information.errors',
  'reports.late-count',
  'surveys.cooperated',
] as const;

/** Recorded by staff; not applicable when no such event occurred. */
export const STAFF_MEASURES = [
  'contract-administrator-change.days-to-notify',
  'significant-event.days-to-notify',
] as const;

const KNOWN = new Set<string>([...EXCHANGE_MEASURES, ...IMPORTED_MEASURES, ...STAFF_MEASURES]);
const SURVEY_OR_HEDIS = /^(cahps|hedis)\.[a-z0-9][a-z0-9-]*$/;

export function isKnownMeasure(key: string): boolean {
  return KNOWN.has(key) || SURVEY_OR_HEDIS.test(key);
}
