import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pshb } from '../../test-support/run-pshb.ts';

describe('the pshb command on the embedded database', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-cli-'));
  const dataDir = join(folder, 'data');

  beforeAll(async () => {
    const started = await pshb(dataDir, 'start', '--people', '400', '--no-serve');
    expect(started.code, started.stderr).toBe(0);
    expect(started.stdout).toContain('enrolled automatically');
    expect(started.stderr).toContain('Where to go next');
    // The demo answers some of its survey invitations through the survey's own path.
    expect(started.stderr + started.stdout).toMatch(
      /Surveys: invited \d+ customers .* \d+ SIMULATED responses/,
    );
  });
  afterAll(async () => {
    // PGlite finishes flushing its files a moment after close() resolves.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    rmSync(folder, { recursive: true, force: true });
  });

  it('a second start leaves the demo survey responses as they are', async () => {
    const again = await pshb(dataDir, 'start', '--people', '400', '--no-serve');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr + again.stdout).toContain('Surveys: the demo responses are already recorded.');
  });

  it('a second automatic enrollment run changes nothing', async () => {
    const again = await pshb(dataDir, 'open-season', 'auto-enroll', '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: 'already_completed' });
  });

  it("shows a person's eligibility with the paragraphs applied", async () => {
    const shown = await pshb(dataDir, 'person', 'show', '1', '--json');
    expect(shown.code, shown.stderr).toBe(0);
    const result = JSON.parse(shown.stdout);
    expect(result.person.eligibility.citations.length).toBeGreaterThan(0);
    expect(result.ssnLastFour).toMatch(/^\d{4}$/);
    expect(shown.stdout).not.toMatch(/\d{3}-\d{2}-\d{4}/);
  });

  it('reports enrollments as JSON', async () => {
    const report = await pshb(dataDir, 'open-season', 'report', '--json');
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout).totals.households).toBeGreaterThan(0);
  });

  it('reports only what was recorded between --from and --to, as the API does', async () => {
    const whole = JSON.parse((await pshb(dataDir, 'open-season', 'report', '--json')).stdout);
    const within = await pshb(
      dataDir,
      'open-season',
      'report',
      '--from',
      '2000-01-01',
      '--to',
      '2999-12-31',
      '--json',
    );
    expect(within.code, within.stderr).toBe(0);
    expect(JSON.parse(within.stdout)).toEqual(whole);
    const later = await pshb(dataDir, 'open-season', 'report', '--from', '2999-01-01', '--json');
    expect(later.code, later.stderr).toBe(0);
    expect(JSON.parse(later.stdout).totals).toMatchObject({ households: 0, automatic: 0, elected: 0 });
    const text = await pshb(dataDir, 'open-season', 'report', '--to', '2000-01-01');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Open season \S+, recorded on or before 2000-01-01\n0 households decided/);
  });

  it('refuses --from or --to that is not a day, or --to before --from, naming the option', async () => {
    const from = await pshb(dataDir, 'open-season', 'report', '--from', '2025-02-30');
    expect(from.code).toBe(2);
    expect(from.stderr).toContain('--from: "2025-02-30" is not a date in YYYY-MM-DD form');
    const to = await pshb(dataDir, 'open-season', 'report', '--to', '12/01/2025');
    expect(to.code).toBe(2);
    expect(to.stderr).toContain('--to: "12/01/2025"');
    const backwards = await pshb(
      dataDir,
      'open-season',
      'report',
      '--from',
      '2025-12-08',
      '--to',
      '2025-12-01',
    );
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('--to: 2025-12-01 is before --from 2025-12-08');
    const help = await pshb(dataDir, 'open-season', 'report', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--from <date>\s+first day recorded, YYYY-MM-DD/);
    expect(help.stdout).toMatch(/--to <date>\s+last day recorded, YYYY-MM-DD/);
  });

  it('refuses an impossible date, naming the flag', async () => {
    const refused = await pshb(dataDir, 'open-season', 'auto-enroll', '--as-of', '2025-02-30');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--as-of');
  });

  it('reports a bad roster by line and field and changes nothing', async () => {
    const before = JSON.parse((await pshb(dataDir, 'open-season', 'report', '--json')).stdout);
    const bad = join(folder, 'bad.csv');
    writeFileSync(bad, 'person_id,household_id\nnot-a-number,1\n');
    const refused = await pshb(dataDir, 'import', 'roster', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/line \d/);
    const after = JSON.parse((await pshb(dataDir, 'open-season', 'report', '--json')).stdout);
    expect(after).toEqual(before);
  });

  it('says which file is missing', async () => {
    const missing = await pshb(dataDir, 'import', 'roster', join(folder, 'nowhere.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.csv');
  });
});
