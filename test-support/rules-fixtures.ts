// Synthetic data for the rules' tests and the worked cases in docs/cases/: a small catalogue whose
// crosswalk exercises every branch of 890.1605(c), the 2024-2025 calendar, and people built from a
// few fields. All names and ids are made up.
import { catalogue, type CatalogueInput, type EnrollmentType } from '../src/domain/catalogue.ts';
import type { IsoDate } from '../src/domain/dates.ts';
import type { FehbEnrollment } from '../src/domain/enrollment.ts';
import { person, type Person, type PersonInput } from '../src/domain/person.ts';
import { programCalendar, type ProgramCalendar } from '../src/domain/program-calendar.ts';
import { indexCatalogue } from '../src/rules/catalogue-index.ts';
import { evaluateHousehold } from '../src/rules/household.ts';
import type { RulesContext } from '../src/rules/rules-context.ts';

export const CALENDAR_INPUT = {
  version: 'test-2024-12-13',
  source: 'synthetic copy of reference-data/program-calendar.json',
  initialContractYearStart: '2025-01-01',
  fehbPostalCoverageEnds: '2024-12-31',
  openSeasons: [
    {
      id: 'TOS-2024',
      name: 'PSHB transitional Open Season 2024',
      start: '2024-11-11',
      end: '2024-12-09',
      extendedTo: '2024-12-13',
      effectiveOn: '2025-01-01',
      transitional: true,
    },
    {
      id: 'OS-2025',
      name: 'Open Season 2025',
      start: '2025-11-10',
      end: '2025-12-08',
      extendedTo: null,
      effectiveOn: '2026-01-01',
      transitional: false,
    },
  ],
  temporaryExtensionDays: 31,
  hospitalConfinementDays: 60,
};

export const TEST_CALENDAR: ProgramCalendar = programCalendar.parse(CALENDAR_INPUT);

const GOVERNMENT_BIWEEKLY: Record<EnrollmentType, number> = {
  self_only: 20_000,
  self_plus_one: 43_000,
  self_and_family: 47_000,
};
const TYPE_FACTOR: Record<EnrollmentType, number> = {
  self_only: 1,
  self_plus_one: 2.2,
  self_and_family: 2.5,
};
const TYPE_LETTERS: Record<EnrollmentType, number> = { self_only: 0, self_and_family: 1, self_plus_one: 2 };

interface OptionSpec {
  readonly program: 'FEHB' | 'PSHB';
  readonly carrier: string;
  readonly plan: string;
  readonly option: string;
  readonly name: string;
  readonly selfOnlyEnrollee: number;
  readonly hdhp?: boolean;
  readonly fee?: boolean;
  readonly regions?: readonly string[];
}

function enrollmentCode(spec: OptionSpec, type: EnrollmentType): string {
  const optionIndex = Number(spec.option) - 1;
  if (spec.program === 'FEHB') return `${spec.plan}${optionIndex * 3 + TYPE_LETTERS[type] + 1}`;
  return `${spec.plan}${String.fromCharCode(65 + optionIndex * 3 + TYPE_LETTERS[type])}`;
}

function planOption(spec: OptionSpec): CatalogueInput['options'][number] {
  const premiums: Partial<Record<EnrollmentType, unknown>> = {};
  for (const type of ['self_only', 'self_plus_one', 'self_and_family'] as const) {
    const enrollee = Math.round(spec.selfOnlyEnrollee * TYPE_FACTOR[type]);
    const government = GOVERNMENT_BIWEEKLY[type];
    const monthly = (cents: number): number => Math.round((cents * 26) / 12);
    premiums[type] = {
      enrollmentCode: enrollmentCode(spec, type),
      biweekly: { total: government + enrollee, government, enrollee },
      monthly: {
        total: monthly(government) + monthly(enrollee),
        government: monthly(government),
        enrollee: monthly(enrollee),
      },
    };
  }
  return {
    program: spec.program,
    contractYear: spec.program === 'PSHB' ? 2025 : 2024,
    carrierCode: spec.carrier,
    carrierName: `${spec.carrier} Health (synthetic)`,
    planCode: spec.plan,
    optionCode: spec.option,
    planName: `${spec.carrier} ${spec.program === 'PSHB' ? 'Postal' : 'Federal'} Plan`,
    optionName: spec.name,
    hdhp: spec.hdhp ?? false,
    membershipFee: spec.fee ?? false,
    serviceArea: spec.regions ? 'regional' : 'nationwide',
    regions: [...(spec.regions ?? [])],
    premiums: premiums as CatalogueInput['options'][number]['premiums'],
    source: 'synthetic',
  };
}

const OPTIONS: readonly OptionSpec[] = [
  { program: 'PSHB', carrier: 'ALPHA', plan: 'N1', option: '1', name: 'High', selfOnlyEnrollee: 12_000 },
  { program: 'PSHB', carrier: 'ALPHA', plan: 'N1', option: '2', name: 'Basic', selfOnlyEnrollee: 8_000 },
  {
    program: 'PSHB',
    carrier: 'ALPHA',
    plan: 'N1',
    option: '3',
    name: 'HDHP',
    selfOnlyEnrollee: 5_000,
    hdhp: true,
  },
  {
    program: 'PSHB',
    carrier: 'HOTEL',
    plan: 'H1',
    option: '1',
    name: 'HDHP',
    selfOnlyEnrollee: 4_000,
    hdhp: true,
  },
  {
    program: 'PSHB',
    carrier: 'ROMEO',
    plan: 'R1',
    option: '1',
    name: 'High',
    selfOnlyEnrollee: 11_000,
    regions: ['DC', 'MD', 'VA'],
  },
  {
    program: 'PSHB',
    carrier: 'ROMEO',
    plan: 'R1',
    option: '2',
    name: 'Standard',
    selfOnlyEnrollee: 9_000,
    regions: ['DC', 'MD', 'VA'],
  },
  {
    program: 'PSHB',
    carrier: 'SIERRA',
    plan: 'S1',
    option: '1',
    name: 'Plus',
    selfOnlyEnrollee: 9_500,
    fee: true,
    regions: ['TX'],
  },
  { program: 'PSHB', carrier: 'ZULU', plan: 'Z1', option: '1', name: 'Value', selfOnlyEnrollee: 6_000 },
  {
    program: 'PSHB',
    carrier: 'FOX',
    plan: 'F1',
    option: '1',
    name: 'Association',
    selfOnlyEnrollee: 5_500,
    fee: true,
  },
  { program: 'FEHB', carrier: 'ALPHA', plan: 'A2', option: '1', name: 'High', selfOnlyEnrollee: 11_500 },
  { program: 'FEHB', carrier: 'ALPHA', plan: 'A2', option: '2', name: 'Saver', selfOnlyEnrollee: 7_000 },
  { program: 'FEHB', carrier: 'HOTEL', plan: 'H2', option: '1', name: 'Standard', selfOnlyEnrollee: 7_500 },
  {
    program: 'FEHB',
    carrier: 'ROMEO',
    plan: 'R2',
    option: '1',
    name: 'High',
    selfOnlyEnrollee: 10_500,
    regions: ['DC', 'MD', 'VA'],
  },
  {
    program: 'FEHB',
    carrier: 'ROMEO',
    plan: 'R2',
    option: '2',
    name: 'Value',
    selfOnlyEnrollee: 8_500,
    regions: ['DC', 'MD', 'VA'],
  },
  {
    program: 'FEHB',
    carrier: 'SIERRA',
    plan: 'S2',
    option: '1',
    name: 'Plus',
    selfOnlyEnrollee: 9_000,
    regions: ['TX'],
  },
  { program: 'FEHB', carrier: 'XRAY', plan: 'X2', option: '1', name: 'High', selfOnlyEnrollee: 10_000 },
  { program: 'FEHB', carrier: 'YANKEE', plan: 'Y2', option: '1', name: 'High', selfOnlyEnrollee: 9_900 },
];

const CROSSWALK: CatalogueInput['crosswalk'] = [
  {
    fehbPlanCode: 'A2',
    fehbOptionCode: '1',
    region: '*',
    fehbPlanContinues: true,
    pshbPlanCode: 'N1',
    equivalentOptionCode: '1',
  },
  { fehbPlanCode: 'A2', fehbOptionCode: '1', region: 'NV', fehbPlanContinues: true, pshbPlanCode: null },
  { fehbPlanCode: 'A2', fehbOptionCode: '2', region: '*', fehbPlanContinues: true, pshbPlanCode: 'N1' },
  { fehbPlanCode: 'H2', fehbOptionCode: '1', region: '*', fehbPlanContinues: true, pshbPlanCode: 'H1' },
  {
    fehbPlanCode: 'R2',
    fehbOptionCode: '1',
    region: '*',
    fehbPlanContinues: false,
    pshbPlanCode: 'R1',
    similarOptionCode: '1',
  },
  { fehbPlanCode: 'R2', fehbOptionCode: '2', region: '*', fehbPlanContinues: false, pshbPlanCode: 'R1' },
  { fehbPlanCode: 'S2', fehbOptionCode: '1', region: '*', fehbPlanContinues: false, pshbPlanCode: 'S1' },
  { fehbPlanCode: 'X2', fehbOptionCode: '1', region: '*', fehbPlanContinues: true, pshbPlanCode: null },
];

/** The synthetic catalogue, as JSON a case file can hold inline. */
export const TEST_CATALOGUE_INPUT: CatalogueInput = {
  id: 'rules-test-2025',
  version: '1',
  source: 'synthetic catalogue for the rules tests and docs/cases (test-support/rules-fixtures.ts)',
  contractYear: 2025,
  options: OPTIONS.map(planOption),
  crosswalk: CROSSWALK,
};

export const TEST_CATALOGUE = catalogue.parse(TEST_CATALOGUE_INPUT);
export const TEST_INDEX = indexCatalogue(TEST_CATALOGUE);

export function testContext(asOf: IsoDate = '2025-01-01', openSeasonId = 'TOS-2024'): RulesContext {
  return {
    calendar: TEST_CALENDAR,
    openSeason: TEST_CALENDAR.openSeasons.find((season) => season.id === openSeasonId)!,
    catalogue: TEST_INDEX,
    asOf,
  };
}

type PersonFields = Omit<PersonInput, 'id' | 'category' | 'birthDate'> &
  Partial<Pick<PersonInput, 'id' | 'birthDate'>>;

export function makePerson(category: PersonInput['category'], fields: PersonFields = {}): Person {
  return person.parse({ id: `${category}-1`, birthDate: '1960-06-15', category, ...fields });
}

/** A Postal annuitant on Medicare Part A since 2020, without Part B unless given. */
export function medicareAnnuitant(fields: PersonFields = {}): Person {
  return makePerson('annuitant', {
    birthDate: '1954-04-10',
    annuitantSince: '2016-05-01',
    ...fields,
    medicare: { partAStart: '2019-04-01', partABasis: 'premium_free', ...fields.medicare },
  });
}

/**
 * Decides, on 2025-04-15, an annuitant who became one on 2025-02-01 with Part B, enrolled self and
 * family with a spouse ('sp-1') on Part A without Part B: the spouse's removal is what is looked at.
 */
export function decideSpouseWithoutPartB(spouseMedicare: NonNullable<PersonFields['medicare']>) {
  const annuitant = medicareAnnuitant({
    annuitantSince: '2025-02-01',
    medicare: { partBStart: '2019-04-01' },
  });
  const spouse = makePerson('family_member', {
    id: 'sp-1',
    relationship: 'spouse',
    medicare: spouseMedicare,
  });
  return evaluateHousehold(
    {
      enrollee: annuitant,
      family: [spouse],
      fehbEnrollment: fehb('A2', '1', 'self_and_family'),
      election: null,
    },
    testContext('2025-04-15'),
  );
}

export function fehb(
  planCode: string,
  optionCode: string,
  enrollmentType: EnrollmentType = 'self_only',
  coveredPersonId: string | null = null,
): FehbEnrollment {
  const offset = (Number(optionCode) - 1) * 3;
  const digit = { self_only: 1, self_and_family: 2, self_plus_one: 3 }[enrollmentType] + offset;
  return { enrollmentCode: `${planCode}${digit}`, planCode, optionCode, enrollmentType, coveredPersonId };
}
