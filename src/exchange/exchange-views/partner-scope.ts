// Which partners' exchange data a signed-in user sees: a carrier user only its own carriers' (its
// principal's carrierCodes), the program office and auditors every partner's. A filter a caller asks
// for narrows that scope; it never widens it.
import type { Principal } from '../../security/principal.ts';

/** The partner codes in scope, or undefined for every partner. */
export type PartnerScope = readonly string[] | undefined;

export function scopeOfPrincipal(principal: Principal): PartnerScope {
  return principal.role === 'carrier' ? (principal.carrierCodes ?? []) : undefined;
}

/** The scope narrowed to one partner when the caller names one (it must already be in scope). */
export function narrowedTo(scope: PartnerScope, partner: string | undefined): PartnerScope {
  if (partner === undefined) return scope;
  return scope === undefined || scope.includes(partner) ? [partner] : [];
}

export function includesPartner(scope: PartnerScope, partner: string): boolean {
  return scope === undefined || scope.includes(partner);
}
