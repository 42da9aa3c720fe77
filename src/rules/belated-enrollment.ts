// Belated enrollment and enrollment changes for the initial contract year: 5 CFR 890.1605(e).
import type { IsoDate } from '../domain/dates.ts';
import type { OpenSeason } from '../domain/program-calendar.ts';
import type { Decision, FactValue } from './decision.ts';

export interface BelatedEnrollmentRequest {
  /** Should have been enrolled automatically under 890.1605(c) and was not ((e)(2)). */
  readonly shouldHaveBeenAutomaticallyEnrolled: boolean;
  /** OPM deemed the person (or their group) unable to enroll for cause beyond their control ((e)(3)). */
  readonly deemedByOpm: boolean;
  /** The employing office found cause beyond the person's control in the ordinary way ((e)(1)). */
  readonly causeBeyondControlShown: boolean;
  /** Premium conversion under part 892 requires the change to be prospective ((e)(4)). */
  readonly premiumConversionRequiresProspective: boolean;
  /** The first day a prospective change can take effect (the payroll office's date). */
  readonly prospectiveEffectiveOn: IsoDate | null;
  readonly requestedOn: IsoDate;
}

export type BelatedOutcome = 'belated_enrollment_permitted' | 'belated_enrollment_not_permitted';

export interface BelatedEnrollmentDecision extends Decision<BelatedOutcome> {
  readonly effectiveOn: IsoDate | null;
}

const RULE = 'belated-enrollment';

export function decideBelatedEnrollment(
  request: BelatedEnrollmentRequest,
  season: OpenSeason,
): BelatedEnrollmentDecision {
  const facts: Record<string, FactValue> = {
    shouldHaveBeenAutomaticallyEnrolled: request.shouldHaveBeenAutomaticallyEnrolled,
    deemedByOpm: request.deemedByOpm,
    causeBeyondControlShown: request.causeBeyondControlShown,
    premiumConversionRequiresProspective: request.premiumConversionRequiresProspective,
    requestedOn: request.requestedOn,
    openSeasonEffectiveOn: season.effectiveOn,
  };
  const ground = groundFor(request);
  if (ground === null) {
    // 5 CFR 890.1605(e)(1): otherwise only under 890.301(c) / 890.306(c), on a showing not made here.
    return {
      rule: RULE,
      outcome: 'belated_enrollment_not_permitted',
      citations: ['5 CFR 890.1605(e)(1)'],
      facts,
      explanation:
        'Not shown to have been unable to enroll for cause beyond their control, and neither missed by automatic enrollment nor deemed by OPM: no belated enrollment.',
      effectiveOn: null,
    };
  }
  if (request.premiumConversionRequiresProspective) {
    // 5 CFR 890.1605(e)(4): premium conversion (part 892) requires a prospective change.
    const effectiveOn = request.prospectiveEffectiveOn ?? request.requestedOn;
    return {
      rule: RULE,
      outcome: 'belated_enrollment_permitted',
      citations: [ground.citation, '5 CFR 890.1605(e)(4)'],
      facts,
      explanation: `${ground.reason} Premium conversion under part 892 requires a prospective change, so it takes effect on ${effectiveOn}.`,
      effectiveOn,
    };
  }
  // 5 CFR 890.1605(e)(4): otherwise effective on the open season's effective date, with premiums.
  return {
    rule: RULE,
    outcome: 'belated_enrollment_permitted',
    citations: ['5 CFR 890.1605(e)(4)', ground.citation],
    facts,
    explanation: `${ground.reason} Coverage and premiums take effect on ${season.effectiveOn}, as if made in the ${season.name}.`,
    effectiveOn: season.effectiveOn,
  };
}

function groundFor(request: BelatedEnrollmentRequest): { citation: string; reason: string } | null {
  if (request.shouldHaveBeenAutomaticallyEnrolled) {
    // 5 CFR 890.1605(e)(2)
    return {
      citation: '5 CFR 890.1605(e)(2)',
      reason:
        'Should have been enrolled automatically and was not, so deemed unable to enroll for cause beyond their control.',
    };
  }
  if (request.deemedByOpm) {
    // 5 CFR 890.1605(e)(3)
    return {
      citation: '5 CFR 890.1605(e)(3)',
      reason: 'OPM deemed them unable to enroll for cause beyond their control.',
    };
  }
  if (request.causeBeyondControlShown) {
    // 5 CFR 890.1605(e)(1) with 890.301(c) / 890.306(c)
    return {
      citation: '5 CFR 890.1605(e)(1)',
      reason: 'Showed they were unable to enroll for cause beyond their control (890.301(c) / 890.306(c)).',
    };
  }
  return null;
}
