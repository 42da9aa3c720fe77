// Lookups over a plan catalogue, built once per run so that deciding a household never scans the
// catalogue: PSHB enrollment codes, OPM's crosswalk, and the lowest-cost choices 890.1605(c) asks for.
import type { Catalogue, CrosswalkEntry, EnrollmentType, PlanOption, Premium } from '../domain/catalogue.ts';

/** One PSHB option in one enrollment type: what an enrollment code stands for. */
export interface PshbOffer {
  readonly option: PlanOption;
  readonly enrollmentType: EnrollmentType;
  readonly premium: Premium;
}

/** The choices 890.1605(c) needs within one PSHB plan, for one enrollment type. */
export interface PlanChoices {
  /** Offers of the plan in this type, cheapest first. */
  readonly offers: readonly PshbOffer[];
  /** Cheapest offer that is not an HDHP and charges no membership fee, if any. */
  readonly lowestPlain: PshbOffer | null;
  /** True when every option of the plan in this type is a high deductible health plan. */
  readonly onlyHdhp: boolean;
}

export interface CatalogueIndex {
  readonly catalogue: Catalogue;
  /** PSHB offers by enrollment code, e.g. '35A'. */
  readonly pshbByEnrollmentCode: ReadonlyMap<string, PshbOffer>;
  /** PSHB offers by plan code, option code and enrollment type. */
  readonly pshbOffer: (planCode: string, optionCode: string, type: EnrollmentType) => PshbOffer | null;
  /** Per PSHB plan code and enrollment type. */
  readonly pshbPlanChoices: (planCode: string, type: EnrollmentType) => PlanChoices | null;
  /** The cheapest nationwide PSHB offer per type that is not an HDHP and charges no fee (890.1605(c)(3)). */
  readonly lowestNationwidePlain: ReadonlyMap<EnrollmentType, PshbOffer>;
  /** OPM's crosswalk entry for an FEHB plan option in a region, falling back to region '*'. */
  readonly crosswalkFor: (
    fehbPlanCode: string,
    fehbOptionCode: string,
    region: string | null,
  ) => CrosswalkEntry | null;
}

const ENROLLMENT_TYPES: readonly EnrollmentType[] = ['self_only', 'self_plus_one', 'self_and_family'];
const ANY_REGION = '*';

/** Cheapest for the enrollee, biweekly; ties go to the lower total premium, then the lower code. */
export function compareOfferCost(a: PshbOffer, b: PshbOffer): number {
  return (
    a.premium.biweekly.enrollee - b.premium.biweekly.enrollee ||
    a.premium.biweekly.total - b.premium.biweekly.total ||
    (a.premium.enrollmentCode < b.premium.enrollmentCode
      ? -1
      : a.premium.enrollmentCode > b.premium.enrollmentCode
        ? 1
        : 0)
  );
}

/** Neither a high deductible health plan nor one with an association or membership fee. */
export function isPlainOption(option: PlanOption): boolean {
  return !option.hdhp && !option.membershipFee;
}

export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const offers = pshbOffers(catalogue);
  const byCode = new Map(offers.map((offer) => [offer.premium.enrollmentCode, offer]));
  const byOption = new Map(
    offers.map((o) => [offerKey(o.option.planCode, o.option.optionCode, o.enrollmentType), o]),
  );
  const planChoices = choicesByPlan(offers);
  const crosswalk = new Map(
    catalogue.crosswalk.map((e) => [crosswalkKey(e.fehbPlanCode, e.fehbOptionCode, e.region), e]),
  );
  return {
    catalogue,
    pshbByEnrollmentCode: byCode,
    pshbOffer: (plan, option, type) => byOption.get(offerKey(plan, option, type)) ?? null,
    pshbPlanChoices: (plan, type) => planChoices.get(offerKey(plan, '', type)) ?? null,
    lowestNationwidePlain: lowestNationwidePlain(offers),
    crosswalkFor: (plan, option, region) =>
      (region === null ? undefined : crosswalk.get(crosswalkKey(plan, option, region))) ??
      crosswalk.get(crosswalkKey(plan, option, ANY_REGION)) ??
      null,
  };
}

function pshbOffers(catalogue: Catalogue): PshbOffer[] {
  const offers: PshbOffer[] = [];
  for (const option of catalogue.options) {
    if (option.program !== 'PSHB') continue;
    for (const enrollmentType of ENROLLMENT_TYPES) {
      const premium = option.premiums[enrollmentType];
      if (premium) offers.push({ option, enrollmentType, premium });
    }
  }
  return offers.sort(compareOfferCost);
}

function choicesByPlan(sortedOffers: readonly PshbOffer[]): Map<string, PlanChoices> {
  const grouped = new Map<string, PshbOffer[]>();
  for (const offer of sortedOffers) {
    const key = offerKey(offer.option.planCode, '', offer.enrollmentType);
    const group = grouped.get(key);
    if (group) group.push(offer);
    else grouped.set(key, [offer]);
  }
  const choices = new Map<string, PlanChoices>();
  for (const [key, group] of grouped) {
    choices.set(key, {
      offers: group,
      lowestPlain: group.find((offer) => isPlainOption(offer.option)) ?? null,
      onlyHdhp: group.every((offer) => offer.option.hdhp),
    });
  }
  return choices;
}

function lowestNationwidePlain(sortedOffers: readonly PshbOffer[]): Map<EnrollmentType, PshbOffer> {
  const lowest = new Map<EnrollmentType, PshbOffer>();
  for (const offer of sortedOffers) {
    const qualifies = offer.option.serviceArea === 'nationwide' && isPlainOption(offer.option);
    if (qualifies && !lowest.has(offer.enrollmentType)) lowest.set(offer.enrollmentType, offer);
  }
  return lowest;
}

// A separator that cannot occur in a plan or option code keeps composite keys unambiguous.
function offerKey(planCode: string, optionCode: string, type: EnrollmentType): string {
  return `${planCode}\u0000${optionCode}\u0000${type}`;
}

function crosswalkKey(planCode: string, optionCode: string, region: string): string {
  return `${planCode}\u0000${optionCode}\u0000${region}`;
}
