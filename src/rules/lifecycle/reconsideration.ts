// Initial decisions and reconsideration (5 CFR 890.1607 for PSHB, by the procedure of 890.104): a
// request for reconsideration is due within periods.reconsiderationRequestDays calendar days of the
// initial decision's date; a late one is accepted when the person shows they were not notified of the
// decision or of the time limit, or were prevented by circumstances beyond their control.
import { addDays, type IsoDate } from '../../domain/dates.ts';
import type { LifecyclePeriods } from '../../domain/lifecycle.ts';
import type { Decision, FactValue } from '../decision.ts';

export interface InitialDecision extends Decision<'initial_decision'> {
  readonly subjectId: string;
  readonly decidedOn: IsoDate;
  readonly reconsiderationDeadline: IsoDate;
  readonly notice: string;
}

/** Wraps a rule's decision as an initial decision with its notice of the right to reconsideration. */
export function initialDecision(
  input: { readonly subjectId: string; readonly decidedOn: IsoDate; readonly decided: Decision },
  periods: LifecyclePeriods,
): InitialDecision {
  const deadline = addDays(input.decidedOn, periods.reconsiderationRequestDays);
  // 5 CFR 890.104(a)-(b) with 890.1607: the notice states the right to reconsideration and its deadline.
  const notice = `Initial decision of ${input.decidedOn} (${input.decided.outcome}): ${input.decided.explanation} If you disagree, you may ask OPM in writing to reconsider this decision. Your request must be received within ${periods.reconsiderationRequestDays} calendar days of the date of this decision, that is by ${deadline}, and should say why you believe it is wrong, with any supporting documents.`;
  return {
    rule: 'reconsideration',
    outcome: 'initial_decision',
    citations: [...input.decided.citations, '5 CFR 890.104', '5 CFR 890.1607'],
    facts: {
      subjectId: input.subjectId,
      decidedOn: input.decidedOn,
      reconsiderationDeadline: deadline,
      decidedOutcome: input.decided.outcome,
    },
    explanation: `Initial decision issued on ${input.decidedOn}; reconsideration may be requested by ${deadline}.`,
    subjectId: input.subjectId,
    decidedOn: input.decidedOn,
    reconsiderationDeadline: deadline,
    notice,
  };
}

export type ReconsiderationRequestOutcome = 'timely' | 'late_excused' | 'untimely';

export interface ReconsiderationRequestDecision extends Decision<ReconsiderationRequestOutcome> {
  readonly deadline: IsoDate;
}

export function decideReconsiderationRequest(
  input: {
    readonly initialDecisionDate: IsoDate;
    readonly filedOn: IsoDate;
    readonly notNotified: boolean;
    readonly preventedByCircumstancesBeyondControl: boolean;
  },
  periods: LifecyclePeriods,
): ReconsiderationRequestDecision {
  const deadline = addDays(input.initialDecisionDate, periods.reconsiderationRequestDays);
  const facts: Record<string, FactValue> = { ...input, deadline };
  const base = { rule: 'reconsideration-request', facts, deadline };
  if (input.filedOn <= deadline) {
    // 5 CFR 890.104(b): filed within the time limit.
    return {
      ...base,
      outcome: 'timely',
      citations: ['5 CFR 890.1607', '5 CFR 890.104(b)'],
      explanation: `Filed on ${input.filedOn}, on or before the deadline of ${deadline}: the request will be reconsidered.`,
    };
  }
  if (input.notNotified || input.preventedByCircumstancesBeyondControl) {
    // 5 CFR 890.104(b): the time limit is extended on a showing of no notice or circumstances beyond control.
    return {
      ...base,
      outcome: 'late_excused',
      citations: ['5 CFR 890.1607', '5 CFR 890.104(b)'],
      explanation: `Filed on ${input.filedOn}, after the deadline of ${deadline}, but accepted: the person ${input.notNotified ? 'was not notified of the decision or the time limit' : 'was prevented by circumstances beyond their control from filing in time'}.`,
    };
  }
  // 5 CFR 890.104(b): late without excuse; the initial decision stands.
  return {
    ...base,
    outcome: 'untimely',
    citations: ['5 CFR 890.1607', '5 CFR 890.104(b)'],
    explanation: `Filed on ${input.filedOn}, after the deadline of ${deadline}, with no showing that the person was not notified or was prevented from filing: the request is dismissed as untimely and the initial decision stands.`,
  };
}

export interface ReconsiderationDecision extends Decision<'affirmed' | 'reversed'> {
  readonly decidedOn: IsoDate;
  readonly notice: string;
}

export function reconsiderationDecision(input: {
  readonly initial: InitialDecision;
  readonly result: 'affirm' | 'reverse';
  readonly decidedOn: IsoDate;
  readonly findings: string;
}): ReconsiderationDecision {
  const outcome = input.result === 'affirm' ? 'affirmed' : 'reversed';
  // 5 CFR 890.104(c)-(d): the reconsideration decision is final, in writing, with its reasons, and
  // states the right to judicial review (890.107).
  const notice = `Reconsideration decision of ${input.decidedOn}: OPM has ${outcome} the initial decision of ${input.initial.decidedOn}. ${input.findings} This is OPM's final decision. You may seek review of it in a United States district court.`;
  return {
    rule: 'reconsideration-decision',
    outcome,
    citations: ['5 CFR 890.1607', '5 CFR 890.104', '5 CFR 890.107', '5 CFR 890.104(d)'],
    facts: {
      subjectId: input.initial.subjectId,
      initialDecisionDate: input.initial.decidedOn,
      decidedOn: input.decidedOn,
      result: outcome,
    },
    explanation: `The initial decision of ${input.initial.decidedOn} is ${outcome} on reconsideration.`,
    decidedOn: input.decidedOn,
    notice,
  };
}
