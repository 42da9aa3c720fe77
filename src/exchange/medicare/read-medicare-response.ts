// Reads an agency's Medicare entitlement response (docs/medicare-exchange.md) line by line: a header,
// detail records, a trailer whose count matches. Every fault is named by line, column and field, and
// the whole file is checked before anything is changed (checkMedicareResponse), so a bad file changes
// nothing. The details are then handed out in batches for the ingest (medicareResponseBatches).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { MEDICARE_RESPONSE_LAYOUT, type MedicareMatchCode } from '../../domain/medicare-exchange-layout.ts';
import { PshbError, type ProblemDetail } from '../../errors.ts';
import { FixedWidthError, readRecord, type RecordValues } from './fixed-width.ts';

export interface ResponseDetail {
  readonly line: number;
  readonly requestId: string;
  readonly matchCode: MedicareMatchCode;
  readonly mbi: string;
  readonly partAStart: string | null;
  readonly partAEnd: string | null;
  readonly partBStart: string | null;
  readonly partBEnd: string | null;
}

export interface ResponseSummary {
  readonly sha256: string;
  readonly byteSize: number;
  /** The header's sender: the agency that answered (CMS or SSA). */
  readonly sender: string;
  readonly fileId: string;
  readonly createdOn: string;
  readonly detailCount: number;
}

/** At most this many faults are listed; one is enough to refuse the file. */
const MAX_PROBLEMS = 50;
const LAYOUT = MEDICARE_RESPONSE_LAYOUT;

async function* linesOf(path: string, onBytes?: (chunk: Buffer) => void): AsyncGenerator<string> {
  const stream = createReadStream(path);
  if (onBytes) stream.on('data', (chunk) => onBytes(chunk as Buffer));
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of reader) yield line.endsWith('\r') ? line.slice(0, -1) : line;
}

const iso = (ccyymmdd: string | undefined): string | null =>
  ccyymmdd ? `${ccyymmdd.slice(0, 4)}-${ccyymmdd.slice(4, 6)}-${ccyymmdd.slice(6, 8)}` : null;

const column = (name: string): number => LAYOUT.detail.fields.find((f) => f.name === name)?.start ?? 1;

/** A detail line's values as a detail, or the fault that makes it unusable. */
function detailFrom(values: RecordValues, line: number): ResponseDetail {
  const detail: ResponseDetail = {
    line,
    requestId: values.requestId ?? '',
    matchCode: values.matchCode as MedicareMatchCode,
    mbi: values.mbi ?? '',
    partAStart: iso(values.partAStart),
    partAEnd: iso(values.partAEnd),
    partBStart: iso(values.partBStart),
    partBEnd: iso(values.partBEnd),
  };
  if (detail.requestId === '') throw detailFault(line, 'requestId', 'blank');
  if (detail.matchCode !== 'M') {
    const dated = DATE_FIELDS.find((f) => detail[f]);
    if (dated)
      throw detailFault(line, dated, `a ${detail.matchCode} (not matched) line carries no entitlement dates`);
  }
  checkPeriod(line, 'partAEnd', detail.partAStart, detail.partAEnd);
  checkPeriod(line, 'partBEnd', detail.partBStart, detail.partBEnd);
  return detail;
}

const DATE_FIELDS = ['partAStart', 'partAEnd', 'partBStart', 'partBEnd'] as const;

/** A fault of a detail's field (a function of its own: no closure made for each line that passes). */
function detailFault(line: number, field: string, reason: string): FixedWidthError {
  return new FixedWidthError(line, field, reason, column(field));
}

/** A Part's end needs its start, and does not come before it. */
function checkPeriod(line: number, endField: string, start: string | null, end: string | null): void {
  if (end === null) return;
  if (start === null) throw detailFault(line, endField, 'an end without a start');
  if (end < start) throw detailFault(line, endField, `ends ${end}, before its start ${start}`);
}

function problemOf(error: unknown): ProblemDetail {
  if (error instanceof FixedWidthError) {
    const where = error.column === null ? error.field : `column ${error.column}, ${error.field}`;
    return { line: error.line, field: where, message: error.message };
  }
  throw error;
}

/**
 * Checks the whole file (header, every detail, trailer and its count, request ids unique) and returns
 * its digest and header; throws INVALID_FILE listing each fault by line, column and field.
 */
export async function checkMedicareResponse(path: string): Promise<ResponseSummary> {
  const hash = createHash('sha256');
  let byteSize = 0;
  const problems: ProblemDetail[] = [];
  const seen = new Map<string, number>();
  let header: RecordValues | null = null;
  let trailerCount: number | null = null;
  let details = 0;
  let lineNumber = 0;
  const note = (problem: ProblemDetail) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  for await (const text of linesOf(path, (chunk) => {
    hash.update(chunk);
    byteSize += chunk.length;
  })) {
    lineNumber++;
    try {
      if (trailerCount !== null) {
        if (text.trim() !== '') throw new FixedWidthError(lineNumber, 'record', 'a record after the trailer');
        continue;
      }
      const type = text.charAt(0);
      if (lineNumber === 1) {
        if (type !== 'H')
          throw new FixedWidthError(1, 'recordType', `"${type}": the first record must be the header H`, 1);
        header = readRecord(LAYOUT.header, text, 1);
      } else if (type === 'D') {
        // Counted whether sound or not, so a bad line is not blamed on the trailer too.
        details++;
        const detail = detailFrom(readRecord(LAYOUT.detail, text, lineNumber), lineNumber);
        const earlier = seen.get(detail.requestId);
        if (earlier !== undefined)
          throw new FixedWidthError(
            lineNumber,
            'requestId',
            `${detail.requestId} was answered on line ${earlier} already`,
            column('requestId'),
          );
        seen.set(detail.requestId, lineNumber);
      } else if (type === 'T') {
        trailerCount = Number(readRecord(LAYOUT.trailer, text, lineNumber).recordCount);
        if (trailerCount !== details)
          throw new FixedWidthError(
            lineNumber,
            'recordCount',
            `says ${trailerCount} detail records, the file has ${details}`,
            2,
          );
      } else {
        throw new FixedWidthError(lineNumber, 'recordType', `"${type}" is not D or T`, 1);
      }
    } catch (error) {
      note(problemOf(error));
    }
  }
  if (lineNumber === 0) note({ line: 1, field: 'record', message: 'the file is empty' });
  else if (trailerCount === null)
    note({ line: lineNumber, field: 'record', message: 'no trailer record T at the end' });
  if (problems.length > 0 || header === null) {
    throw new PshbError(
      'INVALID_FILE',
      `${path}: not a valid Medicare entitlement response; nothing was changed`,
      problems,
    );
  }
  return {
    sha256: hash.digest('hex'),
    byteSize,
    sender: header.sender ?? '',
    fileId: header.fileId ?? '',
    createdOn: iso(header.createdOn) ?? '',
    detailCount: details,
  };
}

/** The details of a file checkMedicareResponse accepted, `size` at a time, in file order. */
export async function* medicareResponseBatches(path: string, size: number): AsyncGenerator<ResponseDetail[]> {
  let batch: ResponseDetail[] = [];
  let lineNumber = 0;
  for await (const text of linesOf(path)) {
    lineNumber++;
    if (text.charAt(0) !== 'D') continue;
    batch.push(detailFrom(readRecord(LAYOUT.detail, text, lineNumber), lineNumber));
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
