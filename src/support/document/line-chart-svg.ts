// A line chart as hand-written SVG: one self-contained file, no dependency. The chart names itself
// (title, desc) for screen readers, and each line differs by dash pattern and marker as well as
// colour, so it reads in grey scale and for people who do not tell the colours apart. The legend sits
// under the plot, one line per series with its whole name, so it is never cut at the drawing's edge
// and the drawing keeps its proportions when the page scales it down. With `rowLinks` (one per label,
// the table that follows the chart has a row per point) each point's column is a link to its row:
// the drawing is then a group whose links assistive technology reaches, each named by its row.
import { escapeMarkup } from '../../domain/escape-markup.ts';
import type { LineChart } from './document.ts';

export const CHART_WIDTH = 880;
export const CHART_HEIGHT = 360;
/** Right: room for the target line's label only; the legend is below the plot. */
export const CHART_MARGIN = { top: 40, right: 90, bottom: 70, left: 64 };
/** One legend line under the plot. */
export const LEGEND_LINE = 20;
export const CHART_STYLES = [
  { colour: '#1a4480', dash: '', marker: 'circle' },
  { colour: '#b50909', dash: '6 3', marker: 'square' },
  { colour: '#008817', dash: '2 3', marker: 'triangle' },
  { colour: '#8168b3', dash: '10 4 2 4', marker: 'diamond' },
  { colour: '#c05600', dash: '4 4', marker: 'circle' },
] as const;

/** The top of the y axis: the chart's own, or the data's maximum rounded up to a readable step. */
export function chartMaximum(chart: LineChart): number {
  if (chart.yMax !== undefined) return chart.yMax;
  let max = chart.target?.value ?? 0;
  for (const s of chart.series) for (const v of s.values) if (v !== null && v > max) max = v;
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= max)!;
  return step * magnitude;
}

export function formatAxisValue(chart: LineChart, value: number): string {
  switch (chart.yFormat) {
    case 'percent':
      return `${Math.round(value * 100)}%`;
    case 'seconds':
      return `${Math.round(value)} s`;
    case 'count':
      return Math.round(value).toLocaleString('en-US');
  }
}

/** Every fifth of the axis. */
export function gridValues(max: number): number[] {
  return [0, 1, 2, 3, 4, 5].map((k) => (max * k) / 5);
}

/** A link from one point's column of the chart to its table row. */
export interface ChartRowLink {
  /** The row's id in the same page, without '#'. */
  readonly rowId: string;
  /** The link's name, e.g. "2024-11-11: network 84%". */
  readonly label: string;
}

export function renderLineChartSvg(chart: LineChart, rowLinks?: readonly ChartRowLink[]): string {
  const { id } = chart;
  const WIDTH = CHART_WIDTH;
  const MARGIN = CHART_MARGIN;
  const legendTop = CHART_HEIGHT + 4;
  const HEIGHT = legendTop + chart.series.length * LEGEND_LINE + 8;
  const max = chartMaximum(chart);
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = CHART_HEIGHT - MARGIN.top - MARGIN.bottom;
  const labels = chart.labels;
  const x = (i: number): number =>
    MARGIN.left + (labels.length <= 1 ? plotW / 2 : (i * plotW) / (labels.length - 1));
  const y = (v: number): number => MARGIN.top + plotH * (1 - Math.min(v, max) / max);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="${rowLinks ? 'group' : 'img'}" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeMarkup(chart.title)}</title>`,
    `<desc id="${id}-desc">${escapeMarkup(chart.description)}</desc>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
  ];
  for (const v of gridValues(max)) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${y(v)}" y2="${y(v)}" stroke="#dfe1e2"/>`,
      `<text x="${MARGIN.left - 8}" y="${y(v) + 4}" text-anchor="end" font-size="12" font-family="sans-serif">${formatAxisValue(chart, v)}</text>`,
    );
  }
  if (chart.target)
    parts.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${y(chart.target.value)}" y2="${y(chart.target.value)}" stroke="#000000" stroke-width="1.5" stroke-dasharray="8 4"/>`,
      `<text x="${MARGIN.left + plotW + 6}" y="${y(chart.target.value) + 4}" font-size="12" font-family="sans-serif">${escapeMarkup(chart.target.label)}</text>`,
    );
  const step = Math.max(1, Math.ceil(labels.length / 12));
  labels.forEach((label, i) => {
    if (i % step !== 0 && i !== labels.length - 1) return;
    parts.push(
      `<text x="${x(i)}" y="${MARGIN.top + plotH + 16}" font-size="11" font-family="sans-serif" text-anchor="end" transform="rotate(-40 ${x(i)} ${MARGIN.top + plotH + 16})">${escapeMarkup(label)}</text>`,
    );
  });
  chart.series.forEach((s, k) => {
    const style = CHART_STYLES[k % CHART_STYLES.length]!;
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
    const ly = legendTop + k * LEGEND_LINE;
    const lx = MARGIN.left;
    parts.push(
      `<line x1="${lx}" x2="${lx + 24}" y1="${ly}" y2="${ly}" stroke="${style.colour}" stroke-width="2"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
      marker(style.marker, lx + 12, ly, style.colour),
      `</g>`,
      `<text x="${lx + 30}" y="${ly + 4}" font-size="12" font-family="sans-serif">${escapeMarkup(shorten(s.name, 100))}</text>`,
    );
  });
  if (rowLinks && rowLinks.length === labels.length) {
    // Each point's column, from halfway to the point before to halfway to the next.
    const band = labels.length <= 1 ? plotW : plotW / (labels.length - 1);
    rowLinks.forEach((link, i) => {
      parts.push(
        `<a href="#${escapeMarkup(link.rowId)}" aria-label="${escapeMarkup(link.label)}" class="chart-row-link">`,
        `<rect x="${(x(i) - band / 2).toFixed(1)}" y="${MARGIN.top}" width="${band.toFixed(1)}" height="${plotH}" fill="transparent"/>`,
        '</a>',
      );
    });
  }
  parts.push(
    `<text x="${MARGIN.left}" y="22" font-size="14" font-weight="bold" font-family="sans-serif">${escapeMarkup(shorten(chart.title, 100))}</text>`,
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

export function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
