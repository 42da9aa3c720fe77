// pshb cx on a PGlite folder: the surveys listed and validated, an election invited once, answered
// once through its token with its free text masked, and a channel file imported once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { insertPeople, recordElection } from '../../test-support/cx-fixtures.ts';
import { pshb } from '../../test-support/run-pshb.ts';
import { loadCxCatalogue } from '../exchange/cx/cx-catalogue.ts';
import { sampleTransaction } from '../rules/cx/sampling.ts';
import { openStore } from '../storage/store.ts';

describe('pshb cx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pshb-cx-cli-'));
  const data = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const today = new Date().toISOString().slice(0, 10);

  it('lists, shows and validates the surveys', async () => {
    const list = await pshb(data, 'cx', 'surveys', 'list', '--json');
    expect(JSON.parse(list.stdout).surveys.map((s: { id: string }) => s.id)).toEqual([
      'a11-legacy',
      'a11-v2',
    ]);
    const shown = await pshb(data, 'cx', 'surveys', 'show', 'a11-legacy', '--language', 'es');
    expect(shown.stdout).toContain('Estoy satisfecho');
    expect(shown.stdout).toContain('3206-0000');
    expect((await pshb(data, 'cx', 'surveys', 'validate')).code).toBe(0);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ kind: 'a11-v2', id: 'x', version: '1', trustScale: 'stars' }));
    const refused = await pshb(data, 'cx', 'surveys', 'validate', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${bad}: trustScale:`);
  }, 300_000);

  it('invites after an election once, and the token answers once', async () => {
    expect((await pshb(data, 'cx', 'invite')).code).toBe(0);
    const store = await openStore({ dataDir: data });
    try {
      // The shipped sample takes a quarter of elections: the first person whose election falls in it.
      const points = loadCxCatalogue().points;
      const rate = points.points.find((p) => p.id === 'open-season-election')!.samplingRate;
      const sampled = (id: number) =>
        sampleTransaction(points.samplingSeed, `election:${id}:test-season:${today}`, rate).outcome ===
        'sampled';
      const person = Array.from({ length: 200 }, (_, i) => i + 41).find(sampled)!;
      await insertPeople(store, [person]);
      await recordElection(store, person, today, new Date(Date.now() - 120_000));
    } finally {
      await store.close();
    }
    const invited = JSON.parse((await pshb(data, 'cx', 'invite', '--show-tokens', '--json')).stdout);
    expect(invited.invited).toBe(1);
    const token = invited.tokens[0].token as string;
    // The link sent: the web app's survey form, in the invitation's language (English by default).
    expect(invited.tokens[0].link).toBe(`/survey/${token}?lang=en`);
    expect(
      (JSON.parse((await pshb(data, 'cx', 'invite', '--json')).stdout) as { invited: number }).invited,
    ).toBe(0);
    // A token is base64url, so one in 64 starts with '-': it goes after '--', as the help says.
    const answered = await pshb(
      data,
      'cx',
      'respond',
      '--trust',
      'up',
      '--positive',
      'ease',
      '--text',
      'SSN 123-45-6789',
      '--json',
      '--',
      token,
    );
    expect({ code: answered.code, stderr: answered.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(answered.stdout)).toMatchObject({ identifiersMasked: 1, serviceRecoveryCaseId: null });
    const again = await pshb(data, 'cx', 'respond', '--trust', 'up', '--', token);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('INVITATION_USED');
    const wrong = await pshb(data, 'cx', 'respond', 'no-such-token', '--trust', 'up');
    expect(wrong.stderr).toContain('NOT_FOUND');
  }, 300_000);

  it('imports a channel file once', async () => {
    const file = join(dir, 'ivr.csv');
    writeFileSync(
      file,
      'external_id,responded_on,transaction_point,channel,language,question_1,' +
        'positive_effectiveness,positive_ease,positive_efficiency,positive_transparency,positive_humanity,positive_employee,positive_other,' +
        'negative_effectiveness,negative_ease,negative_efficiency,negative_transparency,negative_humanity,negative_employee,negative_other,question_4\n' +
        `ivr-9,${today},support-case-resolved-helpline,ivr,en,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,\n`,
    );
    expect((await pshb(data, 'cx', 'import', file)).stdout).toMatch(
      /Imported 1 responses as batch \d+ \(cx-import-/,
    );
    expect((await pshb(data, 'cx', 'import', file)).stdout).toMatch(/was imported before .* nothing changed/);
  }, 300_000);
});
