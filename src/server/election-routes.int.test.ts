// POST /api/v1/elections on a real store: the day an election is made is the day the program receives
// it (the program clock), never a date the caller states; only a program administrator records a paper
// election received earlier, with a reason, in the audit log; and of concurrent elections made on one
// ETag exactly one wins (5 CFR 890.1605(b)).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import { PROGRAM_DATE_VARIABLE } from '../domain/program-clock.ts';
import { addDays } from '../domain/dates.ts';
import { chooseOpenSeason } from '../exchange/season-context.ts';
import { loadProgramCalendar, loadShippedCatalogue } from '../reference-data.ts';
import type { Store } from '../storage/store.ts';
import type { Principal } from './principal.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

const openSeason = chooseOpenSeason(loadProgramCalendar());
const pshbCode = loadShippedCatalogue().options.find((o) => o.program === 'PSHB' && o.premiums.self_only)
  ?.premiums.self_only?.enrollmentCode as string;

describe.each(testBackends())('elections on $name', (backend) => {
  const saved = process.env[PROGRAM_DATE_VARIABLE];
  let store: Store;
  let app: FastifyInstance;
  let enrollees: number[];
  let key = 0;

  beforeAll(async () => {
    process.env[PROGRAM_DATE_VARIABLE] = addDays(openSeason.start, 9);
    store = await backend.open();
    await seedPopulation(store, { people: 200, seed: 31 });
    const rows = await store.db
      .selectFrom('person')
      .select('id')
      .where('relationship', '=', 'self')
      .orderBy('id')
      .execute();
    enrollees = rows.map((row) => row.id);
    app = await buildTestServer(store);
  }, 120_000);
  afterAll(async () => {
    if (saved === undefined) delete process.env[PROGRAM_DATE_VARIABLE];
    else process.env[PROGRAM_DATE_VARIABLE] = saved;
    await app?.close();
    await store?.close();
  });

  const etagOf = async (personId: number, principal?: Principal) =>
    (
      await app.inject({
        method: 'GET',
        url: `/api/v1/persons/${personId}/enrollments`,
        headers: signedInAs(principal),
      })
    ).headers.etag as string;
  const elect = (payload: object, etag: string, principal?: Principal) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/elections',
      headers: { ...signedInAs(principal), 'if-match': etag, 'idempotency-key': `election-${++key}` },
      payload,
    });
  const electionsOf = (personId: number) =>
    store.db.selectFrom('open_season_election').selectAll().where('person_id', '=', personId).execute();

  it('issue 10 item 2: of 30 concurrent elections on one ETag exactly one is recorded, the rest get 412', async () => {
    const personId = enrollees[0]!;
    const etag = await etagOf(personId);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        elect(
          i % 2 === 0
            ? { personId, kind: 'decline' }
            : { personId, kind: 'enroll', enrollmentCode: pshbCode },
          etag,
        ),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(29);
    const winner = answers
      .find((answer) => answer.statusCode === 201)!
      .json<{ kind: string; etag: string }>();
    const stored = await electionsOf(personId);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.kind).toBe(winner.kind);
    expect(await etagOf(personId)).toBe(winner.etag);
  });
});
