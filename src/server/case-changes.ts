// Every change to a case or an incident runs once per Idempotency-Key, in one transaction, and answers
// a retry with the stored response (marked as replayed).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../storage/executor.ts';
import type { Store } from '../storage/store.ts';
import { REPLAYED_HEADER, runOnce } from './idempotency.ts';

/** Runs the change once for the request's key and sends its result with the route's status. */
export async function changeOnce<T>(
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
  status: 200 | 201,
  change: (tx: Executor) => Promise<T>,
): Promise<FastifyReply> {
  const result = await runOnce(store, request, async (tx) => ({ status, body: await change(tx) }));
  if (result.replayed) void reply.header(REPLAYED_HEADER, 'true');
  // The body is the change's result, or the one stored when the key first ran the same request.
  return reply.code(status).send(result.body as T);
}
