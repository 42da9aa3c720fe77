// pshb cx maturity, cx action, cx action-plan and cx progress-report on a PGlite folder: a year rated
// with evidence, its focus areas and planned actions, and the documents written from the data.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pshb } from '../../test-support/run-pshb.ts';

const DIMENSIONS = [
  'measurement',
  'governance',
  'organization-and-culture',
  'customer-research',
  'service-design',
];

describe('pshb cx maturity / action / action-plan / progress-report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pshb-cx-maturity-cli-'));
  const data = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rates, focuses, plans and writes the action plan as HTML and tagged PDF', async () => {
    for (const d of DIMENSIONS) {
      const rated = await pshb(
        data,
        'cx',
        'maturity',
        'rate',
        '--year',
        '2027',
        '--dimension',
        d,
        '--rating',
        '3',
        '--evidence',
        'docs/support-plan.md',
        '--label',
        'Support plan',
        '--effective-on',
        '2026-10-05',
        '--json',
      );
      expect(rated.code).toBe(0);
    }
    const focus = await pshb(
      data,
      'cx',
      'maturity',
      'focus',
      '--year',
      '2027',
      '--areas',
      'measurement,service-design',
      '--effective-on',
      '2026-10-06',
    );
    expect(focus.stdout).toBe('FY2027 focuses on Measurement and Service Design.\n');
    const added = await pshb(
      data,
      'cx',
      'action',
      'add',
      '--year',
      '2027',
      '--key',
      'spanish-portal',
      '--focus-area',
      'service-design',
      '--title',
      'Every portal page in Spanish',
      '--persona',
      'spanish-speaking-family-member',
      '--owner',
      'Portal product owner',
      '--milestone',
      'inventory|Inventory of English-only pages|2027-01-31',
      '--effective-on',
      '2026-10-07',
      '--json',
    );
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ key: 'spanish-portal', owner: 'Portal product owner' });
    const list = await pshb(
      data,
      'cx',
      'action',
      'list',
      '--year',
      '2027',
      '--as-of',
      '2027-02-01',
      '--json',
    );
    expect(JSON.parse(list.stdout).items[0].status).toBe('delayed');

    const html = join(dir, 'plan.html');
    expect(
      (await pshb(data, 'cx', 'action-plan', '--year', '2027', '--format', 'html', '--out', html)).code,
    ).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('Every portal page in Spanish');
    const pdf = join(dir, 'report.pdf');
    expect(
      (await pshb(data, 'cx', 'progress-report', '--year', '2027', '--format', 'pdf', '--out', pdf)).code,
    ).toBe(0);
    expect(readFileSync(pdf).toString('latin1')).toContain('/StructTreeRoot');
  }, 240_000);

  it('names the option when a value is wrong', async () => {
    const refused = await pshb(data, 'cx', 'maturity', 'focus', '--year', '2027', '--areas', 'measurement');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/areas: exactly 2 focus areas, not 1/);
    const bad = await pshb(data, 'cx', 'action-plan', '--year', '2027', '--format', 'docx');
    expect(bad.stderr).toMatch(/--format: "docx"/);
  }, 120_000);
});
