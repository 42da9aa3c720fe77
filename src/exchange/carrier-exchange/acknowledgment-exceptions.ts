// What the enrollment reconciliation team must work from a carrier's acknowledgment: every rejected
// transaction set, and within it every segment and element the carrier named (005010X231A1 IK3, IK4,
// IK5), becomes one item of the exchange's exception queue; a rejected interchange (TA1) is one item
// for the whole file. The items are fixed and resent as a new file, never edited in the old one.
import type { NewExchangeException } from '../../storage/exchange/exchange-exceptions.ts';
import type { ExchangeFileStatus } from '../../storage/tables/exchange-tables.ts';
import type { TransactionSetResponse } from '../x12/acknowledgment.ts';

export interface RejectedFile {
  readonly fileId: number;
  readonly answeredBy: 'TA1' | '999';
  readonly status: ExchangeFileStatus;
  readonly rejected: readonly TransactionSetResponse[];
}

/** The exception items an acknowledged file raises; none when everything was accepted. */
export function acknowledgmentExceptions(partner: string, file: RejectedFile): NewExchangeException[] {
  if (file.answeredBy === 'TA1')
    return file.status === 'rejected'
      ? [
          {
            partner,
            kind: 'ack_rejected',
            fileId: file.fileId,
            errorCode: 'TA1',
            detail: { answeredBy: 'TA1' },
          },
        ]
      : [];
  return file.rejected.flatMap((set) => setExceptions(partner, file.fileId, set));
}

function setExceptions(partner: string, fileId: number, set: TransactionSetResponse): NewExchangeException[] {
  const base = { partner, kind: 'ack_rejected' as const, fileId };
  const context = { transactionSet: set.controlNumber, ik501: set.code, ik502: set.errors };
  if (set.segments.length === 0) return [{ ...base, errorCode: set.errors[0] ?? set.code, detail: context }];
  return set.segments.flatMap((segment) => {
    const at = { ...base, segmentPosition: segment.position, segmentId: segment.segmentId };
    const detail = { ...context, loop: segment.loop ?? null };
    if (segment.elements.length === 0) return [{ ...at, errorCode: segment.code ?? null, detail }];
    return segment.elements.map((element) => ({
      ...at,
      element: `${segment.segmentId}${String(element.position).padStart(2, '0')}`,
      errorCode: element.code,
      detail: { ...detail, segmentCode: segment.code ?? null, badValue: element.badValue ?? null },
    }));
  });
}
