// The service level the network promises callers, judged per day and over the season.
import { z } from 'zod';
import { fraction, sourceNote } from './plan-id.ts';

export const serviceTarget = z.strictObject({
  /** Share of callers who join a queue that an agent answers within `answerWithinSeconds`. */
  serviceLevel: fraction,
  answerWithinSeconds: z.number().nonnegative(),
  /** Most callers who may hang up while waiting, as a share of those who joined a queue. */
  maxAbandonmentRate: fraction,
  sourceNote,
});
export type ServiceTarget = z.infer<typeof serviceTarget>;
