// The document model (src/support/document/document.ts) as a TAGGED PDF (PDF/UA-style structure, ISO
// 14289-1): the catalog says /MarkInfo << /Marked true >> and carries a /StructTreeRoot, the document
// language and title are set, and every heading, paragraph, list item and table cell is a structure
// element (H1-H3, P, L/LI/LBody, Table/TR/TH/TD, Caption) in reading order; decorations (rules, cell
// borders, page numbers) are artifacts. Charts are not drawn here: a Figure with the chart's text
// alternative stands for one (the action plan and progress report have none).
import PDFDocument from 'pdfkit';
import type { Block, DocumentModel, Section } from '../../support/document/document.ts';

const MARGIN = 54;
const BODY = 10;
const SMALL = 8.5;

type Pdf = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Pdf['struct']>;

const REPLACEMENTS: Record<string, string> = {
  '→': '->',
  '≥': '>=',
  '≤': '<=',
  '−': '-',
  '×': 'x',
  '✓': 'yes',
};

/** Helvetica covers Windows-1252 only: the few other characters are spelled out first. */
function text(value: string): string {
  return value.replace(/[→≥≤−×✓]/g, (c) => REPLACEMENTS[c] ?? c).replace(/[^\x20-\xff–—‘’“”…•€]/g, '?');
}

export function renderTaggedPdf(document: DocumentModel): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    lang: 'en-US',
    tagged: true,
    pdfVersion: '1.7',
    displayTitle: true,
    info: { Title: document.title, Subject: document.subtitle ?? document.title },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  let page = 1;
  const footer = (): void => {
    const { x, y } = pdf;
    // Drawn below the bottom margin: lift the margin meanwhile so the text does not start a new page.
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.markContent('Artifact', { type: 'Pagination' });
    pdf
      .font('Helvetica')
      .fontSize(7.5)
      .fillColor('#454545')
      .text(`${text(document.title)} - page ${page}`, MARGIN, pdf.page.height - MARGIN + 18, {
        width: pdf.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    pdf.endMarkedContent();
    pdf.page.margins.bottom = margin;
    pdf.fillColor('#1b1b1b');
    pdf.x = x;
    pdf.y = y;
  };
  footer();
  pdf.on('pageAdded', () => {
    page += 1;
    footer();
  });

  const width = pdf.page.width - 2 * MARGIN;
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  root.add(
    pdf.struct('H1', {}, () => {
      pdf
        .font('Helvetica-Bold')
        .fontSize(19)
        .fillColor('#1b1b1b')
        .text(text(document.title), MARGIN, pdf.y, { width });
    }),
  );
  if (document.subtitle) {
    const subtitle = document.subtitle;
    root.add(
      pdf.struct('P', {}, () => {
        pdf
          .moveDown(0.3)
          .font('Helvetica')
          .fontSize(BODY)
          .fillColor('#454545')
          .text(text(subtitle), { width });
      }),
    );
    pdf.fillColor('#1b1b1b');
  }
  for (const s of document.sections) root.add(section(pdf, s, 1, width));
  root.end();
  pdf.end();
  return done;
}

function bottom(pdf: Pdf): number {
  return pdf.page.height - MARGIN;
}

function ensureSpace(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
}

function section(pdf: Pdf, s: Section, depth: number, width: number): Struct {
  const sect = pdf.struct('Sect');
  const size = depth === 1 ? 14.5 : depth === 2 ? 12 : 11;
  ensureSpace(pdf, size * 4);
  pdf.moveDown(depth === 1 ? 1 : 0.6);
  sect.add(
    pdf.struct(`H${Math.min(depth + 1, 6)}`, {}, () => {
      pdf
        .font('Helvetica-Bold')
        .fontSize(size)
        .fillColor('#1a4480')
        .text(text(s.heading), MARGIN, pdf.y, { width });
    }),
  );
  pdf.fillColor('#1b1b1b').moveDown(0.3);
  for (const b of s.blocks) sect.add(block(pdf, b, width));
  for (const sub of s.subsections ?? []) sect.add(section(pdf, sub, depth + 1, width));
  return sect;
}

function block(pdf: Pdf, b: Block, width: number): Struct {
  pdf.font('Helvetica').fontSize(BODY).fillColor('#1b1b1b');
  switch (b.kind) {
    case 'paragraph':
      return pdf.struct('P', {}, () => {
        pdf.text(text(b.text), MARGIN, pdf.y, { width }).moveDown(0.5);
      });
    case 'quote':
      return pdf.struct('BlockQuote', {}, () => {
        pdf
          .font('Helvetica-Oblique')
          .text(text(b.text), MARGIN + 16, pdf.y, { width: width - 16 })
          .moveDown(0.5);
      });
    case 'list': {
      const list = pdf.struct('L');
      b.items.forEach((item, i) => {
        ensureSpace(pdf, BODY * 2);
        const y = pdf.y;
        const li = pdf.struct('LI');
        li.add(
          pdf.struct('Lbl', {}, () => {
            pdf
              .font('Helvetica')
              .fontSize(BODY)
              .text(b.ordered ? `${i + 1}.` : '•', MARGIN, y, { width: 16 });
          }),
        );
        li.add(
          pdf.struct('LBody', {}, () => {
            pdf.text(text(item), MARGIN + 16, y, { width: width - 16 });
          }),
        );
        list.add(li);
      });
      pdf.moveDown(0.5);
      return list;
    }
    case 'table':
      return drawTable(pdf, b.caption, b.head, b.rows, b.rowHeaders ?? true, width);
    case 'chart':
      return pdf.struct('Figure', { alt: `${b.chart.title}: ${b.chart.description}` }, () => {
        pdf
          .font('Helvetica-Oblique')
          .text(text(`${b.chart.title}: ${b.chart.description}`), MARGIN, pdf.y, { width });
        pdf.moveDown(0.5);
      });
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
  rowHeaders: boolean,
  width: number,
): Struct {
  const widths = columnWidths(pdf, head, rows, width);
  const pad = 3;
  const bold = (i: number, header: boolean): boolean => header || (rowHeaders && i === 0);
  const rowHeight = (cells: readonly string[], header: boolean): number =>
    Math.max(
      ...cells.map((c, i) =>
        pdf
          .font(bold(i, header) ? 'Helvetica-Bold' : 'Helvetica')
          .fontSize(SMALL)
          .heightOfString(text(c), { width: widths[i]! - 2 * pad }),
      ),
      SMALL,
    ) +
    2 * pad;
  const table = pdf.struct('Table');
  const drawRow = (cells: readonly string[], header: boolean): void => {
    const h = rowHeight(cells, header);
    const y = pdf.y;
    let x = MARGIN;
    const tr = pdf.struct('TR');
    cells.forEach((c, i) => {
      const w = widths[i]!;
      pdf.markContent('Artifact', { type: 'Layout' });
      if (header) pdf.rect(x, y, w, h).fill('#f0f0f0');
      pdf.rect(x, y, w, h).lineWidth(0.5).stroke('#71767a');
      pdf.endMarkedContent();
      const cellX = x;
      tr.add(
        pdf.struct(bold(i, header) ? 'TH' : 'TD', {}, () => {
          pdf
            .fillColor('#1b1b1b')
            .font(bold(i, header) ? 'Helvetica-Bold' : 'Helvetica')
            .fontSize(SMALL)
            .text(text(c), cellX + pad, y + pad, { width: w - 2 * pad });
        }),
      );
      x += w;
    });
    table.add(tr);
    pdf.x = MARGIN;
    pdf.y = y + h;
  };
  ensureSpace(pdf, 40 + rowHeight(head, true));
  table.add(
    pdf.struct('Caption', {}, () => {
      pdf
        .font('Helvetica-Bold')
        .fontSize(BODY - 1)
        .text(text(caption), MARGIN, pdf.y, { width });
      pdf.moveDown(0.2);
    }),
  );
  drawRow(head, true);
  for (const row of rows) {
    if (pdf.y + rowHeight(row, false) > bottom(pdf)) {
      pdf.addPage();
      drawRow(head, true);
    }
    drawRow(row, false);
  }
  pdf.x = MARGIN;
  pdf.moveDown(0.8);
  return table;
}
