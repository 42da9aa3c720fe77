// pshb performance method list|validate and pshb performance evaluate CASE.json: no database.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain as pshb } from '../../test-support/run-pshb.ts';
import { SHIPPED_PERFORMANCE_METHODS } from '../exchange/carrier-performance/method-catalogue.ts';

const CASES = fileURLToPath(new URL('../../docs/cases/carrier-performance/', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'pshb-performance-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('pshb performance method', () => {
  it('list: both methods with their contract years, outcome and cap', async () => {
    const run = await pshb('performance', 'method', 'list');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/fehbar-1998\s+1998-11-16\s+1999-2015\s+withhold\s+0\.01/);
    expect(run.stdout).toMatch(/ppa-2015\s+CL-2015-10\s+2016 on\s+adjustment/);
    const json = await pshb('performance', 'method', 'list', '--json');
    expect((JSON.parse(json.stdout) as { id: string }[]).map((method) => method.id)).toEqual([
      'fehbar-1998',
      'ppa-2015',
    ]);
  });

  it('validate: the shipped folder is valid; a bad file exits 2 with file: field: message', async () => {
    const ok = await pshb('performance', 'method', 'validate');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/valid: .*fehbar-1998\.json/);
    const method = JSON.parse(readFileSync(join(SHIPPED_PERFORMANCE_METHODS, 'fehbar-1998.json'), 'utf8'));
    method.cap.max = 'one percent';
    const file = join(folder, 'fehbar-1998.json');
    writeFileSync(file, JSON.stringify(method));
    const bad = await pshb('performance', 'method', 'validate', file, '--json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('error PERFORMANCE_METHOD_INVALID');
    expect(bad.stderr).toContain(`${file}: cap.max:`);
    expect(JSON.parse(bad.stdout)).toMatchObject({ valid: false, checked: [file] });
  });
});

describe('pshb performance evaluate', () => {
  it('prints a factor table per element, the total, the cap, the amount and the reasons', async () => {
    const run = await pshb('performance', 'evaluate', join(CASES, '07-reconsideration-lowers-a-factor.json'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Customer Service: proposed 0.0023333333 of at most 0.007');
    expect(run.stdout).toContain('total factor 0.0030833333 (cap not reached: at most 0.01)');
    expect(run.stdout).toContain('amount withheld: $770,833.33');
    expect(run.stdout).toContain('accepted factors: total 0.00125, amount $312,500.00');
    expect(run.stdout).toMatch(/reasons:\n {2}- Timely Closure on Rates and Benefits/);
    expect(run.stdout).toContain('85% (score 0)');
  });

  it('--json gives the proposal and the accepted amount', async () => {
    const run = await pshb('performance', 'evaluate', join(CASES, '03-cap-applied.json'), '--json');
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { proposal: { totalFactor: number; capApplied: boolean } };
    expect(result.proposal).toMatchObject({ totalFactor: 0.01, capApplied: true });
  });

  it('a bad case exits 2 naming the file and each field', async () => {
    const file = join(folder, 'bad-case.json');
    writeFileSync(file, JSON.stringify({ method: 'fehbar-1998', evidence: {}, premiumBase: {} }));
    const run = await pshb('performance', 'evaluate', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`error PERFORMANCE_CASE_INVALID: ${file}: the performance case is invalid`);
    expect(run.stderr).toContain('evidence.carrierCode:');
    expect(run.stderr).toContain('premiumBase.amountCents:');
  });
});
