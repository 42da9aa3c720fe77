// What the lifecycle rules read besides the enrollment's state: the program calendar, the life events
// table, the catalogue in force, the moment of recording and, for a removal for missing Part B or a
// belated enrollment, the household's Part B facts or the enrollee's eligibility as the rules decide them today.
import type { IsoDate } from '../../domain/dates.ts';
import type { ProgramClock } from '../../domain/program-clock.ts';
import type { LifeEventsTable } from '../../domain/lifecycle.ts';
import { loadLifeEvents } from '../../reference-data.ts';
import { indexCatalogue } from '../../rules/catalogue-index.ts';
import { countingElection } from '../../rules/counting-election.ts';
import { evaluateHousehold } from '../../rules/household.ts';
import type { LifecycleAction, LifecycleContext, PartBHousehold } from '../../rules/lifecycle/index.ts';
import { readHouseholdWindow } from '../../storage/household-reader.ts';
import type { Store } from '../../storage/store.ts';
import type { SeasonContext } from '../season-context.ts';

let lifeEvents: LifeEventsTable | null = null;

/** The shipped life events table, read and validated once per process. */
export function lifeEventsTable(): LifeEventsTable {
  lifeEvents ??= loadLifeEvents();
  return lifeEvents;
}

/** The rules' context and the program day the change is recorded on (the day its notice is dated). */
export interface RecordingContext extends LifecycleContext {
  readonly programDay: IsoDate;
}

export async function lifecycleContextFor(
  store: Store,
  householdId: number,
  action: LifecycleAction,
  season: SeasonContext,
  clock: ProgramClock,
  recordedAt: Date = new Date(),
): Promise<RecordingContext> {
  const instant = recordedAt.toISOString();
  const programDay = clock.dayOf(instant);
  return {
    calendar: season.calendar,
    lifeEvents: lifeEventsTable(),
    catalogue: season.catalogue,
    recordedAt: instant,
    programDay,
    partB:
      action === 'remove_for_missing_part_b'
        ? await partBFacts(store, householdId, season, programDay)
        : null,
    enrolleeEligibility:
      action === 'belated_enroll'
        ? ((await decideHousehold(store, householdId, season, programDay))?.decision.enrollee.eligibility ??
          null)
        : null,
  };
}

/** The household's Part B standing, decided by the enrollment core's rules as of the recording day. */
async function partBFacts(
  store: Store,
  householdId: number,
  season: SeasonContext,
  asOf: IsoDate,
): Promise<PartBHousehold | null> {
  const decided = await decideHousehold(store, householdId, season, asOf);
  if (!decided) return null;
  const { household, decision } = decided;
  const withoutPartB = new Set(
    decision.members.filter((m) => m.partB.outcome === 'required_not_enrolled').map((m) => m.personId),
  );
  return {
    enrollee: household.enrollee,
    enrolleePartB: decision.enrollee.partB,
    membersWithoutPartB: household.family.filter((member) => withoutPartB.has(member.id)),
  };
}

/** The household read from the record and decided by the enrollment core's rules as of the program day. */
async function decideHousehold(store: Store, householdId: number, season: SeasonContext, asOf: IsoDate) {
  const [household] = await readHouseholdWindow(store, season.openSeason.id, householdId - 1, householdId);
  if (!household) return null;
  const decision = evaluateHousehold(
    {
      enrollee: household.enrollee,
      family: household.family,
      fehbEnrollment: household.fehbEnrollment,
      election: countingElection(household.elections, season.openSeason),
    },
    { ...season, catalogue: indexCatalogue(season.catalogue), asOf },
  );
  return { household, decision };
}
