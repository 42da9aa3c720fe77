// Support cases at the command line, on the embedded database: the same operations as the API.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pshb } from '../../test-support/run-pshb.ts';

describe('pshb support case, queue and incident', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-case-cli-'));
  const dataDir = join(folder, 'data');
  const run = (...args: string[]) => pshb(dataDir, ...args);
  const json = async (...args: string[]) => {
    const result = await run(...args, '--json');
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as Record<string, unknown> & { id: number };
  };

  beforeAll(async () => {
    const seeded = await run('seed', '--people', '30');
    expect(seeded.code, seeded.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => {
    // PGlite finishes flushing its files a moment after close() resolves.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    rmSync(folder, { recursive: true, force: true });
  });

  it('opens, notes, transfers warm, escalates, resolves and reopens a case', async () => {
    const opened = await json(
      'support',
      'case',
      'open',
      '1',
      '--type',
      'enrollment-help',
      '--subject',
      'Automatic enrollment',
      '--note',
      'Which plan am I in?',
    );
    expect(opened).toMatchObject({ partner: 'helpline', status: 'open', skill: 'benefits' });
    const id = String(opened.id);

    const shown = await run('support', 'case', 'show', id);
    expect(shown.stdout).toContain('Which plan am I in?');
    expect(shown.stdout).toMatch(/SSN \*\*\*-\*\*-\d{4}/);

    expect(await json('support', 'case', 'note', id, 'Looked up the roster.')).toMatchObject({
      status: 'in_progress',
    });
    const refused = await run('support', 'case', 'transfer', id, '--to', 'login-gov', '--note', 'x');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('TRANSFER_NOT_ALLOWED');
    const moved = await json(
      'support',
      'case',
      'transfer',
      id,
      '--to',
      'enrollment-reconciliation-team',
      '--note',
      'Record missing.',
    );
    expect(moved).toMatchObject({ status: 'transferred', partner: 'enrollment-reconciliation-team' });
    expect((moved.events as unknown[]).length).toBe(3);

    const escalated = await json(
      'support',
      'case',
      'escalate',
      id,
      '--reason',
      'Coverage at risk',
      '--priority',
      'high',
    );
    expect(escalated).toMatchObject({
      status: 'escalated',
      partner: 'opm-healthcare-insurance',
      priority: 'high',
    });
    expect(
      await json(
        'support',
        'case',
        'resolve',
        id,
        '--resolution',
        'Enrollment corrected.',
        '--wrap-up',
        'answered',
      ),
    ).toMatchObject({
      status: 'resolved',
    });
    const twice = await run(
      'support',
      'case',
      'resolve',
      id,
      '--resolution',
      'again',
      '--wrap-up',
      'answered',
    );
    expect(twice.stderr).toContain('INVALID_TRANSITION');
    expect(await json('support', 'case', 'reopen', id, '--reason', 'Called back.')).toMatchObject({
      status: 'reopened',
    });
  }, 180_000); // a dozen command processes, each starting Node: slow on a busy machine

  it("lists a partner's queue and links cases to incidents", async () => {
    const fault = await json(
      'support',
      'case',
      'open',
      '2',
      '--type',
      'technical-faults',
      '--subject',
      'Portal error',
      '--note',
      'Error on save',
      '--channel',
      'web_chat',
    );
    const queue = await json('support', 'queue', 'helpline');
    expect(queue.items).toEqual([expect.objectContaining({ caseId: fault.id, skill: 'portal' })]);
    expect((await run('support', 'queue', 'helpline')).stdout).toContain('technical-faults');

    const incident = await json(
      'support',
      'incident',
      'open',
      '--title',
      'Save fails',
      '--description',
      'Error on save',
    );
    expect(incident.partner).toBe('technical-command-center');
    const linked = await json('support', 'incident', 'link', String(incident.id), String(fault.id));
    expect(linked.cases).toEqual([fault.id]);
    const listed = await run('support', 'incident', 'list');
    expect(listed.stdout).toContain('Save fails');
  });

  it('issue 10 item 11: lists the cases opened about people their opener never searched for or identified', async () => {
    const listed = await run('support', 'case', 'unidentified', '--json');
    expect(listed.code, listed.stderr).toBe(0);
    const rows = JSON.parse(listed.stdout) as { caseId: number; openedBy: string; openerRole: string }[];
    // The operator opened its cases without a caller search: each is there, newest first.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ openerRole: 'program_administrator' });
    expect(rows.map((r) => r.caseId)).toEqual([...rows.map((r) => r.caseId)].sort((a, b) => b - a));
    const table = await run('support', 'case', 'unidentified', '--from', '2000-01-01');
    expect(table.stdout).toContain('nothing recorded');
    const bad = await run('support', 'case', 'unidentified', '--from', 'yesterday');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from');
  });
});
