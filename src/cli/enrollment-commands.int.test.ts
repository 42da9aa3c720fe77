// The lifecycle at the command line: the same operations as the API, on the embedded database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pshb } from '../../test-support/run-pshb.ts';
import { openStore } from '../storage/store.ts';

describe('pshb enrollment, reconsideration and premium', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-lifecycle-cli-'));
  const dataDir = join(folder, 'data');
  const run = (...args: string[]) => pshb(dataDir, ...args);
  // The day `pshb start` sets for the demo: the tenth day of the transitional open season.
  const programDate = '2024-11-20';
  const fileAgainstTransition1 = (...extra: string[]) =>
    run(
      'reconsideration',
      'file',
      '1',
      '--transition',
      '1',
      '--grounds',
      'I never asked',
      '--json',
      ...extra,
    );

  // The commands after `pshb start` run on its demo day, as an operator would set it for them.
  const savedProgramDate = process.env.PSHB_PROGRAM_DATE;
  beforeAll(async () => {
    process.env.PSHB_PROGRAM_DATE = programDate;
    const started = await run('start', '--people', '300', '--no-serve');
    expect(started.code, started.stderr).toBe(0);
  });
  afterAll(async () => {
    if (savedProgramDate === undefined) delete process.env.PSHB_PROGRAM_DATE;
    else process.env.PSHB_PROGRAM_DATE = savedProgramDate;
    // PGlite finishes flushing its files a moment after close() resolves.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    rmSync(folder, { recursive: true, force: true });
  });

  it('lists the transition table with a paragraph on every row', async () => {
    const listed = await run('enrollment', 'actions', '--json');
    const rows = JSON.parse(listed.stdout) as { action: string; citation: string }[];
    expect(rows.some((r) => r.action === 'remove_for_missing_part_b')).toBe(true);
    expect(rows.every((r) => r.citation.length > 0)).toBe(true);
  });

  it('890.1606: cancels an enrollment behind its ETag, then 890.1605(b) re-enrolls in the open season', async () => {
    const before = JSON.parse((await run('enrollment', 'state', '1', '--json')).stdout);
    expect(before.state.status).toBe('enrolled');
    const stale = await run(
      'enrollment',
      'act',
      '1',
      '--action',
      'cancel',
      '--reason',
      'x',
      '--if-match',
      '"old"',
    );
    expect(stale.code).toBe(2);
    expect(stale.stderr).toContain('PRECONDITION_FAILED');
    const cancelled = await run(
      'enrollment',
      'act',
      '1',
      '--action',
      'cancel',
      '--reason',
      'asked by phone',
      '--if-match',
      before.etag,
      '--json',
    );
    expect(cancelled.code, cancelled.stderr).toBe(0);
    expect(JSON.parse(cancelled.stdout).decision.citations).toContain('5 CFR 890.1606');
    const fields = join(folder, 'enroll.json');
    writeFileSync(fields, JSON.stringify({ openSeasonId: 'TOS-2024', coverage: before.state.coverage }));
    const enrolled = await run(
      'enrollment',
      'act',
      '1',
      '--action',
      'open_season_enroll',
      '--reason',
      'changed my mind',
      '--fields-file',
      fields,
    );
    expect(enrolled.code, enrolled.stderr).toBe(0);
    expect(enrolled.stdout).toContain('from cancelled to enrolled');
    const history = JSON.parse((await run('enrollment', 'history', '1', '--json')).stdout) as {
      action: string;
    }[];
    expect(history.map((h) => h.action)).toEqual(['cancel', 'open_season_enroll']);
  });

  it('refuses a wrong transition or a bad field with exit code 2 and records nothing', async () => {
    const wrong = await run('enrollment', 'act', '1', '--action', 'end_tcc', '--reason', 'x');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('INVALID_TRANSITION');
    const impossible = await run(
      'enrollment',
      'act',
      '1',
      '--action',
      'death_of_enrollee',
      '--reason',
      'x',
      '--fields',
      '{"dateOfDeath":"2025-02-30","survivorContinuesCoverage":false}',
    );
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toContain('dateOfDeath');
    const history = JSON.parse((await run('enrollment', 'history', '1', '--json')).stdout) as unknown[];
    expect(history).toHaveLength(2);
  });

  it('890.1607: files a reconsideration request against a transition and decides it once', async () => {
    const filed = await fileAgainstTransition1();
    expect(filed.code, filed.stderr).toBe(0);
    const request = JSON.parse(filed.stdout);
    expect(request.timeliness).toBe('timely');
    const decided = await run(
      'reconsideration',
      'decide',
      String(request.id),
      '--result',
      'reverse',
      '--findings',
      'No request on record.',
    );
    expect(decided.code, decided.stderr).toBe(0);
    expect(decided.stdout).toContain('reversed');
    const again = await run(
      'reconsideration',
      'decide',
      String(request.id),
      '--result',
      'affirm',
      '--findings',
      'x',
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('CONFLICT');
    const listed = JSON.parse((await run('reconsideration', 'list', '1', '--json')).stdout) as unknown[];
    expect(listed).toHaveLength(1);
  });

  it('5 U.S.C. 8906(b): shows the premium split and the weighted averages it rests on', async () => {
    const shown = await run('premium', 'show', '1', '--json');
    expect(shown.code, shown.stderr).toBe(0);
    const { contribution } = JSON.parse(shown.stdout);
    expect(contribution.government + contribution.enrollee).toBe(contribution.total);
    const averages = await run('premium', 'averages');
    expect(averages.stdout).toContain('self only');
  });

  it('issue 10 item 1: a change is received on the program date; --received-on records paper only with a reason, audited', async () => {
    const backdated = await run(
      'enrollment',
      'act',
      '1',
      '--action',
      'cancel',
      '--reason',
      'x',
      '--requested-on',
      '2024-11-01',
    );
    expect(backdated.code).not.toBe(0);
    expect(backdated.stderr).toContain('--requested-on');
    const noReason = await fileAgainstTransition1('--received-on', '2024-11-15');
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('--paper-reason');
    const ahead = await fileAgainstTransition1(
      '--received-on',
      '2024-11-21',
      '--paper-reason',
      'keyed in late',
    );
    expect(ahead.code).toBe(2);
    expect(ahead.stderr).toContain('--received-on');
    const onToday = await fileAgainstTransition1();
    expect(JSON.parse(onToday.stdout).filedOn).toBe(programDate);
    const paper = await fileAgainstTransition1(
      '--received-on',
      '2024-11-15',
      '--paper-reason',
      'letter keyed in late',
    );
    expect(paper.code, paper.stderr).toBe(0);
    expect(JSON.parse(paper.stdout).filedOn).toBe('2024-11-15');
    const store = await openStore({ dataDir });
    try {
      const audit = await store.db
        .selectFrom('audit_log' as never)
        .select(['role', 'action', 'purpose', 'outcome'] as never[])
        .where('person_id' as never, '=', 1 as never)
        .where('purpose' as never, 'like', 'paper %' as never)
        .execute();
      expect(audit).toEqual([
        {
          role: 'program_administrator',
          action: 'case.decide',
          outcome: 'allowed',
          purpose: `paper letter received on 2024-11-15, recorded on ${programDate}: letter keyed in late`,
        },
      ]);
    } finally {
      await store.close();
    }
  });
});
