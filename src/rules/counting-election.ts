// Which of a person's elections the open season decision rests on.
import type { Election } from '../domain/enrollment.ts';
import { lastElectionDay, type OpenSeason } from '../domain/program-calendar.ts';

/**
 * The last election made inside the window wins: a person may change their mind until the season
 * closes (5 CFR 890.1605(b)). With none inside, the latest one is passed on so the rules can explain
 * why it does not count.
 */
export function countingElection(elections: readonly Election[], season: OpenSeason): Election | null {
  const closes = lastElectionDay(season);
  let inWindow: Election | null = null;
  let latest: Election | null = null;
  for (const election of elections) {
    if (latest === null || election.madeOn >= latest.madeOn) latest = election;
    const inside = election.madeOn >= season.start && election.madeOn <= closes;
    if (inside && (inWindow === null || election.madeOn >= inWindow.madeOn)) inWindow = election;
  }
  return inWindow ?? latest;
}
