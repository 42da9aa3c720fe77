// Applies one lifecycle request to a household's enrollment and records it: under a lock on the
// enrollee's row, it reads where the enrollment stands, checks the caller's ETag, lets the rules decide
// (applyTransition) and, when they accept, appends an enrollment event and the transition with the
// state it leaves. A refusal throws (INVALID_TRANSITION or RULE_NOT_MET) and records nothing.
import { PshbError, type ProblemDetail } from '../../errors.ts';
import type { TransitionRequest } from '../../domain/lifecycle.ts';
import {
  applyTransition,
  initialDecision,
  type InitialDecision,
  type TransitionAccepted,
  type TransitionRefused,
} from '../../rules/lifecycle/index.ts';
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
  const query = <Row>(text: string, params: readonly unknown[]) => tx.query<Row>(text, params);
  // Changes to one household queue up behind this lock, so each reads the state the previous one left.
  await query('select id from person where id = (select household_id from person where id = $1) for update', [
    input.personId,
  ]);
  const current = await readEnrollmentState(query, input.personId);
  if (input.ifMatch !== null) checkIfMatch(input.ifMatch, current.etag);
  const state = { ...current.state, personId: String(current.householdId) };
  const decision = applyTransition(state, input.request, context);
  if (decision.outcome === 'refused') throw refusal(decision);
  const coverage = decision.state.coverage;
  const [event] = await query<{ id: number | string }>(
    `insert into enrollment_event (person_id, event_type, enrollment_code, plan_code, option_code,
       enrollment_type, effective_on, recorded_at, reason, citations)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [
      current.householdId,
      decision.action,
      coverage?.enrollmentCode ?? null,
      coverage?.planCode ?? null,
      coverage?.optionCode ?? null,
      coverage?.enrollmentType ?? null,
      decision.effectiveOn,
      context.recordedAt,
      decision.explanation,
      [...decision.citations],
    ],
  );
  const [row] = await query<{ id: number | string }>(
    `insert into lifecycle_transition (person_id, action, from_status, to_status, effective_on,
       requested_on, recorded_at, actor_id, actor_role, reason, citations, explanation, request,
       state_after, premium_adjustment, event_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14::jsonb, $15::jsonb, $16)
     returning id`,
    [
      current.householdId,
      decision.action,
      decision.from,
      decision.to,
      decision.effectiveOn,
      decision.requestedOn,
      context.recordedAt,
      decision.actor.id,
      decision.actor.role,
      decision.reason,
      [...decision.citations],
      decision.explanation,
      JSON.stringify(
        input.paperReceipt ? { ...input.request, paperReceipt: input.paperReceipt } : input.request,
      ),
      JSON.stringify(decision.state),
      decision.premiumAdjustment ? JSON.stringify(decision.premiumAdjustment) : null,
      event?.id,
    ],
  );
  const id = Number(row?.id);
  return {
    id,
    householdId: current.householdId,
    decision,
    notice: initialDecision(
      { subjectId: `transition ${id}`, decidedOn: context.programDay, decided: decision },
      context.lifeEvents.periods,
    ),
    etag: await householdEtag(query, current.householdId),
  };
}

/** A refused decision as the error the caller sees: what was refused, why, and under which paragraphs. */
export function refusal(decision: TransitionRefused): PshbError {
  const details: ProblemDetail[] = [
    {
      field: 'body.action',
      message: `${decision.action} from ${decision.from}: ${decision.citations.join('; ')}`,
    },
  ];
  return new PshbError(decision.code, decision.explanation, details);
}
