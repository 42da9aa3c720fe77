// pshb partners deliver, collect and check-acknowledgments on a PGlite folder, with the partners'
// outbox and inbox folders under it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pshb } from '../../test-support/run-pshb.ts';

describe('pshb partners deliver, collect, check-acknowledgments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pshb-delivery-cli-'));
  const data = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("collects a partner's file from its inbox folder once", async () => {
    mkdirSync(join(data, 'inbox', 'FEP'), { recursive: true });
    writeFileSync(join(data, 'inbox', 'FEP', 'FEP-notice.txt'), 'a note from the carrier\n');
    const first = await pshb(data, 'partners', 'collect', '--partner', 'FEP', '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      collected: [{ partner: 'FEP', fileName: 'FEP-notice.txt', outcome: 'kept' }],
      alreadyCollected: 0,
    });
    const again = await pshb(data, 'partners', 'collect', '--partner', 'FEP');
    expect(again.stdout).toMatch(/Collected 0 new file\(s\); 1 seen before/);
  }, 120_000);

  it('has nothing to deliver or raise in an empty exchange', async () => {
    expect((await pshb(data, 'partners', 'deliver')).stdout).toBe('Nothing to deliver.\n');
    const check = await pshb(data, 'partners', 'check-acknowledgments', '--json');
    expect(JSON.parse(check.stdout)).toEqual({ overdue: [], incidentId: null });
  }, 120_000);

  it('names the option when the partner is unknown', async () => {
    const refused = await pshb(data, 'partners', 'deliver', '--partner', 'NOPE');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--partner: no partner "NOPE"/);
  });
});
