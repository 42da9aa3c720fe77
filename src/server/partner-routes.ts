// The exchange's trading partners over HTTP, and a member's history as a carrier was told it. A carrier
// user sees its own carriers only; program administrators and auditors see every partner.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PshbError } from '../errors.ts';
import { findPartnerView, listPartnerViews, memberHistoryAsTold } from '../exchange/exchange-views/index.ts';
import { executorOf } from '../storage/executor.ts';
import { mayReadExchange, mayReadMemberHistory } from './exchange-access.ts';
import { memberParams, partner, partnerParams, toldHistory } from './exchange-schemas.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

export const partnerRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get(
    '/partners',
    {
      schema: {
        summary: "The trading partners within the caller's scope (a carrier user: its own)",
        tags: ['exchange'],
        response: { 200: z.object({ partners: z.array(partner) }), ...problemResponses([401, 403]) },
      },
    },
    async (request) => {
      const scope = await mayReadExchange(request);
      return { partners: listPartnerViews(scope) };
    },
  );

  app.get(
    '/partners/:code',
    {
      schema: {
        summary: 'One trading partner by its code',
        tags: ['exchange'],
        params: partnerParams,
        response: { 200: partner, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      const { code } = request.params;
      await mayReadExchange(request, code);
      const found = findPartnerView(code);
      if (!found) throw new PshbError('NOT_FOUND', `no partner ${code}`);
      return found;
    },
  );

  app.get(
    '/partners/:code/members/:memberId/history',
    {
      schema: {
        summary: "A member's history as the carrier was told it: each event its files carried",
        description:
          "Every enrollment event the partner's outbound files carried for the member, with the file and the ordinal of the member's INS segment. A read of personal data: audited.",
        tags: ['exchange'],
        params: memberParams,
        response: { 200: toldHistory, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request) => {
      const { code, memberId } = request.params;
      await mayReadMemberHistory(request, code, memberId);
      const events = await memberHistoryAsTold(executorOf(store), code, memberId);
      if (events.length === 0)
        throw new PshbError('NOT_FOUND', `no member ${memberId} in the files sent to ${code}`);
      return { partner: code, memberId, events };
    },
  );
};
