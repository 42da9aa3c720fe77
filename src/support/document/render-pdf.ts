// The document model as a PDF (pdfkit, no browser): headings, paragraphs, lists, tables that repeat
// their header row on a new page, and the line charts drawn as vector graphics with their legend.
// The built-in Helvetica covers Windows-1252 only, so the few other characters the text uses are
// spelled out first.
import PDFDocument from 'pdfkit';
import type { Block, DocumentModel, LineChart, Section } from './document.ts';
import { CHART_STYLES, chartMaximum, formatAxisValue, gridValues, shorten } from './line-chart-svg.ts';

const MARGIN = 50;
const BODY = 10;
const SMALL = 8;

const REPLACEMENTS: Record<string, string> = {
  '→': '->',
  '≥': '>=',
  '≤': '<=',
  '−': '-',
  '×': 'x',
  '✓': 'yes',
};

function text(value: string): string {
  return value.replace(/[→≥≤−×✓]/g, (c) => REPLACEMENTS[c] ?? c).replace(/[^\x20-\xff–—‘’“”…•€]/g, '?');
}

export function renderPdf(document: DocumentModel): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    lang: 'en-US',
    displayTitle: true,
    info: { Title: document.title, Subject: document.subtitle ?? document.title },
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - 2 * MARGIN;

  pdf.font('Helvetica-Bold').fontSize(20).fillColor('#1b1b1b').text(text(document.title), { width });
  if (document.subtitle)
    pdf.moveDown(0.3).font('Helvetica').fontSize(BODY).fillColor('#454545').text(text(document.subtitle));
  pdf.fillColor('#1b1b1b');
  for (const s of document.sections) section(pdf, s, 1, width);

  const pages = pdf.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    pdf.switchToPage(pages.start + i);
    pdf
      .font('Helvetica')
      .fontSize(SMALL)
      .fillColor('#454545')
      .text(
        `${text(shorten(document.title, 80))}, page ${i + 1} of ${pages.count}`,
        MARGIN,
        pdf.page.height - MARGIN + 16,
        { width, align: 'center', lineBreak: false },
      );
  }
  pdf.end();
  return done;
}

type Pdf = InstanceType<typeof PDFDocument>;

function bottom(pdf: Pdf): number {
  return pdf.page.height - MARGIN;
}

function ensureSpace(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
}

function section(pdf: Pdf, s: Section, depth: number, width: number): void {
  const size = depth === 1 ? 15 : depth === 2 ? 12.5 : 11;
  ensureSpace(pdf, size * 4);
  pdf
    .moveDown(depth === 1 ? 1 : 0.6)
    .font('Helvetica-Bold')
    .fontSize(size)
    .fillColor('#1a4480')
    .text(text(s.heading), MARGIN, pdf.y, { width });
  pdf.fillColor('#1b1b1b').moveDown(0.3);
  for (const b of s.blocks) block(pdf, b, width);
  for (const sub of s.subsections ?? []) section(pdf, sub, depth + 1, width);
}

function block(pdf: Pdf, b: Block, width: number): void {
  pdf.font('Helvetica').fontSize(BODY).fillColor('#1b1b1b');
  switch (b.kind) {
    case 'paragraph':
      pdf.text(text(b.text), MARGIN, pdf.y, { width }).moveDown(0.5);
      return;
    case 'quote':
      pdf
        .font('Helvetica-Oblique')
        .text(text(b.text), MARGIN + 16, pdf.y, { width: width - 16 })
        .moveDown(0.5);
      return;
    case 'list':
      b.items.forEach((item, i) => {
        const bullet = b.ordered ? `${i + 1}.` : '•';
        const y = pdf.y;
        pdf.text(bullet, MARGIN, y, { width: 16 });
        pdf.text(text(item), MARGIN + 16, y, { width: width - 16 });
      });
      pdf.moveDown(0.5);
      return;
    case 'table':
      drawTable(pdf, b.caption, b.head, b.rows, width);
      return;
    case 'chart':
      drawChart(pdf, b.chart, width);
      return;
  }
}

function columnWidths(
  pdf: Pdf,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  width: number,
): number[] {
  pdf.font('Helvetica').fontSize(SMALL);
  const natural = head.map((h, c) => {
    let w = pdf.widthOfString(text(h)) + 8;
    for (const row of rows) w = Math.max(w, pdf.widthOfString(text(row[c] ?? '')) + 8);
    return Math.min(w, 220);
  });
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= width) return natural.map((w) => (w * width) / total);
  // Long text columns give way first: each column keeps at least its share of a narrow minimum.
  const minimum = Math.min(40, width / head.length);
  const flexible = natural.map((w) => Math.max(0, w - minimum));
  const flexTotal = flexible.reduce((a, b) => a + b, 0);
  const spare = width - minimum * head.length;
  return flexible.map((f) => minimum + (flexTotal > 0 ? (f * spare) / flexTotal : spare / head.length));
}

function drawTable(
  pdf: Pdf,
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  width: number,
): void {
  const widths = columnWidths(pdf, head, rows, width);
  const pad = 3;
  // A body row's first cell is drawn bold (it names the row), so each cell is measured in its own font.
  const fontOf = (i: number, bold: boolean): string => (bold || i === 0 ? 'Helvetica-Bold' : 'Helvetica');
  const rowHeight = (cells: readonly string[], bold: boolean): number => {
    const heights = cells.map((c, i) =>
      pdf
        .font(fontOf(i, bold))
        .fontSize(SMALL)
        .heightOfString(text(c), { width: widths[i]! - 2 * pad }),
    );
    return Math.max(...heights, SMALL) + 2 * pad;
  };
  const drawRow = (cells: readonly string[], bold: boolean, shade: boolean): void => {
    const h = rowHeight(cells, bold);
    const y = pdf.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      const w = widths[i]!;
      if (shade) pdf.rect(x, y, w, h).fill('#f0f0f0');
      pdf.rect(x, y, w, h).lineWidth(0.5).stroke('#71767a');
      pdf
        .fillColor('#1b1b1b')
        .font(fontOf(i, bold))
        .fontSize(SMALL)
        .text(text(c), x + pad, y + pad, { width: w - 2 * pad });
      x += w;
    });
    pdf.x = MARGIN;
    pdf.y = y + h;
  };
  ensureSpace(pdf, 40 + rowHeight(head, true));
  pdf
    .font('Helvetica-Bold')
    .fontSize(BODY - 1)
    .text(text(caption), MARGIN, pdf.y, { width });
  pdf.moveDown(0.2);
  drawRow(head, true, true);
  for (const row of rows) {
    if (pdf.y + rowHeight(row, false) > bottom(pdf)) {
      pdf.addPage();
      drawRow(head, true, true);
    }
    drawRow(row, false, false);
  }
  pdf.x = MARGIN;
  pdf.moveDown(0.8);
}

function drawChart(pdf: Pdf, chart: LineChart, width: number): void {
  const height = 200;
  const legend = chart.series.length * 12 + 8;
  ensureSpace(pdf, height + legend + 40);
  pdf
    .font('Helvetica-Bold')
    .fontSize(BODY - 1)
    .text(text(chart.title), MARGIN, pdf.y, { width });
  const top = pdf.y + 6;
  const left = MARGIN + 44;
  const plotW = width - 60;
  const plotH = height - 40;
  const max = chartMaximum(chart);
  const y = (v: number): number => top + plotH * (1 - Math.min(v, max) / max);
  const n = chart.labels.length;
  const x = (i: number): number => left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  pdf.font('Helvetica').fontSize(7).fillColor('#1b1b1b');
  for (const v of gridValues(max)) {
    pdf
      .moveTo(left, y(v))
      .lineTo(left + plotW, y(v))
      .lineWidth(0.4)
      .stroke('#bbbbbb');
    pdf.text(formatAxisValue(chart, v), MARGIN, y(v) - 3, { width: 40, align: 'right', lineBreak: false });
  }
  if (chart.target) {
    pdf
      .moveTo(left, y(chart.target.value))
      .lineTo(left + plotW, y(chart.target.value))
      .dash(6, { space: 3 })
      .lineWidth(1)
      .stroke('#000000')
      .undash();
  }
  const step = Math.max(1, Math.ceil(n / 12));
  chart.labels.forEach((label, i) => {
    if (i % step !== 0 && i !== n - 1) return;
    pdf.text(text(label), x(i) - 20, top + plotH + 4, { width: 40, align: 'center', lineBreak: false });
  });
  chart.series.forEach((s, k) => {
    const style = CHART_STYLES[k % CHART_STYLES.length]!;
    let drawing = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        drawing = false;
        return;
      }
      if (drawing) pdf.lineTo(x(i), y(v));
      else pdf.moveTo(x(i), y(v));
      drawing = true;
    });
    const dash = style.dash.split(' ').filter(Boolean).map(Number);
    if (dash.length > 0) pdf.dash(dash[0]!, { space: dash[1] ?? dash[0]! });
    pdf.lineWidth(1.5).stroke(style.colour).undash();
    const ly = top + plotH + 20 + k * 12;
    pdf.moveTo(left, ly).lineTo(left + 24, ly);
    if (dash.length > 0) pdf.dash(dash[0]!, { space: dash[1] ?? dash[0]! });
    pdf.lineWidth(1.5).stroke(style.colour).undash();
    pdf.fillColor('#1b1b1b').text(text(s.name), left + 30, ly - 3, { lineBreak: false });
  });
  if (chart.target)
    pdf.text(text(`dashed black line: ${chart.target.label}`), left + 260, top + plotH + 17, {
      lineBreak: false,
    });
  pdf.x = MARGIN;
  pdf.y = top + plotH + legend + 20;
  pdf
    .font('Helvetica-Oblique')
    .fontSize(SMALL)
    .text(text(chart.description), MARGIN, pdf.y, { width })
    .moveDown(0.8);
}
