// The support plan as one document: partners, request types and their owners (RACI), the phone menu
// and routing, contingency levels, escalation paths, scripted answers and the season's forecast.
// The written plan and the simulation are both produced from it, so they cannot disagree.
import { z } from 'zod';
import { caseTargets } from './case-targets.ts';
import { contingencyPlan } from './contingency.ts';
import { demandForecast } from './demand-forecast.ts';
import { escalationPath } from './escalation.ts';
import { ivrMenu } from './ivr-menu.ts';
import { partner } from './partner.ts';
import { planId } from './plan-id.ts';
import { raciAssignment } from './raci.ts';
import { requestType, skill } from './request-type.ts';
import { routing } from './routing.ts';
import { scriptedAnswer } from './scripted-answer.ts';
import { serviceTarget } from './service-target.ts';

export const supportPlan = z.strictObject({
  id: planId,
  name: z.string().min(1),
  version: z.string().min(1),
  source: z.string().min(1),
  sourceNote: z.string().min(1).optional(),
  serviceTarget,
  partners: z.array(partner).min(1),
  skills: z.array(skill).min(1),
  requestTypes: z.array(requestType).min(1),
  raci: z.array(raciAssignment).min(1),
  ivr: ivrMenu,
  routing,
  contingency: contingencyPlan,
  escalationPaths: z.array(escalationPath).default([]),
  scriptedAnswers: z.array(scriptedAnswer).default([]),
  demand: demandForecast,
  /** Resolution targets of support cases; without it, cases use DEFAULT_CASE_TARGETS. */
  caseTargets: caseTargets.optional(),
});
export type SupportPlan = z.infer<typeof supportPlan>;
export type SupportPlanInput = z.input<typeof supportPlan>;
