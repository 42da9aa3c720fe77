// Whether an election counts in the open season (5 CFR 890.1605(b)): made inside the window (with
// any extension OPM announced), and for a PSHB option of the catalogue.
import type { IsoDate } from '../domain/dates.ts';
import type { Election } from '../domain/enrollment.ts';
import { lastElectionDay, type OpenSeason } from '../domain/program-calendar.ts';
import type { CatalogueIndex, PshbOffer } from './catalogue-index.ts';

export type ElectionStanding =
  | { readonly kind: 'none' }
  | { readonly kind: 'outside_window'; readonly election: Election; readonly closes: IsoDate }
  | { readonly kind: 'unknown_option'; readonly election: Election & { kind: 'enroll' } }
  | { readonly kind: 'enroll'; readonly election: Election & { kind: 'enroll' }; readonly offer: PshbOffer }
  | { readonly kind: 'decline'; readonly election: Election };

const NO_ELECTION: ElectionStanding = { kind: 'none' };

export function isWithinOpenSeason(day: IsoDate, season: OpenSeason): boolean {
  return day >= season.start && day <= lastElectionDay(season);
}

export function assessElection(
  election: Election | null,
  season: OpenSeason,
  catalogue: CatalogueIndex,
): ElectionStanding {
  if (election === null) return NO_ELECTION;
  // 5 CFR 890.1605(b)(1): only an election made during the open season counts.
  if (!isWithinOpenSeason(election.madeOn, season)) {
    return { kind: 'outside_window', election, closes: lastElectionDay(season) };
  }
  if (election.kind === 'decline') return { kind: 'decline', election };
  const offer = catalogue.pshbByEnrollmentCode.get(election.enrollmentCode);
  // 5 CFR 890.1605(b)(1)(i): the election must be for a PSHB plan option.
  if (offer === undefined) return { kind: 'unknown_option', election };
  return { kind: 'enroll', election, offer };
}

/** Why an election was set aside, in words, for the explanation of the decision that follows. */
export function setAsideReason(standing: ElectionStanding): string {
  if (standing.kind === 'outside_window') {
    return `The election made on ${standing.election.madeOn} falls outside the open season (${standing.closes} was the last day) and does not count. `;
  }
  if (standing.kind === 'unknown_option') {
    return `The election of ${standing.election.enrollmentCode} (made ${standing.election.madeOn}) names no PSHB option of the catalogue and is not valid. `;
  }
  return '';
}
