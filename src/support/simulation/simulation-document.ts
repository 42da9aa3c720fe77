// Simulations as a document of the one model the support operation publishes with
// (src/support/document/): per plan, the season against the target, where every contact went, each
// partner's figures, the daily service level chart with its data table as the text alternative, and
// every contingency firing. The HTML page is that document rendered.
import {
  count,
  paragraph,
  percent,
  seconds,
  table,
  type Block,
  type DocumentModel,
  type Section,
} from '../document/document.ts';
import { renderHtml } from '../document/render-html.ts';
import { serviceLevelChart } from './service-level-chart.ts';
import type { Measures, SimulationReport } from './simulation-report.ts';

export function simulationDocument(reports: readonly SimulationReport[]): DocumentModel {
  return {
    title: `Open season support simulation: ${reports.map((r) => r.plan.id).join(' and ')}`,
    sections: reports.map((report, i) => section(report, `plan-${i}`)),
  };
}

export function renderHtmlReport(reports: readonly SimulationReport[]): string {
  return renderHtml(simulationDocument(reports));
}

function section(report: SimulationReport, id: string): Section {
  const s = report.season;
  const c = report.conservation;
  return {
    id,
    heading: `${report.plan.name} (version ${report.plan.version}, seed ${report.seed})`,
    blocks: [
      paragraph(verdict(report)),
      paragraph(
        `${count(c.arrivals)} contacts reached the phone menu: ${count(c.contained)} were resolved by self-service, ${count(c.referred)} referred to partners' own lines, ${count(c.queued)} joined a queue; ${count(c.handled)} were answered, ${count(c.abandoned)} hung up and ${count(c.callbacksRequested)} asked for a callback (${count(c.callbacksPending)} still pending at the end). The network met the target on ${s.daysMeetingTarget} of ${s.openDays} open days.`,
      ),
      table('Season by partner', MEASURE_HEAD, [
        measuresRow('Network', s.network),
        ...report.partners.map((p) =>
          measuresRow(`${p.name} (${p.agents} agents on the phones)`, s.partners[p.id]!),
        ),
      ]),
      { kind: 'chart', chart: serviceLevelChart(report, `${id}-chart`) },
      dailyTable(report),
      firingsBlock(report),
    ],
  };
}

function verdict(report: SimulationReport): string {
  const s = report.season;
  const target = `${percent(report.target.serviceLevel)} answered within ${report.target.answerWithinSeconds} s`;
  const gap = `${(Math.abs(s.serviceLevelGap) * 100).toFixed(1)} points ${s.serviceLevelGap >= 0 ? 'above' : 'below'}`;
  return `${s.meetsServiceLevel ? 'Meets' : 'Fails'} the target of ${target}: ${percent(s.network.serviceLevel)} over the season, ${gap} it.`;
}

/** The columns of a partner's or the network's measures, in the report and at the command line. */
export const MEASURE_HEAD = [
  'who',
  'offered',
  'handled',
  'abandoned',
  'service level',
  'ASA',
  'abandonment',
  'occupancy',
  'callbacks',
];

function measuresRow(name: string, m: Measures): string[] {
  return [
    name,
    count(m.offered),
    count(m.handled),
    count(m.abandoned),
    percent(m.serviceLevel),
    seconds(m.asaSeconds),
    percent(m.abandonmentRate),
    percent(m.occupancy),
    count(m.callbacksRequested),
  ];
}

function dailyTable(report: SimulationReport): Block {
  return table(
    'Service level by day',
    ['day', 'network', 'target met', ...report.partners.map((p) => p.id), 'offered', 'abandonment', 'ASA'],
    report.days.map((d) => [
      d.date,
      percent(d.network.serviceLevel),
      d.meetsTarget ? 'yes' : 'no',
      ...report.partners.map((p) => percent(d.partners[p.id]?.serviceLevel ?? null)),
      count(d.network.offered),
      percent(d.network.abandonmentRate),
      seconds(d.network.asaSeconds),
    ]),
  );
}

function firingsBlock(report: SimulationReport): Block {
  if (report.contingencies.length === 0) return paragraph('No contingency level fired.');
  return table(
    `Contingency firings (${report.contingencies.length})`,
    ['level', 'fired', 'trigger', 'value', 'actions', 'stood down'],
    report.contingencies.map((f) => [
      f.name,
      f.firedAt,
      f.trigger,
      f.value.toFixed(3),
      f.actions.join('; '),
      f.releasedAt ?? 'still active',
    ]),
  );
}
