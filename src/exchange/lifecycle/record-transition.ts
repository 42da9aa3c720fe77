// Applies one lifecycle request to a household's enrollment and records it: under a lock on the
// enrollee's row, it reads where the enrollment stands, checks the caller's ETag, lets the rules decide
// (applyTransition) and, when they accept, appends an enrollment event and the transition with the
// state it leaves. A refusal throws (INVALID_TRANSITION or RULE_NOT_MET) and records nothing.
import { confirmationNumber } from '../../domain/confirmation-number.ts';
import { PshbError, type ProblemDetail } from '../../errors.ts';
import type { TransitionRequest } from '../../domain/lifecycle.ts';
import {
  applyTransition,
  initialDecision,
  type InitialDecision,
  type TransitionAccepted,
  type TransitionRefused,
} from '../../rules/lifecycle/index.ts';
import { insertEnrollmentEvent } from '../../storage/enrollment/enrollment-events.ts';
import { lockHouseholdOfPerson } from '../../storage/enrollment/households.ts';
import { insertTransition } from '../../storage/enrollment/transitions.ts';
import { checkIfMatch, householdEtag } from '../../storage/household-etag.ts';
import type { RawTransaction } from '../../storage/store.ts';
import { readEnrollmentState } from './enrollment-state.ts';
import type { RecordingContext } from './lifecycle-context.ts';
import type { PaperReceipt } from './paper-receipt.ts';

export interface TransitionInput {
  /** The enrollee or any member of the household; the change is recorded on the enrollee. */
  readonly personId: number;
  readonly request: TransitionRequest;
  /** The ETag the caller read; null only for operators at the command line who pass none. */
  readonly ifMatch: string | null;
  /** Paper received earlier and recorded now: kept with the request. */
  readonly paperReceipt?: PaperReceipt | undefined;
}

export interface RecordedTransition {
  readonly id: number;
  /** What the person is told to quote to support (src/domain/confirmation-number.ts). */
  readonly confirmationNumber: string;
  readonly householdId: number;
  readonly decision: TransitionAccepted;
  /** The initial decision's notice, with the deadline to ask for reconsideration (890.1607). */
  readonly notice: InitialDecision;
  readonly etag: string;
}

export async function recordTransition(
  tx: RawTransaction,
  input: TransitionInput,
  context: RecordingContext,
): Promise<RecordedTransition> {
  // Changes to one household queue up behind this lock, so each reads the state the previous one left.
  await lockHouseholdOfPerson(tx, input.personId);
  const current = await readEnrollmentState(tx, input.personId);
  if (input.ifMatch !== null) checkIfMatch(input.ifMatch, current.etag);
  const state = { ...current.state, personId: String(current.householdId) };
  const decision = applyTransition(state, input.request, context);
  if (decision.outcome === 'refused') throw refusal(decision);
  const id = await recordAccepted(tx, current.householdId, decision, input, context);
  return {
    id,
    confirmationNumber: confirmationNumber(id),
    householdId: current.householdId,
    decision,
    notice: initialDecision(
      { subjectId: `transition ${id}`, decidedOn: context.programDay, decided: decision },
      context.lifeEvents.periods,
    ),
    etag: await householdEtag((text, params) => tx.query(text, params), current.householdId),
  };
}

/** Appends the accepted decision's enrollment event and its transition; returns the transition's id. */
async function recordAccepted(
  tx: RawTransaction,
  householdId: number,
  decision: TransitionAccepted,
  input: TransitionInput,
  context: RecordingContext,
): Promise<number> {
  const eventId = await insertEnrollmentEvent(tx, {
    householdId,
    eventType: decision.action,
    coverage: decision.state.coverage,
    effectiveOn: decision.effectiveOn,
    recordedAt: context.recordedAt,
    reason: decision.explanation,
    citations: decision.citations,
  });
  const request = input.paperReceipt ? { ...input.request, paperReceipt: input.paperReceipt } : input.request;
  return insertTransition(tx, {
    householdId,
    action: decision.action,
    fromStatus: decision.from,
    toStatus: decision.to,
    effectiveOn: decision.effectiveOn,
    requestedOn: decision.requestedOn,
    decidedOn: context.programDay,
    recordedAt: context.recordedAt,
    actorId: decision.actor.id,
    actorRole: decision.actor.role,
    reason: decision.reason,
    citations: decision.citations,
    explanation: decision.explanation,
    request: JSON.stringify(request),
    stateAfter: JSON.stringify(decision.state),
    premiumAdjustment: decision.premiumAdjustment ? JSON.stringify(decision.premiumAdjustment) : null,
    eventId,
  });
}

/** A refused decision as the error the caller sees: what was refused, why, and under which paragraphs. */
export function refusal(decision: TransitionRefused): PshbError {
  const details: ProblemDetail[] = [
    {
      field: 'body.action',
      message: `${decision.action} from ${decision.from}: ${decision.citations.join('; ')}`,
    },
  ];
  return new PshbError(decision.code, decision.explanation, details, decision.refusal);
}
