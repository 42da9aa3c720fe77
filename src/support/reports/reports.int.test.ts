import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { PshbError } from '../../errors.ts';
import type { Store } from '../../storage/store.ts';
import { singleQueuePlan } from '../simulation/test-plans.ts';
import { simulateSeason } from '../simulation/simulate.ts';
import { statisticsFromSimulation } from './from-simulation.ts';
import { NETWORK } from './performance-report.ts';
import { parseStatisticsCsv } from './statistics-csv.ts';
import { readContactStatistics, saveContactStatistics } from './statistics-store.ts';
import { performanceReport, renderReport } from './support-outputs.ts';

const HEAD =
  'partner,interval_start,interval_minutes,offered,handled,abandoned,answered_within_target,wait_seconds,handle_seconds,transfers,first_contact_resolutions,backlog,contingency_activations';

export const SAMPLE_CSV = [
  HEAD,
  'helpline,2024-11-11 08:00,30,100,90,10,72,900,27000,5,80,3,0',
  'helpline,2024-11-11 08:30,30,50,50,0,48,100,15000,0,45,0,1',
  'retirement-information-office,2024-11-11 08:00,30,20,20,0,20,0,6000,2,20,0,0',
  'helpline,2024-11-18 08:00,30,10,10,0,10,0,3000,0,10,4,0',
].join('\n');

function refusal(work: () => unknown): PshbError {
  try {
    work();
  } catch (error) {
    if (error instanceof PshbError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('the statistics CSV', () => {
  it('names every bad line and field and stores nothing', () => {
    const error = refusal(() =>
      parseStatisticsCsv(
        [
          HEAD,
          'helpline,2024-11-11 08:00,30,100,90,10,72,900,27000,5,80,3,0',
          'helpline,2024-11-11 8am,30,lots,90,10,72,900,27000,5,80,3,0',
          'helpline,2024-11-11 09:00,30,10,20,0,0,0,0,0,0,0,0',
          'helpline,2024-11-11 08:00,30,100,90,10,72,900,27000,5,80,3,0',
        ].join('\n'),
        'acd.csv',
      ),
    );
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toContain('nothing was stored');
    const at = error.details.map((d) => `${d.line}:${d.field}`);
    expect(at).toEqual(
      expect.arrayContaining(['3:interval_start', '3:offered', '4:offered', '5:interval_start']),
    );
  });

  it('refuses a header without the required columns', () => {
    const error = refusal(() => parseStatisticsCsv('partner,offered\nhelpline,3', 'short.csv'));
    expect(error.details[0]?.line).toBe(1);
    expect(error.message).toContain('interval_start');
  });
});

describe.each(testBackends())('contact statistics and reports on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('loads idempotently by partner and interval and aggregates days and weeks', async () => {
    const rows = parseStatisticsCsv(SAMPLE_CSV, 'acd.csv');
    await saveContactStatistics(store, rows);
    await saveContactStatistics(store, rows);
    expect(await readContactStatistics(store)).toHaveLength(4);

    const daily = await performanceReport(store, { granularity: 'daily' });
    expect(daily.periods).toEqual(['2024-11-11', '2024-11-18']);
    const helpline = daily.rows.find((r) => r.period === '2024-11-11' && r.partner === 'helpline')!;
    expect(helpline.offered).toBe(150);
    expect(helpline.serviceLevel).toBeCloseTo(120 / 150);
    expect(helpline.asaSeconds).toBeCloseTo(1000 / 140);
    expect(helpline.ahtSeconds).toBeCloseTo(42000 / 140);
    expect(helpline.abandonmentRate).toBeCloseTo(10 / 150);
    expect(helpline.firstContactResolutionRate).toBeCloseTo(125 / 140);
    expect(helpline.backlog).toBe(0);
    expect(helpline.transfers).toBe(5);
    expect(helpline.contingencyActivations).toBe(1);
    const network = daily.rows.find((r) => r.period === '2024-11-11' && r.partner === NETWORK)!;
    expect(network.offered).toBe(170);
    expect(network.serviceLevel).toBeCloseTo(140 / 170);

    const weekly = await performanceReport(store, { granularity: 'weekly', partner: 'helpline' });
    expect(weekly.periods).toEqual(['2024-11-11', '2024-11-18']);
    expect(weekly.rows.find((r) => r.partner === NETWORK && r.period === '2024-11-11')?.offered).toBe(150);

    const filtered = await performanceReport(store, {
      granularity: 'daily',
      from: '2024-11-12',
      to: '2024-11-30',
    });
    expect(filtered.periods).toEqual(['2024-11-18']);

    const corrected = parseStatisticsCsv(
      `${HEAD}\nhelpline,2024-11-18 08:00,30,12,12,0,12,0,3600,0,12,0,0`,
      'fix.csv',
    );
    await saveContactStatistics(store, corrected);
    const after = await performanceReport(store, { granularity: 'daily', from: '2024-11-18' });
    expect(after.rows.find((r) => r.partner === 'helpline')?.offered).toBe(12);
  });

  it('renders JSON, CSV, HTML with charts, and PDF', async () => {
    const report = await performanceReport(store, { granularity: 'daily' });
    const csv = String((await renderReport(report, 'csv')).body);
    expect(csv.split('\n')[0]).toContain('service_level,asa_seconds,aht_seconds');
    expect(csv).toContain('2024-11-11,helpline,2,150,140,10,120,0.8000');
    const html = String((await renderReport(report, 'html')).body);
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(
      /<svg [^>]*role="img" aria-labelledby="daily-service-level-title daily-service-level-desc"/,
    );
    expect(html).toContain('<th scope="col">FCR</th>');
    const pdf = (await renderReport(report, 'pdf')).body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("records a simulation's days as statistics that report like the simulation", async () => {
    const plan = singleQueuePlan({
      agents: 6,
      callsPerHalfHour: 40,
      ahtSeconds: 240,
      patienceSeconds: 300,
      answerWithinSeconds: 30,
      days: 2,
    });
    const simulation = simulateSeason(plan, { seed: 3 });
    const rows = statisticsFromSimulation(simulation);
    // Two days of the one partner, and the network's own figures for each day.
    expect(rows).toHaveLength(4);
    await saveContactStatistics(store, rows);
    const report = await performanceReport(store, { granularity: 'daily', partner: 'desk', plan });
    const day = simulation.days[0]!;
    const row = report.rows.find((r) => r.period === day.date && r.partner === 'desk')!;
    expect(row.offered).toBe(day.partners.desk!.offered);
    expect(row.serviceLevel).toBeCloseTo(day.partners.desk!.serviceLevel!);
    expect(row.asaSeconds).toBeCloseTo(day.partners.desk!.asaSeconds!);
    expect(row.ahtSeconds! / 240).toBeGreaterThan(0.8);
    expect(row.ahtSeconds! / 240).toBeLessThan(1.2);
  });
});
