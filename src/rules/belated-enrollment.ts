// Belated enrollment and enrollment changes for the initial contract year: 5 CFR 890.1605(e). The
// paragraph excuses lateness only: the person must still be eligible (890.1603), and what the household's
// facts show wins over what the request claims.
import type { IsoDate } from '../domain/dates.ts';
import type { OpenSeason } from '../domain/program-calendar.ts';
import type { Decision, FactValue } from './decision.ts';
import type { EligibilityOutcome } from './eligibility.ts';
import type { EnrollmentOutcome } from './enrollment.ts';

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

/** What the household's record shows of the person's open season: enrolled (and how), declined, or none. */
export type EnrollmentShown = 'enrolled_automatically' | 'elected' | 'declined' | 'enrolled' | 'none';

/** What the household's own facts show about the person asking. */
export interface BelatedStanding {
  /** The person's eligibility (890.1603) on the day of the request. */
  readonly eligibility: Decision<EligibilityOutcome>;
  readonly enrollmentShown: EnrollmentShown;
}

const SHOWN: Readonly<Record<EnrollmentOutcome, EnrollmentShown>> = {
  automatic_enrollment: 'enrolled_automatically',
  open_season_election: 'elected',
  open_season_decline: 'declined',
  not_enrolled: 'none',
};

/** What a household decision shows: the rules' open season outcome for it. */
export function enrollmentShownBy(enrollment: Decision<EnrollmentOutcome>): EnrollmentShown {
  return SHOWN[enrollment.outcome];
}

const RULE = 'belated-enrollment';
const BELATED = '5 CFR 890.1605(e)';

export function decideBelatedEnrollment(
  claimed: BelatedEnrollmentRequest,
  season: OpenSeason,
  standing: BelatedStanding,
): BelatedEnrollmentDecision {
  const contradicted = claimed.shouldHaveBeenAutomaticallyEnrolled && enrollmentShown(standing);
  const request = contradicted ? { ...claimed, shouldHaveBeenAutomaticallyEnrolled: false } : claimed;
  const facts: Record<string, FactValue> = {
    eligibility: standing.eligibility.outcome,
    enrollmentShown: standing.enrollmentShown,
    automaticEnrollmentClaimContradicted: contradicted,
    shouldHaveBeenAutomaticallyEnrolled: request.shouldHaveBeenAutomaticallyEnrolled,
    deemedByOpm: request.deemedByOpm,
    causeBeyondControlShown: request.causeBeyondControlShown,
    premiumConversionRequiresProspective: request.premiumConversionRequiresProspective,
    requestedOn: request.requestedOn,
    openSeasonEffectiveOn: season.effectiveOn,
  };
  if (standing.eligibility.outcome !== 'eligible') {
    // 5 CFR 890.1605(e) excuses lateness, not eligibility: 890.1603 still decides who may enroll.
    return {
      rule: RULE,
      outcome: 'belated_enrollment_not_permitted',
      citations: [BELATED, ...standing.eligibility.citations],
      facts,
      explanation: `A belated enrollment excuses lateness only, and the person is not eligible: ${standing.eligibility.explanation}`,
      effectiveOn: null,
    };
  }
  const ground = groundFor(request);
  if (ground === null) {
    // 5 CFR 890.1605(e)(1): otherwise only under 890.301(c) / 890.306(c), on a showing not made here.
    return {
      rule: RULE,
      outcome: 'belated_enrollment_not_permitted',
      citations: ['5 CFR 890.1605(e)(1)'],
      facts,
      explanation: contradicted
        ? `The request says the person should have been enrolled automatically, but the household shows ${shownAs(standing)}; not otherwise shown to have been unable to enroll for cause beyond their control, nor deemed by OPM: no belated enrollment.`
        : 'Not shown to have been unable to enroll for cause beyond their control, and neither missed by automatic enrollment nor deemed by OPM: no belated enrollment.',
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

/**
 * The household shows the person was enrolled automatically, or made an election, so 890.1605(c) did
 * not miss them: a claim that they "should have been automatically enrolled" does not hold ((e)(2)).
 */
function enrollmentShown(standing: BelatedStanding): boolean {
  return standing.enrollmentShown !== 'none';
}

const SHOWN_AS: Readonly<Record<EnrollmentShown, string>> = {
  enrolled_automatically: 'they were enrolled automatically',
  elected: 'they elected a plan in the open season',
  declined: 'they elected not to enroll in the open season',
  enrolled: 'an enrollment on record',
  none: 'no enrollment',
};

function shownAs(standing: BelatedStanding): string {
  return SHOWN_AS[standing.enrollmentShown];
}
