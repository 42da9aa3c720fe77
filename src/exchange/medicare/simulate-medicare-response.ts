// SIMULATOR, not an agency: plays CMS or SSA answering a Medicare entitlement request, for the demo
// and the tests on the synthetic population. Answers are made up from what the record already holds
// of each person and a seed (the same request, record and seed give the same response): most people
// match with the Part A and Part B the record holds (Part A from the first of the 65th birthday month
// when it holds none); some held Part B are reported without it (the 890.1608(b) path), some without
// Part B are reported enrolled, and a few are not found or differ in name or birth date. Reads and
// writes line by line, looking the record up 5,000 request lines at a time.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import {
  MEDICARE_REQUEST_LAYOUT,
  MEDICARE_RESPONSE_LAYOUT,
  type MedicareMatchCode,
} from '../../domain/medicare-exchange-layout.ts';
import { PshbError } from '../../errors.ts';
import { requestedPeople, type RequestedPersonRow } from '../../storage/exchange/medicare-requests.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { FixedWidthError, readRecord, writeRecord, type RecordValues } from './fixed-width.ts';

export interface SimulatedResponseOptions {
  readonly request: string;
  readonly out: string;
  readonly seed: number;
  readonly now: Date;
  readonly onProgress?: (lines: number) => void;
}

export interface SimulatedResponseResult {
  readonly out: string;
  readonly agency: string;
  readonly answered: number;
  readonly byMatchCode: Readonly<Record<MedicareMatchCode, number>>;
  readonly withoutPartB: number;
}

/** The bytes every made-up value of a line is drawn from, fixed by the seed and the request id. */
function digestOf(seed: number, requestId: string): Buffer {
  return createHash('sha256').update(`${seed}:${requestId}`).digest();
}

/** A number in [0, 1) from the digest's first four bytes. */
function draw(digest: Buffer): number {
  return digest.readUInt32BE(0) / 2 ** 32;
}

const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';

/** A made-up Medicare number of the MBI's shape, from the digest's bytes after the draw's four. */
function simulatedMbi(digest: Buffer): string {
  const digit = (i: number, from = 0) => String(from + (digest[4 + i]! % (10 - from)));
  const letter = (i: number) => MBI_LETTERS[digest[4 + i]! % MBI_LETTERS.length]!;
  return (
    digit(0, 1) +
    letter(1) +
    digit(2) +
    digit(3) +
    letter(4) +
    letter(5) +
    digit(6) +
    letter(7) +
    letter(8) +
    digit(9) +
    digit(10)
  );
}

/** The first of the month the person turns 65, as CCYYMMDD. */
function firstOf65thMonth(birthDate: string): string {
  return `${Number(birthDate.slice(0, 4)) + 65}${birthDate.slice(4, 6)}01`;
}

const ccyymmdd = (iso: string | null): string => (iso === null ? '' : iso.replaceAll('-', ''));

/** The last day entitled, as CCYYMMDD, from the record's end (the first day without). */
function lastDayBefore(firstDayWithout: string): string {
  const day = new Date(`${firstDayWithout}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10).replaceAll('-', '');
}

/** The answer to one request detail line, from what the record holds of the person (null: nothing). */
export function simulatedAnswer(
  request: RecordValues,
  record: RequestedPersonRow | null,
  seed: number,
): RecordValues {
  const requestId = request.requestId ?? '';
  const digest = digestOf(seed, requestId);
  const roll = draw(digest);
  const base = { requestId, mbi: '', partAStart: '', partAEnd: '', partBStart: '', partBEnd: '' };
  if (record === null || roll < 0.03) return { ...base, matchCode: 'N' };
  if (roll < 0.05) return { ...base, matchCode: 'A' };
  if (roll < 0.06) return { ...base, matchCode: 'B' };
  const mbi = request.idType === 'M' ? (request.identifier ?? '') : simulatedMbi(digest);
  const partAStart = ccyymmdd(record.part_a_start) || firstOf65thMonth(request.birthDate ?? '19600101');
  const matched = { ...base, matchCode: 'M', mbi, partAStart };
  if (record.part_b_start !== null) {
    if (roll < 0.09) return matched; // the agency has no Part B for someone the record says has it
    const partBEnd = record.part_b_end === null ? '' : lastDayBefore(record.part_b_end);
    return { ...matched, partBStart: ccyymmdd(record.part_b_start), partBEnd };
  }
  // The record holds no Part B: about half are found enrolled from their Part A start.
  return roll < 0.53 ? { ...matched, partBStart: partAStart } : matched;
}

function requestFault(error: unknown, path: string): never {
  if (error instanceof FixedWidthError)
    throw new PshbError('INVALID_FILE', `${path}: not a Medicare request file`, [
      { line: error.line, field: error.field, message: error.message },
    ]);
  throw error;
}

/** The record's facts of each requested person, by request id. */
async function lookUp(store: Store, requests: readonly RecordValues[]) {
  const rows = await requestedPeople(
    executorOf(store),
    requests.map((r) => r.requestId ?? ''),
  );
  return new Map(rows.map((row) => [row.request_id, row]));
}

const BATCH = 5_000;

export async function simulateMedicareResponse(
  store: Store,
  options: SimulatedResponseOptions,
): Promise<SimulatedResponseResult> {
  const partial = `${options.out}.partial`;
  const out = createWriteStream(partial, 'utf8');
  const put = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const byMatchCode: Record<MedicareMatchCode, number> = { M: 0, N: 0, A: 0, B: 0 };
  let agency = '';
  let answered = 0;
  let withoutPartB = 0;
  let line = 0;
  let pending: RecordValues[] = [];
  const answerPending = async () => {
    const records = await lookUp(store, pending);
    let chunk = '';
    for (const request of pending) {
      const answer = simulatedAnswer(request, records.get(request.requestId ?? '') ?? null, options.seed);
      answered += 1;
      byMatchCode[answer.matchCode as MedicareMatchCode] += 1;
      if (answer.matchCode === 'M' && (answer.partBStart === '' || answer.partBEnd !== '')) withoutPartB += 1;
      chunk += writeRecord(MEDICARE_RESPONSE_LAYOUT.detail, answer, answered + 1) + '\n';
    }
    pending = [];
    await put(chunk);
    options.onProgress?.(answered);
  };
  try {
    const reader = createInterface({ input: createReadStream(options.request, 'utf8'), crlfDelay: Infinity });
    for await (const raw of reader) {
      line += 1;
      const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (text === '') continue;
      try {
        if (text[0] === 'H') {
          const header = readRecord(MEDICARE_REQUEST_LAYOUT.header, text, line);
          agency = header.receiver ?? '';
          const createdOn = options.now.toISOString().slice(0, 10).replaceAll('-', '');
          const fileId = `R${(header.fileId ?? '').slice(0, 19)}`;
          const values = { fileId, createdOn, sender: agency, receiver: header.sender ?? '' };
          await put(writeRecord(MEDICARE_RESPONSE_LAYOUT.header, values, 1) + '\n');
        } else if (text[0] === 'D') {
          pending.push(readRecord(MEDICARE_REQUEST_LAYOUT.detail, text, line));
        }
      } catch (error) {
        requestFault(error, options.request);
      }
      if (pending.length >= BATCH) await answerPending();
    }
    if (agency === '') throw new PshbError('INVALID_FILE', `${options.request}: no header (H) line`);
    if (pending.length > 0) await answerPending();
    await put(
      writeRecord(MEDICARE_RESPONSE_LAYOUT.trailer, { recordCount: String(answered) }, answered + 2) + '\n',
    );
    out.end();
    await finished(out);
    await rename(partial, options.out);
    return { out: options.out, agency, answered, byMatchCode, withoutPartB };
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}
