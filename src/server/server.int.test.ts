// The API over a real store: reads answer from the enrollment core, an election is durable with its
// idempotency record, a replay returns the stored response, and a stale ETag changes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import { PROGRAM_DATE_VARIABLE } from '../domain/program-clock.ts';
import { chooseOpenSeason } from '../exchange/season-context.ts';
import { loadProgramCalendar, loadShippedCatalogue } from '../reference-data.ts';
import { securityDb } from '../security/security-tables.ts';
import type { Store } from '../storage/store.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

const calendar = loadProgramCalendar();
const openSeason = chooseOpenSeason(calendar);
const catalogue = loadShippedCatalogue();
const pshbCode = catalogue.options.find((o) => o.program === 'PSHB' && o.premiums.self_only)?.premiums
  .self_only?.enrollmentCode as string;

describe.each(testBackends())('HTTP API on $name', (backend) => {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-api-'));
  let store: Store;
  let app: FastifyInstance;
  let enrolleeId: number;
  let memberId: number;

  const savedProgramDate = process.env[PROGRAM_DATE_VARIABLE];
  beforeAll(async () => {
    store = await backend.open();
    await seedPopulation(store, { people: 400, seed: 11 });
    const member = await store.db
      .selectFrom('person')
      .select(['id', 'household_id'])
      .where('relationship', '!=', 'self')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    memberId = member.id;
    enrolleeId = member.household_id;
    app = await buildTestServer(store);
  }, 120_000);
  afterAll(async () => {
    if (savedProgramDate === undefined) delete process.env[PROGRAM_DATE_VARIABLE];
    else process.env[PROGRAM_DATE_VARIABLE] = savedProgramDate;
    await app?.close();
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const get = (url: string) => app.inject({ method: 'GET', url, headers: signedInAs() });
  const elect = (payload: object, headers: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/elections',
      headers: { ...signedInAs(), ...headers },
      payload,
    });

  it('compares plans from the catalogue in force, paginated', async () => {
    const first = await get('/api/v1/plans?enrollmentType=self_only&payFrequency=monthly&limit=5');
    expect(first.statusCode).toBe(200);
    const page = first.json<{
      items: { enrollmentType: string; premium: { total: number } }[];
      nextCursor: string;
    }>();
    expect(page.items).toHaveLength(5);
    expect(page.items.every((p) => p.enrollmentType === 'self_only' && p.premium.total > 0)).toBe(true);
    const second = await get(`/api/v1/plans?enrollmentType=self_only&limit=5&cursor=${page.nextCursor}`);
    expect(second.json<{ items: unknown[] }>().items[0]).not.toEqual(page.items[0]);
    expect((await get('/api/v1/plans?cursor=not-a-cursor')).statusCode).toBe(400);
  });

  it("offers only the plans of the person's area: regional options where the state is in their regions", async () => {
    type Offer = { serviceArea: string; regions: string[] };
    const offers = async (query: string) =>
      (await get(`/api/v1/plans?enrollmentType=self_only&limit=200${query}`)).json<{ items: Offer[] }>()
        .items;
    const all = await offers('');
    const maryland = await offers('&state=MD');
    const abroad = await offers('&state=none');
    expect(all.some((o) => o.serviceArea === 'regional' && !o.regions.includes('MD'))).toBe(true);
    expect(maryland.length).toBeLessThan(all.length);
    expect(maryland.every((o) => o.serviceArea === 'nationwide' || o.regions.includes('MD'))).toBe(true);
    expect(maryland.some((o) => o.serviceArea === 'regional')).toBe(true);
    expect(abroad.every((o) => o.serviceArea === 'nationwide')).toBe(true);
    expect((await get('/api/v1/plans?state=Maryland')).statusCode).toBe(400);
  });

  it('shows a person masked: name, birth year, last four of the SSN and Medicare number', async () => {
    const response = await get(`/api/v1/persons/${memberId}`);
    expect(response.statusCode).toBe(200);
    const body = response.json<Record<string, unknown>>();
    expect(Object.keys(body).sort()).toEqual(
      [
        'birthYear',
        'category',
        'householdId',
        'id',
        'mailingZip',
        'medicareNumberLastFour',
        'name',
        'relationship',
        'ssnLastFour',
      ].sort(),
    );
    expect(body.ssnLastFour).toMatch(/^\d{4}$/);
    expect(
      body.medicareNumberLastFour === null || /^[A-Z]{2}\d{2}$/.test(String(body.medicareNumberLastFour)),
    ).toBe(true);
    expect((await get('/api/v1/persons/999999999')).json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    // The ZIP Code is the household's mailing address's, for every member; ZIP+4 is cut to 5 digits.
    const householdId = body.householdId as number;
    await store.db.deleteFrom('person_address').where('person_id', '=', householdId).execute();
    expect((await get(`/api/v1/persons/${memberId}`)).json()).toMatchObject({ mailingZip: null });
    await store.db
      .insertInto('person_address')
      .values({
        person_id: householdId,
        line1: '1 Main Street',
        city: 'Baltimore',
        state: 'MD',
        postal_code: '21201-1234',
      })
      .execute();
    expect((await get(`/api/v1/persons/${memberId}`)).json()).toMatchObject({ mailingZip: '21201' });
    expect((await get(`/api/v1/persons/${householdId}`)).json()).toMatchObject({ mailingZip: '21201' });
    // A ZIP Code the USPS gives another state than the address's would list that state's plans: none.
    await store.db
      .updateTable('person_address')
      .set({ state: 'VA' })
      .where('person_id', '=', householdId)
      .execute();
    expect((await get(`/api/v1/persons/${memberId}`)).json()).toMatchObject({ mailingZip: null });
  });

  it("explains a person's eligibility and reports the open season", async () => {
    const eligibility = await get(`/api/v1/persons/${enrolleeId}/eligibility`);
    expect(eligibility.statusCode).toBe(200);
    expect(eligibility.json()).toMatchObject({
      personId: String(enrolleeId),
      person: { covered: expect.any(Boolean) },
    });
    const report = await get(`/api/v1/open-seasons/${openSeason.id}/report`);
    expect(report.statusCode).toBe(200);
    const households = report.json<{ totals: { households: number } }>().totals.households;
    expect(households).toBeGreaterThan(0);
    expect((await get('/api/v1/open-seasons/no-such-season/report')).statusCode).toBe(404);
    // From and To narrow the report to what was recorded on those days.
    const days = (query: string) => get(`/api/v1/open-seasons/${openSeason.id}/report?${query}`);
    const wide = await days('from=2000-01-01&to=2999-12-31');
    expect(wide.json<{ totals: { households: number } }>().totals.households).toBe(households);
    const before = (await days('to=2000-01-31')).json<{
      totals: { households: number };
      byCarrier: unknown[];
      partB: unknown[];
    }>();
    expect(before).toMatchObject({ totals: { households: 0 }, byCarrier: [], partB: [] });
    expect((await days('from=2025-02-01&to=2025-01-01')).statusCode).toBe(400);
    expect((await days('from=2025-02-30')).statusCode).toBe(400);
  });

  it('890.1605(b): records an election once per Idempotency-Key, behind If-Match', async () => {
    const history = await get(`/api/v1/persons/${memberId}/enrollments`);
    expect(history.statusCode).toBe(200);
    const etag = history.headers.etag as string;
    expect(etag).toMatch(/^"h\d+\./);
    const election = {
      personId: enrolleeId,
      kind: 'enroll',
      enrollmentCode: pshbCode,
    };
    process.env[PROGRAM_DATE_VARIABLE] = openSeason.start;

    expect((await elect(election, { 'idempotency-key': 'no-if-match-1' })).statusCode).toBe(428);

    const created = await elect(election, { 'idempotency-key': 'election-key-1', 'if-match': etag });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ personId: enrolleeId, kind: 'enroll', enrollmentCode: pshbCode });
    expect(created.headers.etag).not.toBe(etag);

    const replay = await elect(election, { 'idempotency-key': 'election-key-1', 'if-match': etag });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(created.json());

    const reused = await elect(
      { ...election, kind: 'decline', enrollmentCode: undefined },
      { 'idempotency-key': 'election-key-1', 'if-match': etag },
    );
    expect(reused.json()).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });

    const stale = await elect(
      { personId: enrolleeId, kind: 'decline' },
      { 'idempotency-key': 'election-key-2', 'if-match': etag },
    );
    expect(stale.json()).toMatchObject({ status: 412, code: 'PRECONDITION_FAILED' });

    const stored = await store.db
      .selectFrom('open_season_election')
      .selectAll()
      .where('person_id', '=', enrolleeId)
      .execute();
    expect(stored.filter((e) => e.enrollment_code === pshbCode)).toHaveLength(1);
    expect(stored.some((e) => e.kind === 'decline' && e.made_on === openSeason.start)).toBe(false);
    const keys = await store.db
      .selectFrom('idempotency_record' as never)
      .selectAll()
      .execute();
    expect(keys).toHaveLength(1);
  });

  it('two concurrent requests with one Idempotency-Key record one election', async () => {
    const etag = (await get(`/api/v1/persons/${enrolleeId}/enrollments`)).headers.etag as string;
    const madeOn = openSeason.end;
    process.env[PROGRAM_DATE_VARIABLE] = madeOn;
    const election = { personId: enrolleeId, kind: 'decline' };
    const headers = { 'idempotency-key': 'concurrent-key-1', 'if-match': etag };
    const [a, b] = await Promise.all([elect(election, headers), elect(election, headers)]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json()).toEqual(b.json());
    expect([a.headers['idempotent-replayed'], b.headers['idempotent-replayed']].sort()).toEqual([
      'true',
      undefined,
    ]);
    const stored = await store.db
      .selectFrom('open_season_election')
      .select('kind')
      .where('person_id', '=', enrolleeId)
      .where('made_on', '=', madeOn)
      .execute();
    expect(stored).toEqual([{ kind: 'decline' }]);
  });

  it('890.1605(b)(1): refuses an election outside the window or for an unknown option', async () => {
    const etag = (await get(`/api/v1/persons/${enrolleeId}/enrollments`)).headers.etag as string;
    process.env[PROGRAM_DATE_VARIABLE] = '2025-03-01';
    const late = await elect(
      { personId: enrolleeId, kind: 'decline' },
      { 'idempotency-key': 'late-election-1', 'if-match': etag },
    );
    expect(late.json()).toMatchObject({ status: 422, code: 'ELECTION_OUTSIDE_OPEN_SEASON' });
    process.env[PROGRAM_DATE_VARIABLE] = openSeason.start;
    const unknown = await elect(
      { personId: enrolleeId, kind: 'enroll', enrollmentCode: 'ZZ9' },
      { 'idempotency-key': 'unknown-code-1', 'if-match': etag },
    );
    expect(unknown.json()).toMatchObject({ status: 422, code: 'UNKNOWN_ENROLLMENT_CODE' });
    const member = await elect(
      { personId: memberId, kind: 'decline' },
      { 'idempotency-key': 'member-election-1', 'if-match': etag },
    );
    expect(member.json()).toMatchObject({ status: 400, errors: [{ path: 'body.personId' }] });
  });

  it('is ready when the database answers', async () => {
    expect((await app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({
      status: 'ok',
      database: 'reachable',
    });
  });
  it('scopes by role: an enrollee sees their own household, a carrier its own enrollees; refusals are audited', async () => {
    const stranger = await store.db
      .selectFrom('person')
      .select('id')
      .whereRef('id', '=', 'household_id')
      .where('id', '!=', enrolleeId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const enrollee = { subject: 'enrollee-scope-test', role: 'enrollee', personId: enrolleeId } as const;
    const asEnrollee = (id: number) =>
      app.inject({ method: 'GET', url: `/api/v1/persons/${id}`, headers: signedInAs(enrollee) });
    expect((await asEnrollee(enrolleeId)).statusCode).toBe(200);
    expect((await asEnrollee(memberId)).statusCode).toBe(200);
    const strangerRead = await asEnrollee(stranger.id);
    // Answered as if there were no such person (issue 10 item 14), and audited as a refusal.
    expect(strangerRead.statusCode).toBe(404);
    expect(strangerRead.json()).toMatchObject({ code: 'NOT_FOUND' });

    const event = await store.db
      .selectFrom('enrollment_event')
      .innerJoin('plan_option', (join) =>
        join
          .onRef('plan_option.plan_code', '=', 'enrollment_event.plan_code')
          .on('plan_option.program', '=', 'PSHB'),
      )
      .select(['enrollment_event.person_id', 'plan_option.carrier_code'])
      .where('enrollment_event.plan_code', 'is not', null)
      .orderBy('enrollment_event.person_id')
      .executeTakeFirstOrThrow();
    const ownCarrier = {
      subject: 'carrier-own-test',
      role: 'carrier',
      carrierCodes: [event.carrier_code],
    } as const;
    const otherCarrier = {
      subject: 'carrier-other-test',
      role: 'carrier',
      carrierCodes: ['NOT-THEIRS'],
    } as const;
    const asCarrier = (principal: typeof ownCarrier | typeof otherCarrier) =>
      app.inject({
        method: 'GET',
        url: `/api/v1/persons/${event.person_id}`,
        headers: signedInAs(principal),
      });
    expect((await asCarrier(ownCarrier)).statusCode).toBe(200);
    expect((await asCarrier(otherCarrier)).statusCode).toBe(404);

    const refusals = await securityDb(store)
      .selectFrom('audit_log')
      .select(['subject', 'person_id', 'outcome'])
      .where('outcome', '=', 'refused')
      .where('subject', 'in', ['enrollee-scope-test', 'carrier-other-test'])
      .orderBy('id')
      .execute();
    expect(refusals).toEqual([
      { subject: 'enrollee-scope-test', person_id: stranger.id, outcome: 'refused' },
      { subject: 'carrier-other-test', person_id: event.person_id, outcome: 'refused' },
    ]);
  });
});
