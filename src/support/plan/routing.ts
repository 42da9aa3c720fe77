// Where each request type goes after the menu: into a partner's queue (a tier), from which callers who
// wait too long overflow to the next tier, or a referral to a partner that serves it on its own line.
import { z } from 'zod';
import { planId, sourceNote } from './plan-id.ts';

export const tier = z.strictObject({
  /** The partner whose agents answer this tier. */
  partner: planId,
  /** Tier callers overflow to; null ends the chain. */
  overflowTo: planId.nullable(),
  /** Seconds a caller waits here before also being offered to the next tier. */
  overflowAfterSeconds: z.number().positive().nullable(),
  /** `always` takes calls from the start; `contingency` only while a contingency level opens it. */
  opens: z.enum(['always', 'contingency']),
  sourceNote,
});
export type Tier = z.infer<typeof tier>;

export const routingRule = z.discriminatedUnion('route', [
  z.strictObject({
    requestType: planId,
    route: z.literal('queue'),
    /** The tier (by partner) whose queue the caller joins first. */
    entryTier: planId,
  }),
  z.strictObject({
    requestType: planId,
    route: z.literal('refer'),
    /** The partner that serves this request on its own line; the menu plays `message` and ends. */
    referTo: planId,
    message: planId,
  }),
]);
export type RoutingRule = z.infer<typeof routingRule>;

export const routing = z.strictObject({
  tiers: z.array(tier).min(1),
  rules: z.array(routingRule).min(1),
});
export type Routing = z.infer<typeof routing>;
