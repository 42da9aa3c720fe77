// pshb jobs list on the embedded database: the purge's and the survey invitations' queues and schedules, run by the serving process
// itself (PGlite keeps no job history). On PostgreSQL, serve-workers.int.test.ts lists pg-boss's runs.
import { describe, expect, it } from 'vitest';
import { runMain } from '../../test-support/run-pshb.ts';

describe('pshb jobs list (PGlite)', () => {
  it('shows the purge queue and its schedule, as JSON and as text', async () => {
    process.env['PSHB_EXCHANGE_JOBS'] = 'off';
    const json = await runMain('--data-dir', 'memory://', 'jobs', 'list', '--json').finally(
      () => delete process.env['PSHB_EXCHANGE_JOBS'],
    );
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      runner: 'in-process',
      queues: [
        { name: 'purge-expired', retryLimit: 3, queued: 0, active: 0, failed: 0, total: 0 },
        { name: 'cx-invitations', retryLimit: 3, queued: 0, active: 0, failed: 0, total: 0 },
      ],
      schedules: [
        { name: 'purge-expired', recurrence: 'every 900 seconds', lastJobId: null },
        { name: 'cx-invitations', recurrence: 'every 300 seconds', lastJobId: null },
      ],
      recent: [],
    });
    const text = await runMain('--data-dir', 'memory://', 'jobs', 'list');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Runner: in-process/);
    expect(text.stdout).toMatch(/purge-expired +every 900 seconds/);
  });

  it('lists the carrier exchange schedule beside the purge unless PSHB_EXCHANGE_JOBS=off', async () => {
    const json = await runMain('--data-dir', 'memory://', 'jobs', 'list', '--json');
    expect(json.code, json.stderr).toBe(0);
    const listing = JSON.parse(json.stdout) as { schedules: { name: string; recurrence: string }[] };
    expect(listing.schedules).toEqual([
      { name: 'purge-expired', recurrence: 'every 900 seconds', lastJobId: null },
      { name: 'carrier-changes', recurrence: 'every 900 seconds', lastJobId: null },
      { name: 'carrier-audit', recurrence: 'every 900 seconds', lastJobId: null },
      { name: 'partner-delivery', recurrence: 'every 900 seconds', lastJobId: null },
      { name: 'acknowledgment-deadlines', recurrence: 'every 3600 seconds', lastJobId: null },
      { name: 'medicare-requests', recurrence: 'every 900 seconds', lastJobId: null },
      { name: 'cx-invitations', recurrence: 'every 300 seconds', lastJobId: null },
    ]);
  });
});
