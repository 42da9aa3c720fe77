// The OpenAPI document validates (OpenAPI 3.1, checked by @apidevtools/swagger-parser) and lists every
// /api/v1 route the server registers, with the problem responses.
import SwaggerParser from '@apidevtools/swagger-parser';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX, routesOf } from './build-server.ts';
import { buildTestServer } from './test-authenticator.test.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestServer();
  await app.ready();
});
afterAll(async () => {
  await app.close();
});

/** /api/v1/persons/:id -> /api/v1/persons/{id} */
function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/**
 * The only API routes that need no session: a survey invitation's token is its own key; the public plan
 * list reads the catalogue only.
 */
const PUBLIC_API_ROUTES = [
  'GET /api/v1/cx/invitations/:token',
  'POST /api/v1/cx/invitations/:token/response',
  'GET /api/v1/public/plans',
];

describe('OpenAPI document', () => {
  it('is served at /openapi.json and validates', async () => {
    const response = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<Record<string, unknown>>();
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('documents every /api/v1 route the server registers', async () => {
    const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown }>>;
    }>();
    const apiRoutes = routesOf(app).filter((route) => route.url.startsWith(API_PREFIX));
    expect(apiRoutes.map((route) => `${route.method} ${route.url}`)).toContain('POST /api/v1/elections');
    for (const route of apiRoutes) {
      const operation = document.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url}`).toBeDefined();
      if (PUBLIC_API_ROUTES.includes(`${route.method} ${route.url}`)) {
        expect(operation?.security, `${route.method} ${route.url}`).toEqual([]);
        continue;
      }
      expect(Object.keys(operation?.responses ?? {})).toContain('401');
    }
  });

  it('documents the ETag of enrollments and the request id of every response', async () => {
    const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, Record<string, { responses: Record<string, { headers?: object }> }>>;
    }>();
    const history = document.paths['/api/v1/persons/{id}/enrollments']?.get?.responses['200']?.headers;
    expect(Object.keys(history ?? {}).sort()).toEqual(['etag', 'x-request-id']);
    const refused = document.paths['/api/v1/plans']?.get?.responses['401']?.headers;
    expect(Object.keys(refused ?? {})).toEqual(['x-request-id']);
  });

  it('serves browsable docs at /docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
  });
});
