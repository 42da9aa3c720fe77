import { describe, expect, it } from 'vitest';
import { seasonToShow } from './open-season.ts';
import type { OpenSeason } from './portal-types.ts';

const season = (id: string, start: string, status: OpenSeason['status']): OpenSeason => ({
  id,
  name: id,
  start,
  end: start,
  extendedTo: null,
  lastElectionDay: start,
  effectiveOn: start,
  transitional: false,
  status,
});

describe('seasonToShow', () => {
  const list = (seasons: OpenSeason[]) => ({
    programDate: '2024-11-20',
    currentId: null,
    defaultId: 'x',
    openSeasons: seasons,
  });
  it('prefers the open season, then the next, then the last closed', () => {
    const closed = season('A', '2023-11-13', 'closed');
    const later = season('C', '2025-11-10', 'upcoming');
    const sooner = season('B', '2024-11-11', 'upcoming');
    const open = season('O', '2024-11-11', 'open');
    expect(seasonToShow(list([closed, later, open]))?.id).toBe('O');
    expect(seasonToShow(list([closed, later, sooner]))?.id).toBe('B');
    expect(seasonToShow(list([closed, season('Z', '2022-11-14', 'closed')]))?.id).toBe('A');
    expect(seasonToShow(list([]))).toBeNull();
  });
});
