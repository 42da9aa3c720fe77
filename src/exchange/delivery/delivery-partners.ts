// Which partners a delivery run serves: every shipped partner, or the one named; and the transport
// context of a data folder (its outbox, inbox and key folders).
import type { CarrierPartner, TradingPartner } from '../../domain/trading-partner.ts';
import { PshbError } from '../../errors.ts';
import { keysFolder } from '../../security/secret-files.ts';
import { findPartner } from '../partners/partner-lookup.ts';
import { loadShippedPartners } from '../partners/shipped-partners.ts';
import { deliveryFolders } from './delivery-folders.ts';
import type { TransportContext } from './partner-transport.ts';

/** Every shipped partner, or only `code` (a partner's code or id); NOT_FOUND names the field. */
export function deliveryPartners(code?: string, field = '--partner'): TradingPartner[] {
  const entries = loadShippedPartners();
  if (code === undefined) return entries.map((entry) => entry.partner);
  const entry = findPartner(entries, code);
  if (!entry)
    throw new PshbError('NOT_FOUND', `${field}: no partner "${code}" (pshb partners list shows them)`);
  return [entry.partner];
}

export function carriersOf(partners: readonly TradingPartner[]): CarrierPartner[] {
  return partners.filter((partner): partner is CarrierPartner => partner.kind === 'carrier');
}

export function transportContextFor(
  dataDir: string,
  secrets: { readonly folder?: string | null; readonly given?: Readonly<Record<string, string>> } = {},
): TransportContext {
  return {
    folders: deliveryFolders(dataDir),
    keysFolder: keysFolder(dataDir),
    ...(secrets.given ? { secrets: secrets.given } : {}),
    ...(secrets.folder ? { secretsFolder: secrets.folder } : {}),
  };
}
