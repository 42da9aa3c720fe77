// Synthetic records for the carrier performance evidence tests: the principals who act, the exchange's
// own records of one carrier's contract year (834s sent and acknowledged, reconciliation runs and their
// discrepancies) written through the exchange's storage, and evidence CSV files in both layouts.
import { createHash } from 'node:crypto';
import type { Principal } from '../src/security/principal.ts';
import { openExceptions } from '../src/storage/exchange/exchange-exceptions.ts';
import { recordExchangeFile, recordFileStatus } from '../src/storage/exchange/exchange-files.ts';
import { recordReconciliation } from '../src/storage/exchange/reconciliations.ts';
import type { Store } from '../src/storage/store.ts';

export const OFFICER: Principal = { subject: 'co-morgan', role: 'contracting_officer' };
export const ADMIN: Principal = { subject: 'admin-dana', role: 'program_administrator' };
export const AUDITOR: Principal = { subject: 'auditor-emery', role: 'auditor' };
export const FEP_CARRIER: Principal = { subject: 'carrier-fep', role: 'carrier', carrierCodes: ['FEP'] };
export const NALC_CARRIER: Principal = { subject: 'carrier-nalc', role: 'carrier', carrierCodes: ['NALC'] };

export const YEAR = 2025;

async function sentFile(
  store: Store,
  carrier: string,
  asOf: string,
  members: number,
  group: number,
): Promise<number> {
  return store.transaction((tx) =>
    recordExchangeFile(
      tx,
      {
        partner: carrier,
        direction: 'outbound',
        kind: '834_changes',
        interchangeControlNumber: group,
        groupControlNumber: group,
        transactionControlNumbers: [1],
        asOf,
        sinceEventId: null,
        throughEventId: null,
        memberCount: members,
        segmentCount: members * 10,
        byteSize: members * 400,
        sha256: createHash('sha256').update(`${carrier}-${group}`).digest('hex'),
        fileName: `${carrier}_${asOf}.x12`,
        createdAt: `${asOf}T06:00:00Z`,
        status: 'written',
      },
      [],
    ),
  );
}

/**
 * A year of exchange records for the carrier:
 * - two 834 change files: 10 members answered after 1 day by a 999 that rejects two members (two
 *   segments, one named twice), 4 members accepted after 3 days: 12 of 14 on first pass, median 2 days;
 * - a third file still awaiting its answer (left out);
 * - reconciliation runs initiated in Q1 and Q3, the first opening two discrepancies, the second finding
 *   one again (open past year end) and resolving the other after 186 days: 2 quarters, 2 aged.
 */
export async function seedExchangeYear(store: Store, carrier = 'FEP'): Promise<void> {
  const first = await sentFile(store, carrier, '2025-02-01', 10, 101);
  const second = await sentFile(store, carrier, '2025-03-01', 4, 102);
  await sentFile(store, carrier, '2025-12-30', 7, 103);
  await store.transaction(async (tx) => {
    await recordFileStatus(tx, first, 'delivered', '2025-02-01T06:00:00Z', {});
    await recordFileStatus(tx, first, 'partially_accepted', '2025-02-02T06:00:00Z', { answeredBy: '999' });
    await openExceptions(
      tx,
      [
        {
          partner: carrier,
          kind: 'ack_rejected',
          fileId: first,
          segmentPosition: 5,
          segmentId: 'DMG',
          element: 'DMG02',
          detail: { transactionSet: '0001' },
        },
        {
          partner: carrier,
          kind: 'ack_rejected',
          fileId: first,
          segmentPosition: 5,
          segmentId: 'DMG',
          element: 'DMG03',
          detail: { transactionSet: '0001' },
        },
        {
          partner: carrier,
          kind: 'ack_rejected',
          fileId: first,
          segmentPosition: 19,
          segmentId: 'DMG',
          element: 'DMG02',
          detail: { transactionSet: '0001' },
        },
      ],
      '2025-02-02',
    );
    await recordFileStatus(tx, second, 'delivered', '2025-03-01T06:00:00Z', {});
    await recordFileStatus(tx, second, 'accepted', '2025-03-04T06:00:00Z', { answeredBy: '999' });
  });
  const run = (foundOn: string, found: { memberId: string }[]) =>
    store.transaction((tx) =>
      recordReconciliation(
        tx,
        {
          carrier,
          asOf: foundOn,
          foundOn,
          fileName: `${carrier}_RECON_${foundOn}.csv`,
          sha256: createHash('sha256').update(`recon-${foundOn}`).digest('hex'),
          initiatedAt: `${foundOn}T09:00:00Z`,
          completedAt: `${foundOn}T09:05:00Z`,
          exchangeMemberCount: 100,
          carrierMemberCount: 100,
        },
        found.map((f) => ({
          ...f,
          kind: 'coverage-dates' as const,
          exchangeValue: '20250101',
          carrierValue: '20250201',
        })),
      ),
    );
  await run('2025-02-10', [{ memberId: 'M-1' }, { memberId: 'M-2' }]);
  await run('2025-08-15', [{ memberId: 'M-1' }]);
}

export const EVIDENCE_CSV = [
  'carrier_code,plan_code,contract_year,measure,value,applicable,source,note',
  'FEP,,2025,cahps.customer-service,88.5,true,CAHPS 2025 vendor file,',
  'FEP,,2025,hedis.breast-cancer-screening,71,true,HEDIS 2025 audited results,',
  'FEP,,2025,surveys.cooperated,true,true,OPM survey office,cooperated fully',
  'FEP,,2025,customer-information.errors,2,,brochure review,two errors in the brochure',
].join('\n');

export const SUBMISSIONS_CSV = [
  'carrier_code,plan_code,contract_year,item,due_on,received_on,source,note',
  'FEP,,2025,rates-benefits,2025-05-31,2025-06-03,OPM contract file,',
  'FEP,,2025,contract,2025-09-30,2025-09-15,OPM contract file,signed early',
].join('\n');

/** Three errors: line 2 value, line 3 contract_year, line 5 repeats line 4. */
export const BAD_EVIDENCE_CSV = [
  'carrier_code,plan_code,contract_year,measure,value,applicable,source,note',
  'FEP,,2025,cahps.customer-service,lots,true,CAHPS,',
  'FEP,,25,hedis.breast-cancer-screening,71,true,HEDIS,',
  'FEP,,2025,cahps.claims-processing,80,true,CAHPS,',
  'FEP,,2025,cahps.claims-processing,81,true,CAHPS,',
].join('\n');
