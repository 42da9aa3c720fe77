// Idempotency keys: every state-changing /api/v1 request carries an Idempotency-Key. The change and
// the record of its response commit in one transaction, so a retry (after a timeout, a crash, a lost
// response) is answered with the stored response and never applied twice. Keys are scoped to the
// principal; the same key with a different request is refused (422). A request that fails stores
// nothing, so it may be retried with the same key.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { PshbError } from '../errors.ts';
import {
  claimIdempotencyKey,
  readIdempotencyRecord,
  storeIdempotentResponse,
  type IdempotencyKey,
  type RequestFingerprint,
} from '../storage/operations/idempotency-records.ts';
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

/** A change's response, kept as JSON: a replay answers with the body as it was stored. */
export interface StoredResponse<Body = unknown> {
  readonly status: number;
  readonly body: Body;
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

/**
 * Runs `change` at most once per (principal, Idempotency-Key). Inside one transaction it claims the
 * key, makes the change and stores the response; when the key was already used for the same request it
 * returns the stored response instead (replayed: true). On PostgreSQL a concurrent request with the
 * same key waits on the claim until the first commits, then replays it. `Body` is the change's response
 * body; it must be plain JSON data, since a replay returns it parsed from the stored record.
 */
export async function runOnce<Body = unknown>(
  store: Store,
  request: FastifyRequest,
  change: (tx: RawTransaction) => Promise<StoredResponse<Body>>,
): Promise<StoredResponse<Body> & { readonly replayed: boolean }> {
  const key = idempotencyKeyOf(request);
  const owner = { principalSubject: principalOf(request).subject, key };
  const path = request.url.split('?')[0] ?? request.url;
  const fingerprint = {
    method: request.method,
    path,
    requestHash: requestHash(request.method, path, request.body),
  };
  return store.transaction(async (tx) => {
    if (!(await claimIdempotencyKey(tx, owner, fingerprint))) {
      return { ...(await replay<Body>(tx, owner, fingerprint)), replayed: true };
    }
    const response = await change(tx);
    await storeIdempotentResponse(tx, owner, response.status, response.body);
    return { ...response, replayed: false };
  });
}

/** The stored response of an earlier request with this key; IDEMPOTENCY_KEY_REUSED when it differs. */
async function replay<Body>(
  tx: RawTransaction,
  owner: IdempotencyKey,
  request: RequestFingerprint,
): Promise<StoredResponse<Body>> {
  const stored = await readIdempotencyRecord(tx, owner);
  if (
    !stored ||
    stored.method !== request.method ||
    stored.path !== request.path ||
    stored.request_hash !== request.requestHash
  ) {
    throw new PshbError(
      'IDEMPOTENCY_KEY_REUSED',
      `Idempotency-Key ${owner.key} was already used for a different request${stored ? ` (${stored.method} ${stored.path})` : ''}; send a new key for a new change`,
    );
  }
  const body =
    typeof stored.response_body === 'string' ? JSON.parse(stored.response_body) : stored.response_body;
  return { status: stored.response_status, body: body as Body };
}
