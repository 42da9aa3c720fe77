// The floor the API bench measures the eligibility route against: a bare Fastify route answering one
// prepared primary-key read of `person`, on the same database, as the same role, with the same pool of
// connections per process (and as many processes) as `pshb serve`. No sign-in, rules, audit or logging:
// what is left is the HTTP and database round trip every request pays.
//   node --import tsx bench/api-floor-server.ts <port> [workers]   (DATABASE_URL: the owner's URL)
import cluster from 'node:cluster';
import Fastify from 'fastify';
import { appDatabaseUrl } from '../src/storage/database-roles.ts';
import { openStore } from '../src/storage/store.ts';

export const FLOOR_ROUTE = '/floor/persons/:id';

const port = Number(process.argv[2]);
const workers = Number(process.argv[3] ?? '1');
const databaseUrl = process.env.DATABASE_URL;
if (!Number.isInteger(port) || !databaseUrl)
  throw new Error('usage: api-floor-server.ts <port> [workers], DATABASE_URL set');

if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  });
} else {
  const store = await openStore({ databaseUrl: appDatabaseUrl(databaseUrl) });
  const app = Fastify({ logger: false });
  app.get<{ Params: { id: string } }>(FLOOR_ROUTE, async (request) => {
    const [row] = await store.prepared(
      'floor_person',
      'select id, household_id, first_name, last_name, birth_date from person where id = $1',
      [Number(request.params.id)],
    );
    return row ?? null;
  });
  await app.listen({ port, host: '127.0.0.1' });
  process.on('SIGTERM', () => {
    void app
      .close()
      .then(() => store.close())
      .finally(() => process.exit(0));
  });
}
