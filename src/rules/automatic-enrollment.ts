// Which PSHB option an FEHB enrollee lands in without an election: 5 CFR 890.1605(c). OPM's
// determinations (same carrier's PSHB plan, equivalent or similar option, area) come from the
// catalogue's crosswalk; the code only applies the order of the paragraphs and "lowest cost".
import type { FehbEnrollment } from '../domain/enrollment.ts';
import type { CatalogueIndex, PlanChoices, PshbOffer } from './catalogue-index.ts';

export interface AutomaticChoice {
  readonly offer: PshbOffer;
  /** The paragraph that picked the option, e.g. '5 CFR 890.1605(c)(1)(i)'. */
  readonly citation: string;
  /** Why, in words, ending with a full stop. */
  readonly reason: string;
  /** The crosswalk region used ('*' for every area), or null when no crosswalk entry applied. */
  readonly crosswalkRegion: string | null;
}

/** "Lowest cost" throughout: the enrollee's biweekly share for the enrollment type (ties: total, then code). */
export const COST_BASIS =
  'lowest enrollee biweekly share for the enrollment type; ties by total premium, then code';

/**
 * The option for automatic enrollment, or null when the catalogue has no nationwide option without an
 * HDHP or fee in the enrollment type (a catalogue error the caller reports).
 */
export function chooseAutomaticEnrollment(
  fehb: FehbEnrollment,
  residenceState: string | null,
  catalogue: CatalogueIndex,
): AutomaticChoice | null {
  const type = fehb.enrollmentType;
  const entry = catalogue.crosswalkFor(fehb.planCode, fehb.optionCode, residenceState);
  let fallback: string;
  if (entry === null) {
    fallback = `OPM's crosswalk has no entry for FEHB plan ${fehb.planCode} option ${fehb.optionCode}.`;
  } else if (entry.pshbPlanCode === null) {
    fallback = `The carrier offers no PSHB plan in the area (crosswalk region ${entry.region}).`;
  } else {
    const plan = catalogue.pshbPlanChoices(entry.pshbPlanCode, type);
    if (plan === null) {
      fallback = `The crosswalk names PSHB plan ${entry.pshbPlanCode}, which has no option in this enrollment type.`;
    } else {
      const region = entry.region;
      const sameCarrier = entry.fehbPlanContinues
        ? continuingPlan(plan, entry.equivalentOptionCode, catalogue, type, region)
        : discontinuedPlan(plan, entry.similarOptionCode, catalogue, type, region);
      if (sameCarrier !== null) return sameCarrier;
      fallback = `No option of the carrier's PSHB plan ${entry.pshbPlanCode} is free of an HDHP and a membership fee.`;
    }
  }
  const nationwide = catalogue.lowestNationwidePlain.get(type);
  if (nationwide === undefined) return null;
  // 5 CFR 890.1605(c)(3): lowest-cost nationwide option that is not an HDHP and charges no fee.
  return {
    offer: nationwide,
    citation: '5 CFR 890.1605(c)(3)',
    reason: `${fallback} So the lowest-cost nationwide PSHB option without an HDHP or membership fee applies.`,
    crosswalkRegion: entry?.region ?? null,
  };
}

// 5 CFR 890.1605(c)(1): the carrier keeps the FEHB plan in 2025 and offers a PSHB plan in the area.
function continuingPlan(
  plan: PlanChoices,
  equivalentOptionCode: string | null,
  catalogue: CatalogueIndex,
  type: PshbOffer['enrollmentType'],
  region: string,
): AutomaticChoice | null {
  const planCode = plan.offers[0]!.option.planCode;
  const equivalent =
    equivalentOptionCode === null ? null : catalogue.pshbOffer(planCode, equivalentOptionCode, type);
  if (equivalent !== null) {
    // 5 CFR 890.1605(c)(1)(i)
    return choice(
      equivalent,
      '5 CFR 890.1605(c)(1)(i)',
      'OPM determined this option equivalent to the FEHB option.',
      region,
    );
  }
  if (plan.lowestPlain !== null) {
    // 5 CFR 890.1605(c)(1)(ii)
    return choice(
      plan.lowestPlain,
      '5 CFR 890.1605(c)(1)(ii)',
      "No equivalent option was determined, so the lowest-cost option of the carrier's PSHB plan that is not an HDHP and charges no membership fee.",
      region,
    );
  }
  if (plan.onlyHdhp) {
    // 5 CFR 890.1605(c)(1)(ii): when the only option is an HDHP, that HDHP.
    return choice(
      plan.offers[0]!,
      '5 CFR 890.1605(c)(1)(ii)',
      "No equivalent option was determined and the carrier's PSHB plan offers only a high deductible health plan, so that HDHP.",
      region,
    );
  }
  return null;
}

// 5 CFR 890.1605(c)(2): the FEHB plan ends, but the carrier offers a PSHB plan with similar benefits.
function discontinuedPlan(
  plan: PlanChoices,
  similarOptionCode: string | null,
  catalogue: CatalogueIndex,
  type: PshbOffer['enrollmentType'],
  region: string,
): AutomaticChoice | null {
  const planCode = plan.offers[0]!.option.planCode;
  const similar = similarOptionCode === null ? null : catalogue.pshbOffer(planCode, similarOptionCode, type);
  if (similar !== null) {
    // 5 CFR 890.1605(c)(2)(i)
    return choice(
      similar,
      '5 CFR 890.1605(c)(2)(i)',
      'The FEHB plan does not continue; OPM determined this PSHB option of the carrier similar.',
      region,
    );
  }
  if (plan.offers.length === 1) {
    // 5 CFR 890.1605(c)(2)(ii): a single option is the lowest-cost one.
    return choice(
      plan.offers[0]!,
      '5 CFR 890.1605(c)(2)(ii)',
      "The FEHB plan does not continue and no similar option was determined; the carrier's PSHB plan has a single option.",
      region,
    );
  }
  if (plan.lowestPlain !== null) {
    // 5 CFR 890.1605(c)(2)(ii): with two or more options, the lowest-cost one without an HDHP or fee.
    return choice(
      plan.lowestPlain,
      '5 CFR 890.1605(c)(2)(ii)',
      "The FEHB plan does not continue and no similar option was determined, so the lowest-cost option of the carrier's PSHB plan that is not an HDHP and charges no membership fee.",
      region,
    );
  }
  return null;
}

function choice(offer: PshbOffer, citation: string, reason: string, region: string): AutomaticChoice {
  return { offer, citation, reason, crosswalkRegion: region };
}
