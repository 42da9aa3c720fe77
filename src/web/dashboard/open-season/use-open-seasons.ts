// The program calendar's open seasons and the one to report on: the season open on the program date,
// else the one reports default to.
import { useApi } from '../../api/use-api.ts';
import type { OpenSeasonList, OpenSeasonSummary } from '../dashboard-api-types.ts';

export function useOpenSeasons() {
  const state = useApi<OpenSeasonList>('open-seasons');
  const list = state.data;
  const chosenId = list ? (list.currentId ?? list.defaultId) : undefined;
  const chosen: OpenSeasonSummary | undefined = list?.openSeasons.find((season) => season.id === chosenId);
  return { ...state, chosen };
}
