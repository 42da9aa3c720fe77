// Reads a catalogue from its two CSV files, checking every row and reporting every error with its file,
// line and field; a catalogue is returned only when both files are entirely valid.
import { isDeepStrictEqual } from 'node:util';
import {
  catalogue as catalogueSchema,
  enrollmentType,
  program,
  type Catalogue,
  type CrosswalkEntry,
  type EnrollmentType,
  type PlanBenefits,
  type PlanOption,
  type Premium,
} from '../../domain/catalogue.ts';
import { checkedCsvRecords, type FileChunks } from '../roster/csv-file.ts';
import type { CsvRecord } from '../roster/csv-records.ts';
import { oneOf, requiredBoolean, textWithin, type FieldCheck } from '../roster/field-checks.ts';
import { FileValidationError, RowErrorCollector } from '../roster/row-errors.ts';
import { LEGACY_OPTION_FILE_COLUMNS } from '../../domain/catalogue-columns.ts';
import { CROSSWALK_COLUMNS, OPTION_COLUMNS, REGION_SEPARATOR } from './catalogue-csv-format.ts';

export interface CatalogueHeader {
  readonly id: string;
  readonly version: string;
  readonly source: string;
  readonly contractYear: number;
}

export class CatalogueValidationError extends FileValidationError {}

const money: FieldCheck = (v) =>
  /^\d{1,7}\.\d{2}$/.test(v) ? null : 'must be dollars with two decimals, e.g. 59.17';
const optionalMoney: FieldCheck = (v) => (v === '' ? null : money(v));
const percent: FieldCheck = (v) =>
  v === '' || (/^\d{1,3}$/.test(v) && Number(v) <= 100) ? null : 'must be a whole percentage from 0 to 100';
const brochureUrl: FieldCheck = (v) => {
  if (v === '') return null;
  try {
    return new URL(v).protocol === 'https:' && v.length <= 500 ? null : 'must be an https address';
  } catch {
    return 'must be an https address, e.g. https://www.opm.gov/';
  }
};
const year: FieldCheck = (v) => (/^(19|20)\d{2}$/.test(v) ? null : 'must be a four-digit year');
const code: FieldCheck = (v) => (/^[0-9A-Z]{1,4}$/.test(v) ? null : 'must be 1-4 capital letters or digits');
const optionalCode: FieldCheck = (v) => (v === '' ? null : code(v));
const enrollmentCode: FieldCheck = (v) =>
  /^[0-9A-Z]{3}$/.test(v) ? null : 'must be a three-character enrollment code such as 35A or 105';
const regions: FieldCheck = (v) =>
  v === '' || v.split(REGION_SEPARATOR).every((s) => /^[A-Z]{2}$/.test(s))
    ? null
    : `must be two-letter state codes separated by "${REGION_SEPARATOR}"`;
const region: FieldCheck = (v) =>
  v === '*' || /^[A-Z]{2}$/.test(v) ? null : 'must be * or a two-letter state code';

/** Field limits, in characters (docs/data.md); the longest shipped values are a fraction of them. */
export const CATALOGUE_LIMITS = { carrierCode: 10, name: 200, sourceNote: 2000 } as const;
/** Every option column at its longest, each UTF-16 unit possibly a doubled quote. */
const MAX_RECORD_CHARS = 12_000;
const name = textWithin(CATALOGUE_LIMITS.name);

const OPTION_CHECKS: Record<(typeof OPTION_COLUMNS)[number], FieldCheck> = {
  program: oneOf(program.options),
  contract_year: year,
  carrier_code: textWithin(CATALOGUE_LIMITS.carrierCode),
  carrier_name: name,
  plan_code: code,
  option_code: code,
  plan_name: name,
  option_name: name,
  hdhp: requiredBoolean,
  membership_fee: requiredBoolean,
  service_area: oneOf(['nationwide', 'regional']),
  regions,
  enrollment_code: enrollmentCode,
  enrollment_type: oneOf(enrollmentType.options),
  biweekly_total: money,
  biweekly_government: money,
  biweekly_enrollee: money,
  monthly_total: money,
  monthly_government: money,
  monthly_enrollee: money,
  deductible: optionalMoney,
  out_of_pocket_max: optionalMoney,
  membership_fee_yearly: optionalMoney,
  primary_care_copay: optionalMoney,
  specialist_copay: optionalMoney,
  generic_drug_copay: optionalMoney,
  emergency_room_copay: optionalMoney,
  coinsurance_percent: percent,
  brochure_url: brochureUrl,
  benefits_source: (v) => (v === '' ? null : oneOf(['published', 'synthetic'])(v)),
  benefits_source_note: textWithin(CATALOGUE_LIMITS.sourceNote, true),
  source: oneOf(['published', 'synthetic']),
  source_note: textWithin(CATALOGUE_LIMITS.sourceNote, true),
};

/** The option's benefit columns: all given (with their source) or all left empty. */
const BENEFIT_COLUMNS = [
  'membership_fee_yearly',
  'primary_care_copay',
  'specialist_copay',
  'generic_drug_copay',
  'emergency_room_copay',
  'coinsurance_percent',
  'brochure_url',
  'benefits_source',
] as const;
const COST_SHARING_COLUMNS = ['deductible', 'out_of_pocket_max'] as const;

const CROSSWALK_CHECKS: Record<(typeof CROSSWALK_COLUMNS)[number], FieldCheck> = {
  fehb_plan_code: code,
  fehb_option_code: code,
  region,
  fehb_plan_continues: requiredBoolean,
  pshb_plan_code: optionalCode,
  equivalent_option_code: optionalCode,
  similar_option_code: optionalCode,
};

type Row<C extends readonly string[]> = Record<C[number], string>;

/**
 * Parses both files, given as text or as the bytes of UTF-8 files; throws CatalogueValidationError
 * listing every problem (field "options:x" etc.).
 */
export async function parseCatalogueCsv(
  header: CatalogueHeader,
  files: { options: string | FileChunks; crosswalk: string | FileChunks },
): Promise<Catalogue> {
  const errors = new RowErrorCollector();
  const optionRows = await readRows(files.options, OPTION_COLUMNS, OPTION_CHECKS, 'options', errors, {
    legacy: LEGACY_OPTION_FILE_COLUMNS,
  });
  const options = assembleOptions(optionRows, errors);
  const crosswalkRows = await readRows(
    files.crosswalk,
    CROSSWALK_COLUMNS,
    CROSSWALK_CHECKS,
    'crosswalk',
    errors,
  );
  const crosswalk = crosswalkRows.map(({ row }) => toCrosswalkEntry(row));
  // Against an options file read only in part every crosswalk row would look wrong.
  if (!errors.stopped) checkCrosswalk(crosswalkRows, options, errors);
  if (errors.any) throw new CatalogueValidationError('catalogue CSV', errors.errors, errors.count);
  return catalogueSchema.parse({ ...header, options, crosswalk });
}

async function readRows<C extends readonly string[]>(
  source: string | FileChunks,
  columns: C,
  checks: Record<C[number], FieldCheck>,
  file: string,
  errors: RowErrorCollector,
  older: { legacy?: readonly string[] } = {},
): Promise<{ line: number; row: Row<C> }[]> {
  const rows: { line: number; row: Row<C> }[] = [];
  let headerSeen = false;
  /** Where each column is in a file of the older layout; the columns it lacks read as empty. */
  let legacyIndex: Map<string, number> | null = null;
  const bytes = typeof source === 'string' ? [Buffer.from(source, 'utf8')] : source;
  const format = { columns, maxRecordChars: MAX_RECORD_CHARS, fieldPrefix: `${file}:` };
  for await (const record of checkedCsvRecords(bytes, format, errors)) {
    if (!headerSeen) {
      headerSeen = true;
      const header = record.fields.join(',');
      if (older.legacy && header === older.legacy.join(','))
        legacyIndex = new Map(older.legacy.map((column, i) => [column, i]));
      else if (header !== columns.join(','))
        errors.add(record.line, `${file}:header`, `must be exactly ${columns.join(',')}`);
      continue;
    }
    if (record.text === '') continue;
    const legacy = legacyIndex;
    const current =
      legacy && record.fields.length === legacy.size
        ? {
            ...record,
            fields: columns.map((column) => {
              const at = legacy.get(column);
              return at === undefined ? '' : record.fields[at]!;
            }),
          }
        : record;
    const row = checkRecord(current, columns, checks, file, errors);
    if (row) rows.push({ line: record.line, row });
  }
  if (!headerSeen) errors.add(1, `${file}:header`, 'the file is empty');
  return rows;
}

function checkRecord<C extends readonly string[]>(
  record: Pick<CsvRecord, 'line' | 'fields'>,
  columns: C,
  checks: Record<C[number], FieldCheck>,
  file: string,
  errors: RowErrorCollector,
): Row<C> | null {
  if (record.fields.length !== columns.length) {
    errors.add(record.line, `${file}:row`, `has ${record.fields.length} fields, expected ${columns.length}`);
    return null;
  }
  const row = {} as Row<C>;
  let valid = true;
  columns.forEach((column: C[number], i) => {
    const value = record.fields[i]!;
    const problem = checks[column](value);
    if (problem) {
      errors.add(record.line, `${file}:${column}`, problem);
      valid = false;
    }
    row[column] = value;
  });
  return valid ? row : null;
}

const cents = (dollars: string): number => Math.round(Number(dollars) * 100);

function premiumOf(row: Row<typeof OPTION_COLUMNS>): Premium {
  const shares = (prefix: 'biweekly' | 'monthly') => ({
    total: cents(row[`${prefix}_total`]),
    government: cents(row[`${prefix}_government`]),
    enrollee: cents(row[`${prefix}_enrollee`]),
  });
  return {
    enrollmentCode: row.enrollment_code,
    biweekly: shares('biweekly'),
    monthly: shares('monthly'),
    ...(row.deductible !== ''
      ? {
          costSharing: {
            deductible: cents(row.deductible),
            outOfPocketMax: cents(row.out_of_pocket_max),
          },
        }
      : {}),
  };
}

function benefitsOf(row: Row<typeof OPTION_COLUMNS>): PlanBenefits | undefined {
  if (row.benefits_source === '') return undefined;
  return {
    membershipFeeYearly: cents(row.membership_fee_yearly),
    copays: {
      primaryCare: cents(row.primary_care_copay),
      specialist: cents(row.specialist_copay),
      genericDrug: cents(row.generic_drug_copay),
      emergencyRoom: cents(row.emergency_room_copay),
    },
    coinsurancePercent: Number(row.coinsurance_percent),
    brochureUrl: row.brochure_url,
    source: row.benefits_source as PlanBenefits['source'],
    sourceNote: row.benefits_source_note,
  };
}

/** Benefit columns all given or all empty; a deductible goes with an out-of-pocket maximum. */
function checkBenefitColumns(
  line: number,
  row: Row<typeof OPTION_COLUMNS>,
  errors: RowErrorCollector,
): boolean {
  let valid = true;
  const given = BENEFIT_COLUMNS.filter((column) => row[column] !== '');
  if (given.length > 0 && given.length < BENEFIT_COLUMNS.length)
    for (const column of BENEFIT_COLUMNS.filter((c) => row[c] === '')) {
      errors.add(line, `options:${column}`, 'is needed when any benefit figure is given');
      valid = false;
    }
  if (given.length === 0 && row.benefits_source_note !== '') {
    errors.add(line, 'options:benefits_source', 'is needed when benefits_source_note is given');
    valid = false;
  }
  const sharing = COST_SHARING_COLUMNS.filter((column) => row[column] !== '');
  if (sharing.length === 1) {
    const missing = COST_SHARING_COLUMNS.find((column) => row[column] === '')!;
    errors.add(line, `options:${missing}`, 'is needed with the other cost-sharing figure');
    valid = false;
  }
  return valid;
}

function optionOf(row: Row<typeof OPTION_COLUMNS>): PlanOption {
  return {
    program: row.program as PlanOption['program'],
    contractYear: Number(row.contract_year),
    carrierCode: row.carrier_code,
    carrierName: row.carrier_name,
    planCode: row.plan_code,
    optionCode: row.option_code,
    planName: row.plan_name,
    optionName: row.option_name,
    hdhp: row.hdhp === 'true',
    membershipFee: row.membership_fee === 'true',
    serviceArea: row.service_area as PlanOption['serviceArea'],
    regions: row.regions === '' ? [] : row.regions.split(REGION_SEPARATOR),
    premiums: {},
    ...(row.benefits_source !== '' ? { benefits: benefitsOf(row)! } : {}),
    source: row.source as PlanOption['source'],
    sourceNote: row.source_note,
  };
}

/** Rows of one option (program, year, plan, option) must agree on everything but the premium. */
function assembleOptions(
  rows: { line: number; row: Row<typeof OPTION_COLUMNS> }[],
  errors: RowErrorCollector,
): PlanOption[] {
  const options = new Map<string, PlanOption>();
  const codes = new Map<string, number>();
  for (const { line, row } of rows) {
    if (!checkBenefitColumns(line, row, errors)) continue;
    const premium = premiumOf(row);
    for (const period of ['biweekly', 'monthly'] as const) {
      const p = premium[period];
      if (p.government + p.enrollee !== p.total)
        errors.add(
          line,
          `options:${period}_total`,
          'must equal the government share plus the enrollee share',
        );
    }
    if (row.service_area === 'regional' && row.regions === '')
      errors.add(line, 'options:regions', 'a regional option must list the states it serves');
    if (row.service_area === 'nationwide' && row.regions !== '')
      errors.add(line, 'options:regions', 'a nationwide option lists no states');
    const codeKey = `${row.program}/${row.contract_year}/${row.enrollment_code}`;
    const seenOn = codes.get(codeKey);
    if (seenOn !== undefined) errors.add(line, 'options:enrollment_code', `duplicates line ${seenOn}`);
    else codes.set(codeKey, line);

    const key = `${row.program}/${row.contract_year}/${row.plan_code}/${row.option_code}`;
    const fresh = optionOf(row);
    const option = options.get(key) ?? fresh;
    if (option !== fresh && !isDeepStrictEqual({ ...option, premiums: {} }, fresh))
      errors.add(line, 'options:row', `option fields differ from the earlier rows of ${key}`);
    const type = row.enrollment_type as EnrollmentType;
    if (option.premiums[type])
      errors.add(line, 'options:enrollment_type', `${key} already has a ${type} row`);
    option.premiums[type] = premium;
    options.set(key, option);
  }
  return [...options.values()];
}

function toCrosswalkEntry(row: Row<typeof CROSSWALK_COLUMNS>): CrosswalkEntry {
  return {
    fehbPlanCode: row.fehb_plan_code,
    fehbOptionCode: row.fehb_option_code,
    region: row.region,
    fehbPlanContinues: row.fehb_plan_continues === 'true',
    pshbPlanCode: row.pshb_plan_code || null,
    equivalentOptionCode: row.equivalent_option_code || null,
    similarOptionCode: row.similar_option_code || null,
  };
}

/**
 * An equivalent option is named only when the FEHB plan continues (890.1605(c)(1)), a similar one only
 * when it does not (c)(2); both need a PSHB plan, and every code must be in the options file.
 */
function checkCrosswalk(
  rows: { line: number; row: Row<typeof CROSSWALK_COLUMNS> }[],
  options: readonly PlanOption[],
  errors: RowErrorCollector,
): void {
  const fehb = new Set(
    options.filter((o) => o.program === 'FEHB').map((o) => `${o.planCode}/${o.optionCode}`),
  );
  const pshbPlans = new Set(options.filter((o) => o.program === 'PSHB').map((o) => o.planCode));
  const pshb = new Set(
    options.filter((o) => o.program === 'PSHB').map((o) => `${o.planCode}/${o.optionCode}`),
  );
  const seen = new Map<string, number>();
  for (const { line, row } of rows) {
    const key = `${row.fehb_plan_code}/${row.fehb_option_code}/${row.region}`;
    const first = seen.get(key);
    if (first !== undefined) errors.add(line, 'crosswalk:region', `duplicates line ${first}`);
    else seen.set(key, line);
    if (!fehb.has(`${row.fehb_plan_code}/${row.fehb_option_code}`))
      errors.add(line, 'crosswalk:fehb_option_code', 'is not an FEHB option of the options file');
    if (row.pshb_plan_code !== '' && !pshbPlans.has(row.pshb_plan_code))
      errors.add(line, 'crosswalk:pshb_plan_code', 'is not a PSHB plan of the options file');
    const continues = row.fehb_plan_continues === 'true';
    checkMatch(line, row, 'equivalent_option_code', continues, pshb, errors);
    checkMatch(line, row, 'similar_option_code', !continues, pshb, errors);
  }
}

function checkMatch(
  line: number,
  row: Row<typeof CROSSWALK_COLUMNS>,
  field: 'equivalent_option_code' | 'similar_option_code',
  allowed: boolean,
  pshb: ReadonlySet<string>,
  errors: RowErrorCollector,
): void {
  const value = row[field];
  if (value === '') return;
  if (!allowed) {
    const when =
      field === 'equivalent_option_code' ? 'the FEHB plan continues' : 'the FEHB plan does not continue';
    errors.add(line, `crosswalk:${field}`, `is only given when ${when}`);
  } else if (row.pshb_plan_code === '') errors.add(line, `crosswalk:${field}`, 'needs a pshb_plan_code');
  else if (!pshb.has(`${row.pshb_plan_code}/${value}`))
    errors.add(line, `crosswalk:${field}`, `is not an option of PSHB plan ${row.pshb_plan_code}`);
}
