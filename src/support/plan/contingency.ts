// Contingency levels: measurable triggers watched every interval, and the actions that take effect when
// one fires (open an overflow tier, offer callbacks, add overtime, change the menu's messages, escalate).
import { z } from 'zod';
import { fraction, planId, sourceNote } from './plan-id.ts';

export const CONTINGENCY_METRICS = [
  'service-level',
  'queue-length',
  'abandonment-rate',
  'average-speed-of-answer',
  'occupancy',
] as const;
export const contingencyMetric = z.enum(CONTINGENCY_METRICS);
export type ContingencyMetric = z.infer<typeof contingencyMetric>;

export const triggerCondition = z.strictObject({
  metric: contingencyMetric,
  /** A partner answering calls, or `network` for all of them together. */
  scope: planId,
  comparison: z.enum(['below', 'above']),
  threshold: z.number().nonnegative(),
  /** Intervals in a row the condition must hold before the level fires. */
  forIntervals: z.number().int().positive(),
});
export type TriggerCondition = z.infer<typeof triggerCondition>;

export const contingencyAction = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('open-overflow'), tier: planId }),
  z.strictObject({
    type: z.literal('offer-callbacks'),
    partner: planId,
    /** Callers arriving while more than this many wait for their skill are offered a callback. */
    whenQueueAbove: z.number().int().nonnegative(),
    /** Share of callers offered a callback who take it. */
    acceptance: fraction,
  }),
  z.strictObject({
    type: z.literal('overtime'),
    partner: planId,
    group: planId,
    agents: z.number().int().positive(),
  }),
  z.strictObject({
    type: z.literal('ivr-message'),
    message: planId,
    requestTypes: z.array(planId).min(1),
    /** Points of containment the message adds for those request types (0.05 = five points). */
    containmentIncrease: fraction,
  }),
  z.strictObject({ type: z.literal('escalate'), path: planId }),
]);
export type ContingencyAction = z.infer<typeof contingencyAction>;

export const contingencyLevel = z.strictObject({
  id: planId,
  name: z.string().min(1),
  /** The level fires when any condition has held for its number of intervals. */
  triggers: z.array(triggerCondition).min(1),
  actions: z.array(contingencyAction).min(1),
  /** Intervals in a row with no condition holding before the level stands down and its actions end. */
  releaseAfterIntervals: z.number().int().positive(),
  sourceNote,
});
export type ContingencyLevel = z.infer<typeof contingencyLevel>;

export const contingencyPlan = z.strictObject({
  /** Length of the measurement interval the triggers are evaluated on. */
  intervalMinutes: z.number().int().positive().max(240),
  levels: z.array(contingencyLevel),
});
export type ContingencyPlan = z.infer<typeof contingencyPlan>;
