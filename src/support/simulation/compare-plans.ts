// Two plans run through the same season with the same seed, side by side: whether each meets the
// service-level target and by how much it misses or clears it.
import type { SupportPlan } from '../plan/support-plan.ts';
import { simulateSeason, type SimulationOptions } from './simulate.ts';
import type { SimulationReport } from './simulation-report.ts';

export interface PlanComparisonRow {
  readonly plan: string;
  readonly name: string;
  readonly agents: number;
  readonly serviceLevel: number | null;
  readonly serviceLevelGap: number;
  readonly meetsServiceLevel: boolean;
  readonly asaSeconds: number | null;
  readonly abandonmentRate: number | null;
  readonly meetsAbandonment: boolean;
  readonly daysMeetingTarget: number;
  readonly openDays: number;
  readonly worstDay: { readonly date: string; readonly serviceLevel: number } | null;
  readonly contingencyFirings: number;
}

export interface PlanComparison {
  readonly target: SimulationReport['target'];
  readonly seed: number;
  readonly rows: readonly PlanComparisonRow[];
  readonly reports: readonly SimulationReport[];
}

export function comparePlans(plans: readonly SupportPlan[], options: SimulationOptions = {}): PlanComparison {
  const reports = plans.map((plan) => simulateSeason(plan, options));
  return {
    target: reports[0]!.target,
    seed: reports[0]!.seed,
    rows: reports.map(comparisonRow),
    reports,
  };
}

export function comparisonRow(report: SimulationReport): PlanComparisonRow {
  const s = report.season;
  let worst: PlanComparisonRow['worstDay'] = null;
  for (const day of report.days) {
    const sl = day.network.serviceLevel;
    if (sl !== null && (worst === null || sl < worst.serviceLevel))
      worst = { date: day.date, serviceLevel: sl };
  }
  return {
    plan: report.plan.id,
    name: report.plan.name,
    agents: report.partners.reduce((sum, p) => sum + p.agents, 0),
    serviceLevel: s.network.serviceLevel,
    serviceLevelGap: s.serviceLevelGap,
    meetsServiceLevel: s.meetsServiceLevel,
    asaSeconds: s.network.asaSeconds,
    abandonmentRate: s.network.abandonmentRate,
    meetsAbandonment: s.meetsAbandonment,
    daysMeetingTarget: s.daysMeetingTarget,
    openDays: s.openDays,
    worstDay: worst,
    contingencyFirings: report.contingencies.length,
  };
}
