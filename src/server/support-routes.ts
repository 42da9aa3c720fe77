// The customer-support operation over HTTP (docs/support-reports.md): the support plans and their
// validation (support-plan-routes.ts), the help desk's wrap-up codes and knowledge base
// (support-desk-routes.ts), one interval's staffing and a small simulation
// (support-staffing-routes.ts), daily and weekly performance reports and the written Customer Support
// Operations Plan (support-report-routes.ts). Staff only: every route asks for report.read, which
// enrollees lack and carriers hold only for reports on their own plans. The handlers call the same
// src/support functions as `pshb support`.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SimulationPool } from '../support/simulation/simulation-pool.ts';
import type { RouteOptions } from './route-options.ts';
import { supportDeskRoutes } from './support-desk-routes.ts';
import { supportPlanRoutes } from './support-plan-routes.ts';
import { supportReportRoutes } from './support-report-routes.ts';
import { supportStaffingRoutes } from './support-staffing-routes.ts';

export { MAX_API_SIMULATION_CONTACTS } from './support-staffing-routes.ts';

export const supportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, options) => {
  // Simulations run in a worker thread, so they never hold up other requests (simulation-pool.ts).
  const simulations = new SimulationPool(app.environment.PSHB_SIMULATION_QUEUE);
  app.addHook('onClose', () => simulations.close());
  await app.register(supportPlanRoutes, options);
  await app.register(supportDeskRoutes, options);
  await app.register(supportStaffingRoutes, { ...options, simulations });
  await app.register(supportReportRoutes, { ...options, simulations });
};
