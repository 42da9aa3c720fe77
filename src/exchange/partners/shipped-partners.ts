// Where the shipped trading partners are: reference-data/partners/, read from the repository (not
// bundled) so a partner's new identifier or endpoint is a data change. Callers that want another
// folder (tests, an operator's own) pass it to the loader themselves.
import { fileURLToPath } from 'node:url';
import { loadShippedCatalogue } from '../../reference-data.ts';
import { loadPartners } from './load-partners.ts';
import type { PartnerEntry } from './partner-cross-checks.ts';

export const SHIPPED_PARTNERS = fileURLToPath(new URL('../../../reference-data/partners/', import.meta.url));

/** The catalogue partner files are checked against unless one is named. */
export const DEFAULT_PARTNER_CATALOGUE = 'pshb-2025';

/** The shipped partners, validated and cross-checked against the shipped catalogue. */
export function loadShippedPartners(catalogueName = DEFAULT_PARTNER_CATALOGUE): readonly PartnerEntry[] {
  return loadPartners(SHIPPED_PARTNERS, loadShippedCatalogue(catalogueName));
}
