// What a Part B decision means for the person: which exception of 5 CFR 890.1604(d) they have or claim,
// and, while it is only claimed, which document 890.1604(e) still asks for (src/rules/part-b.ts decides;
// this reads its outcome, citations and facts).
import type { Decision } from './portal-types.ts';

export type PartBException =
  | 'annuitant_before_program'
  | 'employee_64_or_older'
  | 'lives_abroad'
  | 'va_health_care'
  | 'indian_health_service'
  | 'covered_by_excepted_annuitant'
  | 'survivor_of_excepted_annuitant';

/** The paragraph of each exception, annuitants' (d)(1) and family members' (d)(2) alike. */
const EXCEPTIONS: Readonly<Record<string, PartBException>> = {
  '5 CFR 890.1604(d)(1)(i)': 'annuitant_before_program',
  '5 CFR 890.1604(d)(1)(ii)': 'employee_64_or_older',
  '5 CFR 890.1604(d)(1)(iii)': 'lives_abroad',
  '5 CFR 890.1604(d)(1)(iv)': 'va_health_care',
  '5 CFR 890.1604(d)(1)(v)': 'indian_health_service',
  '5 CFR 890.1604(d)(2)(i)': 'covered_by_excepted_annuitant',
  '5 CFR 890.1604(d)(2)(ii)': 'lives_abroad',
  '5 CFR 890.1604(d)(2)(iii)': 'va_health_care',
  '5 CFR 890.1604(d)(2)(iv)': 'indian_health_service',
  '5 CFR 890.1604(d)(3)': 'survivor_of_excepted_annuitant',
};

/** The document that proves each claimed exception (890.1604(e)). */
export type PartBEvidence =
  | 'proof_of_residence_abroad'
  | 'proof_of_va_enrollment'
  | 'proof_of_ihs_eligibility'
  | 'annuitant_documentation';

const EVIDENCE: Partial<Record<PartBException, PartBEvidence>> = {
  lives_abroad: 'proof_of_residence_abroad',
  va_health_care: 'proof_of_va_enrollment',
  indian_health_service: 'proof_of_ihs_eligibility',
  // A family member's exception waits on the annuitant's own documentation.
  covered_by_excepted_annuitant: 'annuitant_documentation',
};

/** The exception the decision grants or waits on: the fact the rule recorded, else its most specific paragraph. */
export function partBException(partB: Decision): PartBException | null {
  if (partB.outcome !== 'excepted' && partB.outcome !== 'pending_evidence') return null;
  const fact = partB.facts.exception;
  if (typeof fact === 'string' && EXCEPTIONS[fact]) return EXCEPTIONS[fact];
  for (const citation of [...partB.citations].reverse()) {
    const exception = EXCEPTIONS[citation];
    if (exception) return exception;
  }
  return null;
}

/** The document still needed before a claimed exception is granted; null when nothing is awaited. */
export function partBEvidenceNeeded(partB: Decision): PartBEvidence | null {
  if (partB.outcome !== 'pending_evidence') return null;
  const exception = partBException(partB);
  return exception ? (EVIDENCE[exception] ?? null) : null;
}
