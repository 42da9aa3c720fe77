// The document model as Markdown, for reading in a terminal or a repository. Charts become a line
// naming them; their data tables follow them in the model anyway.
import type { Block, DocumentModel, Section } from './document.ts';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMarkdown(document: DocumentModel): string {
  const parts = [`# ${document.title}`];
  if (document.subtitle) parts.push(document.subtitle);
  for (const s of document.sections) parts.push(section(s, 2));
  return parts.join('\n\n') + '\n';
}

function section(s: Section, level: number): string {
  return [
    `${'#'.repeat(Math.min(level, 6))} ${s.heading}`,
    ...s.blocks.map(block),
    ...(s.subsections ?? []).map((sub) => section(sub, level + 1)),
  ].join('\n\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return b.text;
    case 'quote':
      return `> ${b.text}`;
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n');
    case 'table':
      return [
        `**${b.caption}**`,
        '',
        `| ${b.head.map(cell).join(' | ')} |`,
        `| ${b.head.map(() => '---').join(' | ')} |`,
        ...b.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ].join('\n');
    case 'chart':
      return `_Chart: ${b.chart.title}._ ${b.chart.description}`;
  }
}
