import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProgramCalendar, loadShippedCatalogue } from '../../reference-data.ts';
import { restrictGeneratedRosters, writeRoster } from './write-roster.ts';

describe('writeRoster', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-roster-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('issue 10 item 14: the roster with whole SSNs and Medicare numbers is readable by its owner only', async () => {
    const options = {
      people: 20,
      seed: 1,
      catalogue: loadShippedCatalogue(),
      calendar: loadProgramCalendar(),
    };
    const fresh = join(folder, 'fresh.csv');
    await writeRoster(fresh, options);
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
    // A world-readable file left by an earlier run is closed up when it is written again.
    const old = join(folder, 'old.csv');
    writeFileSync(old, 'x', { mode: 0o644 });
    await writeRoster(old, options);
    expect(statSync(old).mode & 0o777).toBe(0o600);
  });

  it('issue 10 item 14: a start closes up rosters an earlier version left readable by everyone', () => {
    const left = join(folder, 'roster-20000-seed-1.csv');
    const other = join(folder, 'notes.csv');
    writeFileSync(left, 'x', { mode: 0o644 });
    writeFileSync(other, 'x', { mode: 0o644 });
    expect(restrictGeneratedRosters(folder)).toEqual([left]);
    expect(statSync(left).mode & 0o777).toBe(0o600);
    expect(statSync(other).mode & 0o777).toBe(0o644);
    expect(restrictGeneratedRosters(join(folder, 'missing'))).toEqual([]);
  });
});
