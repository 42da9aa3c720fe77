// The HTTP API: Fastify with zod schemas at every boundary (fastify-type-provider-zod), an OpenAPI 3
// document built from those schemas, problem+json errors, request ids, and /api/v1 behind an
// Authenticator. Handlers are thin adapters over src/exchange/, which the CLI calls too.
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { programClockOf, readEnvironment, type Environment } from '../config/configuration.ts';
import type { ProgramClock } from '../domain/program-clock.ts';
import { PshbError } from '../errors.ts';
import { executorOf } from '../storage/executor.ts';
import type { Store } from '../storage/store.ts';
import { caseRoutes } from './case-routes.ts';
import { cxDashboardRoutes } from './cx-dashboard-routes.ts';
import { documentRoutes } from './document-routes.ts';
import { cxReportRoutes } from './cx-report-routes.ts';
import { answerDatabaseOutagesWithRetryAfter } from './database-outage.ts';
import { personCaseRoutes } from './person-case-routes.ts';
import { exceptionRoutes } from './exception-routes.ts';
import { exchangeFileRoutes } from './exchange-file-routes.ts';
import { partnerRoutes } from './partner-routes.ts';
import { reconciliationRoutes } from './reconciliation-routes.ts';
import { performanceProcessRoutes } from './performance-process-routes.ts';
import { performanceRoutes } from './performance-routes.ts';
import { cxMaturityRoutes } from './cx-maturity-routes.ts';
import { cxSurveyPublicRoutes, cxSurveyRoutes } from './cx-survey-routes.ts';
import { lifecycleRoutes } from './lifecycle-routes.ts';
import { meRoutes } from './me-routes.ts';
import { reconsiderationRoutes } from './reconsideration-routes.ts';
import { auditRoutes } from './audit-routes.ts';
import { electionRoutes } from './election-routes.ts';
import { trackHandlersInFlight } from './handlers-in-flight.ts';
import { healthRoutes } from './health-routes.ts';
import { idempotencyKeyOf, STATE_CHANGING_METHODS } from './idempotency.ts';
import { refuseNulCharacters } from './nul-characters.ts';
import { openSeasonRoutes } from './open-season-routes.ts';
import { withResponseHeaders } from './openapi-headers.ts';
import { personRoutes } from './person-routes.ts';
import { personSearchRoutes } from './person-search-routes.ts';
import { planRoutes, publicPlanRoutes } from './plan-routes.ts';
import type { Authenticator } from './principal.ts';
import { maskedUrl } from './log-redaction.ts';
import { answerClientError } from './client-errors.ts';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem.ts';
import { installRateLimits, rateLimitsOf, trustProxyOf, type RateLimits } from './rate-limits.ts';
import { sharedRateLimitStore } from './rate-limit-store.ts';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.ts';
import {
  docsContentSecurityPolicy,
  frameworkErrorAnswer,
  installResponseHeaders,
} from './response-headers.ts';
import { installAccessControl } from './authorize.ts';
import { startEarlyRead } from './early-read.ts';
import { seasonContexts } from './season-cache.ts';
import { supportRoutes } from './support-routes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The program's clock: every default date a route gives comes from it (ServerOptions.clock). */
    readonly programClock: ProgramClock;
    /** The configuration the server was started with (ServerOptions.environment). */
    readonly environment: Environment;
  }
}

export const API_PREFIX = '/api/v1';
export const API_VERSION = '1.0.0';

export interface ServerOptions {
  readonly store: Store;
  readonly authenticate: Authenticator;
  /** Registers routes outside /api/v1 before the API, e.g. the OpenID Connect sign-in routes. */
  readonly configure?: (app: FastifyInstance) => Promise<void>;
  /** Default: from the environment's PSHB_RATE_LIMIT_* variables (rate-limits.ts). */
  readonly rateLimits?: RateLimits;
  /** The configuration read at the entry point; default: every variable at its documented default. */
  readonly environment?: Environment;
  /** The program's clock; default from the environment (PSHB_PROGRAM_DATE, else the real UTC day). */
  readonly clock?: ProgramClock;
  /** true for pino's defaults, false (default) for none, or pino options. */
  readonly logger?: FastifyServerOptions['logger'];
}

export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
}

const registeredRoutes = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Every (method, url) the server registered, HEAD excluded: for checks against the OpenAPI document. */
export function routesOf(app: FastifyInstance): readonly RegisteredRoute[] {
  return registeredRoutes.get(app) ?? [];
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { store, authenticate } = options;
  const environment = options.environment ?? readEnvironment({});
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: requestIdFor,
    bodyLimit: 64 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: frameworkErrorAnswer,
    clientErrorHandler: answerClientError,
    trustProxy: trustProxyOf(environment.PSHB_TRUST_PROXY),
    // One line per request, written when it completes, instead of Fastify's two (incoming, completed).
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>();

  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('environment', environment);
  app.decorate('programClock', options.clock ?? programClockOf(environment));
  app.decorateRequest('principal', null);
  app.decorateRequest('earlyRead', undefined);
  trackHandlersInFlight(app);
  answerDatabaseOutagesWithRetryAfter(app);
  refuseNulCharacters(app, store);

  // Callback hooks where nothing is awaited: they run on every request, and an async one costs a promise.
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        url: maskedUrl(request.url),
        statusCode: reply.statusCode,
        ms: reply.elapsedTime,
      },
      'request completed',
    );
    done();
  });
  installResponseHeaders(app, API_PREFIX);
  await installRateLimits(
    app,
    options.rateLimits ?? rateLimitsOf(environment),
    API_PREFIX,
    // Several processes may serve one PostgreSQL database: they count each client together there.
    store.backend === 'postgres' ? sharedRateLimitStore(executorOf(store)) : undefined,
  );

  // The one place errors become HTTP responses.
  app.setErrorHandler(async (error, request, reply) => {
    const problem = toProblem(error, request.id);
    // An outage answers every request with 503: one warning each, not a stack trace each.
    if (problem.code === 'DATABASE_UNAVAILABLE')
      request.log.warn({ code: problem.code }, 'database unavailable');
    else if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code, detail: problem.detail }, 'request refused');
    return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  });
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    const problem = toProblem(
      new PshbError('ROUTE_NOT_FOUND', `no route ${request.method} ${path}`),
      request.id,
    );
    return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'PSHB Exchange API',
        version: API_VERSION,
        description:
          'Postal Service Health Benefits Program: plans, persons, eligibility, enrollments and open season elections. Errors are application/problem+json; state-changing requests need an Idempotency-Key; enrollment changes need If-Match. See docs/api.md.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'session' } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (document) => withResponseHeaders(jsonSchemaTransformObject(document)),
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    transformStaticCSP: docsContentSecurityPolicy,
  });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  installAccessControl(app, store);
  await app.register(healthRoutes, { store });
  await app.register(cxSurveyPublicRoutes, { store, prefix: API_PREFIX }); // no session: the token is the key
  const seasons = seasonContexts(store);
  await app.register(publicPlanRoutes, { seasons, prefix: API_PREFIX }); // no session: the catalogue only
  if (options.configure) await options.configure(app);
  await app.register(
    async (api) => {
      api.addHook('onRoute', (route) => {
        route.schema = { security: [{ session: [] }], ...route.schema };
      });
      api.addHook('onRequest', async (request) => {
        startEarlyRead(request);
        const principal = await authenticate(request);
        if (!principal) {
          throw new PshbError('UNAUTHENTICATED', 'sign in first: this API needs a signed-in user');
        }
        request.principal = principal;
      });
      api.addHook('preValidation', (request, _reply, done) => {
        if (!STATE_CHANGING_METHODS.has(request.method)) return done();
        try {
          idempotencyKeyOf(request);
        } catch (error) {
          return done(error as Error);
        }
        done();
      });
      const routeOptions = { store, seasons };
      await api.register(meRoutes, routeOptions);
      await api.register(planRoutes, routeOptions);
      await api.register(personRoutes, routeOptions);
      await api.register(personSearchRoutes, routeOptions);
      await api.register(openSeasonRoutes, routeOptions);
      await api.register(electionRoutes, routeOptions);
      await api.register(lifecycleRoutes, routeOptions);
      await api.register(reconsiderationRoutes, routeOptions);
      await api.register(documentRoutes, routeOptions);
      await api.register(auditRoutes, routeOptions);
      await api.register(supportRoutes, routeOptions);
      await api.register(caseRoutes, routeOptions);
      await api.register(personCaseRoutes, routeOptions);
      await api.register(partnerRoutes, routeOptions);
      await api.register(exchangeFileRoutes, routeOptions);
      await api.register(exceptionRoutes, routeOptions);
      await api.register(reconciliationRoutes, routeOptions);
      await api.register(performanceRoutes, routeOptions);
      await api.register(performanceProcessRoutes, routeOptions);
      await api.register(cxReportRoutes, routeOptions);
      await api.register(cxDashboardRoutes, routeOptions);
      await api.register(cxMaturityRoutes, routeOptions);
      await api.register(cxSurveyRoutes, routeOptions);
    },
    { prefix: API_PREFIX },
  );
  registeredRoutes.set(app, routes);
  return app;
}
