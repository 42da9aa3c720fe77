// An acknowledged election survives the server being killed: the real `pshb serve` takes elections
// from many enrollees at once on PostgreSQL, is killed with SIGKILL in the middle, and is started
// again. The client then retries every election it got no answer for, with the same Idempotency-Key,
// and some it did get an answer for. Each election is then on record exactly once, as acknowledged,
// and no retry applied anything twice. PostgreSQL only (PGlite serves one process, not a restart
// beside the test).
import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveCatalogue } from '../exchange/catalogue/index.ts';
import { writeRoster } from '../exchange/population/index.ts';
import { importRoster } from '../exchange/roster/index.ts';
import { chooseOpenSeason } from '../exchange/season-context.ts';
import { loadProgramCalendar, loadShippedCatalogue } from '../reference-data.ts';
import { createSession, SESSION_COOKIE } from '../security/sessions.ts';
import { saveUserAccount } from '../security/user-accounts.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { openStore, type Store } from '../storage/store.ts';
import { freePort } from '../../test-support/free-port.ts';
import { householdsWithoutElection, pshbEnrollmentCodes } from '../../test-support/seed-population.ts';
import { adminQuery, killProcess as kill, servePshb } from '../../test-support/served-pshb.ts';

const databaseUrl = process.env.TEST_DATABASE_URL;
const calendar = loadProgramCalendar();
const openSeason = chooseOpenSeason(calendar);
const catalogue = loadShippedCatalogue();
const pshbCodes = pshbEnrollmentCodes();

/** Elections sent, how many at once, and after how many answers the server is killed. */
const ELECTIONS = 240;
const IN_FLIGHT = 48;
const KILL_AFTER_ANSWERS = 80;

interface Election {
  readonly key: string;
  readonly personId: number;
  readonly body: string;
  readonly enrollmentCode: string;
  /** The 201 body the client received, when it received one. */
  answer?: StoredElection;
}

interface StoredElection {
  personId: number;
  kind: string;
  enrollmentCode: string | null;
  madeOn: string;
  recordedAt: string;
}

describe.skipIf(!databaseUrl)('elections survive the server being killed (PostgreSQL)', () => {
  let folder: string;
  const databaseName = `pshb_durability_${randomBytes(5).toString('hex')}`;
  let adminUrl: string;
  let url: string;
  let store: Store;
  let cookie: string;
  let port: number;
  let server: ChildProcess | null = null;
  const subject = 'durability-enrollment-specialist';

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'pshb-durability-'));
    adminUrl = databaseUrl!;
    await adminQuery(adminUrl, `create database ${databaseName}`);
    const parsed = new URL(adminUrl);
    parsed.pathname = `/${databaseName}`;
    url = parsed.toString();
    store = await openStore({ databaseUrl: url });
    await migrateToLatest(store);
    const roster = join(folder, 'roster.csv');
    await writeRoster(roster, { people: 800, seed: 29, catalogue, calendar });
    await saveCatalogue(store, catalogue);
    await importRoster(store, roster, {
      catalogue,
      openSeasonId: openSeason.id,
      heldOn: calendar.fehbPostalCoverageEnds,
    });
    await saveUserAccount(store, { subject, role: 'program_administrator' });
    cookie = `${SESSION_COOKIE}=${await createSession(store, subject)}`;
    port = await freePort();
  }, 120_000);

  afterAll(async () => {
    if (server) await kill(server, 'SIGTERM');
    await store?.close();
    await adminQuery(adminUrl, `drop database if exists ${databaseName} with (force)`).catch(() => undefined);
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  // Elections are made on the program date: one inside the open season.
  const inTheOpenSeason = { PSHB_PROGRAM_DATE: openSeason.start };
  const origin = () => `http://127.0.0.1:${port}`;
  const post = (election: Election) =>
    fetch(`${origin()}/api/v1/elections`, {
      method: 'POST',
      headers: {
        cookie,
        'content-type': 'application/json',
        'idempotency-key': election.key,
        'if-match': '*',
      },
      body: election.body,
      signal: AbortSignal.timeout(20_000),
    });

  it('loses no acknowledged election and applies none twice', async () => {
    // Households with no election on record yet, so every row found afterwards is one of these.
    const enrollees = await householdsWithoutElection(store, ELECTIONS);
    expect(enrollees.length).toBe(ELECTIONS);
    const elections: Election[] = enrollees.map((id, i) => {
      const enrollmentCode = pshbCodes[i % pshbCodes.length]!;
      return {
        key: randomUUID(),
        personId: id,
        enrollmentCode,
        body: JSON.stringify({ personId: id, kind: 'enroll', enrollmentCode }),
      };
    });

    server = (await servePshb(url, folder, port, inTheOpenSeason)).child;
    // Enrollees elect at once; the server is killed when a third of them have been answered, with
    // requests in flight, and every request after that fails.
    let answers = 0;
    let killed: Promise<void> | null = null;
    let next = 0;
    const send = async (): Promise<void> => {
      while (next < elections.length && !killed) {
        const election = elections[next++]!;
        try {
          const response = await post(election);
          const text = await response.text();
          if (response.status !== 201) throw new Error(`election answered ${response.status}: ${text}`);
          election.answer = JSON.parse(text) as StoredElection;
          if (++answers === KILL_AFTER_ANSWERS) killed = kill(server!, 'SIGKILL');
        } catch (error) {
          if (!killed) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, send));
    await killed;
    const acknowledged = elections.filter((e) => e.answer);
    const unanswered = elections.filter((e) => !e.answer);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ANSWERS);
    expect(unanswered.length).toBeGreaterThan(0);

    server = (await servePshb(url, folder, port, inTheOpenSeason)).child;
    // The client retries what it got no answer for, and, as a client unsure of its own records would,
    // a sample of what it did: the same key, the same body.
    const resent = [...unanswered, ...acknowledged.filter((_, i) => i % 4 === 0)];
    const retried = await Promise.all(
      resent.map(async (election) => {
        const response = await post(election);
        return {
          election,
          status: response.status,
          replayed: response.headers.get('idempotent-replayed') === 'true',
          body: (await response.json()) as StoredElection,
        };
      }),
    );
    for (const retry of retried) {
      expect(retry.status, JSON.stringify(retry.body)).toBe(201);
      if (retry.election.answer) {
        expect(retry.replayed).toBe(true);
        expect(retry.body).toEqual(retry.election.answer);
      } else {
        retry.election.answer = retry.body;
      }
    }

    const rows = await store.db
      .selectFrom('open_season_election')
      .select(['person_id', 'kind', 'enrollment_code', 'made_on', 'recorded_at', 'open_season_id'])
      .where(
        'person_id',
        'in',
        elections.map((e) => e.personId),
      )
      .execute();
    const keys = (
      await sql<{ idempotency_key: string; response_status: number }>`
        select idempotency_key, response_status from idempotency_record
        where principal_subject = ${subject}`.execute(store.db)
    ).rows;
    const rowsByPerson = groupBy(rows, (row) => Number(row.person_id));
    const keysByKey = groupBy(keys, (row) => row.idempotency_key);

    expect(rows).toHaveLength(ELECTIONS);
    expect(keys).toHaveLength(ELECTIONS);
    for (const election of elections) {
      const answer = election.answer!;
      const stored = rowsByPerson.get(election.personId) ?? [];
      expect(stored, `election of person ${election.personId}`).toHaveLength(1);
      const [row] = stored;
      expect(row).toMatchObject({
        kind: 'enroll',
        enrollment_code: election.enrollmentCode,
        made_on: openSeason.start,
        open_season_id: openSeason.id,
      });
      // Applied once: a second application would have moved the time it was recorded.
      expect(new Date(row!.recorded_at).toISOString()).toBe(answer.recordedAt);
      expect(keysByKey.get(election.key), `idempotency record of ${election.key}`).toEqual([
        { idempotency_key: election.key, response_status: 201 },
      ]);
    }
  }, 180_000);
});

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
