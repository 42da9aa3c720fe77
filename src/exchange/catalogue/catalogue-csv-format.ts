// The two CSV files a catalogue travels in (docs/data.md, "Catalogue CSV"): plan options with their
// premiums, one row per enrollment code, and OPM's crosswalk, one row per FEHB option and region.
// Money is written in dollars with two decimals, as carriers publish it.
import type { Catalogue, EnrollmentType, PlanOption } from '../../domain/catalogue.ts';
import { csvLine } from '../../storage/csv-text.ts';

export const OPTION_COLUMNS = [
  'program',
  'contract_year',
  'carrier_code',
  'carrier_name',
  'plan_code',
  'option_code',
  'plan_name',
  'option_name',
  'hdhp',
  'membership_fee',
  'service_area',
  'regions',
  'enrollment_code',
  'enrollment_type',
  'biweekly_total',
  'biweekly_government',
  'biweekly_enrollee',
  'monthly_total',
  'monthly_government',
  'monthly_enrollee',
  'source',
  'source_note',
] as const;

export const CROSSWALK_COLUMNS = [
  'fehb_plan_code',
  'fehb_option_code',
  'region',
  'fehb_plan_continues',
  'pshb_plan_code',
  'equivalent_option_code',
  'similar_option_code',
] as const;

/** Regions are state codes separated by semicolons, e.g. CA;NV. */
export const REGION_SEPARATOR = ';';

export function dollars(cents: number): string {
  return (cents / 100).toFixed(2);
}

export interface CatalogueCsv {
  readonly options: string;
  readonly crosswalk: string;
}

export function catalogueToCsv(catalogue: Catalogue): CatalogueCsv {
  const options = [csvLine(OPTION_COLUMNS)];
  for (const option of catalogue.options) {
    for (const [type, premium] of Object.entries(option.premiums) as [
      EnrollmentType,
      PlanOption['premiums'][EnrollmentType],
    ][]) {
      if (!premium) continue;
      options.push(
        csvLine([
          option.program,
          option.contractYear,
          option.carrierCode,
          option.carrierName,
          option.planCode,
          option.optionCode,
          option.planName,
          option.optionName,
          option.hdhp,
          option.membershipFee,
          option.serviceArea,
          option.regions.join(REGION_SEPARATOR),
          premium.enrollmentCode,
          type,
          dollars(premium.biweekly.total),
          dollars(premium.biweekly.government),
          dollars(premium.biweekly.enrollee),
          dollars(premium.monthly.total),
          dollars(premium.monthly.government),
          dollars(premium.monthly.enrollee),
          option.source,
          option.sourceNote,
        ]),
      );
    }
  }
  const crosswalk = [csvLine(CROSSWALK_COLUMNS)];
  for (const entry of catalogue.crosswalk) {
    crosswalk.push(
      csvLine([
        entry.fehbPlanCode,
        entry.fehbOptionCode,
        entry.region,
        entry.fehbPlanContinues,
        entry.pshbPlanCode,
        entry.equivalentOptionCode,
        entry.similarOptionCode,
      ]),
    );
  }
  return { options: options.join(''), crosswalk: crosswalk.join('') };
}
