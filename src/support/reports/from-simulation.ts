// A simulated season as contact statistics, so simulated and real operations are reported alike.
// The simulation measures by day, so each row is one whole day (1,440 minutes) of a partner. What it
// does not model is set so the report stays truthful: no transfers, and no repeat contacts, so every
// handled contact counts as resolved first time. A contingency firing counts at the partner its
// trigger watched (the entry tier for network-wide triggers); backlog is callbacks still owed.
// Each day also has a `network` row with the network's own measures (each caller once, waiting from
// joining the queue): the partners' rows added up would count a caller who overflowed twice.
import type { SimulationReport } from '../simulation/simulation-report.ts';
import type { ContactStatistics } from './contact-statistics.ts';
import { buildPerformanceReport, NETWORK, type PerformanceReport } from './performance-report.ts';

/**
 * A simulated season's daily report, computed exactly as the contact-center page computes the stored
 * statistics' report, so the written plan and the dashboard give one figure for a day.
 */
export function simulatedDailyReport(report: SimulationReport): PerformanceReport {
  return buildPerformanceReport(statisticsFromSimulation(report), {
    granularity: 'daily',
    target: {
      serviceLevel: report.target.serviceLevel,
      answerWithinSeconds: report.target.answerWithinSeconds,
    },
  });
}

export function statisticsFromSimulation(report: SimulationReport): ContactStatistics[] {
  const source = `simulation:${report.plan.id}:${report.seed}`;
  const entry = report.partners[0]?.id;
  const activations = new Map<string, number>();
  for (const firing of report.contingencies) {
    const scope = /^\S+ of (\S+) /.exec(firing.trigger)?.[1];
    const partner = scope && report.partners.some((p) => p.id === scope) ? scope : entry;
    const key = `${partner}|${firing.firedAt.slice(0, 10)}`;
    activations.set(key, (activations.get(key) ?? 0) + 1);
  }
  const owed = new Map<string, number>();
  const rows: ContactStatistics[] = [];
  for (const day of report.days) {
    const n = day.network;
    const networkBacklog = Math.max(0, (owed.get(NETWORK) ?? 0) + n.callbacksRequested - n.callbacksHandled);
    owed.set(NETWORK, networkBacklog);
    rows.push({
      partner: NETWORK,
      intervalStart: `${day.date} 00:00`,
      intervalMinutes: 1440,
      offered: n.offered,
      handled: n.handled,
      abandoned: n.abandoned,
      answeredWithinTarget: n.answeredWithinTarget,
      waitSeconds: (n.asaSeconds ?? 0) * n.handled,
      handleSeconds: n.busySeconds,
      transfers: 0,
      firstContactResolutions: n.handled,
      backlog: networkBacklog,
      contingencyActivations: [...activations]
        .filter(([key]) => key.endsWith(`|${day.date}`))
        .reduce((total, [, count]) => total + count, 0),
      source,
    });
    for (const partner of report.partners) {
      const m = day.partners[partner.id];
      if (!m) continue;
      const backlog = Math.max(0, (owed.get(partner.id) ?? 0) + m.callbacksRequested - m.callbacksHandled);
      owed.set(partner.id, backlog);
      rows.push({
        partner: partner.id,
        intervalStart: `${day.date} 00:00`,
        intervalMinutes: 1440,
        offered: m.offered,
        handled: m.handled,
        abandoned: m.abandoned,
        answeredWithinTarget: m.answeredWithinTarget,
        waitSeconds: (m.asaSeconds ?? 0) * m.handled,
        handleSeconds: m.busySeconds,
        transfers: 0,
        firstContactResolutions: m.handled,
        backlog,
        contingencyActivations: activations.get(`${partner.id}|${day.date}`) ?? 0,
        source,
      });
    }
  }
  return rows;
}
