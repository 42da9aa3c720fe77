// pshb maintenance purge on the embedded database: it reports what it removed, as text or JSON, and
// names the option when the retention given is not a number of hours.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../security/sessions.ts';
import { saveUserAccount } from '../security/user-accounts.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { openStore } from '../storage/store.ts';
import { runMain } from '../../test-support/run-pshb.ts';

const pshb = runMain;

describe('pshb maintenance purge', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-purge-cli-'));
  const dataDir = join(folder, 'data');

  beforeAll(async () => {
    const store = await openStore({ dataDir });
    try {
      await migrateToLatest(store);
      await saveUserAccount(store, { subject: 'purge-cli-user', role: 'auditor' });
      await createSession(store, 'purge-cli-user', { ttlSeconds: -1 });
      await createSession(store, 'purge-cli-user');
      await store.transaction((tx) =>
        tx.query(
          `insert into idempotency_record
             (principal_subject, idempotency_key, method, path, request_hash, response_status, response_body, created_at)
           values ('purge-cli-user', 'old-key-1', 'POST', '/api/v1/elections', 'h', 201, '{}', now() - interval '30 hours'),
                  ('purge-cli-user', 'new-key-1', 'POST', '/api/v1/elections', 'h', 201, '{}', now() - interval '2 hours')`,
          [],
        ),
      );
    } finally {
      await store.close();
    }
  });
  afterAll(async () => {
    // PGlite finishes flushing its files a moment after close() resolves.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    rmSync(folder, { recursive: true, force: true });
  });

  it('reports what it removed as JSON, then finds nothing left', async () => {
    const first = await pshb('--data-dir', dataDir, 'maintenance', 'purge', '--json');
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      expiredSessions: 1,
      idempotencyRecords: 1,
      idempotencyRecordHours: 24,
    });
    const again = await pshb('--data-dir', dataDir, 'maintenance', 'purge');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(
      'Removed 0 expired session(s) and 0 idempotency record(s) older than 24 hours.\n',
    );
  });

  it('takes the retention period as an option', async () => {
    const shorter = await pshb(
      '--data-dir',
      dataDir,
      'maintenance',
      'purge',
      '--idempotency-hours',
      '1',
      '--json',
    );
    expect(shorter.code, shorter.stderr).toBe(0);
    expect(JSON.parse(shorter.stdout)).toMatchObject({ idempotencyRecords: 1, idempotencyRecordHours: 1 });
  });

  it('names the option when the retention is not a number of hours, and exits 2', async () => {
    const bad = await pshb('--data-dir', dataDir, 'maintenance', 'purge', '--idempotency-hours', 'soon');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/INVALID_INPUT: --idempotency-hours: "soon"/);
  });
});
