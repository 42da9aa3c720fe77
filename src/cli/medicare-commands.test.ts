import { describe, expect, it } from 'vitest';
import { runMain } from '../../test-support/run-pshb.ts';

describe('pshb medicare argument checks (before any database is opened)', () => {
  it('refuses an agency that is not a partner', async () => {
    const run = await runMain('medicare', 'request', '--agency', 'XYZ', '--out', 'x.txt');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--agency: no agency partner "XYZ"/);
  });
  it('refuses a carrier given as the agency', async () => {
    const run = await runMain('medicare', 'request', '--agency', 'FEP', '--out', 'x.txt');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--agency/);
  });
  it('refuses an --as-of that is not a date', async () => {
    const run = await runMain(
      'medicare',
      'request',
      '--agency',
      'CMS',
      '--out',
      'x.txt',
      '--as-of',
      '2026-13-40',
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--as-of: "2026-13-40"/);
  });
  it('refuses a response file that does not exist', async () => {
    const run = await runMain('medicare', 'ingest', '/nonexistent/response.txt');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/<file>: cannot read/);
  });
  it('refuses a seed that is not a whole number', async () => {
    const run = await runMain('medicare', 'respond', 'package.json', '--out', 'x.txt', '--seed', 'abc');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--seed: "abc"/);
  });
});
