// `pshb serve --workers 2` on PostgreSQL: two processes behind one port hold what a client relies on
// across requests. A retried change that lands on the other process is answered from the record the
// first one wrote; a revoked session is refused by both on their next request; the rate limit counts
// a session's requests on both together; both give a household the same ETag and each takes the
// other's. Which process answered is read from its log line (pino writes each process's pid). Each
// request opens its own connection, which the cluster hands to the processes in turn. PostgreSQL only.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOpenSeason } from '../exchange/season-context.ts';
import { loadProgramCalendar } from '../reference-data.ts';
import { createSession, endSession, SESSION_COOKIE } from '../security/sessions.ts';
import { saveUserAccount } from '../security/user-accounts.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { openStore, type Store } from '../storage/store.ts';
import type { JobListing } from '../storage/jobs/job-runner.ts';
import { freePort } from '../../test-support/free-port.ts';
import { runMain } from '../../test-support/run-pshb.ts';
import {
  householdsWithoutElection,
  pshbEnrollmentCodes,
  seedPopulation,
} from '../../test-support/seed-population.ts';
import { killProcess, scratchDatabase, servePshb, type ServedPshb } from '../../test-support/served-pshb.ts';

const databaseUrl = process.env.TEST_DATABASE_URL;
const SESSION_LIMIT = 12;

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
  /** The process that answered. */
  readonly pid: number;
}

describe.skipIf(!databaseUrl)('pshb serve --workers 2 (PostgreSQL)', () => {
  let folder: string;
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let store: Store;
  let served: ServedPshb;
  let port: number;
  let startedAt: number;
  const subject = 'workers-program-administrator';

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'pshb-workers-'));
    database = await scratchDatabase(databaseUrl!, 'pshb_workers');
    store = await openStore({ databaseUrl: database.url });
    await migrateToLatest(store);
    await seedPopulation(store, { people: 200, seed: 31, autoEnroll: false });
    await saveUserAccount(store, { subject, role: 'program_administrator' });
    port = await freePort();
    startedAt = Date.now();
    const openSeason = chooseOpenSeason(loadProgramCalendar());
    served = await servePshb(
      database.url,
      folder,
      port,
      {
        LOG_LEVEL: 'info',
        PSHB_PROGRAM_DATE: openSeason.start,
        PSHB_RATE_LIMIT_API_PER_SESSION: String(SESSION_LIMIT),
        PSHB_RATE_LIMIT_WINDOW_SECONDS: '300',
        PSHB_PURGE_INTERVAL_SECONDS: '60',
      },
      ['--workers', '2'],
    );
    for (let i = 0; i < 600 && !served.output().stderr.includes('2 processes serve port'); i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
  }, 180_000);

  afterAll(async () => {
    if (served) await killProcess(served.child, 'SIGTERM');
    await store?.close();
    await database?.drop().catch(() => undefined);
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const session = async () => `${SESSION_COOKIE}=${await createSession(store, subject)}`;

  /** One request on a connection of its own; resolves with the answer and the pid that gave it. */
  async function call(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: string,
  ): Promise<Answer> {
    const requestId = `workers-${randomUUID()}`;
    const answer = await new Promise<Omit<Answer, 'pid'>>((resolve, reject) => {
      const sent = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          agent: false,
          headers: {
            ...headers,
            'x-request-id': requestId,
            ...(body ? { 'content-type': 'application/json' } : {}),
          },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
          );
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });
    return { ...answer, pid: await pidThatAnswered(requestId) };
  }

  async function pidThatAnswered(requestId: string): Promise<number> {
    for (let i = 0; i < 100; i++) {
      for (const line of served.output().stdout.split('\n')) {
        if (!line.includes(requestId)) continue;
        const entry = JSON.parse(line) as { reqId?: string; pid?: number; msg?: string };
        if (entry.reqId === requestId && entry.msg === 'request completed' && entry.pid) return entry.pid;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no log line for request ${requestId}`);
  }

  /** Sends the request until `enough` says the answers so far suffice (both processes, usually). */
  async function until(
    send: () => Promise<Answer>,
    enough: (answers: Answer[]) => boolean,
  ): Promise<Answer[]> {
    const answers: Answer[] = [];
    while (!enough(answers)) {
      if (answers.length >= 10) throw new Error(`still not enough after ${answers.length} requests`);
      answers.push(await send());
    }
    return answers;
  }
  const pids = (answers: readonly Answer[]) => new Set(answers.map((answer) => answer.pid));

  it('replays a retried change on the other process', async () => {
    const cookie = await session();
    const [personId] = await householdsWithoutElection(store, 1);
    const key = randomUUID();
    const body = JSON.stringify({ personId, kind: 'enroll', enrollmentCode: pshbEnrollmentCodes()[0] });
    const headers = { cookie, 'idempotency-key': key, 'if-match': '*' };
    const first = await call('POST', '/api/v1/elections', headers, body);
    expect(first.status, first.body).toBe(201);
    const retries = await until(
      () => call('POST', '/api/v1/elections', headers, body),
      (answers) => answers.some((answer) => answer.pid !== first.pid),
    );
    const elsewhere = retries.find((answer) => answer.pid !== first.pid)!;
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.headers['idempotent-replayed']).toBe('true');
    expect(JSON.parse(elsewhere.body)).toEqual(JSON.parse(first.body));
  });

  it('gives a household the same ETag on every process, and each takes the ETag the other gave', async () => {
    const cookie = await session();
    const [personId] = await householdsWithoutElection(store, 1);
    const codes = pshbEnrollmentCodes();
    const elect = (code: string, ifMatch: string) =>
      call(
        'POST',
        '/api/v1/elections',
        { cookie, 'idempotency-key': randomUUID(), 'if-match': ifMatch },
        JSON.stringify({ personId, kind: 'enroll', enrollmentCode: code }),
      );
    const elected = await elect(codes[0]!, '*');
    expect(elected.status, elected.body).toBe(201);
    const reads = await until(
      () => call('GET', `/api/v1/persons/${personId}/enrollments`, { cookie }),
      (answers) => pids(answers).size === 2,
    );
    for (const read of reads) {
      expect(read.status).toBe(200);
      expect(read.headers.etag).toBe(elected.headers.etag);
    }
    // Both gave the same ETag, so whichever takes the change takes the ETag the other one gave.
    const change = await elect(codes[1]!, String(reads[0]!.headers.etag));
    expect(change.status, change.body).toBe(201);
    expect(reads.some((read) => read.pid !== change.pid)).toBe(true);
    expect(change.headers.etag).not.toBe(elected.headers.etag);
    const stale = await elect(codes[2]!, String(elected.headers.etag));
    expect(stale.status).toBe(412);
  });

  it('refuses a revoked session on every process at its next request', async () => {
    const token = await createSession(store, subject);
    const cookie = `${SESSION_COOKIE}=${token}`;
    const before = await until(
      () => call('GET', '/api/v1/me', { cookie }),
      (answers) => pids(answers).size === 2,
    );
    expect(before.map((answer) => answer.status)).toEqual(before.map(() => 200));
    await endSession(store, token);
    const after = await until(
      () => call('GET', '/api/v1/me', { cookie }),
      (answers) => pids(answers).size === 2,
    );
    expect(after.map((answer) => answer.status)).toEqual(after.map(() => 401));
  });

  it("counts a session's requests on both processes against one limit", async () => {
    const cookie = await session();
    const allowed: Answer[] = [];
    for (let i = 0; i < SESSION_LIMIT; i++) allowed.push(await call('GET', '/api/v1/me', { cookie }));
    expect(allowed.map((answer) => answer.status)).toEqual(allowed.map(() => 200));
    expect(pids(allowed).size).toBe(2);
    const over = [await call('GET', '/api/v1/me', { cookie }), await call('GET', '/api/v1/me', { cookie })];
    expect(over.map((answer) => answer.status)).toEqual([429, 429]);
    expect(pids(over).size).toBe(2);
  });

  it('runs the purge as a pg-boss job once a minute between both processes, listed by pshb jobs list', async () => {
    const purges = async () => {
      const listed = await runMain('--database-url', database.url, 'jobs', 'list', '--json');
      expect(listed.code, listed.stderr).toBe(0);
      const listing = JSON.parse(listed.stdout) as JobListing;
      expect(listing.runner).toBe('pg-boss');
      expect(listing.schedules).toContainEqual(
        expect.objectContaining({ name: 'purge-expired', recurrence: '*/1 * * * *' }),
      );
      return listing.recent.filter((run) => run.name === 'purge-expired');
    };
    await expect
      .poll(async () => (await purges()).filter((run) => run.state === 'completed').length, {
        timeout: 180_000,
        interval: 5_000,
      })
      .toBeGreaterThanOrEqual(2);
    // Each process keeps pg-boss's clock: without one job per scheduled minute there would be two.
    const minutes = Math.ceil((Date.now() - startedAt) / 60_000);
    expect((await purges()).length).toBeLessThanOrEqual(minutes + 1);
  }, 240_000);
});
