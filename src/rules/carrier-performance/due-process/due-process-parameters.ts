// The due-process windows and the withhold's schedule as data (reference-data/carrier-performance/
// due-process/due-process.json), checked by this schema whenever they are loaded. Values without an official
// source say UNCONFIRMED in their own `source`.
import { z } from 'zod';

const window = z.object({
  days: z.number().int().min(1).max(365),
  from: z.enum(['findings_notice_issued', 'final_determination']),
  source: z.string().min(1),
});

export const dueProcessParametersSchema = z.object({
  id: z.literal('due-process'),
  version: z.string().min(1),
  title: z.string().min(1),
  source: z.string().min(1),
  sourceNote: z.string().optional(),
  responseWindow: window,
  reconsiderationWindow: window,
  rebate: window,
  withhold: z
    .object({
      contractPeriodOffset: z.number().int().min(1).max(2),
      quarterMonths: z.array(z.number().int().min(1).max(12)).min(1).max(3),
      paymentDayOfMonth: z.number().int().min(1).max(28),
      paymentsPerQuarter: z.number().int().min(1).max(13),
      remainder: z.literal('first_payment'),
      source: z.string().min(1),
    })
    .refine((w) => w.paymentsPerQuarter === w.quarterMonths.length, {
      message: 'paymentsPerQuarter must equal the number of quarterMonths (one payment a month)',
      path: ['paymentsPerQuarter'],
    }),
  reserveDeposit: z.object({ account: z.literal('contingency_reserve'), source: z.string().min(1) }),
});

export type DueProcessParameters = z.infer<typeof dueProcessParametersSchema>;
