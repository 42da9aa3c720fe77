// The scheduled carrier files as jobs (PGlite, and PostgreSQL when TEST_DATABASE_URL is set): a
// carrier's change file is made once for its day's occurrence, recorded as a run, and a second wake
// the same day makes nothing; the file then goes to the carrier's outbox folder. The Medicare request
// job does the same for CMS on its weekly agreement schedule.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import type { AgencyPartner, CarrierPartner } from '../../domain/trading-partner.ts';
import { fieldKeyringFor } from '../../security/ssn-at-rest.ts';
import { caseSupportPlan } from '../../support/cases/case-plan.ts';
import { fillSyntheticAddresses } from '../../storage/exchange/person-addresses.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { findPartner } from '../partners/partner-lookup.ts';
import { loadShippedPartners } from '../partners/shipped-partners.ts';
import { deliverPending } from './deliver-pending.ts';
import { transportContextFor } from './delivery-partners.ts';
import { exchangeJobs, MEDICARE_REQUESTS_JOB, scheduledFiles } from './exchange-jobs.ts';

const fep = findPartner(loadShippedPartners(), 'FEP')!.partner as CarrierPartner;
const cms = findPartner(loadShippedPartners(), 'CMS')!.partner as AgencyPartner;
// 14:00 UTC on 2026-12-05 is past FEP's 01:00 New York run time.
const NOW = new Date('2026-12-05T14:00:00Z');

for (const backend of testBackends()) {
  describe(`scheduled carrier files on ${backend.name}`, () => {
    let store: Store;
    let folder: string;
    beforeAll(async () => {
      store = await backend.open();
      await seedPopulation(store, { people: 200, seed: 3 });
      await fillSyntheticAddresses(executorOf(store));
      folder = mkdtempSync(join(tmpdir(), 'pshb-jobs-'));
    }, 120_000);
    afterAll(async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it("makes the day's change file once, records the run, and delivers it to the outbox folder", async () => {
      const context = transportContextFor(join(folder, 'data'));
      const first = await scheduledFiles(store, [fep], 'changes', context, NOW);
      expect(first).toMatchObject([{ partner: 'FEP', day: '2026-12-05', written: true }]);
      const again = await scheduledFiles(store, [fep], 'changes', context, new Date('2026-12-05T14:15:00Z'));
      expect(again).toEqual([]);
      const runs = await store.db
        .selectFrom('job_run')
        .selectAll()
        .where('kind', '=', 'carrier-changes')
        .execute();
      expect(runs).toMatchObject([{ id: 'carrier-changes:FEP:2026-12-05', status: 'completed' }]);
      const report = await deliverPending(store, { partners: [fep], context, now: () => NOW });
      expect(report.delivered).toHaveLength(1);
      expect(readdirSync(context.folders.outbox('FEP'))).toEqual([report.delivered[0]!.fileName]);
    });

    it("writes CMS's Medicare request once per weekly occurrence, records each run and delivers it", async () => {
      const context = transportContextFor(join(folder, 'medicare'));
      let now = new Date('2026-12-07T14:00:00Z'); // a Monday, past CMS's 05:00 New York run time
      const jobs = exchangeJobs(store, {
        partners: [cms],
        context,
        plan: caseSupportPlan(),
        keyring: () => fieldKeyringFor(store),
        now: () => now,
      });
      const job = jobs.find((j) => j.name === MEDICARE_REQUESTS_JOB)!;
      expect(await job.run()).toMatchObject([{ partner: 'CMS', day: '2026-12-07' }]);
      now = new Date('2026-12-07T14:15:00Z');
      expect(await job.run()).toEqual([]);
      now = new Date('2026-12-14T11:00:00Z');
      expect(await job.run()).toMatchObject([{ partner: 'CMS', day: '2026-12-14' }]);
      const runs = await store.db
        .selectFrom('job_run')
        .select(['id', 'status'])
        .where('kind', '=', MEDICARE_REQUESTS_JOB)
        .orderBy('id')
        .execute();
      expect(runs).toEqual([
        { id: 'medicare-requests:CMS:2026-12-07', status: 'completed' },
        { id: 'medicare-requests:CMS:2026-12-14', status: 'completed' },
      ]);
      expect(readdirSync(context.folders.written('CMS'))).toHaveLength(2);
      const report = await deliverPending(store, { partners: [cms], context, now: () => now });
      expect(report.delivered.map((d) => d.partner)).toEqual(['CMS', 'CMS']);
      expect(readdirSync(context.folders.outbox('CMS')).sort()).toEqual(
        report.delivered.map((d) => d.fileName).sort(),
      );
    });
  });
}
