// The Medicare request an agency's schedule calls for (5 CFR 890.1612): written into the exchange's
// folder of files awaiting delivery for that agency and recorded as 'written', so the delivery job
// puts it on the agency's SFTP server or in its outbox folder exactly as it does a carrier's 834.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { IsoDate } from '../../domain/dates.ts';
import type { AgencyPartner } from '../../domain/trading-partner.ts';
import type { FieldKeyring } from '../../security/field-encryption.ts';
import type { Store } from '../../storage/store.ts';
import { medicareRequestFileName, type DeliveryFolders } from '../delivery/delivery-folders.ts';
import { writeMedicareRequest, type MedicareRequestResult } from './write-medicare-request.ts';

export interface ScheduledMedicareRequest {
  readonly agency: AgencyPartner;
  /** The schedule's occurrence: the day the Part B standing is asked about. */
  readonly day: IsoDate;
  readonly folders: DeliveryFolders;
  readonly keyring: FieldKeyring;
  readonly now: Date;
}

export async function writeScheduledMedicareRequest(
  store: Store,
  request: ScheduledMedicareRequest,
): Promise<MedicareRequestResult> {
  const code = request.agency.agencyCode;
  const folder = request.folders.written(code);
  await mkdir(folder, { recursive: true });
  return writeMedicareRequest(store, {
    partner: request.agency,
    asOf: request.day,
    out: join(folder, medicareRequestFileName(code, request.day, request.now)),
    now: request.now,
    keyring: request.keyring,
  });
}
