// The document model as one self-contained, accessible HTML page: a lang attribute, one h1 and nested
// section headings, tables with captions and scoped header cells, SVG charts that name themselves,
// and colours with at least 4.5:1 contrast on white. A chart followed by a table with one row per point
// leads from each point to its row (a link to the row's id).
import type { Block, DocumentModel, LineChart, Section } from './document.ts';
import { escapeMarkup as escape } from '../../domain/escape-markup.ts';
import { renderLineChartSvg, type ChartRowLink } from './line-chart-svg.ts';

export function renderHtml(document: DocumentModel): string {
  const toc = document.sections.map((s) => `<li><a href="#${s.id}">${escape(s.heading)}</a></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; background: #ffffff; max-width: 72rem; line-height: 1.5; }
a { color: #1a4480; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
th, td { border: 1px solid #71767a; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f0f0f0; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
blockquote { border-left: 4px solid #1a4480; margin: 0.5rem 0; padding: 0.25rem 1rem; }
figure { margin: 1rem 0; }
svg { max-width: 100%; height: auto; }
.subtitle { color: #454545; }
</style>
</head>
<body>
<header>
<h1>${escape(document.title)}</h1>
${document.subtitle ? `<p class="subtitle">${escape(document.subtitle)}</p>` : ''}
<nav aria-label="Contents">
<h2 id="contents">Contents</h2>
<ol>
${toc}
</ol>
</nav>
</header>
<main>
${document.sections.map((s) => section(s, 2)).join('\n')}
</main>
</body>
</html>
`;
}

function section(s: Section, level: number): string {
  const h = Math.min(level, 6);
  return `<section aria-labelledby="${s.id}">
<h${h} id="${s.id}">${escape(s.heading)}</h${h}>
${s.blocks.map((b, i) => block(b, s.blocks[i - 1], s.blocks[i + 1])).join('\n')}
${(s.subsections ?? []).map((sub) => section(sub, level + 1)).join('\n')}
</section>`;
}

type TableBlock = Extract<Block, { kind: 'table' }>;

/** The chart's points and the next table's rows, one for one: the label each row's first cell ends with. */
function pairedRows(chart: LineChart, next: Block | undefined): next is TableBlock {
  return (
    next?.kind === 'table' &&
    next.rows.length === chart.labels.length &&
    next.rows.length > 0 &&
    next.rows.every((row, i) => (row[0] ?? '').endsWith(chart.labels[i]!))
  );
}

function rowLinks(chart: LineChart, table: TableBlock): ChartRowLink[] {
  return table.rows.map((row, i) => ({
    rowId: `${chart.id}-row-${i}`,
    label: `${row[0] ?? ''}: ${chart.series
      .map((s) => `${s.name} ${s.values[i] == null ? '–' : valueText(chart, s.values[i]!)}`)
      .join(', ')}`,
  }));
}

function valueText(chart: LineChart, value: number): string {
  return chart.yFormat === 'percent' ? `${(value * 100).toFixed(1)}%` : String(Math.round(value));
}

function block(b: Block, previous?: Block, next?: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${escape(b.text)}</p>`;
    case 'quote':
      return `<blockquote><p>${escape(b.text)}</p></blockquote>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${b.items.map((i) => `<li>${escape(i)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'table': {
      const head = `<thead><tr>${b.head.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead>`;
      // The rows a chart just before leads to carry ids.
      const chart = previous?.kind === 'chart' && pairedRows(previous.chart, b) ? previous.chart : null;
      const rows = b.rows
        .map(
          (row, index) =>
            `<tr${chart ? ` id="${chart.id}-row-${index}" tabindex="-1"` : ''}>${row
              .map((cell, i) =>
                i === 0 && b.rowHeaders ? `<th scope="row">${escape(cell)}</th>` : `<td>${escape(cell)}</td>`,
              )
              .join('')}</tr>`,
        )
        .join('\n');
      return `<table>\n<caption>${escape(b.caption)}</caption>\n${head}\n<tbody>\n${rows}\n</tbody>\n</table>`;
    }
    case 'chart':
      return `<figure>\n${renderLineChartSvg(b.chart, pairedRows(b.chart, next) ? rowLinks(b.chart, next) : undefined)}\n<figcaption>${escape(b.chart.title)}; the values are in the table that follows.</figcaption>\n</figure>`;
  }
}
