// The phone menu callers hear: recorded messages, the keys that sort callers by request type, and the
// share of each type the menu's self-service resolves without an agent (containment).
import { z } from 'zod';
import { operatingHours } from './operating-hours.ts';
import { fraction, planId, sourceNote } from './plan-id.ts';

export const ivrMessage = z.strictObject({
  id: planId,
  text: z.string().min(1),
});
export type IvrMessage = z.infer<typeof ivrMessage>;

export const ivrOption = z.strictObject({
  key: z.string().regex(/^[0-9*#]$/, 'one phone key: 0-9, * or #'),
  prompt: z.string().min(1),
  requestType: planId,
  /** Share of callers choosing this option whose need the recorded self-service meets. */
  selfServiceContainment: fraction,
  sourceNote,
});
export type IvrOption = z.infer<typeof ivrOption>;

export const ivrMenu = z.strictObject({
  /** Hours the phone line takes calls; contacts arrive only then. */
  hours: operatingHours,
  greeting: planId,
  messages: z.array(ivrMessage).min(1),
  options: z.array(ivrOption).min(1),
});
export type IvrMenu = z.infer<typeof ivrMenu>;
