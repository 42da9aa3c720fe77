// The daily service level of each partner and of the network as an SVG line chart. Hand-written SVG
// keeps the report a single file with no dependency; the chart names itself (title, desc) for screen
// readers, and each line differs by dash pattern and marker as well as colour.
import type { SimulationReport } from './simulation-report.ts';

const WIDTH = 880;
const HEIGHT = 360;
const MARGIN = { top: 40, right: 220, bottom: 70, left: 56 };
const STYLES = [
  { colour: '#1a4480', dash: '', marker: 'circle' },
  { colour: '#b50909', dash: '6 3', marker: 'square' },
  { colour: '#008817', dash: '2 3', marker: 'triangle' },
  { colour: '#8168b3', dash: '10 4 2 4', marker: 'diamond' },
  { colour: '#c05600', dash: '4 4', marker: 'circle' },
] as const;

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

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

export function renderServiceLevelChart(report: SimulationReport, id = 'service-level-chart'): string {
  const series = serviceLevelSeries(report);
  const dates = report.days.map((d) => d.date);
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (i: number): number =>
    MARGIN.left + (dates.length <= 1 ? plotW / 2 : (i * plotW) / (dates.length - 1));
  const y = (v: number): number => MARGIN.top + plotH * (1 - v);
  const target = report.target.serviceLevel;
  const pct = (v: number): string => `${Math.round(v * 100)}%`;
  const network = series[0]!.values;
  const below = dates.filter((_, i) => network[i] !== null && network[i]! < target);
  const title = `Daily service level: ${report.plan.name}`;
  const desc =
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
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
  ];
  for (let v = 0; v <= 1.0001; v += 0.2) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${y(v)}" y2="${y(v)}" stroke="#dfe1e2"/>`,
      `<text x="${MARGIN.left - 8}" y="${y(v) + 4}" text-anchor="end" font-size="12" font-family="sans-serif">${pct(v)}</text>`,
    );
  }
  parts.push(
    `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${y(target)}" y2="${y(target)}" stroke="#000000" stroke-width="1.5" stroke-dasharray="8 4"/>`,
    `<text x="${MARGIN.left + plotW + 6}" y="${y(target) + 4}" font-size="12" font-family="sans-serif">target ${pct(target)}</text>`,
  );
  const step = Math.max(1, Math.ceil(dates.length / 12));
  dates.forEach((date, i) => {
    if (i % step !== 0 && i !== dates.length - 1) return;
    parts.push(
      `<text x="${x(i)}" y="${MARGIN.top + plotH + 16}" font-size="11" font-family="sans-serif" text-anchor="end" transform="rotate(-40 ${x(i)} ${MARGIN.top + plotH + 16})">${date.slice(5)}</text>`,
    );
  });
  series.forEach((s, k) => {
    const style = STYLES[k % STYLES.length]!;
    const segments: string[] = [];
    let current = '';
    s.values.forEach((v, i) => {
      if (v === null) {
        if (current) segments.push(current);
        current = '';
        return;
      }
      current += `${current ? ' L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
    });
    if (current) segments.push(current);
    parts.push(`<g aria-hidden="true">`);
    for (const d of segments)
      parts.push(
        `<path d="${d}" fill="none" stroke="${style.colour}" stroke-width="2"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
      );
    s.values.forEach((v, i) => {
      if (v !== null) parts.push(marker(style.marker, x(i), y(v), style.colour));
    });
    const ly = MARGIN.top + 10 + k * 22;
    const lx = MARGIN.left + plotW + 70;
    parts.push(
      `<line x1="${lx}" x2="${lx + 24}" y1="${ly}" y2="${ly}" stroke="${style.colour}" stroke-width="2"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
      marker(style.marker, lx + 12, ly, style.colour),
      `</g>`,
      `<text x="${lx + 30}" y="${ly + 4}" font-size="11" font-family="sans-serif">${escapeXml(shorten(s.name, 24))}</text>`,
    );
  });
  parts.push(
    `<text x="${MARGIN.left}" y="22" font-size="14" font-weight="bold" font-family="sans-serif">${escapeXml(shorten(title, 100))}</text>`,
    '</svg>',
  );
  return parts.join('\n');
}

function marker(kind: string, cx: number, cy: number, colour: string): string {
  const r = 3.5;
  const at = (n: number): string => n.toFixed(1);
  switch (kind) {
    case 'square':
      return `<rect x="${at(cx - r)}" y="${at(cy - r)}" width="${2 * r}" height="${2 * r}" fill="${colour}"/>`;
    case 'triangle':
      return `<path d="M${at(cx)} ${at(cy - r)} L${at(cx + r)} ${at(cy + r)} L${at(cx - r)} ${at(cy + r)} Z" fill="${colour}"/>`;
    case 'diamond':
      return `<path d="M${at(cx)} ${at(cy - r)} L${at(cx + r)} ${at(cy)} L${at(cx)} ${at(cy + r)} L${at(cx - r)} ${at(cy)} Z" fill="${colour}"/>`;
    default:
      return `<circle cx="${at(cx)}" cy="${at(cy)}" r="${r}" fill="${colour}"/>`;
  }
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
