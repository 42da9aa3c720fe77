// The trading partners as the exchange's screens show them: code, name, kind, and for a carrier its
// plan codes, acknowledgment deadline and schedule time zone. Read from the shipped partner files.
import { partnerCode, type TradingPartner } from '../../domain/trading-partner.ts';
import { findPartner, loadShippedPartners } from '../partners/index.ts';
import type { PartnerEntry } from '../partners/partner-cross-checks.ts';
import { includesPartner, type PartnerScope } from './partner-scope.ts';

export interface PartnerSummary {
  readonly code: string;
  readonly id: string;
  readonly name: string;
  readonly kind: TradingPartner['kind'];
  readonly planCodes: readonly string[];
  /** Hours within which a 999 is expected for a carrier's file; null for an agency. */
  readonly acknowledgmentWithinHours: number | null;
  readonly timeZone: string;
  /** Where the partner file's content comes from. */
  readonly source: string;
}

let shipped: readonly PartnerEntry[] | undefined;

/** The shipped partners, read once: they change with a release, not while the server runs. */
export function shippedPartners(): readonly PartnerEntry[] {
  shipped ??= loadShippedPartners();
  return shipped;
}

export function summarizePartner(partner: TradingPartner): PartnerSummary {
  return {
    code: partnerCode(partner),
    id: partner.id,
    name: partner.name,
    kind: partner.kind,
    planCodes: partner.kind === 'carrier' ? partner.planCodes : [],
    acknowledgmentWithinHours: partner.kind === 'carrier' ? partner.acknowledgment.withinHours : null,
    timeZone: partner.schedule.timeZone,
    source: partner.source,
  };
}

/** The partners in scope, by code. */
export function listPartnerViews(
  scope: PartnerScope,
  partners: readonly PartnerEntry[] = shippedPartners(),
): PartnerSummary[] {
  return partners
    .map(({ partner }) => summarizePartner(partner))
    .filter((p) => includesPartner(scope, p.code))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** One partner by its code or id in any case, or undefined. */
export function findPartnerView(
  codeOrId: string,
  partners: readonly PartnerEntry[] = shippedPartners(),
): PartnerSummary | undefined {
  const entry = findPartner(partners, codeOrId);
  return entry && summarizePartner(entry.partner);
}
