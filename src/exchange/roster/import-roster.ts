// Imports a roster CSV in one transaction: each row is validated as it streams by and, while no error
// has been found, sent on to COPY, so validation in Node overlaps loading in the database. Every error
// is collected with its line and field; if there is any, the transaction rolls back and nothing is
// stored. Only when people are already stored does a first pass check the file's ids against them
// (PGlite serves one connection, so that check cannot run inside the loading transaction).
import type { Catalogue } from '../../domain/catalogue.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { isIsoDate } from '../../domain/dates.ts';
import { PshbError } from '../../errors.ts';
import { csvLine } from '../../storage/csv-text.ts';
import { executorOf, type Executor } from '../../storage/executor.ts';
import type { ColumnOf } from '../../storage/copy-rows.ts';
import {
  analyzeRosterTables,
  copyElections,
  copyEvidence,
  copyFehbEnrollments,
  copyPeople,
} from '../../storage/roster/roster-load.ts';
import { anyPersonStored, selectStoredPersonIds } from '../../storage/roster/stored-person-ids.ts';
import type { Store } from '../../storage/store.ts';
import { encryptField, type FieldKeyring } from '../../security/field-encryption.ts';
import { fieldKeyringFor } from '../../security/ssn-at-rest.ts';
import type { CsvRecord } from './csv-records.ts';
import { COLUMN as C, PERSON_COLUMNS, PERSON_TABLE_COLUMNS, ROSTER_COLUMNS } from './roster-columns.ts';
import { FileValidationError, RowErrorCollector } from './row-errors.ts';
import { rosterRecords } from './roster-reader.ts';
import { fehbCodesOf, RosterValidator, type FehbCode } from './roster-validator.ts';
import { checkReadableFile, fileBytes } from './text-file.ts';

export type ImportPhase = 'validate' | 'load';

export interface ImportRosterOptions {
  readonly catalogue: Catalogue;
  /** The open season the elections in the file belong to. */
  readonly openSeasonId: string;
  /** The day the FEHB enrollments were held on (the last day of FEHB Postal coverage). */
  readonly heldOn: IsoDate;
  readonly onProgress?: (rowsDone: number, phase: ImportPhase) => void;
  /** How many errors to keep with their line and field; all are counted. Default 100. */
  readonly errorLimit?: number;
  /** Encrypts the SSN column at rest; default: PSHB_DATA_KEY or the key file in the data folder. */
  readonly fieldKeyring?: FieldKeyring;
}

export interface ImportRosterResult {
  readonly people: number;
  readonly households: number;
  readonly fehbEnrollments: number;
  readonly elections: number;
  readonly evidence: number;
}

export class RosterValidationError extends FileValidationError {}

const PROGRESS_EVERY = 50_000;
/** PGlite runs one COPY per chunk: 8 MB chunks load 1.7M people about 2.5 times faster than 1 MB ones. */
const COPY_CHUNK_CHARS = 8 << 20;
/**
 * The person table's columns as loaded: the roster's person columns, the SSN's last four digits, then
 * the Medicare number (encrypted) and its last four characters.
 */
const PERSON_LOAD_COLUMNS: readonly ColumnOf<'person'>[] = [
  ...PERSON_TABLE_COLUMNS,
  'ssn_last4',
  'medicare_number',
  'medicare_number_last4',
];
const SSN_FIELD = 'person.ssn';
const MEDICARE_NUMBER_FIELD = 'person.medicare_number';

/** Ids checked against the database per query. */
const EXISTING_ID_BATCH = 10_000;

export async function importRoster(
  store: Store,
  path: string,
  options: ImportRosterOptions,
): Promise<ImportRosterResult> {
  if (!isIsoDate(options.heldOn))
    throw new PshbError('INVALID_INPUT', `heldOn must be a date: ${options.heldOn}`);
  checkReadableFile(path);
  const fehbCodes = fehbCodesOf(options.catalogue);
  if (await anyPersonStored(executorOf(store))) await validateRoster(store, path, options, fehbCodes);
  const { people, households, ...counts } = await loadRoster(store, path, options, fehbCodes);
  await analyzeRosterTables(executorOf(store));
  return { people, households, ...counts };
}

function pshbCodesOf(catalogue: Catalogue): Set<string> {
  return new Set(
    catalogue.options
      .filter((o) => o.program === 'PSHB')
      .flatMap((o) => Object.values(o.premiums).map((p) => p!.enrollmentCode)),
  );
}

async function validateRoster(
  store: Store,
  path: string,
  options: ImportRosterOptions,
  fehbCodes: ReadonlyMap<string, FehbCode>,
): Promise<{ people: number; households: number }> {
  const errors = new RowErrorCollector(options.errorLimit ?? 100);
  const validator = new RosterValidator(errors, fehbCodes, pshbCodesOf(options.catalogue));
  const executor = executorOf(store);
  const existing = new ExistingIdCheck(executor, errors, await anyPersonStored(executor));
  let rows = 0;
  for await (const record of rosterRecords(fileBytes(path), errors, (n) => validator.expectColumns(n))) {
    validator.check(record);
    await existing.add(record);
    if (++rows % PROGRESS_EVERY === 0) options.onProgress?.(rows, 'validate');
  }
  validator.finish();
  await existing.flush();
  options.onProgress?.(rows, 'validate');
  if (errors.any) throw new RosterValidationError(`roster ${path}`, errors.errors, errors.count);
  return { people: rows, households: validator.households };
}

/** People already stored cannot be imported again; checked in batches, only when any people are stored. */
class ExistingIdCheck {
  private readonly executor: Executor;
  private readonly errors: RowErrorCollector;
  private readonly enabled: boolean;
  private batch = new Map<number, number>();

  constructor(executor: Executor, errors: RowErrorCollector, enabled: boolean) {
    this.executor = executor;
    this.errors = errors;
    this.enabled = enabled;
  }

  async add(record: CsvRecord): Promise<void> {
    if (!this.enabled) return;
    const id = Number(record.fields[C.person_id]);
    if (!Number.isSafeInteger(id) || id <= 0) return;
    this.batch.set(id, record.line);
    if (this.batch.size >= EXISTING_ID_BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.batch.size === 0) return;
    const ids = [...this.batch.keys()];
    const found = await selectStoredPersonIds(this.executor, ids);
    for (const id of found.sort((a, b) => this.batch.get(a)! - this.batch.get(b)!))
      this.errors.add(this.batch.get(id)!, 'person_id', `person ${id} is already stored`);
    this.batch = new Map();
  }
}

async function loadRoster(
  store: Store,
  path: string,
  options: ImportRosterOptions,
  fehbCodes: ReadonlyMap<string, FehbCode>,
): Promise<ImportRosterResult> {
  const side = new SideTables(options, fehbCodes);
  const keyring = options.fieldKeyring ?? fieldKeyringFor(store);
  const errors = new RowErrorCollector(options.errorLimit ?? 100);
  const validator = new RosterValidator(errors, fehbCodes, pshbCodesOf(options.catalogue));
  let people = 0;
  await store.transaction(async (tx) => {
    const rows = personChunks(path, side, validator, errors, keyring, options.onProgress);
    await copyPeople(tx, PERSON_LOAD_COLUMNS, rows.chunks);
    people = rows.count();
    validator.finish();
    // Throwing here rolls the whole transaction back: a bad file changes nothing.
    if (errors.any) throw new RosterValidationError(`roster ${path}`, errors.errors, errors.count);
    await copyEvidence(tx, side.evidence.chunks());
    await copyFehbEnrollments(tx, side.fehb.chunks());
    await copyElections(tx, side.elections.chunks());
  });
  return {
    people,
    households: validator.households,
    fehbEnrollments: side.fehb.rows,
    elections: side.elections.rows,
    evidence: side.evidence.rows,
  };
}

/**
 * The person columns of each valid row, as COPY text; the other tables' rows are gathered on the way.
 * After the first error nothing more is sent to the database, but every row is still checked so the
 * user hears of every problem at once.
 */
function personChunks(
  path: string,
  side: SideTables,
  validator: RosterValidator,
  errors: RowErrorCollector,
  keyring: FieldKeyring,
  onProgress: ImportRosterOptions['onProgress'],
): { chunks: AsyncGenerator<string>; count: () => number } {
  let rows = 0;
  async function* chunks(): AsyncGenerator<string> {
    let chunk = '';
    for await (const record of rosterRecords(fileBytes(path), errors, (n) => validator.expectColumns(n))) {
      validator.check(record);
      if (!errors.any) chunk += splitForTables(record, side, keyring);
      if (chunk.length >= COPY_CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
      if (++rows % PROGRESS_EVERY === 0) onProgress?.(rows, 'load');
    }
    if (chunk.length > 0 && !errors.any) yield chunk;
    onProgress?.(rows, 'load');
  }
  return { chunks: chunks(), count: () => rows };
}

/**
 * The person columns as COPY text (empty fields are NULL to COPY, as in the roster), the SSN replaced
 * by its ciphertext and its last four digits appended, then the Medicare number's ciphertext and last
 * four (empty, so NULL, when the row has none), handing the other columns to the side tables. A row
 * without quotes is cut at its 27th comma instead of being split. The ciphertext is base64 after 'v1:',
 * which needs no quoting in CSV.
 */
function splitForTables(record: CsvRecord, side: SideTables, keyring: FieldKeyring): string {
  const text = record.text;
  if (text.indexOf('"') === -1) {
    let end = -1;
    let ssnStart = 0;
    for (let i = 0; i < PERSON_COLUMNS.length; i++) {
      end = text.indexOf(',', end + 1);
      if (i === C.ssn - 1) ssnStart = end + 1;
    }
    const ssnEnd = text.indexOf(',', ssnStart);
    const ssn = text.slice(ssnStart, ssnEnd);
    const tail = text.slice(end + 1).split(',');
    side.add(text.slice(0, text.indexOf(',')), tail);
    const mbi = tail[T.medicare_number] ?? '';
    return (
      text.slice(0, ssnStart) +
      encryptField(keyring, ssn, SSN_FIELD) +
      text.slice(ssnEnd, end) +
      ',' +
      ssn.slice(-4) +
      (mbi === '' ? ',,\n' : `,${encryptField(keyring, mbi, MEDICARE_NUMBER_FIELD)},${mbi.slice(-4)}\n`)
    );
  }
  const fields = record.fields;
  side.add(fields[C.person_id]!, fields.slice(PERSON_COLUMNS.length));
  const person: (string | null)[] = fields.slice(0, PERSON_COLUMNS.length).map((v) => (v === '' ? null : v));
  const ssn = fields[C.ssn]!;
  person[C.ssn] = encryptField(keyring, ssn, SSN_FIELD);
  person.push(ssn.slice(-4));
  const mbi = fields[C.medicare_number] ?? '';
  person.push(mbi === '' ? null : encryptField(keyring, mbi, MEDICARE_NUMBER_FIELD));
  person.push(mbi === '' ? null : mbi.slice(-4));
  return csvLine(person);
}

/** Index of the columns after the person columns within a row's tail. */
const T = Object.fromEntries(
  ROSTER_COLUMNS.slice(PERSON_COLUMNS.length).map((name, i) => [name, i]),
) as Record<(typeof ROSTER_COLUMNS)[number], number>;

/** COPY text gathered in chunks: these tables hold a fraction of the roster's rows and columns. */
class ChunkedText {
  private readonly done: string[] = [];
  private current = '';
  rows = 0;

  push(line: string): void {
    this.current += line;
    this.rows++;
    if (this.current.length >= COPY_CHUNK_CHARS) {
      this.done.push(this.current);
      this.current = '';
    }
  }

  async *chunks(): AsyncGenerator<string> {
    yield* this.done;
    if (this.current.length > 0) yield this.current;
  }
}

class SideTables {
  private readonly options: ImportRosterOptions;
  private readonly fehbCodes: ReadonlyMap<string, FehbCode>;
  readonly evidence = new ChunkedText();
  readonly fehb = new ChunkedText();
  readonly elections = new ChunkedText();

  constructor(options: ImportRosterOptions, fehbCodes: ReadonlyMap<string, FehbCode>) {
    this.options = options;
    this.fehbCodes = fehbCodes;
  }

  /** A person's id and the roster columns after the person columns (`tail`, indexed by T). */
  add(id: string, tail: readonly string[]): void {
    const f = tail;
    this.addEvidence(id, 'residence_abroad', f[T.evidence_residence_abroad_on]!);
    this.addEvidence(id, 'va_enrollment', f[T.evidence_va_enrollment_on]!);
    this.addEvidence(id, 'ihs_eligibility', f[T.evidence_ihs_eligibility_on]!);
    const code = f[T.fehb_enrollment_code]!;
    const decoded = code === '' ? undefined : this.fehbCodes.get(code);
    // Fields in the order of FEHB_ENROLLMENT_LOAD_COLUMNS, and below of ELECTION_LOAD_COLUMNS.
    if (decoded)
      this.fehb.push(
        csvLine([
          id,
          code,
          decoded.planCode,
          decoded.optionCode,
          decoded.enrollmentType,
          f[T.fehb_covered_person_id] || null,
          this.options.heldOn,
        ]),
      );
    const kind = f[T.election_kind]!;
    if (kind !== '')
      this.elections.push(
        csvLine([
          id,
          this.options.openSeasonId,
          kind,
          f[T.election_enrollment_code] || null,
          f[T.election_made_on]!,
        ]),
      );
  }

  private addEvidence(id: string, kind: string, receivedOn: string): void {
    if (receivedOn !== '') this.evidence.push(`${id},${kind},${receivedOn}\n`);
  }
}
