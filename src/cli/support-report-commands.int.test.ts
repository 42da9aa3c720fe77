import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pshb } from '../../test-support/run-pshb.ts';

const HEAD =
  'partner,interval_start,interval_minutes,offered,handled,abandoned,answered_within_target,wait_seconds,handle_seconds,transfers,first_contact_resolutions,backlog,contingency_activations';

describe('pshb support report, import-statistics, record-simulation, document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pshb-support-report-'));
  const data = join(dir, 'data');

  it('imports ACD statistics, refusing a bad file whole, and reports them', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      `${HEAD}\nhelpline,2024-11-11 08:00,30,100,90,10,72,900,27000,5,80,3,0\nhelpline,2024-11-11 08:30,30,x,1,0,0,0,0,0,0,0,0\n`,
    );
    const refused = await pshb(data, 'support', 'import-statistics', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/INVALID_FILE/);
    expect(refused.stderr).toMatch(/line 3/);

    const good = join(dir, 'acd.csv');
    writeFileSync(
      good,
      `${HEAD}\nhelpline,2024-11-11 08:00,30,100,90,10,72,900,27000,5,80,3,0\nhelpline,2024-11-12 08:00,30,10,10,0,10,0,3000,0,10,0,0\n`,
    );
    const loaded = await pshb(data, 'support', 'import-statistics', good);
    expect(loaded.code, loaded.stderr).toBe(0);
    expect(loaded.stdout).toContain('loaded 2 interval row(s)');
    const csv = await pshb(data, 'support', 'report', 'weekly', '--format', 'csv', '--partner', 'helpline');
    expect(csv.stdout).toContain('2024-11-11,helpline,2,110,100,10,82,0.7455');
    const html = join(dir, 'daily.html');
    const written = await pshb(data, 'support', 'report', 'daily', '--format', 'html', '--out', html);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('<caption>Day 2024-11-12</caption>');
    const badFormat = await pshb(data, 'support', 'report', 'daily', '--format', 'xlsx');
    expect(badFormat.stderr).toMatch(/--format/);
  });

  it('records a simulated season as statistics', async () => {
    const run = await pshb(
      data,
      'support',
      'record-simulation',
      '--plan',
      'original-16',
      '--contacts',
      '3000',
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    // Each day's rows per partner, and as many network rows counting each caller once (one network figure).
    expect(JSON.parse(run.stdout).rows).toBe(48);
  });

  it('writes the written plan as HTML, PDF and Markdown', async () => {
    for (const format of ['html', 'pdf', 'md']) {
      const out = join(dir, `plan.${format}`);
      const run = await pshb(data, 'support', 'document', 'original-16', '--format', format, '--out', out);
      expect(run.code, run.stderr).toBe(0);
    }
    expect(readFileSync(join(dir, 'plan.html'), 'utf8')).toContain('<html lang="en">');
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toContain('## 3. Roles and responsibilities (RACI)');
    expect(readFileSync(join(dir, 'plan.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
