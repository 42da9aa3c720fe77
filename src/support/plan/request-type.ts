// Why people contact the network. Each request type needs one skill to be answered, takes its own
// handle time, and makes up a share of the contacts.
import { z } from 'zod';
import { fraction, planId, sourceNote } from './plan-id.ts';

export const skill = z.strictObject({
  id: planId,
  name: z.string().min(1),
});
export type Skill = z.infer<typeof skill>;

export const requestType = z.strictObject({
  id: planId,
  name: z.string().min(1),
  description: z.string().min(1),
  skill: planId,
  /** Share of all contacts reaching the phone menu that are of this type; the shares sum to 1. */
  share: fraction,
  /** Average handle time: talk + hold + after-call work. */
  ahtSeconds: z.number().positive(),
  sourceNote,
});
export type RequestType = z.infer<typeof requestType>;
