// pshb carrier discrepancies and its assign subcommand on the embedded database: the listing names
// the missing --carrier, and assign reaches the discrepancy by id (here none, so NOT_FOUND), without
// the listing's options; the older `carrier assign-discrepancy` spelling does the same.
import { describe, expect, it } from 'vitest';
import { runMain } from '../../test-support/run-pshb.ts';

describe('pshb carrier discrepancies (PGlite)', () => {
  it('asks for --carrier to list, by name', async () => {
    const run = await runMain('--data-dir', 'memory://', 'carrier', 'discrepancies');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--carrier: required/);
  });

  it('assigns by id without naming a carrier, under both spellings', async () => {
    for (const words of [
      ['carrier', 'discrepancies', 'assign'],
      ['carrier', 'assign-discrepancy'],
    ]) {
      const run = await runMain('--data-dir', 'memory://', ...words, '999', '--to', 'recon-2');
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/no reconciliation discrepancy 999/);
    }
  }, 180_000);
});
