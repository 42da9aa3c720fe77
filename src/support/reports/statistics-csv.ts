// The ACD/telephony interval export as CSV (docs/support-reports.md): a header row naming the columns
// in any order, then one row per partner and interval. Every bad line and field is reported at once
// as INVALID_FILE and nothing is stored.
import { readFileSync, statSync } from 'node:fs';
import { PshbError, type ProblemDetail } from '../../errors.ts';
import {
  checkReadableFile,
  InvalidUtf8Error,
  invalidUtf8Message,
  utf8TextOf,
} from '../../exchange/roster/text-file.ts';
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

/** The column of each field of a row. */
export const FIELD_OF: Record<string, string> = {
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

/** The partners a file may report on: those of the support plan, named for the error message. */
export interface KnownPartners {
  readonly plan: string;
  readonly ids: ReadonlySet<string>;
}

/** The largest statistics file read (a season of half-hour intervals for every partner is ~10 MB). */
export const STATISTICS_FILE_LIMIT_BYTES = 64 << 20;
/** The longest line: thirteen short fields fit in far less. */
export const STATISTICS_LINE_LIMIT = 1000;

/** Reads and checks a statistics file: UTF-8, within the size limit, every row valid. */
export function readStatisticsFile(path: string, partners: KnownPartners): ContactStatistics[] {
  checkReadableFile(path);
  if (statSync(path).size > STATISTICS_FILE_LIMIT_BYTES)
    throw new PshbError('INVALID_FILE', `${path}: larger than ${STATISTICS_FILE_LIMIT_BYTES >> 20} MB`);
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = utf8TextOf(bytes);
  } catch (error) {
    if (!(error instanceof InvalidUtf8Error)) throw error;
    throw new PshbError('INVALID_FILE', `${path}: line ${error.line}: ${invalidUtf8Message(error)}`, [
      { line: error.line, field: invalidByteField(bytes, error), message: invalidUtf8Message(error) },
    ]);
  }
  return parseStatisticsCsv(text, path, partners);
}

/** The column an invalid byte falls in, by the header (which may name the columns in any order). */
function invalidByteField(bytes: Buffer, error: InvalidUtf8Error): string {
  if (error.line === 1) return 'header';
  const end = bytes.indexOf(10);
  const header = splitCsvLine(bytes.subarray(0, end === -1 ? bytes.length : end).toString('utf8'));
  return header[splitCsvLine(error.lineBefore).length - 1]?.trim().toLowerCase() ?? 'row';
}

/** Problems listed with their line and field; all are counted. */
const PROBLEMS_SHOWN = 100;

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

/**
 * The rows of a statistics CSV; `partners`, when given, are the only partners it may report on. Every
 * problem is reported at once as INVALID_FILE.
 */
export function parseStatisticsCsv(
  text: string,
  file: string,
  partners?: KnownPartners,
): ContactStatistics[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const problems: ProblemDetail[] = [];
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim().toLowerCase());
  const missing = STATISTICS_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new PshbError('INVALID_FILE', `${file}: the header row lacks ${missing.join(', ')}`, [
      {
        line: 1,
        field: 'header',
        message: `missing column(s): ${missing.join(', ')}; expected ${STATISTICS_COLUMNS.join(',')}`,
      },
    ]);
  const unknown = header.filter((h) => !(STATISTICS_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0)
    problems.push({ line: 1, field: 'header', message: `unknown column(s): ${unknown.join(', ')}` });
  const rows: ContactStatistics[] = [];
  const seen = new Map<string, number>();
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (index === 0 || line.trim() === '') return;
    if (line.length > STATISTICS_LINE_LIMIT) {
      problems.push({
        line: lineNumber,
        field: 'row',
        message: `longer than ${STATISTICS_LINE_LIMIT} characters`,
      });
      return;
    }
    const cells = splitCsvLine(line);
    if (cells.length !== header.length) {
      problems.push({
        line: lineNumber,
        field: 'row',
        message: `${cells.length} fields; the header has ${header.length}`,
      });
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
    if (partners && !partners.ids.has(parsed.data.partner)) {
      problems.push({
        line: lineNumber,
        field: 'partner',
        message: `"${parsed.data.partner}" is not a partner of the support plan ${partners.plan} (${[...partners.ids].join(', ')})`,
      });
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
      problems.slice(0, PROBLEMS_SHOWN),
    );
  if (rows.length === 0) throw new PshbError('INVALID_FILE', `${file}: no statistics rows after the header`);
  return rows;
}
