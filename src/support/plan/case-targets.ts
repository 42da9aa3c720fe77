// How long a support case may stay unresolved: a target per priority, and where a request type needs
// it, a target of its own for a priority. The case's SLA clock (src/support/cases/sla-clock.ts) reads it.
import { z } from 'zod';
import { planId, sourceNote } from './plan-id.ts';

export const CASE_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export const casePriority = z.enum(CASE_PRIORITIES);
export type CasePriority = z.infer<typeof casePriority>;

const hours = z
  .number()
  .positive()
  .max(24 * 90);

export const caseTargets = z.strictObject({
  /** Hours from opening (or reopening) to resolution, per priority. */
  resolveWithinHours: z.strictObject({ urgent: hours, high: hours, normal: hours, low: hours }),
  /** Targets for one request type at one priority, replacing the priority's. */
  requestTypes: z
    .array(z.strictObject({ requestType: planId, priority: casePriority, resolveWithinHours: hours }))
    .default([]),
  sourceNote,
});
export type CaseTargets = z.infer<typeof caseTargets>;
