// Headers every response carries so a browser cannot misuse it: no content-type sniffing, no framing
// by another site, and no copy of personal data in a browser's or proxy's cache. The web app's own
// pages set their own policy (web-app.ts); /docs gets Swagger UI's policy for its scripts, tightened.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PshbError } from '../errors.ts';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem.ts';
import { REQUEST_ID_HEADER } from './request-id.ts';

/** For JSON answers, which a browser should never render or run: nothing loads, nothing frames it. */
export const DATA_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The longest request target (path and query) served; longer ones get 414 URI_TOO_LONG. */
export const MAX_URL_LENGTH = 4096;

/**
 * Swagger UI's own policy (hashes of its inline scripts), with framing refused and without
 * upgrade-insecure-requests, which would break the docs on a plain-http loopback address.
 */
export function docsContentSecurityPolicy(header: string): string {
  return header
    .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
    .replace(/\s*upgrade-insecure-requests;?/, '')
    .trim();
}

export function installResponseHeaders(app: FastifyInstance, apiPrefix: string): void {
  // Callback hooks: they run on every request, and an async one costs each a promise.
  app.addHook('onRequest', (request, _reply, done) => {
    if (request.url.length <= MAX_URL_LENGTH) return done();
    done(new PshbError('URI_TOO_LONG', `the request path and query exceed ${MAX_URL_LENGTH} characters`));
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-content-type-options', 'nosniff');
    const path = request.url.split('?')[0] ?? '';
    if (path === apiPrefix || path.startsWith(`${apiPrefix}/`) || path === '/openapi.json') {
      // Personal data is in most API answers: no cache keeps any of them unless a route says so.
      if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
      if (!reply.hasHeader('content-security-policy'))
        void reply.header('content-security-policy', DATA_CONTENT_SECURITY_POLICY);
    }
    done(null, payload);
  });
}

/**
 * Fastify's router answers a malformed path or an over-long path parameter itself, before any hook:
 * this gives those answers the same problem+json shape and headers as every other error.
 */
export function frameworkErrorAnswer(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  const code = (error as { code?: string }).code;
  const cause =
    code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new PshbError('URI_TOO_LONG', 'a path segment is longer than the server accepts')
      : code === 'FST_ERR_BAD_URL'
        ? new PshbError('INVALID_INPUT', 'the request path is not a valid URL path')
        : error;
  const problem = toProblem(cause, request.id);
  void reply
    .code(problem.status)
    .header(REQUEST_ID_HEADER, request.id)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .header('content-security-policy', DATA_CONTENT_SECURITY_POLICY)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(problem));
}
