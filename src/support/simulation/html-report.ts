// The simulation as one self-contained HTML page: the season against the target, the daily service
// level chart with its data table as the text alternative, each partner's figures and every
// contingency firing.
import { escapeXml as escape, renderServiceLevelChart } from './service-level-chart.ts';
import type { Measures, SimulationReport } from './simulation-report.ts';

const pct = (v: number | null): string => (v === null ? '–' : `${(v * 100).toFixed(1)}%`);
const secs = (v: number | null): string => (v === null ? '–' : `${v.toFixed(0)} s`);
const count = (v: number): string => v.toLocaleString('en-US');

export function renderHtmlReport(reports: readonly SimulationReport[]): string {
  const sections = reports.map((report, i) => section(report, `plan-${i}`)).join('\n');
  const title = `Open season support simulation: ${reports.map((r) => r.plan.id).join(' and ')}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; max-width: 70rem; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
th, td { border: 1px solid #a9aeb1; padding: 0.25rem 0.5rem; text-align: right; }
th[scope=row], th:first-child { text-align: left; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
.miss { color: #b50909; font-weight: bold; }
.meet { color: #00612b; font-weight: bold; }
</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
${sections}
</main>
</body>
</html>
`;
}

function verdict(report: SimulationReport): string {
  const s = report.season;
  const target = `${pct(report.target.serviceLevel)} answered within ${report.target.answerWithinSeconds} s`;
  const gap = `${(Math.abs(s.serviceLevelGap) * 100).toFixed(1)} points ${s.serviceLevelGap >= 0 ? 'above' : 'below'}`;
  return s.meetsServiceLevel
    ? `<p class="meet">Meets the target of ${target}: ${pct(s.network.serviceLevel)} over the season, ${gap} it.</p>`
    : `<p class="miss">Fails the target of ${target}: ${pct(s.network.serviceLevel)} over the season, ${gap} it.</p>`;
}

function measuresRow(name: string, m: Measures): string {
  return `<tr><th scope="row">${escape(name)}</th><td>${count(m.offered)}</td><td>${count(m.handled)}</td><td>${count(m.abandoned)}</td><td>${pct(m.serviceLevel)}</td><td>${secs(m.asaSeconds)}</td><td>${pct(m.abandonmentRate)}</td><td>${pct(m.occupancy)}</td><td>${count(m.callbacksRequested)}</td></tr>`;
}

const MEASURE_HEAD =
  '<tr><th scope="col">who</th><th scope="col">offered</th><th scope="col">handled</th><th scope="col">abandoned</th><th scope="col">service level</th><th scope="col">ASA</th><th scope="col">abandonment</th><th scope="col">occupancy</th><th scope="col">callbacks</th></tr>';

function section(report: SimulationReport, id: string): string {
  const s = report.season;
  const n = s.network;
  const c = report.conservation;
  const partnerRows = report.partners
    .map((p) => measuresRow(`${p.name} (${p.agents} agents on the phones)`, s.partners[p.id]!))
    .join('\n');
  const dailyHead = `<tr><th scope="col">day</th><th scope="col">network</th>${report.partners
    .map((p) => `<th scope="col">${escape(p.id)}</th>`)
    .join('')}<th scope="col">offered</th><th scope="col">abandonment</th><th scope="col">ASA</th></tr>`;
  const dailyRows = report.days
    .map(
      (d) =>
        `<tr><th scope="row">${d.date}</th><td class="${d.meetsTarget ? 'meet' : 'miss'}">${pct(d.network.serviceLevel)}</td>${report.partners
          .map((p) => `<td>${pct(d.partners[p.id]?.serviceLevel ?? null)}</td>`)
          .join(
            '',
          )}<td>${count(d.network.offered)}</td><td>${pct(d.network.abandonmentRate)}</td><td>${secs(d.network.asaSeconds)}</td></tr>`,
    )
    .join('\n');
  const firings =
    report.contingencies.length === 0
      ? '<p>No contingency level fired.</p>'
      : `<table><caption>Contingency firings (${report.contingencies.length})</caption>
<tr><th scope="col">level</th><th scope="col">fired</th><th scope="col">trigger</th><th scope="col">value</th><th scope="col">actions</th><th scope="col">stood down</th></tr>
${report.contingencies
  .map(
    (f) =>
      `<tr><th scope="row">${escape(f.name)}</th><td>${f.firedAt}</td><td>${escape(f.trigger)}</td><td>${f.value.toFixed(3)}</td><td>${escape(f.actions.join('; '))}</td><td>${f.releasedAt ?? 'still active'}</td></tr>`,
  )
  .join('\n')}
</table>`;
  return `<section aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${escape(report.plan.name)} <small>(version ${escape(report.plan.version)}, seed ${report.seed})</small></h2>
${verdict(report)}
<p>${count(c.arrivals)} contacts reached the phone menu: ${count(c.contained)} were resolved by self-service, ${count(c.referred)} referred to partners' own lines, ${count(c.queued)} joined a queue; ${count(c.handled)} were answered, ${count(c.abandoned)} hung up and ${count(c.callbacksRequested)} asked for a callback (${count(c.callbacksPending)} still pending at the end). The network met the target on ${s.daysMeetingTarget} of ${s.openDays} open days.</p>
<table><caption>Season by partner</caption>
${MEASURE_HEAD}
${measuresRow('Network', n)}
${partnerRows}
</table>
<figure>
${renderServiceLevelChart(report, `${id}-chart`)}
<figcaption>Daily service level per partner; the values are in the table below.</figcaption>
</figure>
<table><caption>Service level by day</caption>
${dailyHead}
${dailyRows}
</table>
${firings}
</section>`;
}
