// A carrier's answer to our 834s: a TA1 (the interchange's envelope, X12.5) or a 999 (005010X231A1,
// each transaction set accepted or rejected with the segments and elements at fault). Each is matched
// to the file it answers by control numbers and appended to that file's status history: accepted,
// partially accepted (some transaction sets rejected: their events go to the reconciliation team with
// the segment, element and error code) or rejected. Everything is matched before anything is written,
// so an acknowledgment of a file we never sent changes nothing; the same file sent twice is recognised
// by its digest and changes nothing either.
import { createHash } from 'node:crypto';
import type { CarrierPartner } from '../../domain/trading-partner.ts';
import { PshbError } from '../../errors.ts';
import {
  findFileByDigest,
  findOutboundFile,
  recordExchangeFile,
  recordFileStatus,
  type ExchangeFileRow,
} from '../../storage/exchange/exchange-files.ts';
import type { ExchangeFileStatus } from '../../storage/tables/exchange-tables.ts';
import { openExceptions } from '../../storage/exchange/exchange-exceptions.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import {
  isAccepted,
  readAcknowledgments,
  type AcknowledgmentFile,
  type ImplementationAcknowledgment,
  type InterchangeAcknowledgment,
  type TransactionSetResponse,
} from '../x12/acknowledgment.ts';
import { acknowledgmentExceptions } from './acknowledgment-exceptions.ts';

export interface AcknowledgedFile {
  readonly fileId: number;
  readonly fileName: string;
  readonly answeredBy: 'TA1' | '999';
  readonly status: ExchangeFileStatus;
  /** Rejected transaction sets with the segments and elements the carrier named. */
  readonly rejected: readonly TransactionSetResponse[];
}

export interface IngestResult {
  readonly partner: string;
  readonly duplicate: boolean;
  readonly fileId: number | null;
  readonly acknowledged: readonly AcknowledgedFile[];
}

/** Reads, matches and records one acknowledgment file. `fileName` is how the file is recorded. */
export async function ingestAcknowledgment(
  store: Store,
  partners: readonly CarrierPartner[],
  text: string,
  fileName: string,
  now: Date,
): Promise<IngestResult> {
  const file = readAcknowledgments(text);
  const partner = senderOf(file, partners);
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const executor = executorOf(store);
  if (await findFileByDigest(executor, partner.carrierCode, 'inbound', sha256))
    return { partner: partner.carrierCode, duplicate: true, fileId: null, acknowledged: [] };
  const acknowledged = [
    ...(await Promise.all(file.interchangeAcknowledgments.map((ta1) => matchTa1(store, partner, ta1)))),
    ...(await Promise.all(file.implementationAcknowledgments.map((ack) => match999(store, partner, ack)))),
  ];
  const at = now.toISOString();
  const fileId = await store.transaction(async (tx) => {
    const id = await recordExchangeFile(
      tx,
      {
        partner: partner.carrierCode,
        direction: 'inbound',
        kind: file.implementationAcknowledgments.length > 0 ? '999' : 'TA1',
        interchangeControlNumber: file.header.controlNumber,
        groupControlNumber: file.implementationAcknowledgments[0]
          ? Number(file.implementationAcknowledgments[0].controlNumber) || null
          : null,
        transactionControlNumbers: [],
        asOf: at.slice(0, 10),
        sinceEventId: null,
        throughEventId: null,
        memberCount: 0,
        segmentCount: 0,
        byteSize: Buffer.byteLength(text, 'utf8'),
        sha256,
        fileName,
        createdAt: at,
        status: 'accepted',
      },
      [],
    );
    for (const ack of acknowledged) {
      await recordFileStatus(tx, ack.fileId, ack.status, at, {
        answeredBy: ack.answeredBy,
        acknowledgmentFileId: id,
        rejected: ack.rejected,
      });
      await openExceptions(tx, acknowledgmentExceptions(partner.carrierCode, ack), at.slice(0, 10));
    }
    return id;
  });
  return { partner: partner.carrierCode, duplicate: false, fileId, acknowledged };
}

/** The carrier whose interchange ID sent the acknowledgment (its ISA06 is our ISA08 to it). */
function senderOf(file: AcknowledgmentFile, partners: readonly CarrierPartner[]): CarrierPartner {
  const { sender } = file.header;
  const partner = partners.find(
    (p) =>
      p.x12.interchangeReceiver.id === sender.id.trim() &&
      p.x12.interchangeReceiver.qualifier === sender.qualifier,
  );
  if (!partner)
    throw new PshbError(
      'INVALID_FILE',
      `segment 1 (ISA): ISA05/ISA06 ${sender.qualifier}/${sender.id.trim()} is no carrier partner's interchange ID`,
    );
  return partner;
}

async function matchTa1(
  store: Store,
  partner: CarrierPartner,
  ta1: InterchangeAcknowledgment,
): Promise<AcknowledgedFile> {
  const file = await findOutboundFile(executorOf(store), partner.carrierCode, {
    interchange: ta1.controlNumber,
  });
  return {
    ...answered(
      unknownUnlessFound(
        file,
        `TA1: TA101 ${ta1.controlNumber} answers no file sent to ${partner.carrierCode}`,
      ),
    ),
    answeredBy: 'TA1',
    status: isAccepted(ta1.code) ? 'accepted' : 'rejected',
    rejected: [],
  };
}

async function match999(
  store: Store,
  partner: CarrierPartner,
  ack: ImplementationAcknowledgment,
): Promise<AcknowledgedFile> {
  const file = await findOutboundFile(executorOf(store), partner.carrierCode, {
    group: ack.groupControlNumber,
  });
  const found = unknownUnlessFound(
    file,
    `999: AK102 ${ack.groupControlNumber} answers no group sent to ${partner.carrierCode}`,
  );
  const rejected = ack.transactionSets.filter((set) => !isAccepted(set.code));
  const status = statusOf999(isAccepted(ack.code), ack.accepted, rejected.length);
  return { ...answered(found), answeredBy: '999', status, rejected };
}

/** AK902-AK904 and IK5: every set accepted, some, or none (005010X231A1 AK9, IK5). */
function statusOf999(groupAccepted: boolean, acceptedSets: number, rejectedSets: number): ExchangeFileStatus {
  if (groupAccepted && rejectedSets === 0) return 'accepted';
  return acceptedSets > 0 ? 'partially_accepted' : 'rejected';
}

function unknownUnlessFound(file: ExchangeFileRow | undefined, message: string): ExchangeFileRow {
  if (!file) throw new PshbError('INVALID_FILE', message);
  return file;
}

function answered(file: ExchangeFileRow): Pick<AcknowledgedFile, 'fileId' | 'fileName'> {
  return { fileId: Number(file.id), fileName: file.file_name };
}
