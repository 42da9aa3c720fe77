// Rules throughput on one core: evaluateHousehold over synthetic households in memory, explanations
// included, with the shipped catalogue and calendar. Run alone with `npx tsx bench/rules-bench.ts`.
import { fileURLToPath } from 'node:url';
import type { EnrollmentType, PlanOption } from '../src/domain/catalogue.ts';
import type { Election, FehbEnrollment } from '../src/domain/enrollment.ts';
import { NO_MEDICARE, type Person, type PersonCategory } from '../src/domain/person.ts';
import { loadProgramCalendar, loadShippedCatalogue } from '../src/reference-data.ts';
import { indexCatalogue } from '../src/rules/catalogue-index.ts';
import { evaluateHousehold, type HouseholdInput, type RulesContext } from '../src/rules/household.ts';

const DEFAULT_HOUSEHOLDS = 200_000;
const STATES = ['CA', 'NY', 'TX', 'FL', 'MD', 'VA', 'DC', 'NV', 'WA', 'OR', 'NJ', 'IL', 'PA', 'OH'];

/** A small deterministic generator, so every run measures the same population. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function basePerson(id: string, category: PersonCategory, birthDate: string, state: string): Person {
  return {
    id,
    category,
    relationship: 'self',
    birthDate,
    annuitantSince: null,
    employedOnProgramStart: false,
    compensationerUnableToReturn: false,
    incapableOfSelfSupport: false,
    residence: { country: 'US', state },
    vaEnrolled: false,
    ihsEligible: false,
    lastEmployingAgency: 'postal_service',
    temporaryEmployee: false,
    temporaryContinuousYearCompleted: false,
    survivorSince: null,
    medicare: NO_MEDICARE,
    partBCancellationReceivedOn: null,
    partBMisrepresentationFoundOn: null,
    hospitalConfinements: [],
    coveredByOtherFehb: false,
    formerSpouseFehbEnrolled: false,
    deceasedAnnuitantException: null,
    nonpayOver365Days: false,
    informedOfPartBRequirement: true,
    evidence: [],
  };
}

function year(rand: () => number, from: number, span: number): string {
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
  return `${from + Math.floor(rand() * span)}-${month}-${day}`;
}

function withMedicare(person: Person, rand: () => number): Person {
  const draw = rand();
  const partBStart = draw < 0.75 ? '2019-04-01' : null;
  const partBEnd = draw > 0.72 && draw < 0.75 ? '2025-02-01' : null;
  const abroad = rand() < 0.02;
  const va = rand() < 0.04;
  return {
    ...person,
    residence: abroad ? { country: 'PT', state: null } : person.residence,
    vaEnrolled: va,
    evidence: va && rand() < 0.5 ? [{ kind: 'va_enrollment', receivedOn: '2024-10-01' }] : [],
    medicare: {
      ...NO_MEDICARE,
      partAStart: '2019-04-01',
      partABasis: rand() < 0.02 ? 'section_1818' : 'premium_free',
      partBStart,
      partBEnd,
      suspendedForMedicarePlan: false,
    },
  };
}

function enrollee(index: number, rand: () => number): Person {
  const id = `H${index}`;
  const state = STATES[Math.floor(rand() * STATES.length)]!;
  const draw = rand();
  if (draw < 0.58)
    return { ...basePerson(id, 'employee', year(rand, 1962, 40), state), employedOnProgramStart: true };
  if (draw < 0.9) {
    const annuitant = {
      ...basePerson(id, 'annuitant', year(rand, 1940, 25), state),
      annuitantSince: year(rand, 2000, 26),
    };
    return rand() < 0.75 ? withMedicare(annuitant, rand) : annuitant;
  }
  if (draw < 0.95) {
    const survivor = {
      ...basePerson(id, 'survivor_annuitant', year(rand, 1940, 25), state),
      annuitantSince: year(rand, 2010, 15),
    };
    return withMedicare(
      { ...survivor, deceasedAnnuitantException: rand() < 0.3 ? '890.1604(d)(1)(i)' : null },
      rand,
    );
  }
  if (draw < 0.98) {
    return {
      ...basePerson(id, 'compensationer', year(rand, 1960, 30), state),
      compensationerUnableToReturn: rand() < 0.7,
    };
  }
  return basePerson(id, 'former_spouse', year(rand, 1955, 25), state);
}

function family(head: Person, rand: () => number): Person[] {
  const draw = rand();
  if (draw < 0.4) return [];
  const spouse: Person = {
    ...basePerson(`${head.id}S`, 'family_member', year(rand, 1945, 40), head.residence.state ?? 'CA'),
    relationship: 'spouse',
  };
  const members = [head.medicare.partAStart !== null && rand() < 0.6 ? withMedicare(spouse, rand) : spouse];
  const children = draw < 0.7 ? 0 : 1 + Math.floor(rand() * 3);
  for (let c = 0; c < children; c++) {
    members.push({
      ...basePerson(`${head.id}C${c}`, 'family_member', year(rand, 1995, 25), 'CA'),
      relationship: 'child',
    });
  }
  return members;
}

function fehbEnrollmentFor(
  options: readonly PlanOption[],
  members: readonly Person[],
  rand: () => number,
): FehbEnrollment | null {
  if (rand() < 0.08) return null;
  const option = options[Math.floor(rand() * options.length)]!;
  const type: EnrollmentType =
    members.length === 0
      ? 'self_only'
      : members.length === 1 && rand() < 0.7
        ? 'self_plus_one'
        : 'self_and_family';
  const premium = option.premiums[type] ?? option.premiums.self_only!;
  return {
    enrollmentCode: premium.enrollmentCode,
    planCode: option.planCode,
    optionCode: option.optionCode,
    enrollmentType: type,
    coveredPersonId: type === 'self_plus_one' ? members[0]!.id : null,
  };
}

function electionFor(pshbCodes: readonly string[], rand: () => number): Election | null {
  const draw = rand();
  if (draw < 0.15)
    return {
      kind: 'enroll',
      enrollmentCode: pshbCodes[Math.floor(rand() * pshbCodes.length)]!,
      madeOn: '2024-11-20',
    };
  if (draw < 0.18) return { kind: 'decline', madeOn: '2024-12-02' };
  if (draw < 0.2) return { kind: 'enroll', enrollmentCode: pshbCodes[0]!, madeOn: '2024-12-20' };
  return null;
}

export function syntheticHouseholds(
  count: number,
  context: RulesContext,
  seed = 20_250_101,
): HouseholdInput[] {
  const rand = random(seed);
  const fehbOptions = context.catalogue.catalogue.options.filter((o) => o.program === 'FEHB');
  const pshbCodes = [...context.catalogue.pshbByEnrollmentCode.keys()];
  const households: HouseholdInput[] = [];
  for (let index = 0; index < count; index++) {
    const head = enrollee(index, rand);
    const members = family(head, rand);
    households.push({
      enrollee: head,
      family: members,
      fehbEnrollment: fehbEnrollmentFor(fehbOptions, members, rand),
      election: electionFor(pshbCodes, rand),
    });
  }
  return households;
}

function timePass(
  households: readonly HouseholdInput[],
  context: RulesContext,
): { people: number; seconds: number; covered: number } {
  let people = 0;
  let covered = 0;
  const started = process.hrtime.bigint();
  for (const household of households) {
    const decided = evaluateHousehold(household, context);
    people += 1 + decided.members.length;
    if (decided.enrollee.covered) covered++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { people, seconds, covered };
}

export async function benchRules(
  households = DEFAULT_HOUSEHOLDS,
): Promise<{ people: number; seconds: number; peoplePerSecond: number }> {
  const calendar = loadProgramCalendar();
  const openSeason = calendar.openSeasons.find((season) => season.transitional) ?? calendar.openSeasons[0]!;
  const context: RulesContext = {
    calendar,
    openSeason,
    catalogue: indexCatalogue(loadShippedCatalogue('pshb-2025')),
    asOf: openSeason.effectiveOn,
  };
  const population = syntheticHouseholds(households, context);
  timePass(population.slice(0, 20_000), context); // let the JIT settle before measuring
  const { people, seconds } = timePass(population, context);
  return { people, seconds, peoplePerSecond: people / seconds };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchRules();
  process.stdout.write(
    `rules: ${result.people.toLocaleString('en-US')} people in ${result.seconds.toFixed(3)} s = ` +
      `${Math.round(result.peoplePerSecond).toLocaleString('en-US')} people/s (target >= 200,000)\n`,
  );
}
