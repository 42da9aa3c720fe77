import { describe, expect, it } from 'vitest';
import { loadShippedCatalogue } from '../../reference-data.ts';
import { catalogueToCsv } from './catalogue-csv-format.ts';
import { CatalogueValidationError, parseCatalogueCsv } from './catalogue-csv-parse.ts';

const shipped = loadShippedCatalogue();
const header = {
  id: shipped.id,
  version: shipped.version,
  source: shipped.source,
  contractYear: shipped.contractYear,
};

async function errorsOf(files: { options: string; crosswalk: string }): Promise<CatalogueValidationError> {
  const error = await parseCatalogueCsv(header, files).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CatalogueValidationError);
  return error as CatalogueValidationError;
}

describe('catalogue CSV', () => {
  it('round-trips the shipped catalogue', async () => {
    const csv = catalogueToCsv(shipped);
    expect(await parseCatalogueCsv(header, csv)).toEqual(shipped);
  });

  it('reports every bad row and field with its line, not just the first', async () => {
    const { options, crosswalk } = catalogueToCsv(shipped);
    const optionLines = options.split('\n');
    optionLines[1] = optionLines[1]!.replace(',59.17,', ',59.1x,').replace(/^PSHB,2025,/, 'PSHX,2025,');
    optionLines[3] = optionLines[3]!
      .replace(',true,false,', ',yes,false,')
      .replace(',false,false,', ',false,maybe,');
    const crosswalkLines = crosswalk.split('\n');
    crosswalkLines[1] = '10,2,*,true,33,9,';
    crosswalkLines[2] = 'ZZ,1,*,false,33,1,';
    const error = await errorsOf({ options: optionLines.join('\n'), crosswalk: crosswalkLines.join('\n') });
    const found = error.errors.map((e) => `${e.line} ${e.field}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '2 options:program',
        '2 options:biweekly_enrollee',
        '4 options:membership_fee',
        '2 crosswalk:equivalent_option_code',
        '3 crosswalk:fehb_option_code',
        '3 crosswalk:equivalent_option_code',
      ]),
    );
    expect(error.errorCount).toBe(error.errors.length);
    expect(error.code).toBe('INVALID_FILE');
  });

  it('checks the header, totals and duplicate enrollment codes', async () => {
    const { options, crosswalk } = catalogueToCsv(shipped);
    const lines = options.split('\n');
    lines[0] = lines[0]!.replace('program', 'programme');
    lines[2] = lines[1]!.replace(',236.68,', ',236.69,');
    const error = await errorsOf({ options: lines.join('\n'), crosswalk });
    expect(error.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 1, field: 'options:header' }),
        expect.objectContaining({ line: 3, field: 'options:biweekly_total' }),
        expect.objectContaining({ line: 3, field: 'options:enrollment_code', message: 'duplicates line 2' }),
      ]),
    );
  });
});
