// No text PSHB Exchange stores may hold a NUL character (U+0000): PostgreSQL's text type cannot, so a
// NUL that reached a query failed the request with 500. Every request is checked before its schema is:
// the query string, the path parameters, the JSON body (keys and strings at any depth) and the
// headers. The first NUL found is refused with 400 INVALID_INPUT naming the field, and when a signed-in
// user sent it the refusal is written to the audit log like any other.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PshbError } from '../errors.ts';
import type { ResourceKind } from '../security/access-policy.ts';
import { recordAccess } from '../security/audit-log.ts';
import type { Store } from '../storage/store.ts';

const NUL = '\u0000';

/** The path (`body.family.0.name`) of the first string or key under `root` holding a NUL, if any. */
export function nulFieldIn(root: unknown, at: string): string | undefined {
  // Every request's headers pass here and hardly any holds a NUL: the paths are spelled out only then.
  return holdsNul(root) ? firstNulField(root, at) : undefined;
}

function holdsNul(root: unknown): boolean {
  // Iterative: a 64 KB body can nest tens of thousands of levels deep.
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (value.includes(NUL)) return true;
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        if (key.includes(NUL)) return true;
        pending.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

function firstNulField(root: unknown, at: string): string | undefined {
  const pending: [unknown, string][] = [[root, at]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === 'string') {
      if (value.includes(NUL)) return path;
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value).reverse();
      for (const [key, inner] of entries) {
        const innerPath = `${path}.${key.replaceAll(NUL, '\\u0000')}`;
        if (key.includes(NUL)) return innerPath;
        pending.push([inner, innerPath]);
      }
    }
  }
  return undefined;
}

function nulFieldOf(request: FastifyRequest): string | undefined {
  return (
    nulFieldIn(request.query, 'querystring') ??
    nulFieldIn(request.params, 'params') ??
    nulFieldIn(request.body, 'body') ??
    nulFieldIn(request.headers, 'headers')
  );
}

export function refuseNulCharacters(app: FastifyInstance, store: Store): void {
  // A callback hook: every request passes, and only a refusal has anything to wait for.
  app.addHook('preValidation', (request, _reply, done) => {
    const field = nulFieldOf(request);
    if (field === undefined) return done();
    const message = 'contains a NUL character (U+0000), which no field accepts: remove it';
    const refusal = new PshbError('INVALID_INPUT', `${field} ${message}`, [{ field, message }]);
    auditRefusal(store, request, `${field} ${message}`).then(() => done(refusal), done);
  });
}

// The kind of record a route is about, by the first segment after /api/v1, for the audit record.
const KIND_OF_SEGMENT: Readonly<Record<string, ResourceKind>> = {
  me: 'person',
  persons: 'person',
  elections: 'enrollment',
  enrollments: 'enrollment',
  reconsiderations: 'enrollment',
  cases: 'case',
  audit: 'audit_log',
  plans: 'plan',
  partners: 'exchange',
  files: 'exchange',
  exceptions: 'exchange',
  reconciliations: 'exchange',
};

async function auditRefusal(store: Store, request: FastifyRequest, reason: string): Promise<void> {
  const principal = request.principal;
  if (!principal) return;
  const route = request.routeOptions.url ?? request.url.split('?')[0] ?? '';
  const resourceKind = KIND_OF_SEGMENT[route.split('/')[3] ?? ''] ?? 'report';
  const personId = personIdOf(request, resourceKind);
  const purpose = (request.query as { purpose?: unknown } | undefined)?.purpose;
  await recordAccess(store, {
    subject: principal.subject,
    role: principal.role,
    action: `${request.method} ${route}`,
    resourceKind,
    personId,
    resourceId: personId === undefined ? undefined : String(personId),
    purpose: typeof purpose === 'string' ? purpose : 'none stated',
    outcome: 'refused',
    reason,
    requestId: request.id,
  });
}

/** The person a request names, from a /persons/:id path or a personId in the body. */
function personIdOf(request: FastifyRequest, kind: ResourceKind): number | undefined {
  const fromPath = kind === 'person' ? (request.params as { id?: unknown } | undefined)?.id : undefined;
  const fromBody = (request.body as { personId?: unknown } | null | undefined)?.personId;
  const id = typeof fromPath === 'string' && /^\d{1,15}$/.test(fromPath) ? Number(fromPath) : fromBody;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
