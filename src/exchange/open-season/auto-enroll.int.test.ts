import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { loadProgramCalendar, loadShippedCatalogue } from '../../reference-data.ts';
import type { Store } from '../../storage/store.ts';
import { saveCatalogue } from '../catalogue/index.ts';
import { writeRoster } from '../population/index.ts';
import { importRoster } from '../roster/index.ts';
import { chooseOpenSeason } from '../season-context.ts';
import { runAutoEnrollment, type AutoEnrollOptions } from './auto-enroll.ts';
import { buildEnrollmentReport } from './enrollment-report.ts';

const calendar = loadProgramCalendar();
const openSeason = chooseOpenSeason(calendar);
const catalogue = loadShippedCatalogue();
const options: AutoEnrollOptions = { calendar, openSeason, catalogue, batchSize: 300 };

class SimulatedCrash extends Error {}

/** Everything a run leaves behind, without the moments it was recorded. */
async function recordedResult(store: Store): Promise<unknown[]> {
  const events = await store.db
    .selectFrom('enrollment_event')
    .select([
      'person_id',
      'event_type',
      'enrollment_code',
      'enrollment_type',
      'effective_on',
      'reason',
      'citations',
    ])
    .orderBy('person_id')
    .orderBy('event_type')
    .execute();
  const decisions = await store.db
    .selectFrom('coverage_decision')
    .select(['person_id', 'eligibility', 'eligibility_citation', 'part_b', 'part_b_citation', 'covered'])
    .orderBy('person_id')
    .execute();
  return [events, decisions];
}

describe.each(testBackends())('transitional open season run on $name', (backend) => {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-auto-enroll-'));
  const roster = join(folder, 'roster.csv');
  let uninterrupted: Store;
  let interrupted: Store;

  async function load(store: Store): Promise<void> {
    await saveCatalogue(store, catalogue);
    await importRoster(store, roster, {
      catalogue,
      openSeasonId: openSeason.id,
      heldOn: calendar.fehbPostalCoverageEnds,
    });
  }

  beforeAll(async () => {
    await writeRoster(roster, { people: 3_000, seed: 7, catalogue, calendar });
    [uninterrupted, interrupted] = await Promise.all([backend.open(), backend.open()]);
    await load(uninterrupted);
    await load(interrupted);
  });
  afterAll(async () => {
    await Promise.all([uninterrupted?.close(), interrupted?.close()]);
    rmSync(folder, { recursive: true, force: true });
  });

  it('890.1605(c): decides every household, with a reason and citations on every event', async () => {
    const summary = await runAutoEnrollment(uninterrupted, options);
    expect(summary.status).toBe('completed');
    expect(summary.outcomes.automatic_enrollment).toBeGreaterThan(0);
    expect(summary.outcomes.open_season_election).toBeGreaterThan(0);
    const events = await uninterrupted.db
      .selectFrom('enrollment_event')
      .select(['reason', 'citations'])
      .execute();
    expect(events.length).toBeGreaterThanOrEqual(summary.households);
    for (const event of events) {
      expect(event.reason.length).toBeGreaterThan(10);
      expect(event.citations.length).toBeGreaterThan(0);
    }
  });

  it('a second run changes nothing', async () => {
    const before = await recordedResult(uninterrupted);
    const again = await runAutoEnrollment(uninterrupted, options);
    expect(again.status).toBe('already_completed');
    expect(await recordedResult(uninterrupted)).toEqual(before);
  });

  it('a run stopped half-way resumes and ends with exactly the result of an unbroken run', async () => {
    await expect(
      runAutoEnrollment(interrupted, {
        ...options,
        afterBatch: (done) => {
          if (done >= 600) throw new SimulatedCrash('stopped half-way');
        },
      }),
    ).rejects.toThrow(SimulatedCrash);
    const resumed = await runAutoEnrollment(interrupted, options);
    expect(resumed.status).toBe('completed');
    expect(resumed.resumedFrom).toBeGreaterThan(0);
    expect(await recordedResult(interrupted)).toEqual(await recordedResult(uninterrupted));
  });

  it('a dry run decides the same households and writes nothing', async () => {
    const fresh = await backend.open();
    try {
      await load(fresh);
      const dry = await runAutoEnrollment(fresh, { ...options, dryRun: true });
      expect(dry.status).toBe('dry_run');
      expect(dry.households).toBeGreaterThan(0);
      expect(await fresh.db.selectFrom('enrollment_event').selectAll().execute()).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('reports enrollments by plan and Part B outcomes by paragraph', async () => {
    const report = await buildEnrollmentReport(uninterrupted, openSeason.id, catalogue);
    expect(report.totals.automatic + report.totals.elected).toBe(
      report.byPlan.reduce((sum, line) => sum + line.total, 0),
    );
    expect(report.partB.some((line) => line.paragraph.startsWith('5 CFR 890.1604(d)'))).toBe(true);
  });
});
