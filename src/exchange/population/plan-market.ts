// Which plans synthetic households hold and elect, drawn from a catalogue: FEHB 2024 options weighted
// like Postal enrollment (Blue Cross Standard and Basic largest, then the postal unions' plans, GEHA,
// regional HMOs only where they serve), and open season elections among the PSHB options on offer.
import type { Catalogue, EnrollmentType, PlanOption } from '../../domain/catalogue.ts';
import { Prng, WeightedChoice } from './prng.ts';

/** Relative weights of FEHB 2024 options among Postal households; options not listed weigh 1. */
const FEHB_WEIGHTS: Record<string, number> = {
  '10/2': 28, // Blue Cross Standard
  '11/1': 20, // Blue Cross Basic
  '13/1': 2, // FEP Blue Focus
  '32/1': 13, // NALC High
  '32/2': 1,
  '47/1': 9, // APWU High
  '47/2': 1,
  '31/1': 4, // GEHA High
  '31/2': 3,
  '34/1': 1, // GEHA HDHP
  'M5/1': 2,
  'A8/1': 1.5,
  'P9/1': 2,
  'K2/1': 3,
  'K2/2': 1,
};

/** Relative weights of PSHB options among elections; options not listed weigh 1, regional ones 4. */
const PSHB_WEIGHTS: Record<string, number> = {
  '33/1': 25,
  '33/2': 25,
  '35/1': 5,
  '77/1': 12,
  '77/2': 2,
  '23/1': 9,
  '23/2': 2,
  'GH/1': 6,
  'M5/2': 2,
  'A8/1': 2,
};

/** Share of households in an HMO's area that hold one of the HMOs there. */
const REGIONAL_SHARE = 0.35;
/** Share of elections that pick the option the crosswalk points to. */
const CROSSWALK_FOLLOWERS = 0.6;
/** Share of elections that keep the enrollment type. */
const SAME_TYPE = 0.92;

const TYPES: readonly EnrollmentType[] = ['self_only', 'self_plus_one', 'self_and_family'];

export class PlanMarket {
  private readonly nationalFehb: WeightedChoice<PlanOption>;
  private readonly regionalFehb = new Map<string, WeightedChoice<PlanOption>>();
  private readonly nationalPshb: (readonly [PlanOption, number])[];
  private readonly pshbByState = new Map<string, WeightedChoice<PlanOption>>();
  private readonly pshbNationwide: WeightedChoice<PlanOption>;
  private readonly pshbByKey = new Map<string, PlanOption>();
  private readonly crosswalkTarget = new Map<string, PlanOption>();

  constructor(catalogue: Catalogue) {
    const fehb = catalogue.options.filter((o) => o.program === 'FEHB');
    const pshb = catalogue.options.filter((o) => o.program === 'PSHB');
    if (fehb.length === 0 || pshb.length === 0) throw new Error('the catalogue needs FEHB and PSHB options');
    this.nationalFehb = new WeightedChoice(
      fehb.filter((o) => o.serviceArea === 'nationwide').map((o) => [o, FEHB_WEIGHTS[key(o)] ?? 1] as const),
    );
    for (const [state, options] of byState(fehb))
      this.regionalFehb.set(
        state,
        new WeightedChoice(options.map((o) => [o, FEHB_WEIGHTS[key(o)] ?? 1] as const)),
      );
    this.nationalPshb = pshb
      .filter((o) => o.serviceArea === 'nationwide')
      .map((o) => [o, PSHB_WEIGHTS[key(o)] ?? 1]);
    this.pshbNationwide = new WeightedChoice(this.nationalPshb);
    for (const [state, options] of byState(pshb))
      this.pshbByState.set(
        state,
        new WeightedChoice([
          ...this.nationalPshb,
          ...options.map((o) => [o, PSHB_WEIGHTS[key(o)] ?? 4] as const),
        ]),
      );
    for (const o of pshb) this.pshbByKey.set(key(o), o);
    for (const e of catalogue.crosswalk) {
      const option = e.equivalentOptionCode ?? e.similarOptionCode;
      const target = option && e.pshbPlanCode ? this.pshbByKey.get(`${e.pshbPlanCode}/${option}`) : undefined;
      if (target && e.region === '*')
        this.crosswalkTarget.set(`${e.fehbPlanCode}/${e.fehbOptionCode}`, target);
    }
  }

  /** The FEHB option a household held; abroad (state '') only nationwide plans. */
  fehbOption(prng: Prng, state: string): PlanOption {
    const regional = this.regionalFehb.get(state);
    if (regional && prng.chance(REGIONAL_SHARE)) return regional.draw(prng);
    return this.nationalFehb.draw(prng);
  }

  /** A PSHB enrollment code elected by a household holding `held` (or nothing). */
  electedCode(prng: Prng, held: PlanOption | null, type: EnrollmentType, state: string): string {
    const followed =
      held && prng.chance(CROSSWALK_FOLLOWERS) ? this.crosswalkTarget.get(key(held)) : undefined;
    const option = followed ?? (this.pshbByState.get(state) ?? this.pshbNationwide).draw(prng);
    const electedType = prng.chance(SAME_TYPE) ? type : prng.pick(TYPES);
    return enrollmentCode(option, electedType) ?? enrollmentCode(option, type) ?? anyCode(option);
  }
}

export function enrollmentCode(option: PlanOption, type: EnrollmentType): string | undefined {
  return option.premiums[type]?.enrollmentCode;
}

function anyCode(option: PlanOption): string {
  const premium = Object.values(option.premiums)[0];
  if (!premium) throw new Error(`option ${key(option)} has no enrollment codes`);
  return premium.enrollmentCode;
}

function key(option: PlanOption): string {
  return `${option.planCode}/${option.optionCode}`;
}

function byState(options: readonly PlanOption[]): Map<string, PlanOption[]> {
  const map = new Map<string, PlanOption[]>();
  for (const o of options) {
    if (o.serviceArea !== 'regional') continue;
    for (const state of o.regions) map.set(state, [...(map.get(state) ?? []), o]);
  }
  return map;
}
