// Finding a partner among the loaded ones: by the code an operator types, or by the plan an
// enrollment is in (the carrier its 834 goes to). The cross-checks make the answer unique.
import { partnerCode, type CarrierPartner } from '../../domain/trading-partner.ts';
import type { PartnerEntry } from './partner-cross-checks.ts';

/** A partner by its carrier or agency code or its id, in any case. */
export function findPartner(partners: readonly PartnerEntry[], codeOrId: string): PartnerEntry | undefined {
  const wanted = codeOrId.trim().toUpperCase();
  return partners.find(
    ({ partner }) => partnerCode(partner) === wanted || partner.id.toUpperCase() === wanted,
  );
}

/** The carrier whose file lists the plan code, which is the one its enrollments are reported to. */
export function carrierForPlan(
  partners: readonly PartnerEntry[],
  planCode: string,
): CarrierPartner | undefined {
  for (const { partner } of partners)
    if (partner.kind === 'carrier' && partner.planCodes.includes(planCode)) return partner;
  return undefined;
}
