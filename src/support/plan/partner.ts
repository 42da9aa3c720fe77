// A partner organization of the support network: who it is, what it does for PSHB callers, when it is
// open and, for those that answer calls in the network's queues, its agents grouped by skill.
import { z } from 'zod';
import { operatingHours } from './operating-hours.ts';
import { fraction, planId, sourceNote } from './plan-id.ts';

export const PARTNER_KINDS = [
  'contractor',
  'opm-office',
  'partner-agency',
  'command-center',
  'program-office',
] as const;

export const agentGroup = z.strictObject({
  id: planId,
  /** Skills every agent of the group has; a contact needing one of them may be answered here. */
  skills: z.array(planId).min(1),
  /** Agents scheduled for PSHB calls (before shrinkage). */
  agents: z.number().int().nonnegative(),
});
export type AgentGroup = z.infer<typeof agentGroup>;

export const partnerStaff = z.strictObject({
  /** The organization's whole headcount, of which the groups are the part working PSHB calls. */
  headcount: z.number().int().nonnegative(),
  groups: z.array(agentGroup).min(1),
  /** Share of scheduled time not on the phones: breaks, training, meetings, absence. */
  shrinkage: fraction.refine((value) => value < 1, 'shrinkage must be below 1'),
  sourceNote,
});
export type PartnerStaff = z.infer<typeof partnerStaff>;

export const partner = z.strictObject({
  id: planId,
  name: z.string().min(1),
  kind: z.enum(PARTNER_KINDS),
  /** What the partner does for PSHB callers, in one or two sentences. */
  role: z.string().min(1),
  /** Hours the partner answers calls; null for partners that take no calls from the network. */
  hours: operatingHours.nullable(),
  /** Agents answering the network's calls; null when the partner's own operation is out of scope. */
  staff: partnerStaff.nullable(),
  /** How callers reach the partner directly when they are referred (phone or web address). */
  contact: z.string().min(1).optional(),
  source: z.string().min(1),
  sourceNote,
});
export type Partner = z.infer<typeof partner>;
