// A catalogue's columns, each named once with the value it takes. The catalogue CSV files
// (exchange/catalogue) and the catalogue tables (storage/catalogue) carry the same columns; they differ
// only in how they spell money (dollars in the file, cents in the tables) and regions (a list either way).
import type { CrosswalkEntry, EnrollmentType, PlanOption, Premium } from './catalogue.ts';

export type CatalogueCell = string | number | boolean | null | readonly string[];

/** One enrollment code of an option: what a row of the options file describes. */
export interface OptionPremium {
  readonly option: PlanOption;
  readonly type: EnrollmentType;
  readonly premium: Premium;
}

/** The option's premiums in the order they were given. */
export function optionPremiums(option: PlanOption): OptionPremium[] {
  const premiums: OptionPremium[] = [];
  for (const [type, premium] of Object.entries(option.premiums) as [EnrollmentType, Premium | undefined][])
    if (premium) premiums.push({ option, type, premium });
  return premiums;
}

type Values<T> = Record<string, (value: T) => CatalogueCell>;

/** What the option is: the same on each of its premiums' rows. */
const OPTION_DESCRIPTION = {
  program: (o) => o.program,
  contract_year: (o) => o.contractYear,
  carrier_code: (o) => o.carrierCode,
  carrier_name: (o) => o.carrierName,
  plan_code: (o) => o.planCode,
  option_code: (o) => o.optionCode,
  plan_name: (o) => o.planName,
  option_name: (o) => o.optionName,
  hdhp: (o) => o.hdhp,
  membership_fee: (o) => o.membershipFee,
  service_area: (o) => o.serviceArea,
  regions: (o) => o.regions,
} satisfies Values<PlanOption>;

/** What the option charges besides its premiums, in cents; null when the catalogue gives no figures. */
export const BENEFIT_MONEY = {
  membership_fee_yearly: (o) => o.benefits?.membershipFeeYearly ?? null,
  primary_care_copay: (o) => o.benefits?.copays.primaryCare ?? null,
  specialist_copay: (o) => o.benefits?.copays.specialist ?? null,
  generic_drug_copay: (o) => o.benefits?.copays.genericDrug ?? null,
  emergency_room_copay: (o) => o.benefits?.copays.emergencyRoom ?? null,
} satisfies Values<PlanOption>;

/** The rest of the option's benefit figures, with where they come from; null when none. */
export const BENEFIT_VALUES = {
  coinsurance_percent: (o) => o.benefits?.coinsurancePercent ?? null,
  brochure_url: (o) => o.benefits?.brochureUrl ?? null,
  benefits_source: (o) => o.benefits?.source ?? null,
  benefits_source_note: (o) => o.benefits?.sourceNote ?? null,
} satisfies Values<PlanOption>;

/** Where the option's figures come from. */
const OPTION_PROVENANCE = {
  source: (o) => o.source,
  source_note: (o) => o.sourceNote,
} satisfies Values<PlanOption>;

/** Which enrollment code a premium is. */
export const PREMIUM_CODE = {
  enrollment_code: (p) => p.premium.enrollmentCode,
  enrollment_type: (p) => p.type,
} satisfies Values<OptionPremium>;

/** The premium's shares, in cents. */
export const PREMIUM_MONEY = {
  biweekly_total: (p) => p.premium.biweekly.total,
  biweekly_government: (p) => p.premium.biweekly.government,
  biweekly_enrollee: (p) => p.premium.biweekly.enrollee,
  monthly_total: (p) => p.premium.monthly.total,
  monthly_government: (p) => p.premium.monthly.government,
  monthly_enrollee: (p) => p.premium.monthly.enrollee,
  deductible: (p) => p.premium.costSharing?.deductible ?? null,
  out_of_pocket_max: (p) => p.premium.costSharing?.outOfPocketMax ?? null,
} satisfies Values<OptionPremium>;

/** The option's own columns. */
export const OPTION_VALUES = { ...OPTION_DESCRIPTION, ...OPTION_PROVENANCE };
/** The option's benefit columns. */
export const OPTION_BENEFIT_VALUES = { ...BENEFIT_MONEY, ...BENEFIT_VALUES };
/** The columns that differ between the premiums of one option. */
export const PREMIUM_VALUES = { ...PREMIUM_CODE, ...PREMIUM_MONEY };

export const CROSSWALK_VALUES = {
  fehb_plan_code: (e) => e.fehbPlanCode,
  fehb_option_code: (e) => e.fehbOptionCode,
  region: (e) => e.region,
  fehb_plan_continues: (e) => e.fehbPlanContinues,
  pshb_plan_code: (e) => e.pshbPlanCode,
  equivalent_option_code: (e) => e.equivalentOptionCode,
  similar_option_code: (e) => e.similarOptionCode,
} satisfies Values<CrosswalkEntry>;

export type OptionColumn = keyof typeof OPTION_VALUES;
export type PremiumColumn = keyof typeof PREMIUM_VALUES;
export type BenefitColumn = keyof typeof OPTION_BENEFIT_VALUES;
export type MoneyColumn = keyof typeof PREMIUM_MONEY | keyof typeof BENEFIT_MONEY;
export type CrosswalkColumn = keyof typeof CROSSWALK_VALUES;

/** The names of a set of columns, in the order they were written above. */
export function columnsOf<T extends object>(values: T): readonly (keyof T & string)[] {
  return Object.keys(values) as (keyof T & string)[];
}

/**
 * The options file's columns: the option's description, the premium with its cost sharing, the option's
 * benefits, then the provenance.
 */
export const OPTION_FILE_COLUMNS: readonly (OptionColumn | PremiumColumn | BenefitColumn)[] = [
  ...columnsOf(OPTION_DESCRIPTION),
  ...columnsOf(PREMIUM_VALUES),
  ...columnsOf(OPTION_BENEFIT_VALUES),
  ...columnsOf(OPTION_PROVENANCE),
];

/** The columns an options file had before cost sharing and benefits were added; such files still load. */
export const LEGACY_OPTION_FILE_COLUMNS: readonly string[] = OPTION_FILE_COLUMNS.filter(
  (column) => !(column in OPTION_BENEFIT_VALUES) && column !== 'deductible' && column !== 'out_of_pocket_max',
);

export const CROSSWALK_COLUMNS = columnsOf(CROSSWALK_VALUES);

/** The value of any options-file column on one premium's row. */
export function optionFileCell(
  row: OptionPremium,
  column: OptionColumn | PremiumColumn | BenefitColumn,
): CatalogueCell {
  if (column in OPTION_VALUES) return OPTION_VALUES[column as OptionColumn](row.option);
  if (column in OPTION_BENEFIT_VALUES) return OPTION_BENEFIT_VALUES[column as BenefitColumn](row.option);
  return PREMIUM_VALUES[column as PremiumColumn](row);
}
