// Carrier performance (48 CFR 1609.7101; the Plan Performance Assessment): the operations the CLI and
// the API call, each taking the store, the signed-in principal and its input.
export * from './accept-evaluation.ts';
export * from './compute-premium-base.ts';
export * from './create-evaluation.ts';
export * from './decide-factor.ts';
export * from './evaluation-view.ts';
export * from './evidence-items.ts';
export * from './exchange-measures.ts';
export * from './import-evidence-csv.ts';
export * from './list-evaluation-summaries.ts';
export * from './record-evidence-item.ts';
export * from './record-staff-evidence.ts';
export * from './refresh-exchange-evidence.ts';
export * from './show-evaluation.ts';
export * from './show-evidence.ts';
