// issue 10 item 8: a database failover (or a pooler restart, or an operator's pg_terminate_backend)
// ends every connection the server holds. The real `pshb serve` must survive it idle and under load,
// answer 503 problem+json while the database cannot be reached, reconnect by itself afterwards, and
// keep every change it acknowledged. PostgreSQL only: PGlite runs inside the process and has no
// connections to lose.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOpenSeason } from '../exchange/season-context.ts';
import { loadProgramCalendar } from '../reference-data.ts';
import { createSession, SESSION_COOKIE } from '../security/sessions.ts';
import { saveUserAccount } from '../security/user-accounts.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { openStore, type Store } from '../storage/store.ts';
import { freePort } from '../../test-support/free-port.ts';
import {
  householdsWithoutElection,
  pshbEnrollmentCodes,
  seedPopulation,
} from '../../test-support/seed-population.ts';
import {
  adminQuery,
  killProcess,
  scratchDatabase,
  servePshb,
  type ServedPshb,
} from '../../test-support/served-pshb.ts';

const databaseUrl = process.env.TEST_DATABASE_URL;
const calendar = loadProgramCalendar();
const openSeason = chooseOpenSeason(calendar);
const pshbCodes = pshbEnrollmentCodes();

/** The server's connections carry this application_name (the store's default). */
const SERVER_APPLICATION = 'pshb-exchange';
const ELECTIONS = 160;
const IN_FLIGHT = 16;
/** Elections acknowledged before the outage starts, and 503 answers seen before it ends. */
const ACKNOWLEDGED_BEFORE_OUTAGE = 20;
const REFUSED_DURING_OUTAGE = 15;

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: Record<string, unknown>;
}

describe.skipIf(!databaseUrl)('issue 10 item 8: losing the database connections (PostgreSQL)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-failover-'));
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let store: Store;
  let server: ServedPshb;
  let cookie: string;
  let port: number;

  beforeAll(async () => {
    database = await scratchDatabase(databaseUrl!, 'pshb_failover');
    // The test's own connections are named differently, so only the server's are ended.
    store = await openStore({ databaseUrl: database.url, applicationName: 'pshb-failover-check' });
    await migrateToLatest(store);
    await seedPopulation(store, { people: 600, seed: 31, autoEnroll: false });
    const subject = 'failover-program-administrator';
    await saveUserAccount(store, { subject, role: 'program_administrator' });
    cookie = `${SESSION_COOKIE}=${await createSession(store, subject)}`;
    port = await freePort();
    server = await servePshb(database.url, folder, port, { PSHB_PROGRAM_DATE: openSeason.start });
  }, 240_000);

  afterAll(async () => {
    if (server) await killProcess(server.child, 'SIGTERM');
    await store?.close();
    await setAcceptingConnections(true).catch(() => undefined);
    await database?.drop().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  });

  const endServerConnections = async (): Promise<number> =>
    (
      await adminQuery(
        databaseUrl!,
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name = $2`,
        [database.name, SERVER_APPLICATION],
      )
    ).length;
  // A database that accepts no connections is what a client sees during a failover.
  const setAcceptingConnections = (accepting: boolean) =>
    adminQuery(databaseUrl!, `alter database ${database.name} with allow_connections ${accepting}`);

  const request = async (path: string, init: RequestInit = {}): Promise<Answer> => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      ...init,
      headers: { cookie, ...init.headers },
      signal: AbortSignal.timeout(20_000),
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: (await response.json()) as Record<string, unknown>,
    };
  };
  const elect = (personId: number, enrollmentCode: string, key: string) =>
    request('/api/v1/elections', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key, 'if-match': '*' },
      body: JSON.stringify({ personId, kind: 'enroll', enrollmentCode }),
    });

  const expectUnavailable = (answer: Answer) => {
    expect(answer.status, JSON.stringify(answer.body)).toBe(503);
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  };
  const expectAlive = () => {
    expect(server.child.exitCode).toBeNull();
    expect(server.child.signalCode).toBeNull();
    const { stdout, stderr } = server.output();
    // No unhandled 'error' event, and no connection object (with its settings) printed.
    for (const text of [stdout, stderr]) {
      expect(text).not.toMatch(/Unhandled 'error' event|connectionParameters|_connectionError|Client \{/);
    }
  };
  /** Reads until one succeeds; every answer before that is a 503 problem. */
  const readUntilServed = async (path: string): Promise<Answer> => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const answer = await request(path);
      if (answer.status === 200) return answer;
      expectUnavailable(answer);
    }
    throw new Error(`${path} was never served again`);
  };

  it('survives its idle connections being ended, and reconnects on the next request', async () => {
    const person = await store.db.selectFrom('person').select('id').orderBy('id').executeTakeFirstOrThrow();
    const path = `/api/v1/persons/${person.id}`;
    expect((await request(path)).status).toBe(200);
    expect(await endServerConnections()).toBeGreaterThan(0);
    await waitUntilEnded();
    expect((await readUntilServed(path)).body).toMatchObject({ id: Number(person.id) });
    expectAlive();
  });

  it('answers 503 during an outage under load, recovers, and keeps every acknowledged election', async () => {
    const households = await householdsWithoutElection(store, ELECTIONS);
    expect(households).toHaveLength(ELECTIONS);
    const elections = households.map((personId, i) => ({
      personId,
      enrollmentCode: pshbCodes[i % pshbCodes.length]!,
      key: randomUUID(),
      answers: [] as Answer[],
    }));

    let acknowledged = 0;
    let refused = 0;
    let phase: 'before' | 'outage' | 'after' = 'before';
    let readinessDuringOutage: Answer | undefined;
    // Every sender waits for a change of phase (starting or ending the outage) before its next request.
    let changingPhase: Promise<void> = Promise.resolve();
    const startOutage = async () => {
      await setAcceptingConnections(false);
      expect(await endServerConnections()).toBeGreaterThan(0);
      await waitUntilEnded();
      readinessDuringOutage = await request('/readyz');
    };
    let next = 0;
    const send = async (): Promise<void> => {
      for (;;) {
        await changingPhase;
        const election = elections[next++];
        if (!election) return;
        const answer = await elect(election.personId, election.enrollmentCode, election.key);
        election.answers.push(answer);
        if (answer.status === 201) acknowledged += 1;
        else {
          expectUnavailable(answer);
          if (phase === 'outage') refused += 1;
        }
        if (phase === 'before' && acknowledged >= ACKNOWLEDGED_BEFORE_OUTAGE) {
          phase = 'outage';
          changingPhase = startOutage();
        } else if (phase === 'outage' && refused >= REFUSED_DURING_OUTAGE) {
          phase = 'after';
          changingPhase = setAcceptingConnections(true).then(() => undefined);
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, send));
    await changingPhase;
    expect(phase).toBe('after');
    expect(readinessDuringOutage).toMatchObject({
      status: 503,
      body: { status: 'unavailable', database: 'unreachable' },
    });
    expectAlive();

    // Back: the refused elections go through when sent again with their keys, and readiness is back.
    expect((await readUntilServed('/readyz')).body).toEqual({ status: 'ok', database: 'reachable' });
    for (const election of elections.filter((e) => e.answers.at(-1)!.status !== 201)) {
      const retry = await elect(election.personId, election.enrollmentCode, election.key);
      expect(retry.status, JSON.stringify(retry.body)).toBe(201);
      election.answers.push(retry);
    }
    const rows = await store.db
      .selectFrom('open_season_election')
      .select(['person_id', 'enrollment_code'])
      .where(
        'person_id',
        'in',
        elections.map((e) => e.personId),
      )
      .execute();
    const stored = new Map(rows.map((r) => [Number(r.person_id), r.enrollment_code]));
    expect(rows).toHaveLength(ELECTIONS);
    for (const election of elections) {
      expect(election.answers.some((a) => a.status === 201)).toBe(true);
      expect(stored.get(election.personId), `election of ${election.personId}`).toBe(election.enrollmentCode);
    }
    expectAlive();
  }, 120_000);

  /** Until the database has let go of every server connection it was told to end. */
  async function waitUntilEnded(): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const [row] = await adminQuery<{ left: number }>(
        databaseUrl!,
        `select count(*)::int as left from pg_stat_activity where datname = $1 and application_name = $2`,
        [database.name, SERVER_APPLICATION],
      );
      if (row!.left === 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the server connections were not ended');
  }
});
