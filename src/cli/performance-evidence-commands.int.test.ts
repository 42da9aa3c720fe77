// pshb performance evidence / premium-base / evaluation on an embedded database: evidence imported
// with a premium base figure, an evaluation proposed, each factor decided with a reason, accepted,
// listed and shown as JSON; a bad file and a missing reason exit 2 naming what to fix.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_CSV } from '../../test-support/performance-evidence-fixtures.ts';
import { pshb } from '../../test-support/run-pshb.ts';

describe('pshb performance evidence and evaluation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pshb-performance-'));
  const data = join(dir, 'data');

  it('imports evidence, proposes, decides every factor with a reason and accepts', async () => {
    const file = join(dir, 'evidence.csv');
    writeFileSync(
      file,
      `${EVIDENCE_CSV}\nFEP,,2025,premium-base.net-to-carrier-cents,100000000,true,FEP premium statement,\n`,
    );
    const imported = await pshb(data, 'performance', 'evidence', 'import', file, '--json');
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ rows: 5, added: 5 });

    const base = await pshb(data, 'performance', 'premium-base', '--carrier', 'FEP', '--year', '2025');
    expect(base.stdout).toContain('$1,000,000.00 (imported)');

    const created = await pshb(
      data,
      'performance',
      'evaluation',
      'create',
      '--carrier',
      'FEP',
      '--year',
      '2025',
      '--json',
    );
    expect(created.code, created.stderr).toBe(0);
    const { evaluation } = JSON.parse(created.stdout) as {
      evaluation: { id: number; factors: { elementId: string; proposedFactor: number }[] };
    };
    const id = String(evaluation.id);

    const noReason = await pshb(
      data,
      'performance',
      'evaluation',
      'decide',
      id,
      '--element',
      evaluation.factors[0]!.elementId,
      '--factor',
      '0',
      '--reason',
      ' ',
    );
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('reason');

    const early = await pshb(data, 'performance', 'evaluation', 'accept', id);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('PERFORMANCE_FACTORS_UNDECIDED');

    for (const factor of evaluation.factors) {
      const decided = await pshb(
        data,
        'performance',
        'evaluation',
        'decide',
        id,
        '--element',
        factor.elementId,
        '--factor',
        String(factor.proposedFactor),
        '--reason',
        'supported by the evidence',
        '--actor',
        'co-test',
      );
      expect(decided.code, decided.stderr).toBe(0);
    }
    const accepted = await pshb(data, 'performance', 'evaluation', 'accept', id, '--json');
    expect(accepted.code, accepted.stderr).toBe(0);
    const view = JSON.parse(accepted.stdout) as {
      state: string;
      factors: { author: string; reason: string }[];
    };
    expect(view.state).toBe('accepted');
    expect(
      view.factors.every((f) => f.author === 'co-test' && f.reason === 'supported by the evidence'),
    ).toBe(true);

    const listed = await pshb(data, 'performance', 'evaluation', 'list');
    expect(listed.stdout).toContain('FEP');
    expect(listed.stdout).toContain('accepted');
    const shown = await pshb(data, 'performance', 'evaluation', 'show', id);
    expect(shown.stdout).toContain('factor_decided');
  }, 120_000);

  it('refuses a bad evidence file whole, naming line and field', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      'carrier_code,plan_code,contract_year,measure,value,applicable,source,note\nFEP,,2025,cahps.x,lots,true,s,\n',
    );
    const refused = await pshb(data, 'performance', 'evidence', 'import', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('error INVALID_FILE');
    expect(refused.stderr).toContain('line 2, value');
  }, 60_000);
});
