// The exchange's own folders for partner files, under its data folder: files it writes wait in
// exchange/<PARTNER>/ until delivered; without an SFTP endpoint the partner's outbound files are put
// in outbox/<PARTNER>/ and its files are picked up from inbox/<PARTNER>/; files collected over SFTP
// are kept in inbox/<PARTNER>/collected/.
import { join, resolve } from 'node:path';

export interface DeliveryFolders {
  /** Where the exchange writes the partner's files before delivery. */
  readonly written: (partner: string) => string;
  readonly outbox: (partner: string) => string;
  readonly inbox: (partner: string) => string;
  readonly collected: (partner: string) => string;
}

export function deliveryFolders(dataDir: string): DeliveryFolders {
  const root = resolve(dataDir);
  return {
    written: (partner) => join(root, 'exchange', partner),
    outbox: (partner) => join(root, 'outbox', partner),
    inbox: (partner) => join(root, 'inbox', partner),
    collected: (partner) => join(root, 'inbox', partner, 'collected'),
  };
}

/** The name a carrier's 834 is written and delivered under: carrier, kind, day and the instant made. */
export function carrierFileName(carrierCode: string, kind: string, asOf: string, now: Date): string {
  return `${carrierCode}-834-${kind}-${asOf}-${stampOf(now)}.834`;
}

/** The name a Medicare request is written and delivered under: agency, day and the instant made. */
export function medicareRequestFileName(agencyCode: string, asOf: string, now: Date): string {
  return `${agencyCode}-medicare-request-${asOf}-${stampOf(now)}.txt`;
}

/** The instant a file was made, to the second, for its name (20261205T140000). */
function stampOf(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').slice(0, 15);
}
