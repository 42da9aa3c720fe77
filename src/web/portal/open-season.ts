// Which open season to tell the enrollee about: the one open on the program date, else the next one,
// else the last one that closed.
import type { OpenSeason, OpenSeasonList } from './portal-types.ts';

export function seasonToShow(list: OpenSeasonList): OpenSeason | null {
  const seasons = list.openSeasons;
  const open = seasons.find((season) => season.status === 'open');
  if (open) return open;
  const upcoming = seasons
    .filter((season) => season.status === 'upcoming')
    .sort((a, b) => a.start.localeCompare(b.start));
  if (upcoming[0]) return upcoming[0];
  const closed = seasons
    .filter((season) => season.status === 'closed')
    .sort((a, b) => b.lastElectionDay.localeCompare(a.lastElectionDay));
  return closed[0] ?? null;
}
