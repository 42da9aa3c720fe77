// The evaluation engine, as the rest of this folder calls it: the pure method engine
// (src/rules/carrier-performance) and the catalogue of methods (method-catalogue.ts). One place to
// change should either move.
export type { PerformanceMethod } from '../../rules/carrier-performance/performance-method.ts';
export { proposeEvaluation } from '../../rules/carrier-performance/propose-evaluation.ts';
export { amountForAcceptedFactors } from '../../rules/carrier-performance/accepted-factors.ts';
export { loadPerformanceMethods, methodFor } from './method-catalogue.ts';
