// While the database cannot be reached, requests that need it are answered 503 DATABASE_UNAVAILABLE
// (src/server/problem.ts); this tells clients when to try again.
import type { FastifyInstance } from 'fastify';
import { DATABASE_RETRY_AFTER_SECONDS } from '../storage/database-unavailable.ts';

export function answerDatabaseOutagesWithRetryAfter(app: FastifyInstance): void {
  // A callback hook: it runs on every response, and an async one costs each a promise.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (reply.statusCode === 503 && !reply.hasHeader('retry-after'))
      void reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    done(null, payload);
  });
}
