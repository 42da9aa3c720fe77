import { describe, expect, it } from 'vitest';
import type { OpenSeason } from '../domain/program-calendar.ts';
import { countingElection } from './counting-election.ts';

const season: OpenSeason = {
  id: 'TOS-2024',
  name: 'transitional',
  start: '2024-11-11',
  end: '2024-12-09',
  extendedTo: '2024-12-13',
  effectiveOn: '2025-01-01',
  transitional: true,
};

describe('which election counts', () => {
  it('890.1605(b): the last election inside the window (extension included) counts', () => {
    const chosen = countingElection(
      [
        { kind: 'enroll', enrollmentCode: '35A', madeOn: '2024-11-20' },
        { kind: 'decline', madeOn: '2024-12-12' },
        { kind: 'enroll', enrollmentCode: '33A', madeOn: '2024-12-20' },
      ],
      season,
    );
    expect(chosen).toEqual({ kind: 'decline', madeOn: '2024-12-12' });
  });

  it('890.1605(b): with none inside the window, the latest is passed on for the rules to set aside', () => {
    expect(countingElection([{ kind: 'decline', madeOn: '2024-12-20' }], season)).toEqual({
      kind: 'decline',
      madeOn: '2024-12-20',
    });
    expect(countingElection([], season)).toBeNull();
  });
});
