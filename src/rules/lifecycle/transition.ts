// applyTransition: the one entry point of the lifecycle. It checks the transition table, lets the
// concept's rule decide, and records who asked, why, when it takes effect and when it was recorded.
import type { IsoDate } from '../../domain/dates.ts';
import type { Decision } from '../decision.ts';
import { stepCorrectAdministrativeError } from './administrative-error.ts';
import { stepCancel, stepCancelForPartB } from './cancellation.ts';
import { stepCourtOrderedEnrollment } from './court-ordered-enrollment.ts';
import { stepDeathOfEnrollee, stepLifeEventChange } from './life-events.ts';
import { stepBelatedEnrollment, stepOpenSeasonElection } from './open-season.ts';
import { stepRemoveForMissingPartB } from './part-b-removal.ts';
import { refusalReason, type RefusalReason } from './refusal-reasons.ts';
import type { Actor, LifecycleContext, PremiumAdjustment, Step, TransitionRequest } from './requests.ts';
import {
  TRANSITIONS,
  transitionsFrom,
  type EnrollmentState,
  type LifecycleAction,
  type LifecycleStatus,
} from './states.ts';
import { stepReinstate, stepSuspend } from './suspension.ts';
import { stepElectTcc, stepEndTcc } from './temporary-continuation.ts';
import { stepLeaveTemporaryExtension } from './temporary-extension.ts';

/**
 * A refusal's code. INVALID_TRANSITION: the table holds no such transition from this state (maps to
 * a 409 problem when the API adds it to src/errors.ts). RULE_NOT_MET: the transition exists, but the
 * regulation does not allow it on these facts (window missed, bar to removal, ...).
 */
export type RefusalCode = 'INVALID_TRANSITION' | 'RULE_NOT_MET';

interface Recorded {
  readonly action: LifecycleAction;
  readonly from: LifecycleStatus;
  readonly actor: Actor;
  /** The actor's reason, as given. */
  readonly reason: string;
  readonly requestedOn: IsoDate;
  readonly recordedAt: string;
}

export interface TransitionAccepted extends Decision<'accepted'>, Recorded {
  readonly to: LifecycleStatus;
  readonly effectiveOn: IsoDate;
  readonly state: EnrollmentState;
  readonly temporaryExtensionEnds: IsoDate | null;
  readonly conversionRight: boolean;
  readonly premiumAdjustment: PremiumAdjustment | null;
}

export interface TransitionRefused extends Decision<'refused'>, Recorded {
  readonly code: RefusalCode;
  /** Why, as a stable key with the facts a reader needs (screens translate it; see refusal-reasons.ts). */
  readonly refusal: RefusalReason;
  /** The state, unchanged. */
  readonly state: EnrollmentState;
}

export type TransitionDecision = TransitionAccepted | TransitionRefused;

function decide(state: EnrollmentState, request: TransitionRequest, context: LifecycleContext): Step {
  switch (request.action) {
    case 'open_season_enroll':
    case 'open_season_change':
    case 'open_season_decline':
      return stepOpenSeasonElection(state, request, context);
    case 'belated_enroll':
      return stepBelatedEnrollment(state, request, context);
    case 'life_event_change':
      return stepLifeEventChange(state, request, context);
    case 'death_of_enrollee':
      return stepDeathOfEnrollee(state, request, context);
    case 'cancel':
      return stepCancel(state, request, context);
    case 'cancel_for_part_b':
      return stepCancelForPartB(state, request, context);
    case 'remove_for_missing_part_b':
      return stepRemoveForMissingPartB(state, request, context);
    case 'end_temporary_extension':
    case 'convert_to_individual_policy':
      return stepLeaveTemporaryExtension(state, request);
    case 'suspend':
      return stepSuspend(state, request);
    case 'reinstate':
      return stepReinstate(state, request, context);
    case 'elect_tcc':
      return stepElectTcc(state, request, context);
    case 'end_tcc':
      return stepEndTcc(state, request, context);
    case 'court_ordered_child_enrollment':
      return stepCourtOrderedEnrollment(state, request, context);
    case 'correct_administrative_error':
      return stepCorrectAdministrativeError(state, request, context);
  }
}

export function applyTransition(
  state: EnrollmentState,
  request: TransitionRequest,
  context: LifecycleContext,
): TransitionDecision {
  const recorded: Recorded = {
    action: request.action,
    from: state.status,
    actor: request.actor,
    reason: request.reason,
    requestedOn: request.requestedOn,
    recordedAt: context.recordedAt,
  };
  const baseFacts = {
    from: state.status,
    action: request.action,
    actorId: request.actor.id,
    actorRole: request.actor.role,
    requestedOn: request.requestedOn,
  };
  const allowed = transitionsFrom(state.status, request.action);
  if (allowed.length === 0) {
    // The transition table: the action's rows say from which states its paragraphs allow it.
    const rows = TRANSITIONS.filter((row) => row.action === request.action);
    const froms = [...new Set(rows.map((row) => row.from))];
    return {
      rule: 'lifecycle',
      outcome: 'refused',
      code: 'INVALID_TRANSITION',
      refusal: refusalReason('notFromThisState', baseFacts),
      citations: [...new Set(rows.map((row) => row.citation))],
      facts: { ...baseFacts, allowedFrom: froms.join(',') },
      explanation: `An enrollment that is ${state.status.replaceAll('_', ' ')} cannot be the subject of ${request.action.replaceAll('_', ' ')} (possible only when ${froms.join(', ').replaceAll('_', ' ')}); nothing was changed.`,
      state,
      ...recorded,
    };
  }
  const step = decide(state, request, context);
  if (!step.ok) {
    return {
      rule: 'lifecycle',
      outcome: 'refused',
      code: 'RULE_NOT_MET',
      refusal: step.reason,
      citations: step.citations,
      facts: { ...baseFacts, ...step.facts },
      explanation: `${step.explanation} Nothing was changed.`,
      state,
      ...recorded,
    };
  }
  const row = allowed.find((candidate) => candidate.to === step.to);
  if (!row) {
    // A rule chose a destination the table does not hold: a programming error, refused all the same.
    return {
      rule: 'lifecycle',
      outcome: 'refused',
      code: 'INVALID_TRANSITION',
      refusal: refusalReason('notFromThisState', baseFacts),
      citations: step.citations,
      facts: { ...baseFacts, to: step.to },
      explanation: `${request.action.replaceAll('_', ' ')} from ${state.status} to ${step.to} is not in the transition table; nothing was changed.`,
      state,
      ...recorded,
    };
  }
  const next: EnrollmentState = {
    personId: state.personId,
    enrolleeKind: state.enrolleeKind,
    status: step.to,
    since: step.effectiveOn,
    ...step.state,
  };
  return {
    rule: 'lifecycle',
    outcome: 'accepted',
    citations: step.citations,
    facts: { ...baseFacts, ...step.facts, to: step.to, effectiveOn: step.effectiveOn },
    explanation: step.explanation,
    to: step.to,
    effectiveOn: step.effectiveOn,
    state: next,
    temporaryExtensionEnds: next.temporaryExtensionEnds,
    conversionRight: step.conversionRight ?? false,
    premiumAdjustment: step.premiumAdjustment ?? null,
    ...recorded,
  };
}
