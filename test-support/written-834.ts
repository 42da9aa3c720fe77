// An 834 interchange written by the exchange's own writer (transaction body and envelope), for tests
// that check the writer's output with an independent reader or change it to see a fault caught.
import { transactionBody } from '../src/exchange/carrier-exchange/transaction-body.ts';
import type { MemberRecord } from '../src/exchange/carrier-exchange/member-record.ts';
import type { TransactionHeaderInput } from '../src/exchange/carrier-exchange/transaction-header.ts';
import { FUNCTIONAL_ID, IMPLEMENTATION, writeInterchangeText } from '../src/exchange/x12/interchange.ts';
import { DEFAULT_SEPARATORS, type Separators } from '../src/exchange/x12/separators.ts';

export interface WrittenTransactionSet {
  readonly header: TransactionHeaderInput;
  readonly records: readonly MemberRecord[];
}

export interface Written834Options {
  readonly separators?: Separators;
  readonly segmentSuffix?: '' | '\n' | '\r\n';
  readonly controlNumber?: number;
}

/** One interchange, one functional group, one transaction set per entry of `sets`. */
export function written834(sets: readonly WrittenTransactionSet[], options: Written834Options = {}): string {
  const controlNumber = options.controlNumber ?? 42;
  return writeInterchangeText({
    sender: { qualifier: 'ZZ', id: 'PSHBEXCHANGE' },
    receiver: { qualifier: 'ZZ', id: 'CARRIER01' },
    date: '2026-12-05',
    time: '14:05',
    controlNumber,
    acknowledgmentRequested: true,
    usage: 'T',
    separators: options.separators ?? DEFAULT_SEPARATORS,
    segmentSuffix: options.segmentSuffix ?? '\n',
    groups: [
      {
        functionalId: FUNCTIONAL_ID.enrollment,
        applicationSender: 'PSHB',
        applicationReceiver: 'CARRIER01',
        controlNumber: controlNumber + 1,
        version: IMPLEMENTATION.enrollment834,
        transactionSets: sets.map((set, index) => ({
          id: '834',
          controlNumber: index + 1,
          body: transactionBody(set.header, set.records),
        })),
      },
    ],
  });
}
