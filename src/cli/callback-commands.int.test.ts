// pshb callbacks list | schedule | complete on the embedded database: the same operations as the API,
// the lists paged by --limit and --cursor, each refusal naming the option to fix.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pshb } from '../../test-support/run-pshb.ts';

describe('pshb callbacks', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-callback-cli-'));
  const dataDir = join(folder, 'data');
  const run = (...args: string[]) => pshb(dataDir, ...args);
  const json = async <T = Record<string, unknown>>(...args: string[]) => {
    const result = await run(...args, '--json');
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as T;
  };
  const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  let caseId = '';
  /** pshb callbacks schedule on the case, due in so many minutes, with the note and any more options. */
  const schedule = (minutes: number, note: string, ...more: string[]) =>
    run('callbacks', 'schedule', caseId, '--due', inMinutes(minutes), '--note', note, ...more);

  beforeAll(async () => {
    const seeded = await run('seed', '--people', '30');
    expect(seeded.code, seeded.stderr).toBe(0);
    const opened = await json<{ id: number }>(
      'support',
      'case',
      'open',
      '1',
      '--type',
      'enrollment-help',
      '--subject',
      'Premium question',
      '--note',
      'Asks about the premium',
    );
    caseId = String(opened.id);
  }, 120_000);
  afterAll(async () => {
    // PGlite finishes flushing its files a moment after close() resolves.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    rmSync(folder, { recursive: true, force: true });
  });

  it('schedules callbacks, lists them a page at a time and as due, and completes one once', async () => {
    const soon = await json<{ id: number; status: string; timeZone: string }>(
      'callbacks',
      'schedule',
      caseId,
      '--due',
      inMinutes(30),
      '--note',
      'Call back about the premium',
    );
    expect(soon).toMatchObject({ status: 'scheduled', timeZone: 'America/New_York' });
    await json('callbacks', 'schedule', caseId, '--due', inMinutes(180), '--note', 'Second call');

    type Listed = { items: { id: number; note: string }[]; nextCursor: string | null };
    const first = await json<Listed>('callbacks', 'list', caseId, '--limit', '1');
    expect(first.items.map((c) => c.note)).toEqual(['Call back about the premium']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await json<Listed>(
      'callbacks',
      'list',
      caseId,
      '--limit',
      '1',
      '--cursor',
      first.nextCursor!,
    );
    expect(second).toMatchObject({ items: [{ note: 'Second call' }], nextCursor: null });
    const table = await run('callbacks', 'list', caseId, '--limit', '1');
    expect(table.stdout).toContain('Call back about the premium');
    expect(table.stdout).toContain(`--cursor ${first.nextCursor}`);

    const due = await json<{ partner: string; items: { id: number }[] }>(
      'callbacks',
      'list',
      '--partner',
      'helpline',
    );
    expect(due).toMatchObject({ partner: 'helpline', items: [{ id: soon.id }] });

    const done = await json('callbacks', 'complete', caseId, String(soon.id));
    expect(done).toMatchObject({ id: soon.id, status: 'done' });
    const twice = await run('callbacks', 'complete', caseId, String(soon.id), '--cancelled');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('already done');
  }, 180_000); // several command processes, each starting Node: slow on a busy machine

  it('refuses what it cannot do, naming the option or argument', async () => {
    const past = await schedule(-5, 'Too late');
    expect(past.code).toBe(2);
    expect(past.stderr).toContain('--due: a time in the future');
    const zone = await schedule(30, 'x', '--time-zone', 'Mars/Olympus');
    expect(zone.stderr).toContain('--time-zone:');
    const long = await schedule(30, 'x'.repeat(501));
    expect(long.stderr).toContain('--note: at most 500 characters');
    expect((await run('callbacks', 'list', caseId, '--limit', '0')).stderr).toContain('--limit');
    expect((await run('callbacks', 'list', caseId, '--cursor', 'nope')).stderr).toContain('--cursor');
    expect((await run('callbacks', 'list')).stderr).toContain('case-id');
    expect((await run('callbacks', 'list', '999999')).stderr).toContain('no support case 999999');
    expect((await run('callbacks', 'list', '--partner', 'nobody')).stderr).toContain('--partner');
  }, 180_000);
});
