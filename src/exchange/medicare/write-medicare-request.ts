// pshb medicare request: the Medicare entitlement request sent to CMS or SSA under the agreement of
// 5 CFR 890.1612, naming the people whose Part B standing matters under 890.1604. The people are read
// in windows and written as they come (the file streams at any size); each gets a request id the
// agency echoes. When the file is complete it is recorded as an exchange file with its SHA-256, and its
// request rows are loaded by COPY, in one transaction; until then it sits beside the target as .partial.
import { createHash } from 'node:crypto';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { basename } from 'node:path';
import type { AgencyPartner } from '../../domain/trading-partner.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { MEDICARE_REQUEST_LAYOUT } from '../../domain/medicare-exchange-layout.ts';
import { verificationReason, type VerificationCandidate } from '../../rules/medicare-verification.ts';
import { decryptField, isEncryptedField, type FieldKeyring } from '../../security/field-encryption.ts';
import { MEDICARE_NUMBER_FIELD } from '../../security/medicare-number-at-rest.ts';
import { SSN_FIELD } from '../../security/ssn-at-rest.ts';
import { csvLine } from '../../storage/csv-text.ts';
import { allocateControlNumbers } from '../../storage/exchange/control-numbers.ts';
import { recordExchangeFile } from '../../storage/exchange/exchange-files.ts';
import { medicareCandidates, type MedicareCandidateRow } from '../../storage/exchange/medicare-candidates.ts';
import { loadMedicareRequests } from '../../storage/exchange/medicare-requests.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { FixedWidthError, toExchangeText, writeRecord } from './fixed-width.ts';

export interface MedicareRequestOptions {
  readonly partner: AgencyPartner;
  readonly asOf: IsoDate;
  readonly out: string;
  readonly now: Date;
  /** The data keys, to read the SSN or Medicare number sent for each person. */
  readonly keyring: FieldKeyring;
  readonly windowSize?: number;
  readonly onProgress?: (people: number) => void;
}

/** A person left out of the file, with the field that could not be written. */
export interface HeldBack {
  readonly personId: number;
  readonly field: string;
  readonly message: string;
}

export interface MedicareRequestResult {
  readonly partner: string;
  readonly out: string;
  /** The exchange_file row. */
  readonly fileId: number;
  /** The header's file id, the prefix of every request id in the file. */
  readonly headerFileId: string;
  readonly asOf: IsoDate;
  readonly people: number;
  readonly bytes: number;
  readonly sha256: string;
  readonly heldBack: readonly HeldBack[];
}

const SENDER = 'OPM';
const SEX: Readonly<Record<string, string>> = { F: 'F', M: 'M', X: 'U' };
/** Request rows go to COPY this many to a chunk of text. */
const COPY_CHUNK = 5_000;

const ccyymmdd = (date: IsoDate): string => date.replaceAll('-', '');

function candidateOf(row: MedicareCandidateRow): VerificationCandidate {
  return {
    relationship: row.relationship as VerificationCandidate['relationship'],
    category: row.category as VerificationCandidate['category'],
    lastEmployingAgency: row.last_employing_agency as VerificationCandidate['lastEmployingAgency'],
    birthDate: row.birth_date,
    hasPartA: row.has_part_a,
    hasMedicareNumber: row.medicare_number !== null,
    enrolleeCategory: row.enrollee_category as VerificationCandidate['enrolleeCategory'],
    enrolleeLastEmployingAgency:
      row.enrollee_last_employing_agency as VerificationCandidate['enrolleeLastEmployingAgency'],
  };
}

/** The identifier sent: the Medicare number when on file (preferred), else the SSN. */
function identifierOf(
  row: MedicareCandidateRow,
  keyring: FieldKeyring,
): { idType: 'M' | 'S'; value: string } {
  if (row.medicare_number !== null) {
    const mbi = isEncryptedField(row.medicare_number)
      ? decryptField(keyring, row.medicare_number, MEDICARE_NUMBER_FIELD)
      : row.medicare_number;
    return { idType: 'M', value: mbi };
  }
  const ssn = isEncryptedField(row.ssn) ? decryptField(keyring, row.ssn, SSN_FIELD) : row.ssn;
  return { idType: 'S', value: ssn.replaceAll('-', '') };
}

export async function writeMedicareRequest(
  store: Store,
  options: MedicareRequestOptions,
): Promise<MedicareRequestResult> {
  const partner = options.partner.agencyCode;
  const executor = executorOf(store);
  // A number per partner, committed on its own: a run that fails leaves a gap, never a reused id.
  const { last } = await allocateControlNumbers(executor, partner, 'interchange');
  const headerFileId = `${partner}${String(last).padStart(7, '0')}`;
  const partial = `${options.out}.partial`;
  const stream = createWriteStream(partial);
  const hash = createHash('sha256');
  let bytes = 0;
  /** Appends whole lines (each ending in a newline) to the file and its digest. */
  const write = async (text: string) => {
    hash.update(text);
    bytes += Buffer.byteLength(text);
    if (!stream.write(text)) await once(stream, 'drain');
  };
  const rows: string[] = [];
  const heldBack: HeldBack[] = [];
  let people = 0;
  try {
    await write(
      writeRecord(
        MEDICARE_REQUEST_LAYOUT.header,
        { fileId: headerFileId, createdOn: ccyymmdd(options.asOf), sender: SENDER, receiver: partner },
        1,
      ) + '\n',
    );
    const windowSize = options.windowSize ?? 10_000;
    // The next window is read while this one is written, so the database and the writing overlap.
    // A read left pending when the writing fails must not surface as an unhandled rejection.
    const prefetch = (after: number) => {
      const read = medicareCandidates(executor, options.asOf, after, windowSize);
      read.catch(() => undefined);
      return read;
    };
    let next = prefetch(0);
    for (;;) {
      const window = await next;
      if (window.length === 0) break;
      next = prefetch(window[window.length - 1]!.id);
      let text = '';
      for (const row of window) {
        if (verificationReason(candidateOf(row), options.asOf) === null) continue;
        const requestId = `${headerFileId}${String(people + 1).padStart(10, '0')}`;
        const id = identifierOf(row, options.keyring);
        const lastName = toExchangeText(row.last_name);
        const firstName = toExchangeText(row.first_name);
        let line: string;
        try {
          line = writeRecord(
            MEDICARE_REQUEST_LAYOUT.detail,
            {
              requestId,
              idType: id.idType,
              identifier: id.value,
              lastName,
              firstName,
              birthDate: ccyymmdd(row.birth_date),
              sex: SEX[row.sex] ?? 'U',
            },
            people + 2,
          );
        } catch (error) {
          if (!(error instanceof FixedWidthError)) throw error;
          // A name that cannot be written as the layout asks is never sent altered: the person waits.
          heldBack.push({ personId: row.id, field: error.field, message: error.message });
          continue;
        }
        text += `${line}\n`;
        people++;
        rows.push(
          csvLine([requestId, partner, row.id, id.idType, lastName, firstName, row.birth_date]).slice(0, -1),
        );
      }
      if (text !== '') await write(text);
      options.onProgress?.(people);
    }
    await write(
      writeRecord(MEDICARE_REQUEST_LAYOUT.trailer, { recordCount: String(people) }, people + 2) + '\n',
    );
    stream.end();
    await once(stream, 'finish');
    const sha256 = hash.digest('hex');
    const fileId = await store.transaction(async (tx) => {
      const id = await recordExchangeFile(
        tx,
        {
          partner,
          direction: 'outbound',
          kind: 'medicare_request',
          interchangeControlNumber: last,
          groupControlNumber: null,
          transactionControlNumbers: [],
          asOf: options.asOf,
          sinceEventId: null,
          throughEventId: null,
          memberCount: people,
          segmentCount: people + 2,
          byteSize: bytes,
          sha256,
          fileName: basename(options.out),
          createdAt: options.now.toISOString(),
          status: 'written',
        },
        [],
      );
      await loadMedicareRequests(tx, requestCsv(rows, id), REQUEST_COPY_COLUMNS);
      return id;
    });
    renameSync(partial, options.out);
    return {
      partner,
      out: options.out,
      fileId,
      headerFileId,
      asOf: options.asOf,
      people,
      bytes,
      sha256,
      heldBack,
    };
  } catch (error) {
    stream.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

/** The COPY's column order: the file id, known only once the file is recorded, comes last. */
const REQUEST_COPY_COLUMNS = [
  'request_id',
  'partner',
  'person_id',
  'id_type',
  'last_name',
  'first_name',
  'birth_date',
  'file_id',
] as const;

async function* requestCsv(rows: readonly string[], fileId: number): AsyncGenerator<string> {
  for (let start = 0; start < rows.length; start += COPY_CHUNK) {
    yield rows
      .slice(start, start + COPY_CHUNK)
      .map((row) => `${row},${fileId}\n`)
      .join('');
  }
}
