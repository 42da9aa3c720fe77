// The two CSV files a catalogue travels in (docs/data.md, "Catalogue CSV"): plan options with their
// premiums, one row per enrollment code, and OPM's crosswalk, one row per FEHB option and region. The
// columns are those the catalogue is stored in (domain/catalogue-columns.ts); the file writes money in
// dollars with two decimals, as carriers publish it, and regions as state codes separated by semicolons.
import {
  BENEFIT_MONEY,
  CROSSWALK_COLUMNS,
  CROSSWALK_VALUES,
  OPTION_FILE_COLUMNS,
  optionFileCell,
  optionPremiums,
  PREMIUM_MONEY,
  type CatalogueCell,
} from '../../domain/catalogue-columns.ts';
import type { Catalogue } from '../../domain/catalogue.ts';
import { csvLine } from '../../storage/csv-text.ts';

export const OPTION_COLUMNS = OPTION_FILE_COLUMNS;
export { CROSSWALK_COLUMNS };

/** Regions are state codes separated by semicolons, e.g. CA;NV. */
export const REGION_SEPARATOR = ';';

export function dollars(cents: number): string {
  return (cents / 100).toFixed(2);
}

export interface CatalogueCsv {
  readonly options: string;
  readonly crosswalk: string;
}

const MONEY: ReadonlySet<string> = new Set([...Object.keys(PREMIUM_MONEY), ...Object.keys(BENEFIT_MONEY)]);

export function catalogueToCsv(catalogue: Catalogue): CatalogueCsv {
  const options = [csvLine(OPTION_COLUMNS)];
  for (const row of catalogue.options.flatMap(optionPremiums))
    options.push(csvLine(OPTION_COLUMNS.map((column) => fileText(column, optionFileCell(row, column)))));
  const crosswalk = [csvLine(CROSSWALK_COLUMNS)];
  for (const entry of catalogue.crosswalk)
    crosswalk.push(
      csvLine(CROSSWALK_COLUMNS.map((column) => fileText(column, CROSSWALK_VALUES[column](entry)))),
    );
  return { options: options.join(''), crosswalk: crosswalk.join('') };
}

function fileText(column: string, value: CatalogueCell): string | number | boolean | null {
  if (typeof value === 'object' && value !== null) return value.join(REGION_SEPARATOR);
  return MONEY.has(column) && value !== null ? dollars(value as number) : value;
}
