// pshb performance notice|respond|reconsideration|final|money on a PGlite folder: the due process of
// an accepted evaluation from the command line, with the program date moved between the steps.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAcceptedEvaluation } from '../../test-support/performance-evaluation-fixtures.ts';
import { pshb } from '../../test-support/run-pshb.ts';
import { taggedPdfFacts } from '../../test-support/tagged-pdf.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { openStore } from '../storage/store.ts';

describe('pshb performance due process', () => {
  let folder: string;
  let id: number;
  const saved = process.env.PSHB_PROGRAM_DATE;
  const on = (date: string) => {
    process.env.PSHB_PROGRAM_DATE = date;
  };
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'pshb-performance-process-'));
    const store = await openStore({ dataDir: folder });
    await migrateToLatest(store);
    id = await insertAcceptedEvaluation(store);
    await store.close();
  }, 60_000);
  afterAll(() => {
    if (saved === undefined) delete process.env.PSHB_PROGRAM_DATE;
    else process.env.PSHB_PROGRAM_DATE = saved;
    rmSync(folder, { recursive: true, force: true });
  });

  it('48 CFR 1609.7101-2 and 63 FR 55337: notice, reconsideration, final, overdue rebate, withheld, deposited', async () => {
    on('2028-03-01');
    const issued = await pshb(
      folder,
      'performance',
      'notice',
      'issue',
      String(id),
      '--response-days',
      '20',
      '--json',
    );
    expect(issued.stderr).toBe('');
    const notice = JSON.parse(issued.stdout) as { id: number; responseDueOn: string };
    expect(notice.responseDueOn).toBe('2028-03-21');
    const pdf = join(folder, 'notice.pdf');
    const shown = await pshb(
      folder,
      'performance',
      'notice',
      'show',
      String(notice.id),
      '--format',
      'pdf',
      '--out',
      pdf,
    );
    expect(shown.code).toBe(0);
    expect(existsSync(pdf) && taggedPdfFacts(readFileSync(pdf)).structTreeRoot).toBe(true);

    on('2028-03-10');
    expect(
      (
        await pshb(
          folder,
          'performance',
          'respond',
          String(id),
          '--text',
          'We disagree.',
          '--as-carrier',
          'FEP',
        )
      ).code,
    ).toBe(0);
    const request = await pshb(
      folder,
      'performance',
      'reconsideration',
      'request',
      String(id),
      '--grounds',
      'Files were on time.',
      '--element',
      'customer-service',
    );
    expect(request.stdout).toContain('customer-service');
    const refused = await pshb(
      folder,
      'performance',
      'reconsideration',
      'decide',
      String(id),
      '--outcome',
      'partly',
      '--factor',
      'nonsense',
      '--reason',
      'r',
    );
    expect(refused.code).toBe(2);
    const decided = await pshb(
      folder,
      'performance',
      'reconsideration',
      'decide',
      String(id),
      '--outcome',
      'partly',
      '--factor',
      'customer-service=0.0001',
      '--reason',
      'Half the files were on time.',
    );
    expect(decided.stdout).toContain('$10,000.00');

    on('2028-04-01');
    const final = await pshb(folder, 'performance', 'final', String(id), '--reason', 'As reconsidered.');
    expect(final.stdout).toContain('rebate due by 2028-05-31');

    on('2028-06-01');
    const check = await pshb(folder, 'performance', 'money', 'check-overdue', '--json');
    expect((JSON.parse(check.stdout) as { scheduled: unknown[] }).scheduled).toHaveLength(1);
    on('2029-03-01');
    for (const [payment, amount, day] of [
      ['1', '333334', '2029-01-01'],
      ['2', '333333', '2029-02-01'],
      ['3', '333333', '2029-03-01'],
    ] as const)
      expect(
        (
          await pshb(
            folder,
            'performance',
            'money',
            'record',
            String(id),
            '--kind',
            'withheld',
            '--amount',
            amount,
            '--on',
            day,
            '--payment',
            payment,
          )
        ).code,
      ).toBe(0);
    const deposit = await pshb(
      folder,
      'performance',
      'money',
      'record',
      String(id),
      '--kind',
      'reserve_deposit',
      '--amount',
      '1000000',
      '--on',
      '2029-03-01',
      '--reference',
      'CR-1',
    );
    expect(deposit.stdout).toContain('settled');
    const shownMoney = await pshb(folder, 'performance', 'money', 'show', String(id), '--json');
    expect(JSON.parse(shownMoney.stdout)).toMatchObject({
      balanceCents: 0,
      deposited: 1_000_000,
      state: 'settled',
    });
  }, 120_000);
});
