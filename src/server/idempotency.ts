// Idempotency keys: every state-changing /api/v1 request carries an Idempotency-Key. The change and
// the record of its response commit in one transaction, so a retry (after a timeout, a crash, a lost
// response) is answered with the stored response and never applied twice. Keys are scoped to the
// principal; the same key with a different request is refused (422). A request that fails stores
// nothing, so it may be retried with the same key.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { PshbError } from '../errors.ts';
import type { RawTransaction, Store } from '../storage/store.ts';
import { principalOf } from './principal.ts';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';
export const STATE_CHANGING_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const KEY_FORMAT = /^[\x21-\x7e]{8,255}$/;

/** The request's Idempotency-Key; throws IDEMPOTENCY_KEY_REQUIRED when it is missing or unusable. */
export function idempotencyKeyOf(request: FastifyRequest): string {
  const key = request.headers[IDEMPOTENCY_KEY_HEADER];
  if (typeof key !== 'string' || key === '') {
    throw new PshbError(
      'IDEMPOTENCY_KEY_REQUIRED',
      `${request.method} needs an Idempotency-Key header: a new unique value (for example a UUID) for each change`,
    );
  }
  if (!KEY_FORMAT.test(key)) {
    throw new PshbError(
      'IDEMPOTENCY_KEY_REQUIRED',
      'Idempotency-Key: use 8 to 255 visible ASCII characters',
      [{ field: 'headers.idempotency-key', message: '8 to 255 visible ASCII characters' }],
    );
  }
  return key;
}

export interface StoredResponse {
  readonly status: number;
  readonly body: unknown;
}

/** SHA-256 of the method, path and body with object keys sorted, so key order does not matter. */
export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${canonicalJson(body)}`)
    .digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

interface RecordRow {
  method: string;
  path: string;
  request_hash: string;
  response_status: number;
  response_body: unknown;
}

/**
 * Runs `change` at most once per (principal, Idempotency-Key). Inside one transaction it claims the
 * key, makes the change and stores the response; when the key was already used for the same request it
 * returns the stored response instead (replayed: true). On PostgreSQL a concurrent request with the
 * same key waits on the claim until the first commits, then replays it.
 */
export async function runOnce(
  store: Store,
  request: FastifyRequest,
  change: (tx: RawTransaction) => Promise<StoredResponse>,
): Promise<StoredResponse & { readonly replayed: boolean }> {
  const key = idempotencyKeyOf(request);
  const subject = principalOf(request).subject;
  const method = request.method;
  const path = request.url.split('?')[0] ?? request.url;
  const hash = requestHash(method, path, request.body);
  return store.transaction(async (tx) => {
    // Named statements: every change runs these three, so PostgreSQL plans them once per connection.
    const claimed = await tx.prepared(
      'idempotency-claim',
      `insert into idempotency_record
         (principal_subject, idempotency_key, method, path, request_hash, response_status, response_body)
       values ($1, $2, $3, $4, $5, 0, 'null'::jsonb)
       on conflict (principal_subject, idempotency_key) do nothing
       returning 1 as claimed`,
      [subject, key, method, path, hash],
    );
    if (claimed.length === 0) {
      const [stored] = await tx.prepared<RecordRow>(
        'idempotency-stored',
        `select method, path, request_hash, response_status, response_body from idempotency_record
         where principal_subject = $1 and idempotency_key = $2`,
        [subject, key],
      );
      if (!stored || stored.method !== method || stored.path !== path || stored.request_hash !== hash) {
        throw new PshbError(
          'IDEMPOTENCY_KEY_REUSED',
          `Idempotency-Key ${key} was already used for a different request${stored ? ` (${stored.method} ${stored.path})` : ''}; send a new key for a new change`,
        );
      }
      const body =
        typeof stored.response_body === 'string' ? JSON.parse(stored.response_body) : stored.response_body;
      return { status: stored.response_status, body: body as unknown, replayed: true };
    }
    const response = await change(tx);
    await tx.prepared(
      'idempotency-respond',
      `update idempotency_record set response_status = $3, response_body = $4::jsonb
       where principal_subject = $1 and idempotency_key = $2`,
      [subject, key, response.status, JSON.stringify(response.body)],
    );
    return { ...response, replayed: false };
  });
}
