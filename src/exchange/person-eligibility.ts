// A person's standing, explained: eligibility, the Part B requirement and the open season outcome of
// their household, decided now by the rules, with the enrollment events already on record.
import { PshbError } from '../errors.ts';
import type { IsoDate } from '../domain/dates.ts';
import { indexCatalogue, type CatalogueIndex } from '../rules/catalogue-index.ts';
import { evaluateHousehold, type HouseholdDecision, type PersonOutcome } from '../rules/household.ts';
import {
  readEligibilitySource,
  type EligibilitySource,
  type RecordedEvent,
} from '../storage/enrollment/eligibility-source.ts';
import { parseHouseholds } from '../storage/household-reader.ts';
import type { Store } from '../storage/store.ts';
import { countingElection } from '../rules/counting-election.ts';
import type { SeasonContext } from './season-context.ts';

export interface PersonEligibility {
  readonly personId: string;
  readonly householdId: string;
  readonly name: string;
  /** Only the last four digits: the full number is not needed to explain a decision. */
  readonly ssnLastFour: string;
  readonly asOf: IsoDate;
  readonly person: PersonOutcome;
  /** The household's open season decision, on the enrollee's record. */
  readonly household: Pick<HouseholdDecision, 'enrollment' | 'termination'>;
  readonly history: readonly RecordedEvent[];
}

// The read is a data-access function; it is part of this operation's interface because the API route
// reads first, decides access on what it read, and only then explains.
export { readEligibilitySource };
export type { EligibilitySource, RecordedEvent };

/** Decides the person's household by the rules and explains the person's part in it. */
export function explainEligibility(
  source: EligibilitySource,
  context: SeasonContext,
  index: CatalogueIndex,
  asOf: IsoDate = context.openSeason.effectiveOn,
): PersonEligibility {
  const { personId } = source;
  const [household] = parseHouseholds(source.householdLines);
  if (!household) throw new PshbError('NOT_FOUND', `person ${personId} belongs to no household on record`);
  const decision = evaluateHousehold(
    {
      enrollee: household.enrollee,
      family: household.family,
      fehbEnrollment: household.fehbEnrollment,
      election: countingElection(household.elections, context.openSeason),
    },
    { ...context, catalogue: index, asOf },
  );
  const id = String(personId);
  const outcome =
    decision.enrollee.personId === id ? decision.enrollee : decision.members.find((p) => p.personId === id);
  if (!outcome) throw new PshbError('NOT_FOUND', `person ${personId} was not decided with their household`);
  return {
    personId: id,
    householdId: String(source.householdId),
    name: source.name,
    ssnLastFour: source.ssnLastFour,
    asOf,
    person: outcome,
    household: { enrollment: decision.enrollment, termination: decision.termination },
    history: source.history,
  };
}

/** Reads and explains in one call, for callers that decide access elsewhere (the command line). */
export async function explainPersonEligibility(
  store: Store,
  personId: number,
  context: SeasonContext,
  asOf: IsoDate = context.openSeason.effectiveOn,
  index: CatalogueIndex = indexCatalogue(context.catalogue),
): Promise<PersonEligibility> {
  const source = await readEligibilitySource(store, personId, context.openSeason.id);
  if (!source) throw new PshbError('NOT_FOUND', `no person with id ${personId}`);
  return explainEligibility(source, context, index, asOf);
}
