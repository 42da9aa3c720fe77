// Reads households (an enrollee and the family on their record) as the domain facts the rules take.
// A window of household ids is read with one joined query returning a single text value: at program
// scale this is several times faster than rows turned into objects one by one. Only the columns the
// rules use are read: no names, no SSNs.
import type { EnrollmentType } from '../domain/catalogue.ts';
import type { Election, FehbEnrollment } from '../domain/enrollment.ts';
import {
  deceasedAnnuitantExceptionOf,
  type Evidence,
  type EvidenceKind,
  type PartABasis,
  type PartBPeriod,
  type Person,
} from '../domain/person.ts';
import { sql } from 'kysely';
import type { Store } from './store.ts';

export interface StoredHousehold {
  readonly householdId: number;
  readonly enrollee: Person;
  readonly family: readonly Person[];
  readonly fehbEnrollment: FehbEnrollment | null;
  /** Every election the enrollee made for the open season, oldest first. */
  readonly elections: readonly Election[];
}

/** Households whose id is in (after, upTo], in id order. */
export async function readHouseholdWindow(
  store: Store,
  openSeasonId: string,
  after: number,
  upTo: number,
): Promise<StoredHousehold[]> {
  const result = await householdQuery(openSeasonId, after, upTo).execute(store.db);
  return parseHouseholds(result.rows[0]?.lines ?? '');
}

/** The lowest and highest household ids on record, or null when there are none. */
export async function householdIdRange(store: Store): Promise<{ first: number; last: number } | null> {
  const row = await store.db
    .selectFrom('person')
    .select((eb) => [
      eb.fn.min<number>('household_id').as('first'),
      eb.fn.max<number>('household_id').as('last'),
    ])
    .executeTakeFirst();
  if (!row || row.first === null || row.last === null) return null;
  return { first: Number(row.first), last: Number(row.last) };
}

/** How many households are on record (people who are their own household's enrollee). */
export async function countHouseholds(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('person')
    .select((eb) => eb.fn.countAll<number>().as('households'))
    .whereRef('id', '=', 'household_id')
    .executeTakeFirstOrThrow();
  return Number(row.households);
}

/** Text of each column, in the order parseHouseholds reads them; NULL becomes ''. */
const COLUMNS = [
  'p.id',
  'p.household_id',
  'p.relationship',
  'p.category',
  'p.birth_date',
  'p.annuitant_since',
  'p.employed_on_program_start',
  'p.compensationer_unable_to_return',
  'p.incapable_of_self_support',
  'p.residence_country',
  'p.residence_state',
  'p.va_enrolled',
  'p.ihs_eligible',
  'p.medicare_part_a_start',
  'p.medicare_part_a_basis',
  'p.medicare_part_b_start',
  'p.medicare_part_b_end',
  'p.suspended_for_medicare_plan',
  'p.covered_by_other_fehb',
  'p.former_spouse_fehb_enrolled',
  "replace(p.deceased_annuitant_exception, ',', ' ')",
  'p.nonpay_over_365_days',
  'p.informed_of_part_b_requirement',
  'f.enrollment_code',
  'f.plan_code',
  'f.option_code',
  'f.enrollment_type',
  'f.covered_person_id',
  `(select string_agg(e.kind || ' ' || e.received_on, ';' order by e.received_on)
      from evidence e where e.person_id = p.id)`,
  'o.elections',
  // Migration 0011, after the elections so the older positions hold.
  'p.last_employing_agency',
  'p.temporary_employee',
  'p.temporary_continuous_year_completed',
  'p.survivor_since',
  'p.medicare_enrollment_period_ends',
  'p.medicare_part_b_periods',
  'p.medicare_part_a_basis_history',
  'p.part_b_application_filed_on',
  'p.part_b_application_coverage_starts_on',
  'p.next_medicare_enrollment_opportunity_ends',
  'p.part_b_cancellation_received_on',
  'p.part_b_misrepresentation_found_on',
  'p.hospital_confinements',
] as const;

const LINE = COLUMNS.map((column) => `coalesce((${column})::text, '')`).join(` || ',' || `);

/**
 * The whole window comes back as one text value, a line per person: one protocol message instead of
 * tens of thousands, which is what makes reading a million households fast on both backends.
 */
function householdQuery(openSeasonId: string, after: number, upTo: number) {
  // The enrollee's id is the household id, so the FEHB enrollment and the elections of the window are
  // found by the same id range (an index range scan, not a scan of the whole table per window).
  // No ORDER BY in the aggregate: sorting costs more on the server than grouping does here.
  return sql<{ lines: string | null }>`
    select string_agg(${sql.raw(LINE)}, E'\n') as lines
    from person p
    left join fehb_enrollment f on f.person_id = p.id and f.person_id > ${after} and f.person_id <= ${upTo}
    left join (
      select person_id, string_agg(kind || ' ' || made_on || ' ' || coalesce(enrollment_code, ''), ';' order by made_on)
        as elections
      from open_season_election
      where open_season_id = ${openSeasonId} and person_id > ${after} and person_id <= ${upTo}
      group by person_id
    ) o on o.person_id = p.id
    where p.household_id > ${after} and p.household_id <= ${upTo}`;
}

/**
 * The households with these ids, in the form parseHouseholds reads, as one set-based statement (no
 * subquery per household): for a caller that runs it on a transaction in progress, which then sees
 * its own changes (the Medicare ingest re-decides the households it answered about).
 */
export function householdsByIdsQuery(openSeasonId: string, householdIds: readonly number[]) {
  const ids = [...householdIds];
  return sql<{ lines: string | null }>`
    select string_agg(${sql.raw(LINE)}, E'\n') as lines
    from person p
    left join fehb_enrollment f on f.person_id = p.id
    left join (
      select person_id, string_agg(kind || ' ' || made_on || ' ' || coalesce(enrollment_code, ''), ';' order by made_on)
        as elections
      from open_season_election
      where open_season_id = ${openSeasonId} and person_id = any(${ids}::bigint[])
      group by person_id
    ) o on o.person_id = p.id
    where p.household_id = any(${ids}::bigint[])`;
}

/**
 * SQL text of a scalar subquery giving the lines of one household, in the form parseHouseholds reads,
 * for embedding in a larger statement (a person's explanation reads them with everything else in one
 * round trip). `householdId` and `openSeasonId` are SQL expressions (a parameter such as `$2`, or a
 * column of the enclosing query); the aliases p, f, o and e are used inside.
 */
export function householdLinesSubquery(householdId: string, openSeasonId: string): string {
  return `(select string_agg(${LINE}, E'\\n')
    from person p
    left join fehb_enrollment f on f.person_id = p.id
    left join (
      select person_id, string_agg(kind || ' ' || made_on || ' ' || coalesce(enrollment_code, ''), ';' order by made_on)
        as elections
      from open_season_election
      where open_season_id = ${openSeasonId} and person_id = ${householdId}
      group by person_id
    ) o on o.person_id = p.id
    where p.household_id = ${householdId})`;
}

/** Parses the window's lines into households in id order, each with its family in id order. */
export function parseHouseholds(text: string): StoredHousehold[] {
  const byHousehold = new Map<number, { enrollee: string[] | null; family: string[][] }>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const fields = text.slice(start, end).split(',');
    start = end + 1;
    if (fields.length < COLUMNS.length) continue;
    const householdId = Number(fields[1]);
    let group = byHousehold.get(householdId);
    if (!group) {
      group = { enrollee: null, family: [] };
      byHousehold.set(householdId, group);
    }
    if (Number(fields[0]) === householdId) group.enrollee = fields;
    else group.family.push(fields);
  }
  const households: StoredHousehold[] = [];
  for (const householdId of [...byHousehold.keys()].sort((a, b) => a - b)) {
    const group = byHousehold.get(householdId)!;
    // A household whose enrollee is missing cannot be decided; the roster import never creates one.
    if (!group.enrollee) continue;
    households.push({
      householdId,
      enrollee: personFrom(group.enrollee),
      family: group.family.sort((a, b) => Number(a[0]) - Number(b[0])).map(personFrom),
      fehbEnrollment: fehbFrom(group.enrollee),
      elections: electionsFrom(group.enrollee[29] ?? ''),
    });
  }
  return households;
}

const orNull = (text: string | undefined): string | null => (text === undefined || text === '' ? null : text);
const flag = (text: string | undefined): boolean => text === 'true';

function personFrom(f: readonly string[]): Person {
  return {
    id: f[0]!,
    category: f[3] as Person['category'],
    relationship: f[2] as Person['relationship'],
    birthDate: f[4]!,
    annuitantSince: orNull(f[5]),
    lastEmployingAgency: (orNull(f[30]) ?? 'postal_service') as Person['lastEmployingAgency'],
    temporaryEmployee: flag(f[31]),
    temporaryContinuousYearCompleted: flag(f[32]),
    survivorSince: orNull(f[33]),
    employedOnProgramStart: flag(f[6]),
    compensationerUnableToReturn: flag(f[7]),
    incapableOfSelfSupport: flag(f[8]),
    residence: { country: f[9]!, state: orNull(f[10]) },
    vaEnrolled: flag(f[11]),
    ihsEligible: flag(f[12]),
    medicare: medicareFrom(f),
    coveredByOtherFehb: flag(f[18]),
    formerSpouseFehbEnrolled: flag(f[19]),
    // Free text on older rows: only a paragraph of 890.1604(d)(1) is an exception ("none" is none).
    deceasedAnnuitantException: deceasedAnnuitantExceptionOf(orNull(f[20])) ?? null,
    nonpayOver365Days: flag(f[21]),
    informedOfPartBRequirement: flag(f[22]),
    partBCancellationReceivedOn: orNull(f[40]),
    partBMisrepresentationFoundOn: orNull(f[41]),
    hospitalConfinements: periodsFrom(f[42]).map(({ start, end }) => ({ from: start, to: end })),
    evidence: evidenceFrom(f[28] ?? ''),
  };
}

function medicareFrom(f: readonly string[]): Person['medicare'] {
  const filedOn = orNull(f[37]);
  return {
    partAStart: orNull(f[13]),
    partABasis: orNull(f[14]) as PartABasis | null,
    partABasisHistory: (orNull(f[36]) ?? '').split(';').flatMap((item) => {
      const [from, basis] = item.split(' ');
      return from && basis ? [{ from, basis: basis as PartABasis }] : [];
    }),
    partBStart: orNull(f[15]),
    partBEnd: orNull(f[16]),
    partBPeriods: periodsFrom(f[35]),
    enrollmentPeriodEnds: orNull(f[34]),
    partBApplication: filedOn === null ? null : { filedOn, coverageStartsOn: orNull(f[38]) },
    nextEnrollmentOpportunityEnds: orNull(f[39]),
    suspendedForMedicarePlan: flag(f[17]),
  };
}

/** "start..end;start.." into intervals; an empty end is an open interval. */
function periodsFrom(text: string | undefined): PartBPeriod[] {
  if (text === undefined || text === '') return [];
  return text.split(';').map((item) => {
    const [start, end] = item.split('..');
    return { start: start!, end: orNull(end) };
  });
}

function fehbFrom(f: readonly string[]): FehbEnrollment | null {
  if (!f[23]) return null;
  return {
    enrollmentCode: f[23],
    planCode: f[24]!,
    optionCode: f[25]!,
    enrollmentType: f[26] as EnrollmentType,
    coveredPersonId: orNull(f[27]),
  };
}

function evidenceFrom(text: string): Evidence[] {
  if (text === '') return [];
  return text.split(';').map((item) => {
    const [kind, receivedOn] = item.split(' ');
    return { kind: kind as EvidenceKind, receivedOn: receivedOn! };
  });
}

function electionsFrom(text: string): Election[] {
  if (text === '') return [];
  return text.split(';').map((item) => {
    const [kind, madeOn, enrollmentCode] = item.split(' ');
    return kind === 'enroll'
      ? { kind: 'enroll', enrollmentCode: enrollmentCode ?? '', madeOn: madeOn! }
      : { kind: 'decline', madeOn: madeOn! };
  });
}
