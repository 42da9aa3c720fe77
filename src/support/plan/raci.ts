// Who is Responsible, Accountable, Consulted and Informed for each request type. One row per request
// type with a single accountable partner, so every kind of request has exactly one owner.
import { z } from 'zod';
import { planId } from './plan-id.ts';

export const raciAssignment = z.strictObject({
  requestType: planId,
  responsible: z.array(planId).min(1),
  accountable: planId,
  consulted: z.array(planId).default([]),
  informed: z.array(planId).default([]),
});
export type RaciAssignment = z.infer<typeof raciAssignment>;
