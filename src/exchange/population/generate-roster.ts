// The synthetic Postal population, streamed as roster CSV: households one after another, each built
// from a seeded generator, so the same seed and size always give the same bytes and no more than one
// chunk of text is ever held. Distributions are described in docs/data.md ("Population generator").
import { addDays } from '../../domain/dates.ts';
import type { Catalogue, EnrollmentType, PlanOption } from '../../domain/catalogue.ts';
import { lastElectionDay, type OpenSeason, type ProgramCalendar } from '../../domain/program-calendar.ts';
import { ROSTER_HEADER } from '../roster/roster-columns.ts';
import { dayOfYear, monthOfDay } from './calendar-days.ts';
import { medicareProfile } from './medicare-profile.ts';
import { enrollmentCode, PlanMarket } from './plan-market.ts';
import {
  NO_EXTRAS,
  personRow,
  syntheticMbi,
  syntheticSsn,
  type EnrolleeExtras,
  type PersonDraft,
} from './person-row.ts';
import { Prng, WeightedChoice } from './prng.ts';
import { countriesAbroad, states, territories, type Residence } from './residence-mix.ts';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './synthetic-names.ts';

export interface RosterOptions {
  /** Covered people to generate; default 1.7 million. */
  readonly people?: number;
  readonly seed?: number;
  /** The first person id; ids then run up without gaps. Default 1. */
  readonly firstPersonId?: number;
  readonly catalogue: Catalogue;
  readonly calendar: ProgramCalendar;
}

export interface RosterCounts {
  people: number;
  households: number;
}

export const DEFAULT_PEOPLE = 1_700_000;
export const DEFAULT_SEED = 2024;
const CHUNK_CHARS = 64 * 1024;

type Category = 'employee' | 'compensationer' | 'annuitant' | 'survivor_annuitant' | 'former_spouse';

/** Enrollee categories by household; about 38% of people end up in annuitant households. */
const CATEGORIES = new WeightedChoice<Category>([
  ['employee', 0.5056],
  ['compensationer', 0.0092],
  ['annuitant', 0.4266],
  ['survivor_annuitant', 0.0584],
  ['former_spouse', 0.0002],
]);

/** Household (enrollment) type by enrollee category: about 45% / 25% / 30% of households overall. */
const TYPES: Record<Category, WeightedChoice<EnrollmentType>> = {
  employee: types(0.4, 0.1, 0.5),
  compensationer: types(0.5, 0.15, 0.35),
  annuitant: types(0.47, 0.45, 0.08),
  survivor_annuitant: types(0.85, 0.12, 0.03),
  former_spouse: types(1, 0, 0),
};

const CHILDREN = new WeightedChoice<number>([
  [1, 0.35],
  [2, 0.4],
  [3, 0.18],
  [4, 0.07],
]);

/** Shares of households (or people) with a given fact. */
const SHARE = {
  abroadAnnuitant: 0.025,
  abroadEmployee: 0.003,
  territory: 0.012,
  vaAnnuitant: 0.07,
  vaEmployee: 0.02,
  ihs: 0.004,
  evidenceReceived: 0.85,
  retiredDuring2025: 0.015,
  survivorSince2025: 0.02,
  noFehbEmployee: 0.02,
  election: 0.3,
  electionWithoutFehb: 0.5,
  decline: 0.033,
  lateElection: 0.02,
  nonpay365: 0.001,
  notInformed: 0.015,
  spouseOtherFehb: 0.003,
  annuitantChildIncapable: 0.25,
  employeeChildIncapable: 0.005,
  spouseInSelfPlusOne: 0.9,
  compensationerUnable: 0.7,
  formerSpouseStillFehb: 0.8,
};

/** Roster CSV text in chunks of about 64 KB, header first. */
export function generateRoster(options: RosterOptions): AsyncGenerator<string> {
  return rosterChunks(options, { people: 0, households: 0 });
}

/** As generateRoster, keeping the counts in `counts` as it goes. */
export async function* rosterChunks(options: RosterOptions, counts: RosterCounts): AsyncGenerator<string> {
  const target = options.people ?? DEFAULT_PEOPLE;
  const seed = options.seed ?? DEFAULT_SEED;
  const builder = new HouseholdBuilder(
    new Prng(seed),
    seed,
    new PlanMarket(options.catalogue),
    openSeasonOf(options.calendar),
  );
  let nextId = options.firstPersonId ?? 1;
  let chunk = ROSTER_HEADER + '\n';
  while (counts.people < target) {
    const { text, people } = builder.household(nextId, target - counts.people);
    chunk += text;
    nextId += people;
    counts.people += people;
    counts.households++;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}

function openSeasonOf(calendar: ProgramCalendar): OpenSeason {
  const season = calendar.openSeasons.find((s) => s.transitional) ?? calendar.openSeasons[0];
  if (!season) throw new Error('the program calendar has no open season');
  return season;
}

function types(selfOnly: number, selfPlusOne: number, selfAndFamily: number): WeightedChoice<EnrollmentType> {
  return new WeightedChoice<EnrollmentType>([
    ['self_only', selfOnly],
    ['self_plus_one', selfPlusOne],
    ['self_and_family', selfAndFamily],
  ]);
}

class HouseholdBuilder {
  private readonly prng: Prng;
  private readonly seed: number;
  private readonly market: PlanMarket;
  /** Every day of the open season with its extension, then the 20 days after it closed. */
  private readonly electionDays: string[] = [];
  private readonly lateDays: string[] = [];

  constructor(prng: Prng, seed: number, market: PlanMarket, season: OpenSeason) {
    this.prng = prng;
    this.seed = seed;
    this.market = market;
    const lastDay = lastElectionDay(season);
    for (let day = season.start; day <= lastDay; day = addDays(day, 1)) this.electionDays.push(day);
    for (let n = 1; n <= 20; n++) this.lateDays.push(addDays(lastDay, n));
  }

  /** One household of at most `room` people, starting at person id `id`. */
  household(id: number, room: number): { text: string; people: number } {
    const prng = this.prng;
    const category = CATEGORIES.draw(prng);
    const annuitantSide = category === 'annuitant' || category === 'survivor_annuitant';
    let type = TYPES[category].draw(prng);
    let familySize = type === 'self_only' ? 0 : type === 'self_plus_one' ? 1 : CHILDREN.draw(prng) + 1;
    // The last household is cut to fit the population size exactly.
    if (familySize + 1 > room) {
      familySize = room - 1;
      type = familySize === 0 ? 'self_only' : familySize === 1 ? 'self_plus_one' : 'self_and_family';
    }
    const residence = this.residence(annuitantSide);
    const enrollee = this.enrollee(id, category, residence);
    const enrolleeAge = 2024 - Number(enrollee.birthDate.slice(0, 4));
    const family = this.family(enrollee, enrolleeAge, type, familySize, annuitantSide, category);
    const extras = this.enrolleeExtras(enrollee, type, family[0]?.id ?? null, residence);
    // Set last: an enrollee's Medicare may be drawn again after the first draw (VA enrollees).
    for (const person of [enrollee, ...family]) {
      const m = person.medicare;
      if (m.partAStart !== '' || m.partBStart !== '')
        person.medicareNumber = syntheticMbi(person.id, this.seed);
    }
    let text = personRow(enrollee, extras);
    for (const member of family) text += personRow(member, NO_EXTRAS);
    return { text, people: family.length + 1 };
  }

  private residence(annuitantSide: boolean): Residence {
    const prng = this.prng;
    if (prng.chance(annuitantSide ? SHARE.abroadAnnuitant : SHARE.abroadEmployee))
      return { country: countriesAbroad.draw(prng), state: '' };
    if (prng.chance(SHARE.territory)) {
      const territory = territories.draw(prng);
      return { country: territory, state: territory };
    }
    return { country: 'US', state: states.draw(prng) };
  }

  private enrollee(id: number, category: Category, residence: Residence): PersonDraft {
    const prng = this.prng;
    const annuitantSide = category === 'annuitant' || category === 'survivor_annuitant';
    const retiredDuring2025 = category === 'annuitant' && prng.chance(SHARE.retiredDuring2025);
    const age = enrolleeAge(prng, category, retiredDuring2025);
    const sex = prng.chance(0.005)
      ? 'X'
      : prng.chance(category === 'survivor_annuitant' ? 0.8 : 0.43)
        ? 'F'
        : 'M';
    const person = this.person(
      id,
      id,
      'self',
      category,
      age,
      sex,
      prng.pick(LAST_NAMES),
      residence,
      annuitantSide,
    );
    person.annuitantSince = annuitantSince(prng, category, age, retiredDuring2025);
    person.employedOnProgramStart =
      category === 'employee' || category === 'compensationer' || retiredDuring2025;
    person.compensationerUnableToReturn =
      category === 'compensationer' && prng.chance(SHARE.compensationerUnable);
    person.vaEnrolled = prng.chance(annuitantSide ? SHARE.vaAnnuitant : SHARE.vaEmployee);
    if (person.vaEnrolled) {
      person.medicare = this.medicareOf(person, age, annuitantSide);
      person.evidenceVaOn = this.evidenceDay();
    }
    person.formerSpouseFehbEnrolled =
      category === 'former_spouse' && prng.chance(SHARE.formerSpouseStillFehb);
    person.nonpayOver365Days = category === 'employee' && prng.chance(SHARE.nonpay365);
    if (category === 'survivor_annuitant' && person.annuitantSince >= '2025-01-01' && prng.chance(0.6))
      // The deceased annuitant's exception when survivor status began (890.1604(d)(3)).
      person.deceasedAnnuitantException = '890.1604(d)(1)(i)';
    if (annuitantSide && person.medicare.partAStart !== '' && person.medicare.partBStart === '')
      person.informedOfPartBRequirement = !prng.chance(SHARE.notInformed);
    return person;
  }

  private family(
    enrollee: PersonDraft,
    enrolleeAge: number,
    type: EnrollmentType,
    size: number,
    annuitantSide: boolean,
    category: Category,
  ): PersonDraft[] {
    const prng = this.prng;
    const members: PersonDraft[] = [];
    if (size === 0) return members;
    const canHaveSpouse = category !== 'survivor_annuitant' && category !== 'former_spouse';
    const withSpouse =
      canHaveSpouse && (type === 'self_plus_one' ? prng.chance(SHARE.spouseInSelfPlusOne) : prng.chance(0.8));
    let id = enrollee.id + 1;
    if (withSpouse) {
      const age = Math.max(
        18,
        Math.min(100, enrolleeAge + Math.round((prng.next() + prng.next() + prng.next() - 1.5) * 6)),
      );
      const sex =
        enrollee.sex === 'X' || prng.chance(0.04) ? prng.pick(['F', 'M']) : enrollee.sex === 'F' ? 'M' : 'F';
      const lastName = prng.chance(0.85) ? enrollee.lastName : prng.pick(LAST_NAMES);
      const spouse = this.person(
        id++,
        enrollee.id,
        'spouse',
        'family_member',
        age,
        sex,
        lastName,
        enrollee,
        annuitantSide,
      );
      spouse.coveredByOtherFehb = prng.chance(SHARE.spouseOtherFehb);
      members.push(spouse);
    }
    while (members.length < size) {
      const incapable = prng.chance(
        annuitantSide ? SHARE.annuitantChildIncapable : SHARE.employeeChildIncapable,
      );
      const age = childAge(prng, enrolleeAge, annuitantSide, incapable);
      const sex = prng.chance(0.5) ? 'F' : 'M';
      const child = this.person(
        id++,
        enrollee.id,
        'child',
        'family_member',
        age,
        sex,
        enrollee.lastName,
        enrollee,
        annuitantSide,
      );
      child.incapableOfSelfSupport = age >= 26;
      members.push(child);
    }
    return members;
  }

  private person(
    id: number,
    householdId: number,
    relationship: PersonDraft['relationship'],
    category: string,
    age: number,
    sex: string,
    lastName: string,
    residence: Residence,
    annuitantSide: boolean,
  ): PersonDraft {
    const prng = this.prng;
    const birthYear = 2024 - age;
    const day = prng.int(0, 364);
    const abroad = residence.state === '';
    const ihs = prng.chance(SHARE.ihs);
    const person: PersonDraft = {
      id,
      householdId,
      relationship,
      category,
      firstName:
        sex === 'F' ? prng.pick(FEMALE_FIRST_NAMES) : sex === 'M' ? prng.pick(MALE_FIRST_NAMES) : 'Alex',
      lastName,
      birthDate: dayOfYear(birthYear, day),
      sex,
      ssn: syntheticSsn(id, this.seed),
      medicareNumber: '',
      annuitantSince: '',
      employedOnProgramStart: false,
      compensationerUnableToReturn: false,
      incapableOfSelfSupport: false,
      country: residence.country,
      state: residence.state,
      vaEnrolled: false,
      ihsEligible: ihs,
      medicare: medicareProfile(prng, age, birthYear, monthOfDay(day), annuitantSide, false),
      coveredByOtherFehb: false,
      formerSpouseFehbEnrolled: false,
      deceasedAnnuitantException: '',
      nonpayOver365Days: false,
      informedOfPartBRequirement: true,
      evidenceAbroadOn: abroad ? this.evidenceDay() : '',
      evidenceVaOn: '',
      evidenceIhsOn: ihs ? this.evidenceDay() : '',
    };
    return person;
  }

  private medicareOf(person: PersonDraft, age: number, annuitantSide: boolean): PersonDraft['medicare'] {
    const birthYear = Number(person.birthDate.slice(0, 4));
    const month = Number(person.birthDate.slice(5, 7));
    return medicareProfile(this.prng, age, birthYear, month, annuitantSide, person.vaEnrolled);
  }

  /** Documentation received during 2024-09..2025-03, or none yet (pending evidence, 890.1604(e)). */
  private evidenceDay(): string {
    const prng = this.prng;
    if (!prng.chance(SHARE.evidenceReceived)) return '';
    const offset = prng.int(0, 211);
    return offset < 122 ? dayOfYear(2024, 243 + offset) : dayOfYear(2025, offset - 122);
  }

  private enrolleeExtras(
    enrollee: PersonDraft,
    type: EnrollmentType,
    firstFamilyMember: number | null,
    residence: Residence,
  ): EnrolleeExtras {
    const prng = this.prng;
    const withoutFehb = enrollee.category === 'employee' && prng.chance(SHARE.noFehbEmployee);
    const held: PlanOption | null = withoutFehb ? null : this.market.fehbOption(prng, residence.state);
    const fehbCode = held ? (enrollmentCode(held, type) ?? '') : '';
    const extras: EnrolleeExtras = {
      fehbCode,
      fehbCoveredPersonId:
        fehbCode !== '' && type === 'self_plus_one' && firstFamilyMember !== null
          ? String(firstFamilyMember)
          : '',
      electionKind: '',
      electionCode: '',
      electionMadeOn: '',
    };
    if (
      enrollee.category !== 'former_spouse' &&
      prng.chance(held ? SHARE.election : SHARE.electionWithoutFehb)
    ) {
      extras.electionMadeOn = this.electionDay();
      if (prng.chance(SHARE.decline)) extras.electionKind = 'decline';
      else {
        extras.electionKind = 'enroll';
        extras.electionCode = this.market.electedCode(prng, held, type, residence.state);
      }
    }
    return extras;
  }

  /** A day inside the open season (with its extension), or for a few a day after it closed. */
  private electionDay(): string {
    const prng = this.prng;
    return prng.pick(prng.chance(SHARE.lateElection) ? this.lateDays : this.electionDays);
  }
}

function enrolleeAge(prng: Prng, category: Category, retiredDuring2025: boolean): number {
  const mean3 = (prng.next() + prng.next() + prng.next()) / 3;
  switch (category) {
    case 'employee':
    case 'compensationer':
      return 20 + Math.floor(50 * mean3);
    case 'annuitant': {
      if (retiredDuring2025) return prng.chance(0.5) ? prng.int(64, 70) : prng.int(55, 63);
      if (prng.chance(0.12)) return prng.int(50, 64);
      const m = (prng.next() + prng.next()) / 2;
      return 65 + Math.floor(35 * m * m);
    }
    case 'survivor_annuitant':
      return 55 + Math.floor(45 * Math.pow((prng.next() + prng.next()) / 2, 1.3));
    case 'former_spouse':
      return prng.int(45, 85);
  }
}

function annuitantSince(prng: Prng, category: Category, age: number, retiredDuring2025: boolean): string {
  if (category === 'annuitant') {
    if (retiredDuring2025) return dayOfYear(2025, prng.int(20, 330));
    const retiredAt = prng.int(Math.min(50, age), Math.min(age, 67));
    return dayOfYear(Math.min(2024, 2024 - (age - retiredAt)), prng.int(0, 364));
  }
  if (category === 'survivor_annuitant') {
    if (prng.chance(SHARE.survivorSince2025)) return dayOfYear(2025, prng.int(0, 300));
    return dayOfYear(prng.int(Math.max(1990, 2024 - (age - 50)), 2024), prng.int(0, 364));
  }
  return '';
}

/** Children under 26; children of annuitants are older, and some are 26+ incapable of self-support. */
function childAge(prng: Prng, parentAge: number, annuitantSide: boolean, incapable: boolean): number {
  const oldest = Math.max(0, parentAge - 18);
  if (incapable && oldest >= 26) return prng.int(26, Math.min(65, oldest));
  if (annuitantSide) return prng.int(Math.min(12, oldest), Math.min(25, oldest));
  return prng.int(0, Math.min(25, oldest));
}
