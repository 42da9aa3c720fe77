// The daily service level of each partner and of the network as an SVG line chart, drawn by the
// document renderers' line chart so the simulation report and the written plan look alike.
import type { LineChart } from '../document/document.ts';
import { renderLineChartSvg } from '../document/line-chart-svg.ts';
import type { SimulationReport } from './simulation-report.ts';

interface Series {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

export function serviceLevelSeries(report: SimulationReport): Series[] {
  return [
    { name: 'Network (all partners)', values: report.days.map((d) => d.network.serviceLevel) },
    ...report.partners.map((p) => ({
      name: p.name.replace(/ \(.*\)$/, ''),
      values: report.days.map((d) => d.partners[p.id]?.serviceLevel ?? null),
    })),
  ];
}

/** The chart as the document model describes it, for the HTML and PDF renderers alike. */
export function serviceLevelChart(report: SimulationReport, id = 'service-level-chart'): LineChart {
  const series = serviceLevelSeries(report);
  const dates = report.days.map((d) => d.date);
  const target = report.target.serviceLevel;
  const pct = (v: number): string => `${Math.round(v * 100)}%`;
  const network = series[0]!.values;
  const below = dates.filter((_, i) => network[i] !== null && network[i]! < target);
  const description =
    `Share of callers answered within ${report.target.answerWithinSeconds} seconds, per open day from ` +
    `${dates[0] ?? ''} to ${dates.at(-1) ?? ''}, for the network and each partner, against the ` +
    `${pct(target)} target. The network met the target on ${report.season.daysMeetingTarget} of ` +
    `${report.season.openDays} days and ${pct(report.season.network.serviceLevel ?? 0)} over the season` +
    (below.length === 0
      ? '.'
      : below.length === dates.length
        ? '; it fell short every day.'
        : `; it fell short on ${below.join(', ')}.`) +
    ' The table that follows the chart gives every value.';
  return {
    id,
    title: `Daily service level: ${report.plan.name}`,
    description,
    labels: dates.map((d) => d.slice(5)),
    series,
    yMax: 1,
    yFormat: 'percent',
    target: { value: target, label: `target ${pct(target)}` },
  };
}

export function renderServiceLevelChart(report: SimulationReport, id = 'service-level-chart'): string {
  return renderLineChartSvg(serviceLevelChart(report, id));
}
