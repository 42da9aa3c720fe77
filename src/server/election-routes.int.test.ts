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
  const enrolleeOf = (personId: number): Principal => ({
    subject: `enrollee-${personId}`,
    role: 'enrollee',
    personId,
  });
  const onProgramDate = (day: string) => {
    process.env[PROGRAM_DATE_VARIABLE] = day;
  };
  const afterTheClose = addDays(openSeason.end, 30);
  const electionsOf = (personId: number) =>
    store.db.selectFrom('open_season_election').selectAll().where('person_id', '=', personId).execute();

  it('issue 10 item 1: 890.1605(b) an enrollee cannot backdate an election; it is made on the day the program receives it', async () => {
    const personId = enrollees[1]!;
    const enrollee = enrolleeOf(personId);
    onProgramDate(afterTheClose);
    const etag = await etagOf(personId, enrollee);
    const backdated = await elect({ personId, kind: 'decline', madeOn: '2024-12-01' }, etag, enrollee);
    expect(backdated.json()).toMatchObject({
      status: 400,
      code: 'INVALID_INPUT',
      errors: [expect.objectContaining({ path: 'body.madeOn' })],
    });
    const late = await elect({ personId, kind: 'decline' }, etag, enrollee);
    expect(late.json()).toMatchObject({ status: 422, code: 'ELECTION_OUTSIDE_OPEN_SEASON' });
    expect(late.json<{ detail: string }>().detail).toContain(`received on ${afterTheClose}`);
    expect(await electionsOf(personId)).toEqual([]);

    const inSeason = addDays(openSeason.start, 5);
    onProgramDate(inSeason);
    const made = await elect({ personId, kind: 'enroll', enrollmentCode: pshbCode }, etag, enrollee);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ madeOn: inSeason });
    expect((await electionsOf(personId)).map((row) => row.made_on)).toEqual([inSeason]);
  });

  it('issue 10 item 1: only a program administrator records a paper SF 2809 received earlier, with a reason, audited', async () => {
    const personId = enrollees[2]!;
    onProgramDate(afterTheClose);
    const etag = await etagOf(personId);
    const receivedOn = addDays(openSeason.end, -3);
    const paperReceipt = {
      form: 'SF 2809',
      receivedOn,
      reason: 'mailed to the program office; keyed in late',
    };
    const election = { personId, kind: 'decline', paperReceipt };
    const before = await electionsOf(personId);

    const byEnrollee = await elect(election, etag, enrolleeOf(personId));
    expect(byEnrollee.json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const future = await elect(
      { ...election, paperReceipt: { ...paperReceipt, receivedOn: addDays(afterTheClose, 1) } },
      etag,
    );
    expect(future.json()).toMatchObject({ status: 400, errors: [{ path: 'body.paperReceipt.receivedOn' }] });
    const noReason = await elect({ ...election, paperReceipt: { ...paperReceipt, reason: ' ' } }, etag);
    expect(noReason.json()).toMatchObject({ status: 400, errors: [{ path: 'body.paperReceipt.reason' }] });
    const receivedLate = await elect(
      { ...election, paperReceipt: { ...paperReceipt, receivedOn: addDays(openSeason.end, 10) } },
      etag,
    );
    expect(receivedLate.json()).toMatchObject({
      status: 422,
      code: 'ELECTION_OUTSIDE_OPEN_SEASON',
      errors: [{ path: 'body.paperReceipt.receivedOn' }],
    });
    expect(await electionsOf(personId)).toEqual(before);

    const recorded = await elect(election, etag);
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({ madeOn: receivedOn, kind: 'decline' });
    expect(await electionsOf(personId)).toHaveLength(before.length + 1);
    const audit = await store.db
      .selectFrom('audit_log' as never)
      .select(['subject', 'role', 'purpose', 'outcome'] as never[])
      .where('person_id' as never, '=', personId as never)
      .where('action' as never, '=', 'enrollment.administer' as never)
      .execute();
    expect(audit).toContainEqual({
      subject: `enrollee-${personId}`,
      role: 'enrollee',
      outcome: 'refused',
      purpose: expect.any(String),
    });
    expect(audit).toContainEqual({
      subject: 'admin-1',
      role: 'program_administrator',
      outcome: 'allowed',
      purpose: `paper SF 2809 received on ${receivedOn}, recorded on ${afterTheClose}: ${paperReceipt.reason}`,
    });
  });

  it('issue 10 item 2: of 30 concurrent elections on one ETag exactly one is recorded, the rest get 412', async () => {
    onProgramDate(addDays(openSeason.start, 9));
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
