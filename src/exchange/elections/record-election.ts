// An open season election (enroll in an option, or decline), checked against the open season window and
// the catalogue by the rules (5 CFR 890.1605(b)), then recorded on the household's enrollee under the
// household's lock, after the If-Match check. The check comes first and on its own: it needs no
// transaction, and a request the rules refuse must fail before it claims its idempotency key.
import type { Election } from '../../domain/enrollment.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { PshbError } from '../../errors.ts';
import type { CatalogueIndex } from '../../rules/catalogue-index.ts';
import { assessElection } from '../../rules/open-season-election.ts';
import { writeElection } from '../../storage/enrollment/elections.ts';
import type { Executor } from '../../storage/executor.ts';
import { checkIfMatch, formatEtag, lockHousehold } from '../../storage/household-etag.ts';
import type { SeasonContext } from '../season-context.ts';

export interface ElectionChoice {
  readonly kind: 'enroll' | 'decline';
  /** The PSHB enrollment code; required to enroll. */
  readonly enrollmentCode?: string | undefined;
  /** The day the program received it: the program date, or the day a paper SF 2809 was received. */
  readonly madeOn: IsoDate;
  /** Whether madeOn is a paper form's received date, to name the right field when it is refused. */
  readonly receivedOnPaper: boolean;
}

export interface RecordedElection {
  readonly personId: number;
  readonly openSeasonId: string;
  readonly kind: 'enroll' | 'decline';
  readonly enrollmentCode: string | null;
  readonly madeOn: string;
  readonly recordedAt: string;
  /** The household enrollment ETag after this election. */
  readonly etag: string;
}

/** Only the enrollee makes the household's election; a family member's id is refused. */
export function requireEnrollee(personId: number, householdId: number): void {
  if (personId === householdId) return;
  throw new PshbError(
    'INVALID_INPUT',
    `person ${personId} is a family member; the enrollee, person ${householdId}, makes the household's election`,
    [{ field: 'body.personId', message: `use the enrollee, ${householdId}` }],
  );
}

/** The election, when the rules accept it for the open season; refuses one outside it or naming no option. */
export function checkElection(
  choice: ElectionChoice,
  context: SeasonContext,
  index: CatalogueIndex,
): Election {
  const { madeOn } = choice;
  const election: Election =
    choice.kind === 'enroll'
      ? { kind: 'enroll', enrollmentCode: choice.enrollmentCode ?? '', madeOn }
      : { kind: 'decline', madeOn };
  const standing = assessElection(election, context.openSeason, index);
  if (standing.kind === 'outside_window') {
    throw new PshbError(
      'ELECTION_OUTSIDE_OPEN_SEASON',
      `an election received on ${madeOn} falls outside ${context.openSeason.name} (${context.openSeason.start} to ${standing.closes}); 5 CFR 890.1605(b)(1)`,
      [
        {
          field: choice.receivedOnPaper ? 'body.paperReceipt.receivedOn' : 'body',
          message: `received between ${context.openSeason.start} and ${standing.closes}`,
        },
      ],
    );
  }
  if (standing.kind === 'unknown_option') {
    throw new PshbError(
      'UNKNOWN_ENROLLMENT_CODE',
      `enrollment code ${election.kind === 'enroll' ? election.enrollmentCode : ''} names no PSHB option of catalogue ${context.catalogue.version}; see GET /api/v1/plans`,
      [{ field: 'body.enrollmentCode', message: 'not a PSHB enrollment code of the catalogue in force' }],
    );
  }
  return election;
}

/** Records a checked election on the household, in the caller's transaction. */
export async function recordElection(
  tx: Executor,
  householdId: number,
  openSeasonId: string,
  election: Election,
  ifMatch: string,
): Promise<RecordedElection> {
  const version = await lockHousehold(tx, householdId);
  checkIfMatch(ifMatch, formatEtag(version));
  const enrollmentCode = election.kind === 'enroll' ? election.enrollmentCode : null;
  const written = await writeElection(tx, {
    person_id: householdId,
    open_season_id: openSeasonId,
    kind: election.kind,
    enrollment_code: enrollmentCode,
    made_on: election.madeOn,
  });
  return {
    personId: householdId,
    openSeasonId,
    kind: election.kind,
    enrollmentCode,
    madeOn: election.madeOn,
    recordedAt: new Date(written?.recordedAt ?? Date.now()).toISOString(),
    // The household's newest election is this one, recorded under the lock: no need to read it back.
    etag: formatEtag({ ...version, lastElection: written?.stamp ?? version.lastElection }),
  };
}
