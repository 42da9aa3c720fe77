// Response headers in the OpenAPI document, which route schemas cannot carry through the zod
// transform: x-request-id on every response, ETag where a route returns one, and the replay marker of
// idempotent requests.
import { IDEMPOTENCY_KEY_HEADER, REPLAYED_HEADER } from './idempotency.ts';
import { REQUEST_ID_HEADER } from './request-id.ts';

interface HeaderObject {
  readonly description: string;
  readonly schema: { readonly type: 'string' };
}

const requestId: HeaderObject = {
  description: 'The request id: the one sent in x-request-id, or one the server made',
  schema: { type: 'string' },
};
const etag: HeaderObject = {
  description: "The household enrollment's ETag: send it as If-Match to change the enrollment",
  schema: { type: 'string' },
};
const replayed: HeaderObject = {
  description: `"true" when this is the stored response to an earlier request with the same ${IDEMPOTENCY_KEY_HEADER}`,
  schema: { type: 'string' },
};

/** Extra headers by "METHOD path" and status. */
const EXTRA: Record<string, Record<string, Record<string, HeaderObject>>> = {
  'get /api/v1/persons/{id}/enrollments': { '200': { etag } },
  'post /api/v1/elections': { '201': { etag, [REPLAYED_HEADER]: replayed } },
};

type Operation = { responses?: Record<string, { headers?: Record<string, unknown> }> };

/** Adds the response headers to a generated OpenAPI document (in place) and returns it. */
export function withResponseHeaders<Document extends { paths?: Record<string, unknown> }>(
  document: Document,
): Document {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const extra = EXTRA[`${method} ${path}`]?.[status] ?? {};
        response.headers = { ...response.headers, [REQUEST_ID_HEADER]: requestId, ...extra };
      }
    }
  }
  return document;
}
