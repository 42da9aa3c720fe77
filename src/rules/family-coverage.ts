// Which members of family an enrollment covers (5 CFR 890.1605(d) for automatic enrollment; the same
// reading of the enrollment type for an election).
import type { EnrollmentType } from '../domain/catalogue.ts';
import type { Person } from '../domain/person.ts';

export interface FamilyCoverage {
  /** Aligned with the family array: true where that member is covered. */
  readonly covered: readonly boolean[];
  /** The paragraph applied, or null when none is specific to the family. */
  readonly citation: string | null;
  /** The Self Plus One member named on the FEHB enrollment, when one is. */
  readonly designatedMemberId: string | null;
  /** (d)(1): the designated member is ineligible, so the enrollee alone is covered at the Self Plus One premium. */
  readonly enrolleeAloneAtSelfPlusOnePremium: boolean;
  /** A sentence for the enrollment's explanation, or ''. */
  readonly note: string;
}

export interface FamilyCoverageInput {
  readonly enrollmentType: EnrollmentType;
  readonly automatic: boolean;
  readonly designatedMemberId: string | null;
  readonly family: readonly Person[];
  /** Aligned with family: may the member be covered (eligible, or kept under 890.1608(b))? */
  readonly coverable: readonly boolean[];
}

export function decideFamilyCoverage(input: FamilyCoverageInput): FamilyCoverage {
  const { family, coverable } = input;
  if (input.enrollmentType === 'self_only') {
    return {
      covered: family.map(() => false),
      citation: null,
      designatedMemberId: null,
      enrolleeAloneAtSelfPlusOnePremium: false,
      note: '',
    };
  }
  if (input.enrollmentType === 'self_and_family') {
    // 5 CFR 890.1605(d)(2): a Self and Family enrollment includes all eligible members of family.
    return {
      covered: coverable,
      citation: input.automatic ? '5 CFR 890.1605(d)(2)' : null,
      designatedMemberId: null,
      enrolleeAloneAtSelfPlusOnePremium: false,
      note: family.length === 0 ? '' : 'Self and Family covers every eligible member of family. ',
    };
  }
  return selfPlusOne(input);
}

function selfPlusOne(input: FamilyCoverageInput): FamilyCoverage {
  const { family, coverable, designatedMemberId } = input;
  const designated =
    designatedMemberId === null ? -1 : family.findIndex((member) => member.id === designatedMemberId);
  const designatedCoverable = designated >= 0 && coverable[designated] === true;
  if (input.automatic) {
    // 5 CFR 890.1605(d)(1): the same member as in the current plan; eligibility is not verified, and an
    // ineligible one leaves the enrollee covered alone with premiums withheld for Self Plus One.
    const covered = family.map((_, index) => designatedCoverable && index === designated);
    return {
      covered,
      citation: '5 CFR 890.1605(d)(1)',
      designatedMemberId,
      enrolleeAloneAtSelfPlusOnePremium: !designatedCoverable,
      note: designatedCoverable
        ? `Self Plus One covers the same member as the FEHB enrollment (${designatedMemberId}). `
        : `Self Plus One names member ${designatedMemberId ?? '(none)'}, who is not eligible: until the enrollee removes or replaces them, the enrollee alone is covered while premiums are withheld for Self Plus One. `,
    };
  }
  // An election names no member: the FEHB enrollment's member if eligible, else the first eligible one.
  const chosen = designatedCoverable ? designated : coverable.indexOf(true);
  return {
    covered: family.map((_, index) => index === chosen),
    citation: null,
    designatedMemberId,
    enrolleeAloneAtSelfPlusOnePremium: chosen < 0,
    note:
      chosen < 0
        ? 'Self Plus One was elected but no member of family is eligible. '
        : `Self Plus One covers ${family[chosen]!.id}. `,
  };
}
