import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pshb } from '../../test-support/run-pshb.ts';
import { writeRoster } from '../exchange/population/index.ts';
import { COLUMN as C } from '../exchange/roster/roster-columns.ts';
import { loadProgramCalendar, loadShippedCatalogue } from '../reference-data.ts';
import { STATISTICS_COLUMNS } from '../support/reports/statistics-csv.ts';

describe('pshb import and import-statistics with bad files (issue 10 item 15)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pshb-bad-files-'));
  const data = join(dir, 'data');

  it('issue 10 item 15: a folder, a NUL in a name, an impossible date or an unknown partner exit 2 with INVALID_FILE naming line and field', async () => {
    expect((await pshb(data, 'seed', '--people', '0')).code).toBe(0);
    const roster = join(dir, 'roster.csv');
    await writeRoster(roster, {
      people: 20,
      seed: 3,
      catalogue: loadShippedCatalogue(),
      calendar: loadProgramCalendar(),
    });
    const lines = readFileSync(roster, 'utf8').split('\n');
    const fields = lines[2]!.split(',');
    fields[C.first_name] = 'Ann\u0000e';
    lines[2] = fields.join(',');
    const nul = join(dir, 'nul.csv');
    writeFileSync(nul, lines.join('\n'));

    const folder = await pshb(data, 'import', 'roster', dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`error INVALID_FILE: ${dir} is a directory, not a file`);

    const refused = await pshb(data, 'import', 'roster', nul);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('error INVALID_FILE');
    expect(refused.stderr).toContain('line 3 first_name: character 4 is a control character (U+0000)');
    expect(refused.stderr).not.toMatch(/\n\s+at /);

    const statistics = join(dir, 'acd.csv');
    writeFileSync(
      statistics,
      [
        STATISTICS_COLUMNS.join(','),
        'helpline,2030-02-30 08:00,30,100,90,10,72,900,27000,5,80,3,0',
        'nobody,2024-11-11 08:00,30,100,90,10,72,900,27000,5,80,3,0',
      ].join('\n'),
    );
    const stats = await pshb(data, 'support', 'import-statistics', statistics, '--json');
    expect(stats.code).toBe(2);
    expect(stats.stderr).toContain('2 problems in the contact statistics; nothing was stored');
    expect(stats.stderr).toMatch(/line 2.*interval_start/);
    expect(stats.stderr).toMatch(/line 3.*partner/);
  });
});
