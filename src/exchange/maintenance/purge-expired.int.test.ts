// Purging expired sessions and old idempotency records: only what is past its time goes, in batches, a
// second run finds nothing, purgers running at once delete each row once, and the server's background
// purge does the same on its own timer without keeping the process alive.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { createSession, sessionPrincipal } from '../../security/sessions.ts';
import { saveUserAccount } from '../../security/user-accounts.ts';
import { readEnvironment } from '../../config/configuration.ts';
import { startBackgroundPurge } from '../../server/background-purge.ts';
import type { Store } from '../../storage/store.ts';
import { purgeExpired, retentionOf, type PurgeReport } from './purge-expired.ts';

const retentionFromEnv = (env: Record<string, string>) => retentionOf(readEnvironment(env));
const purgeIntervalMsFromEnv = (env: Record<string, string>) =>
  readEnvironment(env).PSHB_PURGE_INTERVAL_SECONDS * 1000;

describe.each(testBackends())('purgeExpired on $name', (backend) => {
  let store: Store;
  let live: string;

  /** Idempotency records created `hoursAgo` hours ago, `count` of them, keys prefixed by `prefix`. */
  const records = (prefix: string, count: number, hoursAgo: number) =>
    store.transaction((tx) =>
      tx.query(
        `insert into idempotency_record
           (principal_subject, idempotency_key, method, path, request_hash, response_status, response_body, created_at)
         select 'purge-test-user', $1 || n, 'POST', '/api/v1/elections', 'h', 201, '{}'::jsonb,
                now() - $2 * interval '1 hour'
         from generate_series(1, $3::int) as n`,
        [prefix, hoursAgo, count],
      ),
    );
  const remaining = async (table: 'auth_session' | 'idempotency_record') =>
    Number(
      (
        await store.transaction((tx) =>
          tx.query<{ n: number | string }>(`select count(*) as n from ${table}`, []),
        )
      )[0]!.n,
    );

  beforeAll(async () => {
    store = await backend.open();
    await saveUserAccount(store, { subject: 'purge-test-user', role: 'program_administrator' });
  });
  beforeEach(async () => {
    await store.transaction(async (tx) => {
      await tx.query('delete from auth_session', []);
      await tx.query('delete from idempotency_record', []);
    });
    live = await createSession(store, 'purge-test-user');
    await createSession(store, 'purge-test-user', { ttlSeconds: -60 });
    await createSession(store, 'purge-test-user', { ttlSeconds: -3600 });
    await records('fresh-', 3, 1);
    await records('old-', 12_001, 25);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('removes expired sessions and idempotency records older than 24 hours, in batches, and nothing else', async () => {
    expect(await purgeExpired(store)).toEqual({
      expiredSessions: 2,
      idempotencyRecords: 12_001,
      idempotencyRecordHours: 24,
    });
    expect(await remaining('auth_session')).toBe(1);
    expect(await sessionPrincipal(store, live)).toMatchObject({ subject: 'purge-test-user' });
    expect(await remaining('idempotency_record')).toBe(3);
    expect(await purgeExpired(store)).toEqual({
      expiredSessions: 0,
      idempotencyRecords: 0,
      idempotencyRecordHours: 24,
    });
  });

  it('keeps records for the retention period given', async () => {
    const report = await purgeExpired(store, { idempotencyRecordHours: 48 });
    expect(report.idempotencyRecords).toBe(0);
    expect((await purgeExpired(store, { idempotencyRecordHours: 1 })).idempotencyRecords).toBe(12_004);
  });

  it('deletes each row once when several purgers run at the same time', async () => {
    const reports = await Promise.all([purgeExpired(store), purgeExpired(store), purgeExpired(store)]);
    expect(reports.reduce((n, r) => n + r.expiredSessions, 0)).toBe(2);
    expect(reports.reduce((n, r) => n + r.idempotencyRecords, 0)).toBe(12_001);
    expect(await remaining('idempotency_record')).toBe(3);
  });

  it('runs in the background on its own timer and stops after its run in progress', async () => {
    const purged: PurgeReport[] = [];
    const errors: unknown[] = [];
    const background = startBackgroundPurge(store, {
      intervalMs: 50,
      firstRunMs: 0,
      onPurged: (report) => purged.push(report),
      onError: (error) => errors.push(error),
    });
    await expect.poll(() => purged.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await background.stop();
    const runs = purged.length;
    expect(errors).toEqual([]);
    expect(purged[0]).toMatchObject({ expiredSessions: 2, idempotencyRecords: 12_001 });
    expect(purged.slice(1).every((r) => r.expiredSessions === 0 && r.idempotencyRecords === 0)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(purged.length).toBe(runs);
  });
});

describe('retention policy', () => {
  it('keeps idempotency records 24 hours unless PSHB_IDEMPOTENCY_RETENTION_HOURS says otherwise', () => {
    expect(retentionFromEnv({})).toEqual({ idempotencyRecordHours: 24 });
    expect(retentionFromEnv({ PSHB_IDEMPOTENCY_RETENTION_HOURS: '72' })).toEqual({
      idempotencyRecordHours: 72,
    });
    expect(() => retentionFromEnv({ PSHB_IDEMPOTENCY_RETENTION_HOURS: 'a day' })).toThrow(
      /PSHB_IDEMPOTENCY_RETENTION_HOURS/,
    );
  });
});

describe('background purge interval', () => {
  it('is 15 minutes unless PSHB_PURGE_INTERVAL_SECONDS says otherwise (0 turns it off)', () => {
    expect(purgeIntervalMsFromEnv({})).toBe(900_000);
    expect(purgeIntervalMsFromEnv({ PSHB_PURGE_INTERVAL_SECONDS: '0' })).toBe(0);
    expect(purgeIntervalMsFromEnv({ PSHB_PURGE_INTERVAL_SECONDS: '60' })).toBe(60_000);
    expect(() => purgeIntervalMsFromEnv({ PSHB_PURGE_INTERVAL_SECONDS: 'hourly' })).toThrow(
      /PSHB_PURGE_INTERVAL_SECONDS/,
    );
  });
});
