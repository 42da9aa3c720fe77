// The survey response over HTTP (docs/customer-experience.md, "Responding over HTTP"). The portal's form
// works without signing in: the invitation's single-use token is the only key, and it names the
// transaction's service, stage, channel and partner, never the person. These two routes sit outside the
// signed-in API (build-server.ts registers them beside it, under the same prefix), so they keep its rate
// limits per address, its response headers and its NUL refusal, and refuse a POST another site's page
// made a browser send. The list of instruments is program staff's, inside the signed-in API.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PshbError } from '../errors.ts';
import { loadCxCatalogue, type CxCatalogue } from '../exchange/cx/cx-catalogue.ts';
import { invitationSurvey, listSurveys } from '../exchange/cx/invitation-survey.ts';
import { respondToInvitation } from '../exchange/cx/respond-to-invitation.ts';
import { executorOf } from '../storage/executor.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import { authorize } from './authorize.ts';
import {
  invitationParams,
  languageQuery,
  responseBody,
  responseReceipt,
  surveyFormView,
  surveyListView,
} from './cx-survey-schemas.ts';
import { principalOf } from './principal.ts';
import { problemResponses } from './problem.ts';
import type { RouteOptions } from './route-options.ts';

const PROGRAM_STAFF = ['program_administrator', 'auditor'] as const;

/** Same-site fetches only: a page on another site cannot make a browser answer for someone. */
function refuseCrossSite(request: FastifyRequest): void {
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string') {
    if (fetchSite === 'same-origin' || fetchSite === 'none') return;
    throw new PshbError('CROSS_SITE_REQUEST', `refused: Sec-Fetch-Site is ${fetchSite}; answer on this site`);
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${request.protocol}://${request.host}`)
    throw new PshbError('CROSS_SITE_REQUEST', `refused: Origin is ${origin}; answer on this site`);
}

/** The public routes: the form of an invitation and its one response. No session needed. */
export const cxSurveyPublicRoutes: FastifyPluginAsyncZod<Pick<RouteOptions, 'store'>> = async (
  app,
  { store },
) => {
  let loaded: CxCatalogue | undefined;
  const catalogue = (): CxCatalogue => (loaded ??= loadCxCatalogue());

  app.get(
    '/cx/invitations/:token',
    {
      schema: {
        summary: 'The survey an invitation offers, in a language, with its Paperwork Reduction Act block',
        description: 'Needs no session: the token is the key. Nothing about the person is shown.',
        tags: ['customer experience'],
        security: [],
        params: invitationParams,
        querystring: languageQuery,
        response: { 200: surveyFormView, ...problemResponses([400, 404, 409, 410, 429]) },
      },
    },
    async (request) =>
      invitationSurvey(executorOf(store), {
        token: request.params.token,
        language: request.query.language,
        today: request.server.programClock.today(),
        freeTextMaxChars: catalogue().privacy.freeTextMaxChars,
      }),
  );

  app.post(
    '/cx/invitations/:token/response',
    {
      schema: {
        summary: "Answers an invitation's survey once; the receipt carries no personal data",
        description:
          'Needs no session and no Idempotency-Key: the token is single use (a second answer is 409 INVITATION_USED).',
        tags: ['customer experience'],
        security: [],
        params: invitationParams,
        body: responseBody,
        response: { 201: responseReceipt, ...problemResponses([400, 403, 404, 409, 410, 429]) },
      },
    },
    async (request, reply) => {
      refuseCrossSite(request);
      const body = request.body;
      const contactRequested = body.contact !== undefined;
      const result = await respondToInvitation(store, catalogue(), caseSupportPlan(), {
        token: request.params.token,
        answers: {
          trust: body.trust,
          positive: body.positive,
          negative: body.negative,
          legacy: body.legacy,
          freeText: body.text,
          contactRequested,
        },
        language: body.language,
        contact: body.contact
          ? 'phone' in body.contact
            ? { method: 'phone', value: body.contact.phone }
            : { method: 'email', value: body.contact.email }
          : undefined,
        today: request.server.programClock.today(),
        now: new Date(),
      });
      return reply.code(201).send({
        received: true,
        identifiersMasked: result.identifiersMasked,
        contactRequested: result.serviceRecoveryCaseId !== null,
      });
    },
  );
};

/** The instruments and versions, for program staff (each read audited as a report read). */
export const cxSurveyRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get(
    '/cx/surveys',
    {
      schema: {
        summary: 'The survey instruments and versions, their response counts and whether each collects',
        tags: ['customer experience'],
        response: { 200: surveyListView, ...problemResponses([401, 403]) },
      },
    },
    async (request) => {
      await authorize(request, 'report.read', { kind: 'report' }, { purpose: 'survey instruments' });
      if (!(PROGRAM_STAFF as readonly string[]).includes(principalOf(request).role))
        throw new PshbError('FORBIDDEN', 'only program staff read the survey instruments');
      return { items: await listSurveys(executorOf(store), request.server.programClock.today()) };
    },
  );
};
