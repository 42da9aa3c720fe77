// Evidence imported from a CSV file (docs/carrier-performance-evidence.md gives both layouts):
// - the evidence layout, one measured value a row: HEDIS and CAHPS results, survey cooperation,
//   counts of errors or late reports, an imported premium base;
// - the submissions layout, one submission a row with the day it was due and the day it arrived,
//   turned into `<item>.days-late` (0 when on time; 48 CFR 1609.7101-1(a)(1), (a)(2), (b)(1)).
// The file is checked whole first: any bad row refuses it, every error named by line and field, and
// nothing is stored. A good file is stored in one transaction, each row keyed by the file's digest and
// its line, so importing the same file again adds nothing.
import { createHash } from 'node:crypto';
import type { FactValue } from '../../rules/decision.ts';
import type { Principal } from '../../security/principal.ts';
import { appendEvidence, type NewEvidenceRow } from '../../storage/performance/evidence-store.ts';
import type { Store } from '../../storage/store.ts';
import { checkedCsvRecords } from '../roster/csv-file.ts';
import { FileValidationError, RowErrorCollector } from '../roster/row-errors.ts';
import { MEASURE_KEY } from './evidence-input.ts';
import { requirePerformanceAccess } from './performance-access.ts';

export const EVIDENCE_COLUMNS = [
  'carrier_code',
  'plan_code',
  'contract_year',
  'measure',
  'value',
  'applicable',
  'source',
  'note',
] as const;

export const SUBMISSION_COLUMNS = [
  'carrier_code',
  'plan_code',
  'contract_year',
  'item',
  'due_on',
  'received_on',
  'source',
  'note',
] as const;

/** Submissions whose lateness the methods measure, as `<item>.days-late`. */
export const SUBMISSION_ITEMS = ['rates-benefits', 'customer-information', 'contract', 'reports'] as const;

export type EvidenceCsvLayout = 'evidence' | 'submissions';

export interface ImportEvidenceCsvInput {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly requestId?: string;
}

export interface ImportEvidenceCsvResult {
  readonly fileName: string;
  readonly sha256: string;
  readonly layout: EvidenceCsvLayout;
  readonly rows: number;
  /** Rows added now; 0 when the same file was imported before. */
  readonly added: number;
  readonly carriers: readonly string[];
}

/** Units of the measures whose unit the key tells. */
function unitOf(measure: string): string | null {
  if (measure.endsWith('.days-late') || measure.endsWith('.days-to-notify')) return 'days';
  if (measure.startsWith('cahps.')) return 'score';
  if (measure.startsWith('hedis.')) return 'rate';
  if (measure.endsWith('-cents')) return 'cents';
  if (measure.endsWith('-rate')) return 'ratio';
  if (measure.endsWith('.errors') || measure.endsWith('-count')) return 'count';
  return null;
}

const CODE = /^[0-9A-Za-z-]{1,20}$/;
const DAY_MS = 86_400_000;

interface RowChecks {
  readonly line: number;
  readonly errors: RowErrorCollector;
}

function carrierOf(value: string, at: RowChecks): string | null {
  if (CODE.test(value)) return value;
  at.errors.add(at.line, 'carrier_code', 'must be a carrier code: letters, digits and dashes, up to 20');
  return null;
}

function planOf(value: string, at: RowChecks): string | null | undefined {
  if (value === '') return null;
  if (CODE.test(value)) return value;
  at.errors.add(at.line, 'plan_code', 'must be empty (the whole carrier) or a plan code');
  return undefined;
}

function yearOf(value: string, at: RowChecks): number | null {
  const year = Number(value);
  if (/^\d{4}$/.test(value) && year >= 1960 && year <= 2200) return year;
  at.errors.add(at.line, 'contract_year', 'must be a four-digit contract year');
  return null;
}

function valueOf(text: string, measure: string, at: RowChecks): FactValue | undefined {
  if (text === '') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  const number = Number(text);
  if (!/^-?\d+(\.\d+)?$/.test(text) || !Number.isFinite(number)) {
    at.errors.add(at.line, 'value', 'must be a number, true, false or empty');
    return undefined;
  }
  if ((measure.startsWith('cahps.') || measure.startsWith('hedis.')) && (number < 0 || number > 100)) {
    at.errors.add(at.line, 'value', 'a CAHPS score or HEDIS rate is from 0 to 100');
    return undefined;
  }
  if (measure.endsWith('-rate') && (number < 0 || number > 1)) {
    at.errors.add(at.line, 'value', 'a rate is from 0 to 1');
    return undefined;
  }
  if (
    (unitOf(measure) === 'days' || unitOf(measure) === 'count' || unitOf(measure) === 'cents') &&
    number < 0
  ) {
    at.errors.add(at.line, 'value', 'must not be negative');
    return undefined;
  }
  return number;
}

function applicableOf(text: string, at: RowChecks): boolean | undefined {
  const lower = text.toLowerCase();
  if (['true', 'yes', 'y', ''].includes(lower)) return true;
  if (['false', 'no', 'n'].includes(lower)) return false;
  at.errors.add(at.line, 'applicable', 'must be true or false (empty means true)');
  return undefined;
}

function dayOf(text: string, field: string, at: RowChecks): string | undefined {
  if (
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    !Number.isNaN(Date.parse(text)) &&
    new Date(text).toISOString().startsWith(text)
  )
    return text;
  at.errors.add(at.line, field, 'must be a real date in YYYY-MM-DD form');
  return undefined;
}

interface ParsedRow extends Omit<NewEvidenceRow, 'importKey' | 'recordedBy' | 'sourceReference'> {
  readonly line: number;
  readonly source: string;
}

function evidenceRow(fields: readonly string[], at: RowChecks): ParsedRow | undefined {
  const [carrierText, planText, yearText, measure, valueText, applicableText, source, note] = fields.map(
    (f) => f.trim(),
  );
  const carrier = carrierOf(carrierText!, at);
  const plan = planOf(planText!, at);
  const year = yearOf(yearText!, at);
  let measureOk = true;
  if (!MEASURE_KEY.test(measure!)) {
    at.errors.add(
      at.line,
      'measure',
      'must be a measure key such as cahps.customer-service or reports.late-count',
    );
    measureOk = false;
  }
  const value = measureOk ? valueOf(valueText!, measure!, at) : undefined;
  const applicable = applicableOf(applicableText!, at);
  if (source === '') at.errors.add(at.line, 'source', 'must say where the value comes from');
  if (
    carrier === null ||
    plan === undefined ||
    year === null ||
    !measureOk ||
    value === undefined ||
    applicable === undefined ||
    source === ''
  )
    return undefined;
  return {
    line: at.line,
    carrierCode: carrier,
    planCode: plan,
    contractYear: year,
    measure: measure!,
    value,
    applicable,
    unit: unitOf(measure!),
    sourceKind: 'import',
    source: source!,
    note: note === '' ? null : note!,
  };
}

function submissionRow(fields: readonly string[], at: RowChecks): ParsedRow | undefined {
  const [carrierText, planText, yearText, item, dueText, receivedText, source, note] = fields.map((f) =>
    f.trim(),
  );
  const carrier = carrierOf(carrierText!, at);
  const plan = planOf(planText!, at);
  const year = yearOf(yearText!, at);
  const itemOk = (SUBMISSION_ITEMS as readonly string[]).includes(item!);
  if (!itemOk) at.errors.add(at.line, 'item', `must be one of ${SUBMISSION_ITEMS.join(', ')}`);
  const due = dayOf(dueText!, 'due_on', at);
  const received = dayOf(receivedText!, 'received_on', at);
  if (source === '') at.errors.add(at.line, 'source', 'must say where the dates come from');
  if (
    carrier === null ||
    plan === undefined ||
    year === null ||
    !itemOk ||
    !due ||
    !received ||
    source === ''
  )
    return undefined;
  const late = Math.max(0, Math.round((Date.parse(received) - Date.parse(due)) / DAY_MS));
  return {
    line: at.line,
    carrierCode: carrier,
    planCode: plan,
    contractYear: year,
    measure: `${item}.days-late`,
    value: late,
    applicable: true,
    unit: 'days',
    sourceKind: 'import',
    source: source!,
    note: `due ${due}, received ${received}` + (note ? `: ${note}` : ''),
  };
}

/** Reads and checks the whole file: its layout and rows, or FileValidationError naming every bad line. */
export async function readEvidenceCsv(
  bytes: Uint8Array,
): Promise<{ layout: EvidenceCsvLayout; rows: ParsedRow[] }> {
  const errors = new RowErrorCollector();
  const rows: ParsedRow[] = [];
  let layout: EvidenceCsvLayout | undefined;
  let header = false;
  const format = { columns: EVIDENCE_COLUMNS, maxRecordChars: 4_000 };
  for await (const record of checkedCsvRecords([bytes], format, errors)) {
    if (!header) {
      header = true;
      const names = record.fields.map((f) => f.trim().replace(/^\uFEFF/, '')).join(',');
      if (names === EVIDENCE_COLUMNS.join(',')) layout = 'evidence';
      else if (names === SUBMISSION_COLUMNS.join(',')) layout = 'submissions';
      else {
        errors.add(
          record.line,
          'header',
          `must be ${EVIDENCE_COLUMNS.join(',')} or ${SUBMISSION_COLUMNS.join(',')}`,
        );
        break;
      }
      continue;
    }
    if (record.text.trim() === '') continue;
    if (record.fields.length !== EVIDENCE_COLUMNS.length) {
      errors.add(
        record.line,
        'row',
        `has ${record.fields.length} fields, expected ${EVIDENCE_COLUMNS.length}`,
      );
      continue;
    }
    const at = { line: record.line, errors };
    const row = layout === 'evidence' ? evidenceRow(record.fields, at) : submissionRow(record.fields, at);
    if (row) rows.push(row);
  }
  if (!header) errors.add(1, 'header', 'the file is empty');
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = [row.carrierCode, row.planCode ?? '', row.contractYear, row.measure].join('|');
    const first = seen.get(key);
    if (first !== undefined)
      errors.add(
        row.line,
        layout === 'submissions' ? 'item' : 'measure',
        `repeats line ${first} (same carrier, plan, year and measure)`,
      );
    else seen.set(key, row.line);
  }
  if (errors.any) throw new FileValidationError('the evidence file', errors.errors, errors.count);
  if (rows.length === 0)
    throw new FileValidationError(
      'the evidence file',
      [{ line: 2, field: 'row', message: 'the file has no rows' }],
      1,
    );
  return { layout: layout!, rows };
}

export async function importEvidenceCsv(
  store: Store,
  principal: Principal,
  input: ImportEvidenceCsvInput,
): Promise<ImportEvidenceCsvResult> {
  const { layout, rows } = await readEvidenceCsv(input.bytes);
  const carriers = [...new Set(rows.map((r) => r.carrierCode))].sort();
  for (const carrier of carriers)
    await requirePerformanceAccess(store, principal, 'performance.evaluate', carrier, {
      purpose: `import carrier performance evidence from ${input.fileName}`,
      requestId: input.requestId,
    });
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const added = await store.transaction((tx) =>
    appendEvidence(
      tx,
      rows.map(({ line, source, ...row }) => ({
        ...row,
        sourceReference: `${input.fileName} line ${line}: ${source}`,
        importKey: `import:${sha256}:${line}`,
        recordedBy: principal.subject,
      })),
    ),
  );
  return { fileName: input.fileName, sha256, layout, rows: rows.length, added, carriers };
}
