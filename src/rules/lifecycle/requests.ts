// What an actor asks of the lifecycle, what the lifecycle reads besides the state (no clock: the
// moment of recording is an input), and what one rule step hands back to applyTransition.
import type { Catalogue } from '../../domain/catalogue.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { ActorRole, LifeEventsTable, PayFrequency, TransitionRequest } from '../../domain/lifecycle.ts';
import type { ProgramCalendar } from '../../domain/program-calendar.ts';
import type { Decision, FactValue } from '../decision.ts';
import type { EligibilityOutcome } from '../eligibility.ts';
import type { PartBTerminationInput } from '../part-b-termination.ts';
import { madeRefusalKey } from './made-refusals.ts';
import { refusalReason, type RefusalKey, type RefusalReason } from './refusal-reasons.ts';
import type { Coverage, EnrollmentState, LifecycleStatus } from './states.ts';

/** The premium consequence of correcting an administrative error (5 CFR 890.103). */
export interface PremiumAdjustment {
  readonly payFrequency: PayFrequency;
  /** Pay periods (or months) from the one containing retroactiveFrom through the one containing correctedOn. */
  readonly periods: number;
  readonly differencePerPeriod: number;
  /** Cents: positive, owed by the enrollee; negative, refunded to them. */
  readonly amount: number;
  readonly direction: 'owed' | 'refund' | 'none';
}

export type {
  Actor,
  ActorRole,
  PayFrequency,
  SuspensionCoverage,
  TccQualifyingEvent,
  TransitionRequest,
} from '../../domain/lifecycle.ts';

/** Roles that act for an employing office or OPM (court-ordered enrollment, corrections). */
export const OFFICE_ROLES: readonly ActorRole[] = ['employing_office', 'program_administrator', 'system'];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A request without who asked, why and when: the action and its own fields. */
export type LifecycleRequestBody = DistributiveOmit<TransitionRequest, 'actor' | 'reason' | 'requestedOn'>;

/** The household's Part B facts, read from the record, for remove_for_missing_part_b (890.1608(b)). */
export type PartBHousehold = Omit<
  PartBTerminationInput,
  'equityAndGoodConscience' | 'medicareEnrollmentPeriodEnds'
>;

export interface LifecycleContext {
  readonly calendar: ProgramCalendar;
  readonly lifeEvents: LifeEventsTable;
  /** The plan catalogue of the contract year (court-ordered enrollment chooses from it). */
  readonly catalogue: Catalogue | null;
  /** The moment the decision is recorded (ISO 8601), passed in: the rules read no clock. */
  readonly recordedAt: string;
  /** The household's Part B facts, needed only by remove_for_missing_part_b. */
  readonly partB?: PartBHousehold | null;
  /** The enrollee's eligibility as the rules decide it today, needed only by belated_enroll. */
  readonly enrolleeEligibility?: Decision<EligibilityOutcome> | null;
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
      /** Why, as a key screens translate, with the facts it is said with. */
      readonly reason: RefusalReason;
      readonly citations: readonly string[];
      readonly facts: Record<string, FactValue>;
      readonly explanation: string;
    };

export function refusedStep(
  key: RefusalKey,
  citations: readonly string[],
  facts: Record<string, FactValue>,
  explanation: string,
): Step {
  return { ok: false, reason: refusalReason(key, facts), citations, facts, explanation };
}

/** Another rule's refused decision as a refused step, keyed by that rule's outcome. */
export function refusedByDecision(made: Decision): Step {
  return refusedStep(madeRefusalKey(made), made.citations, { ...made.facts }, made.explanation);
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
  if (!permitted || made.effectiveOn === null) return refusedByDecision(made);
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
