// While the database cannot be reached, requests that need it are answered 503 DATABASE_UNAVAILABLE
// (src/server/problem.ts); this tells clients when to try again.
import type { FastifyInstance } from 'fastify';
import { DATABASE_RETRY_AFTER_SECONDS } from '../storage/database-unavailable.ts';

export function answerDatabaseOutagesWithRetryAfter(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (reply.statusCode === 503 && !reply.hasHeader('retry-after'))
      void reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    return payload;
  });
}
