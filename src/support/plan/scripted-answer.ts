// Scripted answers: the words every partner uses for a common question, so callers hear the same
// answer whichever line they reach.
import { z } from 'zod';
import { planId } from './plan-id.ts';

const wording = z.strictObject({ question: z.string().min(1), answer: z.string().min(1) });

export const scriptedAnswer = z.strictObject({
  id: planId,
  requestType: planId,
  question: z.string().min(1),
  answer: z.string().min(1),
  /** The same question and answer in other languages, by language code ("es"), for callers who speak them. */
  translations: z.record(z.string().regex(/^[a-z]{2}$/, 'a two-letter language code'), wording).optional(),
  /** Partners that must use this wording. */
  usedBy: z.array(planId).min(1),
  source: z.string().min(1),
});
export type ScriptedAnswer = z.infer<typeof scriptedAnswer>;
