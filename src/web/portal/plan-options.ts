// The choices of a plan form: each plan option once (carrier, plan, option), and the offer of one option
// for one enrollment type, whose enrollment code the API takes.
import { ENROLLMENT_TYPES, type Coverage, type EnrollmentType, type PlanOffer } from './portal-types.ts';

export interface PlanOption {
  /** "planCode:optionCode", the value of the option in a select. */
  readonly key: string;
  readonly label: string;
  readonly types: readonly EnrollmentType[];
}

export const optionKeyOf = (offer: Pick<PlanOffer, 'plan' | 'option'>): string =>
  `${offer.plan.code}:${offer.option.code}`;

export function offerLabel(offer: Pick<PlanOffer, 'carrier' | 'plan' | 'option'>): string {
  const plan =
    offer.plan.name === offer.carrier.name ? offer.plan.name : `${offer.carrier.name}, ${offer.plan.name}`;
  return `${plan}: ${offer.option.name}`;
}

/** Each plan option once, in alphabetical order, with the enrollment types it offers. */
export function planOptions(plans: readonly PlanOffer[]): PlanOption[] {
  const options = new Map<string, { label: string; types: Set<EnrollmentType> }>();
  for (const offer of plans) {
    const key = optionKeyOf(offer);
    const option = options.get(key) ?? { label: offerLabel(offer), types: new Set<EnrollmentType>() };
    option.types.add(offer.enrollmentType);
    options.set(key, option);
  }
  return [...options.entries()]
    .map(([key, { label, types }]) => ({
      key,
      label,
      types: ENROLLMENT_TYPES.filter((type) => types.has(type)),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function findOffer(
  plans: readonly PlanOffer[],
  optionKey: string,
  type: EnrollmentType,
): PlanOffer | undefined {
  return plans.find((offer) => optionKeyOf(offer) === optionKey && offer.enrollmentType === type);
}

export function offerByCode(plans: readonly PlanOffer[], enrollmentCode: string | null | undefined) {
  return enrollmentCode ? plans.find((offer) => offer.enrollmentCode === enrollmentCode) : undefined;
}

export function coverageOf(offer: PlanOffer): Coverage {
  return {
    enrollmentCode: offer.enrollmentCode,
    planCode: offer.plan.code,
    optionCode: offer.option.code,
    enrollmentType: offer.enrollmentType,
  };
}
