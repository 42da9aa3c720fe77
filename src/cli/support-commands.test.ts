import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../../test-support/run-pshb.ts';

const pshb = runMain;

const example = ['--calls', '100', '--interval', '1800', '--aht', '180', '--service-level', '0.8'];

describe('pshb support staff', () => {
  it('prints one JSON object for the worked example: 14 agents, 20 scheduled', async () => {
    const run = await pshb(
      'support',
      'staff',
      ...example,
      '--answer-within',
      '20',
      '--max-occupancy',
      '0.85',
      '--shrinkage',
      '0.3',
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan).toMatchObject({ model: 'erlang-c', agents: 14, scheduled: 20 });
    expect(plan.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(plan.probabilityOfWaiting).toBeCloseTo(0.1741, 4);
    expect(plan.averageSpeedOfAnswer).toBeCloseTo(7.8359, 4);
    expect(plan.occupancy).toBeCloseTo(0.7143, 4);
    expect(plan.inputs).toMatchObject({
      calls: 100,
      shrinkage: 0.3,
      maxOccupancy: 0.85,
      patienceSeconds: null,
    });
    expect(plan.explanation).toContain('14 agents');
    expect(plan).not.toHaveProperty('probabilityOfAbandonment');
  });

  it('uses Erlang A and reports abandonment when callers have a patience', async () => {
    const run = await pshb(
      'support',
      'staff',
      ...example,
      '--answer-within',
      '20',
      '--patience',
      '300',
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.model).toBe('erlang-a');
    expect(plan.agents).toBe(13);
    expect(plan.probabilityOfAbandonment).toBeGreaterThan(0);
  });

  it('prints a readable summary without --json', async () => {
    const run = await pshb('support', 'staff', ...example, '--answer-within', '20');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('agents on the phones');
    expect(run.stdout).toContain('Erlang C');
  });

  it.each([
    [['--calls', 'many'], '--calls'],
    [['--calls', '-5'], '--calls'],
    [['--service-level', '1.2'], '--service-level'],
    [['--shrinkage', '1'], '--shrinkage'],
    [['--max-occupancy', '0'], '--max-occupancy'],
    [['--patience', '-30'], '--patience'],
    [['--aht', '0'], '--aht'],
  ])('refuses %j, naming the option, with exit code 2', async (override, option) => {
    const args = [...example, '--answer-within', '20'];
    const at = args.indexOf(override[0]!);
    if (at >= 0) args.splice(at, 2, ...override);
    else args.push(...override);
    const run = await pshb('support', 'staff', ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('INVALID_INPUT');
    expect(run.stderr).toContain(option);
  });

  it('refuses a missing required option with exit code 2', async () => {
    const run = await pshb('support', 'staff', ...example);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--answer-within');
  });
});

describe('pshb support validate, simulate, compare, plan', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-support-'));

  it('validates every shipped plan', async () => {
    const run = await pshb('support', 'validate', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).plans.map((p: { id: string }) => p.id)).toEqual([
      'open-season-77',
      'original-16',
    ]);
  });

  it('refuses a bad plan file with exit code 2, naming the file and the field', async () => {
    const plan = JSON.parse(readFileSync('reference-data/support-plans/open-season-77.json', 'utf8'));
    plan.routing.rules[1].entryTier = 'nowhere';
    const file = join(folder, 'bad-plan.json');
    writeFileSync(file, JSON.stringify(plan));
    const run = await pshb('support', 'validate', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('INVALID_FILE');
    expect(run.stderr).toContain('bad-plan.json');
    expect(run.stderr).toContain('routing.rules[1].entryTier');
  });

  it('simulates a plan as JSON, the same for the same seed', async () => {
    const args = [
      'support',
      'simulate',
      '--plan',
      'original-16',
      '--contacts',
      '20000',
      '--seed',
      '4',
      '--json',
    ];
    const first = await pshb(...args);
    expect(first.code, first.stderr).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report.plan.id).toBe('original-16');
    expect(report.conservation.balanced).toBe(true);
    expect(report.days).toHaveLength(24);
    expect((await pshb(...args)).stdout).toBe(first.stdout);
  });

  it('writes the HTML report with the chart', async () => {
    const file = join(folder, 'season.html');
    const run = await pshb('support', 'simulate', '--contacts', '20000', '--html', file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('season service level');
    expect(readFileSync(file, 'utf8')).toContain('<svg');
  });

  it.each([
    [['--seed', '-1'], '--seed'],
    [['--contacts', 'lots'], '--contacts'],
    [['--contacts', '0'], '--contacts'],
    [['--plan', 'no-such-plan'], 'no-such-plan'],
  ])('refuses %j with exit code 2', async (args, named) => {
    const run = await pshb('support', 'simulate', ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(named);
  });

  it('compares the original plan, which fails the target, with the 77-specialist plan, which meets it', async () => {
    const run = await pshb('support', 'compare', '--json');
    expect(run.code, run.stderr).toBe(0);
    const { rows } = JSON.parse(run.stdout);
    expect(
      rows.map((r: { plan: string; meetsServiceLevel: boolean }) => [r.plan, r.meetsServiceLevel]),
    ).toEqual([
      ['original-16', false],
      ['open-season-77', true],
    ]);
    const text = await pshb('support', 'compare');
    expect(text.stdout).toMatch(/original-16: fails the target with [\d.]+%, [\d.]+ points below it/);
  });

  it('renders the written plan', async () => {
    const run = await pshb('support', 'plan', 'original-16');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('## 3. Roles and responsibilities (RACI)');
  });
});
