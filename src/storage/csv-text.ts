// Building CSV text for COPY ... WITH (FORMAT csv): empty unquoted fields are NULL, quoted ones are text.

/** One CSV field: null becomes NULL, anything with a comma, quote or line break is quoted. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  if (value === '') return '""';
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map(csvField).join(',') + '\n';
}

/** A PostgreSQL text[] literal, e.g. {"5 CFR 890.1605(c)(1)(i)"}; csvField quotes it as a whole. */
export function pgTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
