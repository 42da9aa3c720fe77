// Authors pshb-2025.json once: the published PSHB 2025 enrollee shares, the synthetic figures that
// complete them, the synthetic rest of the market and the FEHB 2024 options with OPM's crosswalk.
// Run with `npx tsx reference-data/catalogues/author-pshb-2025.ts`; the product code never derives
// one premium figure from another: it reads what this script wrote (docs/data.md, "Synthetic values").
import { writeFileSync } from 'node:fs';
import {
  catalogue,
  type CatalogueInput,
  type EnrollmentType,
  type PlanBenefits,
  type Premium,
} from '../../src/domain/catalogue.ts';

type Triple = readonly [selfOnly: number, selfPlusOne: number, selfAndFamily: number];
const TYPES: readonly EnrollmentType[] = ['self_only', 'self_plus_one', 'self_and_family'];

/**
 * 72% of the program-wide weighted average premium, biweekly, in dollars (5 U.S.C. 8906(b), 8903c(i)).
 * PSHB 2025: the third-party figures of pshb-reference.md section 6 (UNCONFIRMED). FEHB 2024: synthetic,
 * the PSHB 2025 figures divided by 1.06.
 */
const MAX_GOVERNMENT_BIWEEKLY: Record<'PSHB' | 'FEHB', Triple> = {
  PSHB: [286.09, 618.4, 672.95],
  FEHB: [286.09 / 1.06, 618.4 / 1.06, 672.95 / 1.06],
};

const cents = (dollars: number): number => Math.round(dollars * 100);
const monthlyFromBiweekly = (c: number): number => Math.round((c * 26) / 12);
const biweeklyFromMonthly = (c: number): number => Math.round((c * 12) / 26);

/**
 * The Government pays 72% of the weighted average but at most 75% of the premium (8906(b)(2)), so with
 * enrollee share E: government = min(72% of average, 3 E), total = government + E.
 */
function premiumFor(
  program: 'PSHB' | 'FEHB',
  code: string,
  typeIndex: number,
  enrollee: { biweekly?: number; monthly?: number },
): Premium {
  const biweeklyEnrollee = enrollee.biweekly ?? biweeklyFromMonthly(enrollee.monthly!);
  const monthlyEnrollee = enrollee.monthly ?? monthlyFromBiweekly(enrollee.biweekly!);
  const biweeklyGovernment = Math.min(
    cents(MAX_GOVERNMENT_BIWEEKLY[program][typeIndex]!),
    3 * biweeklyEnrollee,
  );
  const monthlyGovernment = monthlyFromBiweekly(biweeklyGovernment);
  return {
    enrollmentCode: code,
    biweekly: {
      total: biweeklyGovernment + biweeklyEnrollee,
      government: biweeklyGovernment,
      enrollee: biweeklyEnrollee,
    },
    monthly: {
      total: monthlyGovernment + monthlyEnrollee,
      government: monthlyGovernment,
      enrollee: monthlyEnrollee,
    },
  };
}

interface OptionSpec {
  program: 'PSHB' | 'FEHB';
  carrierCode: string;
  carrierName: string;
  planCode: string;
  option: 1 | 2;
  planName: string;
  optionName: string;
  hdhp?: boolean;
  membershipFee?: boolean;
  regions?: string[];
  /** Enrollee shares in dollars, Self Only / Self Plus One / Self and Family. */
  biweekly?: Triple;
  monthly?: Triple;
  published?: boolean;
  note: string;
  /** The option's cost sharing, in dollars (synthetic unless the spec says otherwise). */
  benefits?: BenefitSpec;
}

/**
 * Deductible and out-of-pocket maximum for Self Only and for Self Plus One / Self and Family (one family
 * figure, as most brochures give it), the main copays, coinsurance, yearly membership fee, brochure.
 */
interface BenefitSpec {
  deductible: readonly [self: number, family: number];
  outOfPocketMax: readonly [self: number, family: number];
  /** Primary care, specialist, generic drug, emergency room, in dollars. */
  copays: readonly [number, number, number, number];
  coinsurancePercent: number;
  membershipFeeYearly?: number;
  brochureUrl: string;
}

const BENEFITS_NOTE =
  'Synthetic: deductible, out-of-pocket maximum, copays, coinsurance and membership fee invented for testing, of the size such plans publish; replace with the figures of the 2025 PSHB brochure (docs/data.md, "Plan costs").';

function benefitsOf(spec: BenefitSpec): PlanBenefits {
  const [primaryCare, specialist, genericDrug, emergencyRoom] = spec.copays.map(cents) as [
    number,
    number,
    number,
    number,
  ];
  return {
    membershipFeeYearly: cents(spec.membershipFeeYearly ?? 0),
    copays: { primaryCare, specialist, genericDrug, emergencyRoom },
    coinsurancePercent: spec.coinsurancePercent,
    brochureUrl: spec.brochureUrl,
    source: 'synthetic',
    sourceNote: BENEFITS_NOTE,
  };
}

/** PSHB: A/C/B (option 1) and D/F/E (option 2); FEHB: 1/3/2 and 4/6/5, in the order SO, SP1, SF. */
function enrollmentCodes(spec: OptionSpec): [string, string, string] {
  if (spec.program === 'PSHB') {
    const [so, sp1, sf] = spec.option === 1 ? ['A', 'C', 'B'] : ['D', 'F', 'E'];
    return [spec.planCode + so, spec.planCode + sp1, spec.planCode + sf];
  }
  const [so, sp1, sf] = spec.option === 1 ? ['1', '3', '2'] : ['4', '6', '5'];
  return [spec.planCode + so, spec.planCode + sp1, spec.planCode + sf];
}

function option(spec: OptionSpec): CatalogueInput['options'][number] {
  const codes = enrollmentCodes(spec);
  const premiums: Partial<Record<EnrollmentType, Premium>> = {};
  TYPES.forEach((type, i) => {
    premiums[type] = premiumFor(spec.program, codes[i]!, i, {
      ...(spec.biweekly ? { biweekly: cents(spec.biweekly[i]!) } : {}),
      ...(spec.monthly ? { monthly: cents(spec.monthly[i]!) } : {}),
    });
    if (spec.benefits) {
      const which = i === 0 ? 0 : 1;
      premiums[type].costSharing = {
        deductible: cents(spec.benefits.deductible[which]),
        outOfPocketMax: cents(spec.benefits.outOfPocketMax[which]),
      };
    }
  });
  return {
    program: spec.program,
    contractYear: spec.program === 'PSHB' ? 2025 : 2024,
    carrierCode: spec.carrierCode,
    carrierName: spec.carrierName,
    planCode: spec.planCode,
    optionCode: String(spec.option),
    planName: spec.planName,
    optionName: spec.optionName,
    hdhp: spec.hdhp ?? false,
    membershipFee: spec.membershipFee ?? false,
    serviceArea: spec.regions ? 'regional' : 'nationwide',
    regions: spec.regions ?? [],
    premiums,
    ...(spec.benefits ? { benefits: benefitsOf(spec.benefits) } : {}),
    source: spec.published ? 'published' : 'synthetic',
    sourceNote: spec.note,
  };
}

const GOVERNMENT_NOTE =
  'Government share synthetic: min(72% of the program-wide weighted average, 75% of the premium), total = government + enrollee (docs/data.md).';
const PUBLISHED_BOTH = `Enrollee shares biweekly and monthly as the carrier published them for 2025. ${GOVERNMENT_NOTE}`;
const PUBLISHED_MONTHLY = `Monthly enrollee shares as published for 2025 (UNCONFIRMED); biweekly enrollee share synthetic = monthly x 12 / 26. ${GOVERNMENT_NOTE}`;
const PUBLISHED_BIWEEKLY_NO_CODE = `Enrollee shares as published for 2025; enrollment code not found in public sources, so the plan code GH is a placeholder. ${GOVERNMENT_NOTE}`;
const SYNTHETIC = `Synthetic: premiums invented for testing; enrollee shares chosen, ${GOVERNMENT_NOTE}`;
const SYNTHETIC_REAL_PLAN = `Real plan and enrollment codes; premiums synthetic (not found). ${GOVERNMENT_NOTE}`;
const MEMBERSHIP = ' Association membership is required of enrollees who are not members (membership fee).';

const FEP = { carrierCode: 'FEP', carrierName: 'Blue Cross and Blue Shield Service Benefit Plan' };
const GEHA = { carrierCode: 'GEHA', carrierName: 'GEHA' };
const NALC = { carrierCode: 'NALC', carrierName: 'NALC Health Benefit Plan' };
const APWU = { carrierCode: 'APWU', carrierName: 'APWU Health Plan' };
const SYN_CA = { carrierCode: 'SYNCA', carrierName: 'Synthetic Pacific Health (synthetic carrier)' };
const SYN_MA = { carrierCode: 'SYNMA', carrierName: 'Synthetic Chesapeake Health (synthetic carrier)' };
const SYN_NW = { carrierCode: 'SYNNW', carrierName: 'Synthetic Cascade Health (synthetic carrier)' };
const SYN_MUT = {
  carrierCode: 'SYNMU',
  carrierName: 'Synthetic Mutual Benefit Association (synthetic carrier)',
};
const SYN_ASSOC = {
  carrierCode: 'SYNAS',
  carrierName: 'Synthetic Carriers Association Plan (synthetic carrier)',
};
const SYN_TX = { carrierCode: 'SYNTX', carrierName: 'Synthetic Lone Star Health (synthetic carrier)' };
const SYN_NY = { carrierCode: 'SYNNY', carrierName: 'Synthetic Empire Care (synthetic carrier)' };
const SYN_PPO = { carrierCode: 'SYNPP', carrierName: 'Synthetic National PPO (synthetic carrier)' };

const pshb: OptionSpec[] = [
  {
    program: 'PSHB',
    ...FEP,
    planCode: '35',
    option: 1,
    planName: 'FEP Blue Focus',
    optionName: 'Blue Focus',
    biweekly: [59.17, 127.21, 139.92],
    monthly: [128.21, 275.63, 303.17],
    published: true,
    benefits: {
      deductible: [500, 1000],
      outOfPocketMax: [8500, 17000],
      copays: [10, 25, 5, 350],
      coinsurancePercent: 30,
      brochureUrl: 'https://www.fepblue.org/',
    },
    note: PUBLISHED_BOTH,
  },
  {
    program: 'PSHB',
    ...FEP,
    planCode: '33',
    option: 1,
    planName: 'FEP Blue Basic and Standard',
    optionName: 'Basic',
    biweekly: [114.12, 280.99, 317.62],
    monthly: [247.26, 608.81, 688.18],
    published: true,
    benefits: {
      deductible: [0, 0],
      outOfPocketMax: [7000, 14000],
      copays: [35, 45, 15, 250],
      coinsurancePercent: 30,
      brochureUrl: 'https://www.fepblue.org/',
    },
    note: PUBLISHED_BOTH,
  },
  {
    program: 'PSHB',
    ...FEP,
    planCode: '33',
    option: 2,
    planName: 'FEP Blue Basic and Standard',
    optionName: 'Standard',
    biweekly: [174.13, 388.04, 435.43],
    monthly: [377.28, 840.75, 943.43],
    published: true,
    benefits: {
      deductible: [350, 700],
      outOfPocketMax: [6000, 12000],
      copays: [25, 35, 7.5, 150],
      coinsurancePercent: 15,
      brochureUrl: 'https://www.fepblue.org/',
    },
    note: PUBLISHED_BOTH,
  },
  {
    program: 'PSHB',
    ...GEHA,
    planCode: 'GH',
    option: 1,
    planName: 'GEHA HDHP',
    optionName: 'HDHP',
    hdhp: true,
    biweekly: [78.6, 168.98, 207.66],
    monthly: [170.29, 366.13, 449.92],
    published: true,
    benefits: {
      deductible: [1650, 3300],
      outOfPocketMax: [6000, 12000],
      copays: [0, 0, 0, 0],
      coinsurancePercent: 5,
      brochureUrl: 'https://www.geha.com/',
    },
    note: PUBLISHED_BIWEEKLY_NO_CODE,
  },
  {
    program: 'PSHB',
    ...NALC,
    planCode: '77',
    option: 1,
    planName: 'NALC Health Benefit Plan',
    optionName: 'High Option',
    membershipFee: true,
    monthly: [238.29, 576.5, 516.58],
    published: true,
    benefits: {
      deductible: [300, 600],
      outOfPocketMax: [5000, 10000],
      copays: [25, 25, 10, 150],
      coinsurancePercent: 15,
      membershipFeeYearly: 36,
      brochureUrl: 'https://www.nalchbp.org/',
    },
    note: PUBLISHED_MONTHLY + MEMBERSHIP,
  },
  {
    program: 'PSHB',
    ...NALC,
    planCode: '77',
    option: 2,
    planName: 'NALC Health Benefit Plan',
    optionName: 'CDHP',
    membershipFee: true,
    monthly: [128.11, 290.08, 314.0],
    published: true,
    benefits: {
      deductible: [2000, 4000],
      outOfPocketMax: [5000, 10000],
      copays: [30, 30, 10, 200],
      coinsurancePercent: 20,
      membershipFeeYearly: 36,
      brochureUrl: 'https://www.nalchbp.org/',
    },
    note: PUBLISHED_MONTHLY + MEMBERSHIP,
  },
  {
    program: 'PSHB',
    ...APWU,
    planCode: '23',
    option: 1,
    planName: 'APWU Health Plan',
    optionName: 'High Option',
    membershipFee: true,
    biweekly: [104.4, 236.9, 252.3],
    benefits: {
      deductible: [500, 1000],
      outOfPocketMax: [5000, 10000],
      copays: [25, 25, 10, 200],
      coinsurancePercent: 15,
      membershipFeeYearly: 50,
      brochureUrl: 'https://www.apwuhp.com/',
    },
    note: SYNTHETIC_REAL_PLAN + MEMBERSHIP,
  },
  {
    program: 'PSHB',
    ...APWU,
    planCode: '23',
    option: 2,
    planName: 'APWU Health Plan',
    optionName: 'Consumer Driven Option',
    membershipFee: true,
    biweekly: [66.1, 148.7, 160.2],
    benefits: {
      deductible: [1800, 3600],
      outOfPocketMax: [5000, 10000],
      copays: [20, 40, 10, 250],
      coinsurancePercent: 20,
      membershipFeeYearly: 50,
      brochureUrl: 'https://www.apwuhp.com/',
    },
    note: SYNTHETIC_REAL_PLAN + MEMBERSHIP,
  },
  {
    program: 'PSHB',
    ...SYN_CA,
    planCode: 'K1',
    option: 1,
    planName: 'Synthetic Regional HMO (CA)',
    optionName: 'High Option',
    regions: ['CA'],
    biweekly: [98.2, 211.4, 233.9],
    benefits: {
      deductible: [0, 0],
      outOfPocketMax: [4500, 9000],
      copays: [20, 40, 10, 150],
      coinsurancePercent: 10,
      brochureUrl: 'https://brochures.example/synthetic/k1-2025.pdf',
    },
    note: SYNTHETIC,
  },
  {
    program: 'PSHB',
    ...SYN_MA,
    planCode: 'K2',
    option: 1,
    planName: 'Synthetic Regional HMO (MD, VA, DC)',
    optionName: 'High Option',
    regions: ['DC', 'MD', 'VA'],
    biweekly: [121.5, 262.3, 289.8],
    benefits: {
      deductible: [0, 0],
      outOfPocketMax: [5000, 10000],
      copays: [15, 30, 5, 100],
      coinsurancePercent: 10,
      brochureUrl: 'https://brochures.example/synthetic/k2-2025.pdf',
    },
    note: SYNTHETIC,
  },
  {
    program: 'PSHB',
    ...SYN_MA,
    planCode: 'K2',
    option: 2,
    planName: 'Synthetic Regional HMO (MD, VA, DC)',
    optionName: 'Standard Option',
    regions: ['DC', 'MD', 'VA'],
    biweekly: [88.7, 190.1, 207.5],
    benefits: {
      deductible: [500, 1000],
      outOfPocketMax: [7000, 14000],
      copays: [30, 50, 15, 300],
      coinsurancePercent: 20,
      brochureUrl: 'https://brochures.example/synthetic/k2-2025.pdf',
    },
    note: SYNTHETIC,
  },
  {
    program: 'PSHB',
    ...SYN_NW,
    planCode: 'K4',
    option: 1,
    planName: 'Synthetic Regional HMO (WA, OR)',
    optionName: 'High Option',
    regions: ['OR', 'WA'],
    biweekly: [105.3, 226.0, 250.4],
    benefits: {
      deductible: [250, 500],
      outOfPocketMax: [5500, 11000],
      copays: [20, 40, 10, 200],
      coinsurancePercent: 15,
      brochureUrl: 'https://brochures.example/synthetic/k4-2025.pdf',
    },
    note: SYNTHETIC,
  },
  {
    program: 'PSHB',
    ...SYN_MUT,
    planCode: 'M5',
    option: 1,
    planName: 'Synthetic Mutual Benefit Plan',
    optionName: 'HDHP',
    hdhp: true,
    biweekly: [52.4, 112.8, 124.6],
    benefits: {
      deductible: [1600, 3200],
      outOfPocketMax: [7000, 14000],
      copays: [0, 0, 0, 0],
      coinsurancePercent: 20,
      brochureUrl: 'https://brochures.example/synthetic/m5-2025.pdf',
    },
    note: SYNTHETIC,
  },
  {
    program: 'PSHB',
    ...SYN_MUT,
    planCode: 'M5',
    option: 2,
    planName: 'Synthetic Mutual Benefit Plan',
    optionName: 'Standard Option',
    biweekly: [131.9, 284.0, 311.2],
    benefits: {
      deductible: [350, 700],
      outOfPocketMax: [6500, 13000],
      copays: [25, 40, 10, 250],
      coinsurancePercent: 20,
      brochureUrl: 'https://brochures.example/synthetic/m5-2025.pdf',
    },
    note: SYNTHETIC,
  },
  {
    program: 'PSHB',
    ...SYN_ASSOC,
    planCode: 'A8',
    option: 1,
    planName: 'Synthetic Association Plan',
    optionName: 'Member Option',
    membershipFee: true,
    biweekly: [83.3, 180.2, 196.7],
    benefits: {
      deductible: [250, 500],
      outOfPocketMax: [5000, 10000],
      copays: [20, 35, 10, 200],
      coinsurancePercent: 15,
      membershipFeeYearly: 120,
      brochureUrl: 'https://brochures.example/synthetic/a8-2025.pdf',
    },
    note: SYNTHETIC + ' Charges an association membership fee.',
  },
  {
    program: 'PSHB',
    ...SYN_ASSOC,
    planCode: 'A8',
    option: 2,
    planName: 'Synthetic Association Plan',
    optionName: 'Open Option',
    biweekly: [140.6, 303.1, 332.9],
    benefits: {
      deductible: [350, 700],
      outOfPocketMax: [6000, 12000],
      copays: [25, 45, 15, 300],
      coinsurancePercent: 20,
      brochureUrl: 'https://brochures.example/synthetic/a8-2025.pdf',
    },
    note: SYNTHETIC,
  },
];

const FEHB_NOTE = `FEHB 2024 option Postal people held; enrollee shares synthetic. ${GOVERNMENT_NOTE}`;
const FEHB_SYN_NOTE = `Synthetic FEHB 2024 plan; enrollee shares synthetic. ${GOVERNMENT_NOTE}`;
const fehb: OptionSpec[] = [
  {
    program: 'FEHB',
    ...FEP,
    planCode: '10',
    option: 2,
    planName: 'Blue Cross and Blue Shield Standard',
    optionName: 'Standard Option',
    biweekly: [165.2, 367.8, 412.6],
    note: FEHB_NOTE,
  },
  {
    program: 'FEHB',
    ...FEP,
    planCode: '11',
    option: 1,
    planName: 'Blue Cross and Blue Shield Basic',
    optionName: 'Basic Option',
    biweekly: [107.9, 265.3, 300.1],
    note: FEHB_NOTE,
  },
  {
    program: 'FEHB',
    ...FEP,
    planCode: '13',
    option: 1,
    planName: 'FEP Blue Focus',
    optionName: 'Blue Focus',
    biweekly: [55.8, 120.1, 132.0],
    note: FEHB_NOTE,
  },
  {
    program: 'FEHB',
    ...GEHA,
    planCode: '31',
    option: 1,
    planName: 'GEHA',
    optionName: 'High Option',
    biweekly: [118.4, 262.0, 287.9],
    note: FEHB_NOTE,
  },
  {
    program: 'FEHB',
    ...GEHA,
    planCode: '31',
    option: 2,
    planName: 'GEHA',
    optionName: 'Standard Option',
    biweekly: [70.3, 152.5, 166.8],
    note: FEHB_NOTE,
  },
  {
    program: 'FEHB',
    ...GEHA,
    planCode: '34',
    option: 1,
    planName: 'GEHA HDHP',
    optionName: 'HDHP',
    hdhp: true,
    biweekly: [74.1, 159.4, 195.9],
    note: FEHB_NOTE,
  },
  {
    program: 'FEHB',
    ...NALC,
    planCode: '32',
    option: 1,
    planName: 'NALC Health Benefit Plan',
    optionName: 'High Option',
    membershipFee: true,
    biweekly: [104.2, 252.1, 225.9],
    note: FEHB_NOTE + MEMBERSHIP,
  },
  {
    program: 'FEHB',
    ...NALC,
    planCode: '32',
    option: 2,
    planName: 'NALC Health Benefit Plan',
    optionName: 'CDHP',
    membershipFee: true,
    biweekly: [56.0, 126.8, 137.3],
    note: FEHB_NOTE + MEMBERSHIP,
  },
  {
    program: 'FEHB',
    ...APWU,
    planCode: '47',
    option: 1,
    planName: 'APWU Health Plan',
    optionName: 'High Option',
    membershipFee: true,
    biweekly: [98.5, 223.5, 238.0],
    note: FEHB_NOTE + MEMBERSHIP,
  },
  {
    program: 'FEHB',
    ...APWU,
    planCode: '47',
    option: 2,
    planName: 'APWU Health Plan',
    optionName: 'Consumer Driven Option',
    membershipFee: true,
    biweekly: [62.4, 140.3, 151.1],
    note: FEHB_NOTE + MEMBERSHIP,
  },
  {
    program: 'FEHB',
    ...SYN_CA,
    planCode: 'K1',
    option: 1,
    planName: 'Synthetic Regional HMO (CA, NV)',
    optionName: 'High Option',
    regions: ['CA', 'NV'],
    biweekly: [92.6, 199.4, 220.7],
    note: FEHB_SYN_NOTE,
  },
  {
    program: 'FEHB',
    ...SYN_MA,
    planCode: 'K2',
    option: 1,
    planName: 'Synthetic Regional HMO (MD, VA, DC)',
    optionName: 'High Option',
    regions: ['DC', 'MD', 'VA'],
    biweekly: [114.6, 247.5, 273.4],
    note: FEHB_SYN_NOTE,
  },
  {
    program: 'FEHB',
    ...SYN_MA,
    planCode: 'K2',
    option: 2,
    planName: 'Synthetic Regional HMO (MD, VA, DC)',
    optionName: 'Standard Option',
    regions: ['DC', 'MD', 'VA'],
    biweekly: [80.2, 171.9, 187.6],
    note: FEHB_SYN_NOTE,
  },
  {
    program: 'FEHB',
    ...SYN_NW,
    planCode: 'K4',
    option: 1,
    planName: 'Synthetic Regional HMO (WA, OR)',
    optionName: 'High Option',
    regions: ['OR', 'WA'],
    biweekly: [99.3, 213.2, 236.2],
    note: FEHB_SYN_NOTE,
  },
  {
    program: 'FEHB',
    ...SYN_MUT,
    planCode: 'M5',
    option: 1,
    planName: 'Synthetic Mutual Benefit Plan',
    optionName: 'High Option',
    biweekly: [142.7, 307.3, 336.8],
    note: FEHB_SYN_NOTE,
  },
  {
    program: 'FEHB',
    ...SYN_ASSOC,
    planCode: 'A8',
    option: 1,
    planName: 'Synthetic Association Plan',
    optionName: 'High Option',
    membershipFee: true,
    biweekly: [112.5, 243.4, 265.7],
    note: FEHB_SYN_NOTE,
  },
  {
    program: 'FEHB',
    ...SYN_TX,
    planCode: 'T3',
    option: 1,
    planName: 'Synthetic Regional HMO (TX)',
    optionName: 'High Option',
    regions: ['TX'],
    biweekly: [89.9, 193.6, 214.0],
    note: FEHB_SYN_NOTE,
  },
  {
    program: 'FEHB',
    ...SYN_NY,
    planCode: 'N6',
    option: 1,
    planName: 'Synthetic Regional HMO (NY, NJ)',
    optionName: 'High Option',
    regions: ['NJ', 'NY'],
    biweekly: [127.1, 274.2, 303.0],
    note: FEHB_SYN_NOTE,
  },
  {
    program: 'FEHB',
    ...SYN_PPO,
    planCode: 'P9',
    option: 1,
    planName: 'Synthetic National PPO',
    optionName: 'High Option',
    biweekly: [133.0, 286.4, 313.5],
    note: FEHB_SYN_NOTE,
  },
];

type Entry = CatalogueInput['crosswalk'][number];
const entry = (
  fehbPlanCode: string,
  fehbOptionCode: string,
  fehbPlanContinues: boolean,
  pshbPlanCode: string | null,
  match: { equivalent?: string; similar?: string; region?: string } = {},
): Entry => ({
  fehbPlanCode,
  fehbOptionCode,
  region: match.region ?? '*',
  fehbPlanContinues,
  pshbPlanCode,
  equivalentOptionCode: match.equivalent ?? null,
  similarOptionCode: match.similar ?? null,
});

/** Every FEHB option, with the 890.1605(c) branch it leads to. */
const crosswalk: Entry[] = [
  entry('10', '2', true, '33', { equivalent: '2' }), // (c)(1)(i)
  entry('11', '1', true, '33', { equivalent: '1' }), // (c)(1)(i)
  entry('13', '1', true, '35', { equivalent: '1' }), // (c)(1)(i)
  entry('31', '1', true, 'GH'), // (c)(1)(ii): the PSHB plan's only option is an HDHP
  entry('31', '2', true, 'GH'), // (c)(1)(ii): HDHP only
  entry('34', '1', true, 'GH', { equivalent: '1' }), // (c)(1)(i)
  entry('32', '1', true, '77', { equivalent: '1' }), // (c)(1)(i)
  entry('32', '2', true, '77', { equivalent: '2' }), // (c)(1)(i)
  entry('47', '1', true, '23', { equivalent: '1' }), // (c)(1)(i)
  entry('47', '2', true, '23', { equivalent: '2' }), // (c)(1)(i)
  entry('K1', '1', true, 'K1', { equivalent: '1' }), // (c)(1)(i) in CA
  entry('K1', '1', true, null, { region: 'NV' }), // (c)(3): no PSHB plan of the carrier in Nevada
  entry('K2', '1', false, 'K2', { similar: '1' }), // (c)(2)(i)
  entry('K2', '2', false, 'K2'), // (c)(2)(ii): lowest-cost non-HDHP option without a fee
  entry('K4', '1', true, 'K4', { equivalent: '1' }), // (c)(1)(i)
  entry('M5', '1', true, 'M5'), // (c)(1)(ii): skips the cheaper HDHP
  entry('A8', '1', true, 'A8'), // (c)(1)(ii): skips the cheaper option that charges a fee
  entry('T3', '1', true, null), // (c)(3)
  entry('N6', '1', false, null), // (c)(3)
  entry('P9', '1', true, null), // (c)(3)
];

const authored = catalogue.parse({
  id: 'pshb-2025',
  version: '2025.2',
  source:
    "PSHB 2025 enrollee shares as published by the carriers (pshb-reference.md section 7); everything else synthetic (docs/data.md). FEHB 2024 options Postal people held, with a synthetic crosswalk shaped like OPM's determinations under 5 CFR 890.1605(c).",
  contractYear: 2025,
  options: [...pshb, ...fehb].map(option),
  crosswalk,
} satisfies CatalogueInput);

writeFileSync(new URL('./pshb-2025.json', import.meta.url), JSON.stringify(authored, null, 2) + '\n');
console.log(
  `wrote pshb-2025.json: ${authored.options.length} options, ${authored.crosswalk.length} crosswalk entries`,
);
