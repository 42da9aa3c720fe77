// A catalogue's options, premiums and crosswalk as rows the rules and reports can query, loaded by COPY
// in the transaction that stores the version. The columns are the catalogue's own
// (domain/catalogue-columns.ts); here money is in cents and regions a text array.
import {
  BENEFIT_MONEY,
  BENEFIT_VALUES,
  columnsOf,
  CROSSWALK_VALUES,
  OPTION_VALUES,
  optionPremiums,
  PREMIUM_CODE,
  PREMIUM_MONEY,
  PREMIUM_VALUES,
  type CatalogueCell,
  type OptionPremium,
} from '../../domain/catalogue-columns.ts';
import type { Catalogue } from '../../domain/catalogue.ts';
import { copyRows, type ColumnOf, type CopyTarget } from '../copy-rows.ts';
import { csvLine, pgTextArray } from '../csv-text.ts';

const OPTION_COLUMNS = columnsOf(OPTION_VALUES);
/** A premium row names its option by these columns. */
const PREMIUM_OPTION_KEY = ['program', 'contract_year', 'plan_code', 'option_code'] as const;
const PREMIUM_COLUMNS = columnsOf(PREMIUM_VALUES);
const CROSSWALK_COLUMNS = columnsOf(CROSSWALK_VALUES);

const BENEFIT_MONEY_COLUMNS = columnsOf(BENEFIT_MONEY);
const BENEFIT_COLUMNS = columnsOf(BENEFIT_VALUES);

const PLAN_OPTION_COLUMNS: readonly ColumnOf<'plan_option'>[] = [
  'catalogue_version',
  ...OPTION_COLUMNS,
  ...BENEFIT_MONEY_COLUMNS.map((c) => `${c}_cents` as const),
  ...BENEFIT_COLUMNS,
];
const PLAN_PREMIUM_COLUMNS: readonly ColumnOf<'plan_premium'>[] = [
  'catalogue_version',
  ...PREMIUM_OPTION_KEY,
  ...columnsOf(PREMIUM_CODE),
  ...columnsOf(PREMIUM_MONEY).map((c) => `${c}_cents` as const),
];
const CROSSWALK_ENTRY_COLUMNS: readonly ColumnOf<'crosswalk_entry'>[] = [
  'catalogue_version',
  ...CROSSWALK_COLUMNS,
];

export async function copyCatalogueRows(tx: CopyTarget, catalogue: Catalogue): Promise<void> {
  const version = catalogue.version;
  let options = '';
  let premiums = '';
  for (const option of catalogue.options) {
    options += line(version, [
      ...OPTION_COLUMNS.map((c) => OPTION_VALUES[c](option)),
      ...BENEFIT_MONEY_COLUMNS.map((c) => BENEFIT_MONEY[c](option)),
      ...BENEFIT_COLUMNS.map((c) => BENEFIT_VALUES[c](option)),
    ]);
    for (const premium of optionPremiums(option)) premiums += premiumLine(version, premium);
  }
  let crosswalk = '';
  for (const entry of catalogue.crosswalk)
    crosswalk += line(
      version,
      CROSSWALK_COLUMNS.map((c) => CROSSWALK_VALUES[c](entry)),
    );
  await copyRows(tx, 'plan_option', PLAN_OPTION_COLUMNS, options);
  await copyRows(tx, 'plan_premium', PLAN_PREMIUM_COLUMNS, premiums);
  await copyRows(tx, 'crosswalk_entry', CROSSWALK_ENTRY_COLUMNS, crosswalk);
}

function premiumLine(version: string, row: OptionPremium): string {
  return line(version, [
    ...PREMIUM_OPTION_KEY.map((c) => OPTION_VALUES[c](row.option)),
    ...PREMIUM_COLUMNS.map((c) => PREMIUM_VALUES[c](row)),
  ]);
}

function line(version: string, cells: readonly CatalogueCell[]): string {
  return csvLine([version, ...cells.map((v) => (typeof v === 'object' && v !== null ? pgTextArray(v) : v))]);
}
