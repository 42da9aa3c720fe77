// Escalation paths: who is told, in what order and how fast, when an issue leaves the phone lines
// (a technical fault to the command center, a coverage problem to the reconciliation team).
import { z } from 'zod';
import { planId } from './plan-id.ts';

export const escalationStep = z.strictObject({
  partner: planId,
  withinMinutes: z.number().int().positive(),
  channel: z.string().min(1),
});

export const escalationPath = z.strictObject({
  id: planId,
  name: z.string().min(1),
  when: z.string().min(1),
  steps: z.array(escalationStep).min(1),
});
export type EscalationPath = z.infer<typeof escalationPath>;
