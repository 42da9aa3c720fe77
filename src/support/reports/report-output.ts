// A performance report as CSV (one row per period and partner, rates as fractions) and as the
// document model that the HTML and PDF renderers share, with charts of service level and volume.
import { csvLine } from '../../storage/csv-text.ts';
import {
  count,
  paragraph,
  percent,
  seconds,
  table,
  type Block,
  type DocumentModel,
  type LineChart,
} from '../document/document.ts';
import { NETWORK, REPORT_DEFINITIONS, type PerformanceReport, type ReportRow } from './performance-report.ts';

const CSV_HEAD = [
  'period',
  'partner',
  'intervals',
  'offered',
  'handled',
  'abandoned',
  'answered_within_target',
  'service_level',
  'asa_seconds',
  'aht_seconds',
  'abandonment_rate',
  'first_contact_resolutions',
  'first_contact_resolution_rate',
  'transfers',
  'backlog',
  'contingency_activations',
];

const fixed = (v: number | null, digits: number): string | null => (v === null ? null : v.toFixed(digits));

export function reportCsv(report: PerformanceReport): string {
  return (
    csvLine(CSV_HEAD) +
    report.rows
      .map((r) =>
        csvLine([
          r.period,
          r.partner,
          r.intervals,
          r.offered,
          r.handled,
          r.abandoned,
          r.answeredWithinTarget,
          fixed(r.serviceLevel, 4),
          fixed(r.asaSeconds, 1),
          fixed(r.ahtSeconds, 1),
          fixed(r.abandonmentRate, 4),
          r.firstContactResolutions,
          fixed(r.firstContactResolutionRate, 4),
          r.transfers,
          r.backlog,
          r.contingencyActivations,
        ]),
      )
      .join('')
  );
}

function rowCells(r: ReportRow, first: string): string[] {
  return [
    first,
    count(r.offered),
    count(r.handled),
    count(r.abandoned),
    percent(r.serviceLevel),
    seconds(r.asaSeconds),
    seconds(r.ahtSeconds),
    percent(r.abandonmentRate),
    percent(r.firstContactResolutionRate),
    count(r.transfers),
    count(r.backlog),
    count(r.contingencyActivations),
  ];
}

const HEAD_TAIL = [
  'offered',
  'handled',
  'abandoned',
  'SL',
  'ASA',
  'AHT',
  'abandonment',
  'FCR',
  'transfers',
  'backlog',
  'contingency activations',
];

export function reportDocument(
  report: PerformanceReport,
  names: ReadonlyMap<string, string> = new Map(),
): DocumentModel {
  const name = (id: string): string => (id === NETWORK ? 'Network (all partners)' : (names.get(id) ?? id));
  const what = report.granularity === 'daily' ? 'Daily' : 'Weekly';
  const range = `${report.periods[0] ?? report.from ?? '–'} to ${report.periods.at(-1) ?? report.to ?? '–'}`;
  const scope = report.partner ? name(report.partner) : 'every partner and the network';
  const whom = [NETWORK, ...report.partners];
  const series = (value: (r: ReportRow) => number | null): { name: string; values: (number | null)[] }[] =>
    whom.map((who) => ({
      name: name(who),
      values: report.periods.map((p) => {
        const row = report.rows.find((r) => r.period === p && r.partner === who);
        return row ? value(row) : null;
      }),
    }));
  const label = (p: string): string => (report.granularity === 'daily' ? p.slice(5) : `wk ${p.slice(5)}`);
  const target = report.target;
  const network = report.rows.filter((r) => r.partner === NETWORK);
  const below = target
    ? network
        .filter((r) => r.serviceLevel !== null && r.serviceLevel < target.serviceLevel)
        .map((r) => r.period)
    : [];
  const slChart: LineChart = {
    id: `${report.granularity}-service-level`,
    title: `${what} service level`,
    description:
      `Share of contacts offered that were answered${target ? ` within ${target.answerWithinSeconds} seconds` : ' within the target time'}, per ${report.granularity === 'daily' ? 'day' : 'week'} from ${range}, for ${scope}.` +
      (target
        ? ` Against the ${percent(target.serviceLevel, 0)} target the network ${below.length === 0 ? 'met it every period' : `fell short in ${below.length} of ${network.length} periods`}.`
        : '') +
      ' The tables give every value.',
    labels: report.periods.map(label),
    series: series((r) => r.serviceLevel),
    yMax: 1,
    yFormat: 'percent',
    ...(target
      ? { target: { value: target.serviceLevel, label: `target ${percent(target.serviceLevel, 0)}` } }
      : {}),
  };
  const peak = network.reduce<ReportRow | null>(
    (best, r) => (best === null || r.offered > best.offered ? r : best),
    null,
  );
  const volumeChart: LineChart = {
    id: `${report.granularity}-offered`,
    title: `${what} contacts offered`,
    description: `Contacts offered per ${report.granularity === 'daily' ? 'day' : 'week'} from ${range}, for ${scope}.${peak ? ` The network's busiest period was ${peak.period} with ${count(peak.offered)} contacts.` : ''} The tables give every value.`,
    labels: report.periods.map(label),
    series: series((r) => r.offered),
    yFormat: 'count',
  };
  const blocks: Block[] =
    report.rows.length === 0
      ? [paragraph('No contact statistics are stored for this period and partner.')]
      : [
          { kind: 'chart', chart: slChart },
          { kind: 'chart', chart: volumeChart },
        ];
  const totals = whom.map((who) => {
    const rows = report.rows.filter((r) => r.partner === who);
    const sum = (f: (r: ReportRow) => number): number => rows.reduce((a, r) => a + f(r), 0);
    const offered = sum((r) => r.offered);
    const handled = sum((r) => r.handled);
    const wait = sum((r) => (r.asaSeconds ?? 0) * r.handled);
    const handle = sum((r) => (r.ahtSeconds ?? 0) * r.handled);
    const total: ReportRow = {
      period: 'all',
      partner: who,
      intervals: sum((r) => r.intervals),
      offered,
      handled,
      abandoned: sum((r) => r.abandoned),
      answeredWithinTarget: sum((r) => r.answeredWithinTarget),
      transfers: sum((r) => r.transfers),
      firstContactResolutions: sum((r) => r.firstContactResolutions),
      backlog: rows.at(-1)?.backlog ?? 0,
      contingencyActivations: sum((r) => r.contingencyActivations),
      serviceLevel: offered > 0 ? sum((r) => r.answeredWithinTarget) / offered : null,
      asaSeconds: handled > 0 ? wait / handled : null,
      ahtSeconds: handled > 0 ? handle / handled : null,
      abandonmentRate: offered > 0 ? sum((r) => r.abandoned) / offered : null,
      firstContactResolutionRate: handled > 0 ? sum((r) => r.firstContactResolutions) / handled : null,
    };
    return rowCells(total, name(who));
  });
  return {
    title: `${what} support performance report`,
    subtitle: `${range}; ${scope}.${target ? ` Target: ${percent(target.serviceLevel, 0)} answered within ${target.answerWithinSeconds} s.` : ''}`,
    sections: [
      {
        id: 'summary',
        heading: 'Summary',
        blocks: [
          ...(report.rows.length > 0
            ? [table('Totals over the report period', ['who', ...HEAD_TAIL], totals)]
            : []),
          ...blocks,
        ],
      },
      {
        id: 'by-period',
        heading: report.granularity === 'daily' ? 'By day' : 'By week',
        blocks: report.periods.map((p) =>
          table(
            `${report.granularity === 'daily' ? 'Day' : 'Week starting'} ${p}`,
            ['who', ...HEAD_TAIL],
            report.rows.filter((r) => r.period === p).map((r) => rowCells(r, name(r.partner))),
          ),
        ),
      },
      {
        id: 'definitions',
        heading: 'Definitions',
        blocks: [
          table(
            'How each measure is computed',
            ['measure', 'definition'],
            REPORT_DEFINITIONS.map((d) => [d.measure, d.definition]),
          ),
        ],
      },
    ],
  };
}
