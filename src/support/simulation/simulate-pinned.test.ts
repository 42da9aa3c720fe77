// Pins whole simulation reports, to the bit, so a change to how the simulation is written (rather
// than to what it models) can show it gives the same seasons. One report is kept in full so a
// difference reads as a diff; the others are fingerprints of their JSON. A change to the model
// itself regenerates them (and says why in its commit).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import pinnedSeason from '../../../test-support/simulation/open-season-77-seed-2.report.json' with { type: 'json' };
import { resolveSupportPlan } from '../plan/load-plan.ts';
import { simulateSeason } from './simulate.ts';
import { singleQueuePlan } from './test-plans.ts';

const original = resolveSupportPlan('original-16').plan;
const planned = resolveSupportPlan('open-season-77').plan;

const fingerprint = (report: unknown): string =>
  createHash('sha256').update(JSON.stringify(report)).digest('hex');

describe('pinned simulation reports', () => {
  it('gives the pinned full report for the 77-specialist plan with seed 2 (contingencies firing)', () => {
    expect(simulateSeason(planned, { seed: 2 })).toEqual(pinnedSeason);
  });

  it.each([
    [
      'the original helpline, seed 1',
      () => simulateSeason(original, { seed: 1 }),
      '2a32d07653f3ec8085e0422464963024b48875f4c31dcfad677fbf381699e9b6',
    ],
    [
      'a 300,000-contact season with the network scaled, seed 5',
      () => simulateSeason(planned, { seed: 5, contacts: 300_000, scaleStaff: true }),
      '3f9ebb720e9523ee673726b86c181a5740a1d1b6ca5ba73d3f8c629045aa94af',
    ],
    [
      'a 300,000-contact season on the planned network, with callbacks, seed 3',
      () => simulateSeason(planned, { seed: 3, contacts: 300_000 }),
      'e4c796df008df64e86ed25f2d623bc2ccf7f1e92e80c61d6d40b863833e47744',
    ],
    [
      'one queue whose callers hang up, seed 5',
      () =>
        simulateSeason(
          singleQueuePlan({
            agents: 12,
            callsPerHalfHour: 100,
            ahtSeconds: 180,
            answerWithinSeconds: 20,
            patienceSeconds: 120,
            days: 3,
          }),
          { seed: 5 },
        ),
      '436bc17c4d15d787cf113c3f2b03e13efd6ec1d292157cc44dda6de8b81ade01',
    ],
  ])('gives the pinned report for %s', (_name, run, expected) => {
    expect(fingerprint(run())).toBe(expected);
  });
});
