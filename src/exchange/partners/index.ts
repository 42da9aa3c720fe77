// Trading partners (carriers, CMS, SSA): reading and checking their files, and finding one.
export {
  invalidPartners,
  loadPartners,
  parsePartnerFile,
  readPartnerDirectory,
  readPartnerFile,
  validatePartnerFile,
  type PartnerDirectory,
  type PartnerFileResult,
} from './load-partners.ts';
export {
  catalogueProblems,
  coverageProblems,
  crossCheckPartners,
  partnerSetProblems,
  type PartnerEntry,
} from './partner-cross-checks.ts';
export { carrierForPlan, findPartner } from './partner-lookup.ts';
export { formatProblem, type PartnerProblem } from './partner-problem.ts';
export { DEFAULT_PARTNER_CATALOGUE, loadShippedPartners, SHIPPED_PARTNERS } from './shipped-partners.ts';
