import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanOption } from '../../domain/catalogue.ts';
import { loadShippedCatalogue } from '../../reference-data.ts';
import { csvField } from '../../storage/csv-text.ts';
import { splitCsvRecord } from '../roster/csv-records.ts';
import { catalogueToCsv, CROSSWALK_COLUMNS, OPTION_COLUMNS } from './catalogue-csv-format.ts';
import { CatalogueValidationError, parseCatalogueCsv } from './catalogue-csv-parse.ts';

const shipped = loadShippedCatalogue();
const catalogueHeader = {
  id: shipped.id,
  version: shipped.version,
  source: shipped.source,
  contractYear: shipped.contractYear,
};

async function errorsOf(files: { options: string; crosswalk: string }): Promise<CatalogueValidationError> {
  const error = await parseCatalogueCsv(catalogueHeader, files).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CatalogueValidationError);
  return error as CatalogueValidationError;
}

describe('catalogue CSV', () => {
  it('round-trips the shipped catalogue', async () => {
    const csv = catalogueToCsv(shipped);
    expect(await parseCatalogueCsv(catalogueHeader, csv)).toEqual(shipped);
  });

  it('carries each option’s deductible, out-of-pocket maximum, copays, fee and brochure, in dollars', async () => {
    const { options } = catalogueToCsv(shipped);
    const [head, first] = options.split('\n');
    const cell = (column: string) => splitCsvRecord(first!)[splitCsvRecord(head!).indexOf(column)];
    expect(cell('deductible')).toBe('500.00');
    expect(cell('out_of_pocket_max')).toBe('8500.00');
    expect(cell('primary_care_copay')).toBe('10.00');
    expect(cell('membership_fee_yearly')).toBe('0.00');
    expect(cell('brochure_url')).toBe('https://www.fepblue.org/');
    expect(cell('benefits_source')).toBe('synthetic');
  });

  it('an options file of the older layout, without cost figures, still loads', async () => {
    const withoutBenefits = {
      ...shipped,
      options: shipped.options.map(({ benefits: _benefits, ...option }) => ({
        ...option,
        premiums: Object.fromEntries(
          Object.entries(option.premiums).map(([type, { costSharing: _sharing, ...premium }]) => [
            type,
            premium,
          ]),
        ),
      })),
    };
    const { options, crosswalk } = catalogueToCsv(withoutBenefits);
    const lines = options.split('\n').map((line) => (line === '' ? line : splitCsvRecord(line)));
    const header = lines[0] as string[];
    const keep = header
      .map((column, i) => [column, i] as const)
      .filter(
        ([column]) =>
          !/copay|deductible|out_of_pocket|membership_fee_yearly|coinsurance|brochure|benefits_/.test(column),
      )
      .map(([, i]) => i);
    const legacy = lines
      .map((fields) =>
        typeof fields === 'string' ? fields : keep.map((i) => csvField(fields[i]!)).join(','),
      )
      .join('\n');
    expect(await parseCatalogueCsv(catalogueHeader, { options: legacy, crosswalk })).toEqual(withoutBenefits);
  });

  it('benefit figures are all given or all left out; each missing one is named with its line', async () => {
    const { options, crosswalk } = catalogueToCsv(shipped);
    const lines = options.split('\n');
    const columns = splitCsvRecord(lines[0]!);
    const fields = splitCsvRecord(lines[1]!);
    fields[columns.indexOf('specialist_copay')] = '';
    fields[columns.indexOf('out_of_pocket_max')] = '';
    lines[1] = fields.map((f) => csvField(f)).join(',');
    const error = await errorsOf({ options: lines.join('\n'), crosswalk });
    expect(error.errors.map((e) => `${e.line} ${e.field}`)).toEqual(
      expect.arrayContaining(['2 options:specialist_copay', '2 options:out_of_pocket_max']),
    );
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

  it('issue 10 item 15: a Latin-1 byte, a NUL or an over-long name is refused naming its line and field', async () => {
    const { options, crosswalk } = catalogueToCsv(shipped);
    const lines = options.split('\n');
    const latin1 = Buffer.from(
      lines.map((l, i) => (i === 2 ? l.replace(/^PSHB,2025,(\w+),/, 'PSHB,2025,$1,Caf\xe9 ') : l)).join('\n'),
      'latin1',
    );
    const byte = await parseCatalogueCsv(catalogueHeader, {
      options: [latin1],
      crosswalk: [Buffer.from(crosswalk)],
    }).catch((e: unknown) => e);
    expect((byte as CatalogueValidationError).errors.map((e) => `${e.line} ${e.field}`)).toEqual([
      '3 options:carrier_name',
    ]);
    const fields = splitCsvRecord(lines[1]!);
    for (const [column, value] of [
      ['plan_name', 'Blue\u0000'],
      ['option_name', 'x'.repeat(201)],
      ['source_note', 'line\nbreak'],
    ] as const) {
      const changed = [...fields];
      changed[OPTION_COLUMNS.indexOf(column)] = value;
      const bad = [lines[0], changed.map(csvField).join(','), ...lines.slice(2)].join('\n');
      const error = await errorsOf({ options: bad, crosswalk });
      expect(error.errors.map((e) => `${e.line} ${e.field}`)).toContain(`2 options:${column}`);
    }
  });

  it('issue 10 item 15: a byte-order mark before the header is accepted', async () => {
    const { options, crosswalk } = catalogueToCsv(shipped);
    expect(await parseCatalogueCsv(catalogueHeader, { options: `\ufeff${options}`, crosswalk })).toEqual(
      shipped,
    );
  });

  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: 'grapheme', minLength: 150, maxLength: 250 }),
    fc.string({ unit: 'binary-ascii', minLength: 1900, maxLength: 2100 }),
  );
  const TEXT_COLUMNS = ['carrier_code', 'carrier_name', 'plan_name', 'option_name', 'source_note'] as const;
  const KEY: Record<(typeof TEXT_COLUMNS)[number], keyof PlanOption> = {
    carrier_code: 'carrierCode',
    carrier_name: 'carrierName',
    plan_name: 'planName',
    option_name: 'optionName',
    source_note: 'sourceNote',
  };

  it('issue 10 item 15: any text in a text column of every option is either read back exactly or refused naming line and field', async () => {
    const { options, crosswalk } = catalogueToCsv(shipped);
    const [head, ...rows] = options.trimEnd().split('\n');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TEXT_COLUMNS), anyText, async (column, value) => {
        const index = OPTION_COLUMNS.indexOf(column);
        const changed = rows.map((row) => {
          const fields = splitCsvRecord(row);
          fields[index] = value;
          return fields.map(csvField).join(',');
        });
        const files = { options: [head, ...changed].join('\n'), crosswalk };
        const result = await parseCatalogueCsv(catalogueHeader, files).catch((e: unknown) => e);
        if (result instanceof CatalogueValidationError) {
          for (const error of result.errors) expect(error.field).toBe(`options:${column}`);
          return;
        }
        const catalogue = result as typeof shipped;
        for (const option of catalogue.options) expect(option[KEY[column]]).toBe(value);
      }),
      { numRuns: 150 },
    );
  });

  it('issue 10 item 15: any value in any column of either file is either accepted or refused naming a line and field', async () => {
    const { options, crosswalk } = catalogueToCsv(shipped);
    const files = { options: options.split('\n'), crosswalk: crosswalk.split('\n') };
    const columns = { options: OPTION_COLUMNS, crosswalk: CROSSWALK_COLUMNS } as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('options', 'crosswalk'),
        fc.nat(),
        fc.nat(30),
        anyText,
        async (file, row, column, value) => {
          const lines = [...files[file]];
          const line = 1 + (row % (lines.length - 2));
          const fields = splitCsvRecord(lines[line]!);
          fields[column % fields.length] = value;
          lines[line] = fields.map(csvField).join(',');
          const changed = { ...{ options, crosswalk }, [file]: lines.join('\n') };
          const result = await parseCatalogueCsv(catalogueHeader, changed).catch((e: unknown) => e);
          if (!(result instanceof Error)) return;
          expect(result).toBeInstanceOf(CatalogueValidationError);
          for (const error of (result as CatalogueValidationError).errors) {
            expect(error.line).toBeGreaterThanOrEqual(1);
            const [prefix, name] = error.field.split(':');
            expect(['options', 'crosswalk']).toContain(prefix);
            expect([...columns[prefix as 'options'], 'row', 'header']).toContain(name);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
