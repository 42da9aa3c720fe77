// What the support operation routes share: the names and dates they take, the staff-only resource
// they authorize against, and the shipped plan a name stands for.
import { z } from 'zod';
import { PshbError } from '../errors.ts';
import { listShippedPlans, resolveSupportPlan } from '../support/plan/load-plan.ts';
import type { SimulationPool } from '../support/simulation/simulation-pool.ts';
import type { RouteOptions } from './route-options.ts';

/** The support routes' options: the store and the worker pool that runs their simulations. */
export interface SupportRouteOptions extends RouteOptions {
  readonly simulations: SimulationPool;
}

export const planName = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .describe('A shipped plan, e.g. open-season-77');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('YYYY-MM-DD');
export const anyJson = z.record(z.string(), z.unknown());
export const STAFF = { kind: 'report' } as const;

/** The shipped plan of that name; NOT_FOUND, listing the shipped ones, for any other name. */
export function shipped(name: string) {
  if (!listShippedPlans().includes(name))
    throw new PshbError('NOT_FOUND', `no support plan "${name}"; plans: ${listShippedPlans().join(', ')}`);
  return resolveSupportPlan(name).plan;
}
