// The evidence CSV layouts (docs/carrier-performance-evidence.md): a good file read whole, a bad one
// refused with every error named by line and field.
import { describe, expect, it } from 'vitest';
import { PshbError } from '../../errors.ts';
import {
  BAD_EVIDENCE_CSV,
  EVIDENCE_CSV,
  SUBMISSIONS_CSV,
} from '../../../test-support/performance-evidence-fixtures.ts';
import { readEvidenceCsv } from './import-evidence-csv.ts';

const bytes = (text: string) => Buffer.from(text, 'utf8');

async function errorsOf(text: string): Promise<string[]> {
  const error = await readEvidenceCsv(bytes(text)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PshbError);
  return (error as PshbError).details.map((d) => `${d.line} ${d.field}`);
}

describe('evidence CSV', () => {
  it('reads the evidence layout: numbers, booleans, empty applicable as true', async () => {
    const { layout, rows } = await readEvidenceCsv(bytes(EVIDENCE_CSV));
    expect(layout).toBe('evidence');
    expect(rows.map((r) => [r.measure, r.value, r.applicable])).toEqual([
      ['cahps.customer-service', 88.5, true],
      ['hedis.breast-cancer-screening', 71, true],
      ['surveys.cooperated', true, true],
      ['customer-information.errors', 2, true],
    ]);
  });

  it('turns submission dates into days late, 0 when early', async () => {
    const { layout, rows } = await readEvidenceCsv(bytes(SUBMISSIONS_CSV));
    expect(layout).toBe('submissions');
    expect(rows.map((r) => [r.measure, r.value])).toEqual([
      ['rates-benefits.days-late', 3],
      ['contract.days-late', 0],
    ]);
  });

  it('names every bad line and field', async () => {
    expect(await errorsOf(BAD_EVIDENCE_CSV)).toEqual(['2 value', '3 contract_year', '5 measure']);
    expect(await errorsOf('a,b\n1,2\n')).toEqual(['1 header']);
    expect(await errorsOf('')).toEqual(['1 header']);
    expect(
      await errorsOf(
        'carrier_code,plan_code,contract_year,item,due_on,received_on,source,note\nFEP,,2025,brochure,2025-02-30,2025-03-01,,\n',
      ),
    ).toEqual(['2 item', '2 due_on', '2 source']);
    expect(
      await errorsOf(
        'carrier_code,plan_code,contract_year,measure,value,applicable,source,note\nFEP,,2025,hedis.x,140,maybe,s,\n',
      ),
    ).toEqual(['2 value', '2 applicable']);
  });
});
