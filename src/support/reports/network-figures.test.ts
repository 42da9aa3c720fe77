// One computation, one figure: the written support plan's simulated days and the contact-center page
// (the simulation recorded as contact statistics, then reported) give the same network service level.
// A caller who overflows from one partner to the next is one caller: adding up the partners' rows gave
// 32.4% on November 11 where the network's own measure is 28.4%.
import { describe, expect, it } from 'vitest';
import type { Block, Section } from '../document/document.ts';
import { resolveSupportPlan } from '../plan/load-plan.ts';
import { buildPlanDocument } from '../plan-document/plan-document.ts';
import { simulateSeason } from '../simulation/simulate.ts';
import { statisticsFromSimulation } from './from-simulation.ts';
import { buildPerformanceReport, NETWORK } from './performance-report.ts';

const blocks = (sections: readonly Section[]): Block[] =>
  sections.flatMap((s) => [...s.blocks, ...blocks(s.subsections ?? [])]);

describe('the network figures of a day', () => {
  const { plan } = resolveSupportPlan('open-season-77');
  const simulation = simulateSeason(plan, { seed: 1 });
  const day = '2024-11-11';

  it('are the same on the support plan page and the contact-center page', () => {
    const document = buildPlanDocument(plan, { simulation });
    const byDay = blocks(document.sections).find(
      (b): b is Extract<Block, { kind: 'table' }> =>
        b.kind === 'table' && b.caption === 'Simulated service level by day',
    )!;
    const planFigure = byDay.rows.find((r) => r[0] === day)![2];

    const stored = statisticsFromSimulation(simulation);
    const contactCenter = buildPerformanceReport(stored, { granularity: 'daily', from: day, to: day });
    const network = contactCenter.rows.find((r) => r.partner === NETWORK)!;

    expect(planFigure).toBe('28.4%');
    expect(network.serviceLevel).toBeCloseTo(0.284, 3);
    expect(network.serviceLevel).toBe(simulation.days.find((d) => d.date === day)!.network.serviceLevel);
    expect(network.offered).toBe(simulation.days.find((d) => d.date === day)!.network.offered);
  });

  it('count an overflowing caller once, and fall back to the partners’ sum without network rows', () => {
    const partnersOnly = statisticsFromSimulation(simulation).filter((r) => r.partner !== NETWORK);
    const summed = buildPerformanceReport(partnersOnly, { granularity: 'daily', from: day, to: day });
    const row = summed.rows.find((r) => r.partner === NETWORK)!;
    const partners = summed.rows.filter((r) => r.partner !== NETWORK);
    expect(row.offered).toBe(partners.reduce((total, r) => total + r.offered, 0));
    expect(summed.partners).not.toContain(NETWORK);
  });
});
