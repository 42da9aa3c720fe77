// The ACD/telephony interval export as CSV (docs/support-reports.md): a header row naming the columns
// in any order, then one row per partner and interval. Every bad line and field is reported at once
// as INVALID_FILE and nothing is stored.
import { PshbError, type ProblemDetail } from '../../errors.ts';
import { contactStatistics, type ContactStatistics } from './contact-statistics.ts';

export const STATISTICS_COLUMNS = [
  'partner',
  'interval_start',
  'interval_minutes',
  'offered',
  'handled',
  'abandoned',
  'answered_within_target',
  'wait_seconds',
  'handle_seconds',
  'transfers',
  'first_contact_resolutions',
  'backlog',
  'contingency_activations',
] as const;

const FIELD_OF: Record<string, string> = {
  partner: 'partner',
  intervalStart: 'interval_start',
  intervalMinutes: 'interval_minutes',
  offered: 'offered',
  handled: 'handled',
  abandoned: 'abandoned',
  answeredWithinTarget: 'answered_within_target',
  waitSeconds: 'wait_seconds',
  handleSeconds: 'handle_seconds',
  transfers: 'transfers',
  firstContactResolutions: 'first_contact_resolutions',
  backlog: 'backlog',
  contingencyActivations: 'contingency_activations',
};

/** Splits one CSV line (RFC 4180 quoting; fields do not span lines in this format). */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

export function parseStatisticsCsv(text: string, file: string): ContactStatistics[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const problems: ProblemDetail[] = [];
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim().toLowerCase());
  const missing = STATISTICS_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new PshbError('INVALID_FILE', `${file}: the header row lacks ${missing.join(', ')}`, [
      {
        line: 1,
        message: `missing column(s): ${missing.join(', ')}; expected ${STATISTICS_COLUMNS.join(',')}`,
      },
    ]);
  const unknown = header.filter((h) => !(STATISTICS_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0) problems.push({ line: 1, message: `unknown column(s): ${unknown.join(', ')}` });
  const rows: ContactStatistics[] = [];
  const seen = new Map<string, number>();
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (index === 0 || line.trim() === '') return;
    const cells = splitCsvLine(line);
    if (cells.length !== header.length) {
      problems.push({ line: lineNumber, message: `${cells.length} fields; the header has ${header.length}` });
      return;
    }
    const value = (column: string): string => (cells[header.indexOf(column)] ?? '').trim();
    const number = (column: string): number => {
      const text = value(column);
      return text === '' || !/^-?\d+(\.\d+)?$/.test(text) ? Number.NaN : Number(text);
    };
    const candidate = {
      partner: value('partner'),
      intervalStart: value('interval_start').replace('T', ' '),
      intervalMinutes: number('interval_minutes'),
      offered: number('offered'),
      handled: number('handled'),
      abandoned: number('abandoned'),
      answeredWithinTarget: number('answered_within_target'),
      waitSeconds: number('wait_seconds'),
      handleSeconds: number('handle_seconds'),
      transfers: number('transfers'),
      firstContactResolutions: number('first_contact_resolutions'),
      backlog: number('backlog'),
      contingencyActivations: number('contingency_activations'),
      source: `acd:${file.split(/[\\/]/).at(-1)}`,
    };
    const parsed = contactStatistics.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        const column = FIELD_OF[key] ?? key;
        const message = issue.code === 'invalid_type' ? `"${value(column)}" is not a number` : issue.message;
        problems.push({ line: lineNumber, field: column, message });
      }
      return;
    }
    const key = `${parsed.data.partner}|${parsed.data.intervalStart}`;
    if (seen.has(key)) {
      problems.push({
        line: lineNumber,
        field: 'interval_start',
        message: `${parsed.data.partner} ${parsed.data.intervalStart} is already on line ${seen.get(key)}`,
      });
      return;
    }
    seen.set(key, lineNumber);
    rows.push(parsed.data);
  });
  if (problems.length > 0)
    throw new PshbError(
      'INVALID_FILE',
      `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the contact statistics; nothing was stored`,
      problems,
    );
  if (rows.length === 0) throw new PshbError('INVALID_FILE', `${file}: no statistics rows after the header`);
  return rows;
}
