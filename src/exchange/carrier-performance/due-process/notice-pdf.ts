// A notice's document model as a TAGGED PDF (PDF/UA structure: a Document of sections, headings,
// paragraphs, lists and tables with header cells, MarkInfo Marked true, the language and the title
// shown), so a screen reader reads a carrier's notice in order. pdfkit draws it; the built-in
// Helvetica covers Windows-1252 only, so other characters are spelled out first.
import PDFDocument from 'pdfkit';
import type { Block, DocumentModel, Section } from '../../../support/document/document.ts';

const MARGIN = 54;
const BODY = 10;

const REPLACEMENTS: Record<string, string> = { '→': '->', '≥': '>=', '≤': '<=', '−': '-', '×': 'x' };

function text(value: string): string {
  return value.replace(/[→≥≤−×]/g, (c) => REPLACEMENTS[c] ?? c).replace(/[^\x20-\xff–—‘’“”…•€]/g, '?');
}

type Pdf = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** Renders the model; `issuedOn` dates the file, so the same notice renders to the same bytes. */
export function renderTaggedPdf(document: DocumentModel, issuedOn: string): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    lang: 'en-US',
    displayTitle: true,
    tagged: true,
    pdfVersion: '1.7',
    info: {
      Title: document.title,
      Subject: document.subtitle ?? document.title,
      Author: 'PSHB Exchange',
      CreationDate: new Date(`${issuedOn}T00:00:00Z`),
      ModDate: new Date(`${issuedOn}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - 2 * MARGIN;
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  root.add(
    pdf.struct('H1', {}, () => {
      pdf.font('Helvetica-Bold').fontSize(18).fillColor('#1b1b1b').text(text(document.title), { width });
    }),
  );
  if (document.subtitle)
    root.add(
      pdf.struct('P', {}, () => {
        pdf
          .moveDown(0.3)
          .font('Helvetica')
          .fontSize(BODY)
          .fillColor('#454545')
          .text(text(document.subtitle!), { width });
        pdf.fillColor('#1b1b1b');
      }),
    );
  for (const s of document.sections) section(pdf, root, s, 2, width);
  root.end();
  pdf.end();
  return done;
}

function section(pdf: Pdf, parent: Struct, s: Section, level: number, width: number): void {
  const sect = pdf.struct('Sect');
  parent.add(sect);
  sect.add(
    pdf.struct(`H${Math.min(level, 6)}`, {}, () => {
      pdf
        .moveDown(0.8)
        .font('Helvetica-Bold')
        .fontSize(level === 2 ? 14 : 12)
        .text(text(s.heading), MARGIN, undefined, { width });
      pdf.moveDown(0.2);
    }),
  );
  for (const b of s.blocks) block(pdf, sect, b, width);
  for (const sub of s.subsections ?? []) section(pdf, sect, sub, level + 1, width);
  sect.end();
}

function block(pdf: Pdf, parent: Struct, b: Block, width: number): void {
  switch (b.kind) {
    case 'paragraph':
    case 'quote':
      parent.add(
        pdf.struct(b.kind === 'quote' ? 'BlockQuote' : 'P', {}, () => {
          pdf.font('Helvetica').fontSize(BODY).text(text(b.text), MARGIN, undefined, { width });
          pdf.moveDown(0.4);
        }),
      );
      return;
    case 'list': {
      const l = pdf.struct('L');
      parent.add(l);
      b.items.forEach((item, i) => {
        const li = pdf.struct('LI');
        l.add(li);
        li.add(
          pdf.struct('Lbl', {}, () => {
            pdf
              .font('Helvetica')
              .fontSize(BODY)
              .text(b.ordered ? `${i + 1}.` : '•', MARGIN + 6, undefined, {
                continued: false,
                lineBreak: false,
              });
          }),
        );
        li.add(
          pdf.struct('LBody', {}, () => {
            pdf.text(text(item), MARGIN + 20, pdf.y, { width: width - 20 });
          }),
        );
        li.end();
      });
      l.end();
      pdf.moveDown(0.4);
      return;
    }
    case 'table':
      tableBlock(pdf, parent, b, width);
      return;
    case 'chart':
      parent.add(
        pdf.struct('P', {}, () => {
          pdf
            .font('Helvetica')
            .fontSize(BODY)
            .text(text(`${b.chart.title}: ${b.chart.description}`), MARGIN, undefined, { width });
        }),
      );
      return;
  }
}

function tableBlock(pdf: Pdf, parent: Struct, b: Extract<Block, { kind: 'table' }>, width: number): void {
  const t = pdf.struct('Table');
  parent.add(t);
  t.add(
    pdf.struct('Caption', {}, () => {
      pdf
        .moveDown(0.3)
        .font('Helvetica-Bold')
        .fontSize(BODY)
        .text(text(b.caption), MARGIN, undefined, { width });
      pdf.moveDown(0.2);
    }),
  );
  const columns = b.head.length;
  const columnWidth = width / columns;
  const row = (cells: readonly string[], header: boolean) => {
    pdf.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    const height = Math.max(...cells.map((c) => pdf.heightOfString(text(c), { width: columnWidth - 6 }))) + 6;
    if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
    const top = pdf.y;
    const tr = pdf.struct('TR');
    t.add(tr);
    cells.forEach((cell, i) => {
      const isHeader = header || (b.rowHeaders === true && i === 0);
      tr.add(
        pdf.struct(isHeader ? 'TH' : 'TD', {}, () => {
          pdf
            .font(isHeader ? 'Helvetica-Bold' : 'Helvetica')
            .fontSize(8)
            .text(text(cell), MARGIN + i * columnWidth + 3, top + 3, { width: columnWidth - 6 });
        }),
      );
    });
    tr.end();
    pdf.y = top + height;
  };
  row(b.head, true);
  for (const r of b.rows) row(r, false);
  t.end();
  pdf.x = MARGIN;
  pdf.moveDown(0.6);
}
