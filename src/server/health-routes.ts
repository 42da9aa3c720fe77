// GET /healthz (the process is up) and GET /readyz (the database's state: ready only when it answers).
// A database outage never fails liveness: the process keeps answering 503 and reconnects by itself,
// so restarting it would not help.
import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { probeDatabase } from '../storage/operations/database-probe.ts';
import type { Store } from '../storage/store.ts';

const databaseState = z
  .enum(['reachable', 'unreachable'])
  .describe('Whether the database answered a query just now');
const liveness = z.object({ status: z.literal('ok') });
const readiness = z.object({ status: z.enum(['ok', 'unavailable']), database: databaseState });

type DatabaseState = z.infer<typeof databaseState>;

async function databaseStateOf(store: Store, log: FastifyBaseLogger): Promise<DatabaseState> {
  try {
    await probeDatabase(store);
    return 'reachable';
  } catch (error) {
    log.warn({ err: error }, 'the database did not answer the health check');
    return 'unreachable';
  }
}

export const healthRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Liveness: the process answers (even while the database is unreachable)',
        tags: ['health'],
        response: { 200: liveness },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      schema: {
        summary: "Readiness: the database's state; 503 while it is unreachable",
        tags: ['health'],
        response: { 200: readiness, 503: readiness },
      },
    },
    async (request, reply) => {
      const database = await databaseStateOf(store, request.log);
      if (database === 'reachable') return { status: 'ok' as const, database };
      return reply.code(503).send({ status: 'unavailable' as const, database });
    },
  );
};
