// A real crash: the pshb process is killed with SIGKILL in the middle of the open season run, started
// again, and must end with exactly the result of a run that was never interrupted. PostgreSQL only:
// PGlite is a single-process database, so the simulated crash in auto-enroll.int.test.ts covers it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/program.ts';

const adminUrl = process.env.TEST_DATABASE_URL;
const PSHB = fileURLToPath(new URL('../../../bin/pshb.js', import.meta.url));

function databaseUrl(name: string): string {
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

async function pshb(...args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await main(args, process.env), stdout };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const RESULT_QUERY = `
  select person_id, event_type, enrollment_code, effective_on, reason, citations from enrollment_event
  union all
  select person_id, part_b, part_b_citation, null, eligibility, array[eligibility_citation] from coverage_decision
  order by 1, 2, 3`;

describe.runIf(adminUrl)('open season run killed with SIGKILL on PostgreSQL', () => {
  const suffix = randomBytes(4).toString('hex');
  const killed = `pshb_killed_${suffix}`;
  const unbroken = `pshb_unbroken_${suffix}`;
  const folder = mkdtempSync(join(tmpdir(), 'pshb-sigkill-'));

  beforeAll(async () => {
    await admin(`create database ${killed}`);
    await admin(`create database ${unbroken}`);
    for (const name of [killed, unbroken]) {
      const seeded = await pshb(
        '--database-url',
        databaseUrl(name),
        '--data-dir',
        folder,
        'seed',
        '--people',
        '4000',
      );
      expect(seeded.code).toBe(0);
    }
    expect((await pshb('--database-url', databaseUrl(unbroken), 'open-season', 'auto-enroll')).code).toBe(0);
  });

  afterAll(async () => {
    await admin(`drop database if exists ${killed} with (force)`);
    await admin(`drop database if exists ${unbroken} with (force)`);
    rmSync(folder, { recursive: true, force: true });
  });

  it('resumes after the kill and loses or duplicates nothing', async () => {
    const url = databaseUrl(killed);
    const child = spawn(
      process.execPath,
      [PSHB, '--database-url', url, 'open-season', 'auto-enroll', '--batch-size', '20'],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // Kill as soon as the first batches have committed.
    for (;;) {
      const rows = await query<{ processed: string }>(url, 'select processed from job_run').catch(() => []);
      if (Number(rows[0]?.processed ?? 0) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGKILL');
    await exited;
    const [run] = await query<{ status: string }>(url, 'select status from job_run');
    expect(run?.status).toBe('running');

    const resumed = await pshb('--database-url', url, 'open-season', 'auto-enroll', '--json');
    expect(resumed.code).toBe(0);
    const summary = JSON.parse(resumed.stdout);
    expect(summary.status).toBe('completed');
    expect(summary.resumedFrom).toBeGreaterThan(0);

    expect(await query(url, RESULT_QUERY)).toEqual(await query(databaseUrl(unbroken), RESULT_QUERY));
  });
});
