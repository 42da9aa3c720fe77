// A self-contained "rules case": one JSON document holding a household, the as-of date and the plan
// catalogue (by name or inline), evaluated by the same evaluateHousehold the batch run uses. See
// docs/rules-case-format.md. Reading files is the caller's business: catalogues come from `loaders`.
import { z } from 'zod';
import { catalogue as catalogueSchema, type Catalogue } from '../domain/catalogue.ts';
import { isoDate, type IsoDate } from '../domain/dates.ts';
import { election, fehbEnrollment } from '../domain/enrollment.ts';
import { person } from '../domain/person.ts';
import { programCalendar, type OpenSeason, type ProgramCalendar } from '../domain/program-calendar.ts';
import { invalidInput, PshbError } from '../errors.ts';
import {
  decideBelatedEnrollment,
  enrollmentShownBy,
  type BelatedEnrollmentDecision,
} from './belated-enrollment.ts';
import { caseExpectations } from './case-expectations.ts';
import { indexCatalogue } from './catalogue-index.ts';
import { evaluateHousehold, type HouseholdDecision } from './household.ts';

export interface CaseLoaders {
  /** A shipped catalogue by name, e.g. 'pshb-2025'. */
  readonly catalogue: (name: string) => Catalogue;
  /** The program calendar used when the case does not carry its own. */
  readonly calendar: () => ProgramCalendar;
}

const belatedEnrollmentRequest = z.strictObject({
  requestedOn: isoDate,
  shouldHaveBeenAutomaticallyEnrolled: z.boolean().default(false),
  deemedByOpm: z.boolean().default(false),
  causeBeyondControlShown: z.boolean().default(false),
  premiumConversionRequiresProspective: z.boolean().default(false),
  prospectiveEffectiveOn: isoDate.nullable().default(null),
});

export const rulesCase = z.strictObject({
  /** What the case shows, for people reading the corpus. */
  description: z.string().optional(),
  asOf: isoDate,
  /** An open season id of the calendar; the transitional one when left out. */
  openSeason: z.string().min(1).optional(),
  person,
  family: z.array(person).default([]),
  fehbEnrollment: fehbEnrollment.nullable().default(null),
  election: election.nullable().default(null),
  /** A shipped catalogue's name, or a whole catalogue inline (validated separately for precise paths). */
  catalogue: z.union([
    z.string().regex(/^[a-z0-9-]+$/, 'a catalogue name such as pshb-2025, or an inline catalogue'),
    z.looseObject({}),
  ]),
  calendar: programCalendar.optional(),
  equityAndGoodConscience: z.boolean().default(false),
  medicareEnrollmentPeriodEnds: isoDate.nullable().default(null),
  belatedEnrollment: belatedEnrollmentRequest.optional(),
  expected: caseExpectations.optional(),
});
export type RulesCase = z.infer<typeof rulesCase>;

export interface CaseResult {
  readonly description: string | null;
  readonly asOf: IsoDate;
  readonly openSeason: Pick<OpenSeason, 'id' | 'name' | 'effectiveOn'>;
  readonly catalogue: { readonly id: string; readonly version: string };
  readonly calendarVersion: string;
  readonly household: HouseholdDecision;
  readonly belatedEnrollment: BelatedEnrollmentDecision | null;
}

/** Validates and evaluates a case; throws PshbError naming the JSON path of every problem. */
export function evaluateCase(json: unknown, loaders: CaseLoaders): CaseResult {
  const parsed = parseCase(json);
  const calendar = parsed.calendar ?? loaders.calendar();
  const openSeason = chooseOpenSeason(calendar, parsed.openSeason);
  const catalogue = resolveCatalogue(parsed.catalogue, loaders);
  const household = evaluateHousehold(
    {
      enrollee: parsed.person,
      family: parsed.family,
      fehbEnrollment: parsed.fehbEnrollment,
      election: parsed.election,
      equityAndGoodConscience: parsed.equityAndGoodConscience,
      medicareEnrollmentPeriodEnds: parsed.medicareEnrollmentPeriodEnds,
    },
    { calendar, openSeason, catalogue: indexCatalogue(catalogue), asOf: parsed.asOf },
  );
  return {
    description: parsed.description ?? null,
    asOf: parsed.asOf,
    openSeason: { id: openSeason.id, name: openSeason.name, effectiveOn: openSeason.effectiveOn },
    catalogue: { id: catalogue.id, version: catalogue.version },
    calendarVersion: calendar.version,
    household,
    belatedEnrollment: parsed.belatedEnrollment
      ? decideBelatedEnrollment(parsed.belatedEnrollment, openSeason, {
          eligibility: household.enrollee.eligibility,
          enrollmentShown: enrollmentShownBy(household.enrollment),
        })
      : null,
  };
}

export function parseCase(json: unknown): RulesCase {
  const parsed = rulesCase.safeParse(json);
  if (!parsed.success) throw invalidInput('the rules case is invalid', parsed.error.issues);
  return parsed.data;
}

function chooseOpenSeason(calendar: ProgramCalendar, id: string | undefined): OpenSeason {
  const season = id
    ? calendar.openSeasons.find((s) => s.id === id)
    : (calendar.openSeasons.find((s) => s.transitional) ?? calendar.openSeasons[0]);
  if (season === undefined) {
    const known = calendar.openSeasons.map((s) => s.id).join(', ');
    throw new PshbError('INVALID_INPUT', 'the rules case names an unknown open season', [
      {
        field: 'openSeason',
        message: `no open season "${id}" in calendar ${calendar.version}; known: ${known}`,
      },
    ]);
  }
  return season;
}

function resolveCatalogue(given: RulesCase['catalogue'], loaders: CaseLoaders): Catalogue {
  if (typeof given !== 'string') {
    const parsed = catalogueSchema.safeParse(given);
    if (!parsed.success)
      throw invalidInput('the inline catalogue of the rules case is invalid', parsed.error.issues, [
        'catalogue',
      ]);
    return parsed.data;
  }
  try {
    return loaders.catalogue(given);
  } catch (error) {
    throw new PshbError('NOT_FOUND', `catalogue "${given}" could not be loaded`, [
      { field: 'catalogue', message: error instanceof Error ? error.message : String(error) },
    ]);
  }
}
