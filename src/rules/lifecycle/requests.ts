// What an actor asks of the lifecycle, what the lifecycle reads besides the state (no clock: the
// moment of recording is an input), and what one rule step hands back to applyTransition.
import type { Catalogue } from '../../domain/catalogue.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { LifeEventKind, LifeEventPermit, LifeEventsTable } from '../../domain/lifecycle.ts';
import type { ProgramCalendar } from '../../domain/program-calendar.ts';
import type { BelatedEnrollmentRequest } from '../belated-enrollment.ts';
import type { Decision, FactValue } from '../decision.ts';
import type { PartBTerminationInput } from '../part-b-termination.ts';
import type { PremiumAdjustment } from './administrative-error.ts';
import type { Coverage, EnrollmentState, LifecycleStatus } from './states.ts';

export type ActorRole =
  'enrollee' | 'support_specialist' | 'employing_office' | 'program_administrator' | 'carrier' | 'system';

/** Roles that act for an employing office or OPM (court-ordered enrollment, corrections). */
export const OFFICE_ROLES: readonly ActorRole[] = ['employing_office', 'program_administrator', 'system'];

export interface Actor {
  readonly id: string;
  readonly role: ActorRole;
}

export type PayFrequency = 'biweekly' | 'monthly';

export type TccQualifyingEvent = 'separation' | 'former_spouse' | 'child_loses_eligibility';

export type SuspensionCoverage = 'medicare_advantage' | 'tricare' | 'champva' | 'medicaid' | 'peace_corps';

export type LifecycleRequestBody =
  | { readonly action: 'open_season_enroll'; readonly openSeasonId: string; readonly coverage: Coverage }
  | { readonly action: 'open_season_change'; readonly openSeasonId: string; readonly coverage: Coverage }
  | { readonly action: 'open_season_decline'; readonly openSeasonId: string }
  | {
      readonly action: 'belated_enroll';
      readonly openSeasonId: string;
      readonly coverage: Coverage;
      readonly belated: Omit<BelatedEnrollmentRequest, 'requestedOn'>;
    }
  | {
      readonly action: 'life_event_change';
      readonly event: LifeEventKind;
      readonly eventDate: IsoDate;
      readonly change: LifeEventPermit;
      readonly coverage: Coverage;
    }
  | {
      readonly action: 'death_of_enrollee';
      readonly dateOfDeath: IsoDate;
      /** A survivor annuitant continues in their own name: no extension for the family. */
      readonly survivorContinuesCoverage: boolean;
    }
  | { readonly action: 'cancel' }
  | {
      readonly action: 'cancel_for_part_b';
      readonly inWriting: boolean;
      /** The annuitant, or a family member (by id) whose own coverage is cancelled. */
      readonly cancelling:
        { readonly kind: 'annuitant' } | { readonly kind: 'family_member'; readonly memberId: string };
      /**
       * Last day enrolled in Part B; when never enrolled, the day before becoming a Postal Service
       * Medicare covered annuitant (or, for a family member, Medicare eligible).
       */
      readonly lastDayInPartB: IsoDate;
    }
  | { readonly action: 'remove_for_missing_part_b'; readonly partB: PartBTerminationInput }
  | { readonly action: 'end_temporary_extension' }
  | { readonly action: 'convert_to_individual_policy' }
  | {
      readonly action: 'suspend';
      readonly otherCoverage: SuspensionCoverage;
      readonly otherCoverageStarts: IsoDate;
    }
  | { readonly action: 'reinstate'; readonly otherCoverageEndedOn: IsoDate; readonly coverage: Coverage }
  | {
      readonly action: 'elect_tcc';
      readonly qualifyingEvent: TccQualifyingEvent;
      readonly eventDate: IsoDate;
      /** When the person was notified of the right; the election window runs from the later date. */
      readonly noticeDate: IsoDate | null;
      readonly coverage: Coverage;
    }
  | { readonly action: 'end_tcc' }
  | {
      readonly action: 'court_ordered_child_enrollment';
      readonly orderReceivedOn: IsoDate;
      readonly childrenInOrder: number;
      /** The employee failed to enroll (or change) as the order requires. */
      readonly employeeFailedToEnroll: boolean;
    }
  | {
      readonly action: 'correct_administrative_error';
      readonly correctStatus: LifecycleStatus;
      readonly correctCoverage: Coverage | null;
      /** The day the correct enrollment should have taken effect. */
      readonly retroactiveFrom: IsoDate;
      /** Premium (enrollee share) per pay period or month: as recorded, and as it should have been. */
      readonly recordedPremiumPerPeriod: number;
      readonly correctPremiumPerPeriod: number;
      readonly payFrequency: PayFrequency;
    };

export type TransitionRequest = LifecycleRequestBody & {
  readonly actor: Actor;
  /** Why the actor asks, in their words (kept with the record). */
  readonly reason: string;
  /** The day the request was received. */
  readonly requestedOn: IsoDate;
};

export interface LifecycleContext {
  readonly calendar: ProgramCalendar;
  readonly lifeEvents: LifeEventsTable;
  /** The plan catalogue of the contract year (court-ordered enrollment chooses from it). */
  readonly catalogue: Catalogue | null;
  /** The moment the decision is recorded (ISO 8601), passed in: the rules read no clock. */
  readonly recordedAt: string;
}

/** What one concept's rule decides; applyTransition turns it into a TransitionDecision. */
export type Step =
  | {
      readonly ok: true;
      readonly to: LifecycleStatus;
      readonly effectiveOn: IsoDate;
      readonly state: Omit<EnrollmentState, 'personId' | 'enrolleeKind' | 'status' | 'since'>;
      readonly citations: readonly string[];
      readonly facts: Record<string, FactValue>;
      readonly explanation: string;
      readonly conversionRight?: boolean;
      readonly premiumAdjustment?: PremiumAdjustment | null;
    }
  | {
      readonly ok: false;
      readonly citations: readonly string[];
      readonly facts: Record<string, FactValue>;
      readonly explanation: string;
    };

export function refusedStep(
  citations: readonly string[],
  facts: Record<string, FactValue>,
  explanation: string,
): Step {
  return { ok: false, citations, facts, explanation };
}

/** The request narrowed to one action. */
export type RequestFor<A extends LifecycleRequestBody['action']> = Extract<TransitionRequest, { action: A }>;

/**
 * A rule's decision as a step into `to` with new coverage: refused (with the rule's citations) unless
 * permitted, else effective on the decision's date with the coverage described.
 */
export function coverageStep(
  made: Decision & { readonly effectiveOn: IsoDate | null },
  permitted: boolean,
  to: LifecycleStatus,
  coverage: Coverage,
  tccEnds: IsoDate | null = null,
): Step {
  if (!permitted || made.effectiveOn === null)
    return refusedStep(made.citations, made.facts, made.explanation);
  return {
    ok: true,
    to,
    effectiveOn: made.effectiveOn,
    state: { coverage, temporaryExtensionEnds: null, tccEnds },
    citations: made.citations,
    facts: { ...made.facts, enrollmentCode: coverage.enrollmentCode },
    explanation: `${made.explanation} Coverage: ${describeCoverage(coverage)}.`,
  };
}

export function describeCoverage(coverage: Coverage): string {
  return `${coverage.enrollmentCode} (plan ${coverage.planCode}, option ${coverage.optionCode}, ${coverage.enrollmentType.replaceAll('_', ' ')})`;
}
