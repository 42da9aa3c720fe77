// A dashboard table as CSV, made in the browser from the rows the reader sees, with the column names
// in the page's language. RFC 4180: fields with a comma, quote or line break are quoted, quotes
// doubled, lines end in CR LF; a byte-order mark lets spreadsheet programs read it as UTF-8. A text a
// spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) is
// written with a leading apostrophe (OWASP, "CSV Injection"); plain negative numbers stay numbers.

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-−]?\d[\d.,\u00a0\u202f ]*%?$/;

/** One field, guarded against formulas and quoted when it must be. */
export function csvCell(text: string): string {
  const guarded = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) || /^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\ufeff' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The text of every row of the table, head first: each cell's words with spaces collapsed. */
export function tableRows(table: HTMLTableElement): string[][] {
  return Array.from(table.rows).map((row) =>
    Array.from(row.cells).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** A file name from the table's caption: lower-case words joined by hyphens, at most 60 characters. */
export function csvFileName(caption: string): string {
  const slug = caption
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'table'}.csv`;
}
