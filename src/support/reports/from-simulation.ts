// A simulated season as contact statistics, so simulated and real operations are reported alike.
// The simulation measures by day, so each row is one whole day (1,440 minutes) of a partner. What it
// does not model is set so the report stays truthful: no transfers, and no repeat contacts, so every
// handled contact counts as resolved first time. A contingency firing counts at the partner its
// trigger watched (the entry tier for network-wide triggers); backlog is callbacks still owed.
import type { SimulationReport } from '../simulation/simulation-report.ts';
import type { ContactStatistics } from './contact-statistics.ts';

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
