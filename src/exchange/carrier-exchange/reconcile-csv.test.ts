import { describe, expect, it } from 'vitest';
import { exampleMember } from './companion-guide-examples.ts';
import {
  RECONCILIATION_HEADER,
  ReconciliationCsvError,
  readReconciliationCsv,
  reconciledMemberOf,
  reconciliationCsvLine,
} from './reconcile-csv.ts';
import { reconcileMembers } from './reconcile-members.ts';

const household = [
  exampleMember('enrollee'),
  exampleMember('spouse'),
  exampleMember('child', { name: { last: 'RIVERA, JR', first: 'SOFIA "SOFI"' } }),
];
const file = (lines: string[]) => [RECONCILIATION_HEADER, ...lines].join('\r\n') + '\r\n';

async function refusal(text: string): Promise<ReconciliationCsvError> {
  const error = await readReconciliationCsv(text).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReconciliationCsvError);
  return error as ReconciliationCsvError;
}

describe('companion guide section 10: the reconciliation CSV (5 CFR 890.110)', () => {
  it("reads back the exchange's own audit as the members it compares, quoted names included", async () => {
    const rows = await readReconciliationCsv(file(household.map(reconciliationCsvLine)));
    const exchange = household.map(reconciledMemberOf);
    expect(rows.map(({ line: _line, ...m }) => m)).toEqual(exchange);
    expect([...reconcileMembers(exchange, rows)]).toEqual([]);
  });

  it('refuses a malformed row naming its line and column', async () => {
    const lines = household.map(reconciliationCsvLine);
    lines[1] = lines[1]!.replace('20270101', '20271301');
    const error = await refusal(file(lines));
    expect(error.errors).toEqual([{ line: 3, field: 'coverage_begin', message: expect.any(String) }]);
  });

  it('refuses a header with a column missing or unknown', async () => {
    const error = await refusal(`subscriber_id,member_id,plan\r\n`);
    expect(error.errors[0]).toMatchObject({ line: 1, field: 'header' });
  });

  it('refuses a member listed twice, naming both lines', async () => {
    const line = reconciliationCsvLine(household[0]!);
    const error = await refusal(file([line, line]));
    expect(error.errors).toEqual([
      { line: 3, field: 'member_id', message: expect.stringContaining('line 2') },
    ]);
  });

  it('names repeats in member id order, then line, each with the line before it', async () => {
    // P1000002 on lines 2, 4 and 6; P1000001 on lines 3 and 5 (line 1 is the header).
    const [spouse, enrollee] = [reconciliationCsvLine(household[1]!), reconciliationCsvLine(household[0]!)];
    const error = await refusal(file([spouse, enrollee, spouse, enrollee, spouse]));
    expect(error.errors.map((e) => `${e.line}: ${e.message}`)).toEqual([
      '5: lists P1000001 again (first on line 3)',
      '4: lists P1000002 again (first on line 2)',
      '6: lists P1000002 again (first on line 4)',
    ]);
  });

  it('refuses a row with too few fields', async () => {
    const error = await refusal(file(['P1,P1,18']));
    expect(error.errors[0]).toMatchObject({ line: 2, field: 'row' });
  });
});
