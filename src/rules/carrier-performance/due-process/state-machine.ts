// Due process after the contracting officer accepts an evaluation, as a state machine: which step is
// allowed from which state, and by whom (48 CFR 1609.7101-2; 63 FR 55337). The carrier is told the
// findings and may respond and ask for reconsideration; the contracting officer decides and makes the
// determination final; the amount is then rebated or withheld and deposited in the plan's
// contingency reserve (48 CFR 1632.170(a)(2)), and the evaluation is settled.
import { decision, type Decision } from '../../decision.ts';

export type DueProcessState =
  'proposed' | 'accepted' | 'notice_issued' | 'under_reconsideration' | 'final' | 'settled';

export type DueProcessStep =
  | 'issue_findings_notice'
  | 'record_response'
  | 'request_reconsideration'
  | 'decide_reconsideration'
  | 'issue_final_determination'
  | 'record_money'
  | 'settle'
  | 'read';

/** Who acts: a signed-in user or an operator at the command line. Roles are compared as text. */
export interface DueProcessActor {
  readonly subject: string;
  readonly role: string;
  readonly carrierCodes?: readonly string[];
}

/** The roles that decide every carrier's evaluation (contracting officer; program administrator). */
export const DECIDING_ROLES: readonly string[] = ['contracting_officer', 'program_administrator'];

interface StepRule {
  readonly from: readonly DueProcessState[];
  /** The state after the step; the same state when the step does not move it. */
  readonly to: DueProcessState | 'same';
  /** 'decider': contracting officer or program administrator; 'carrier': the carrier on its own, or a decider recording what the carrier sent. */
  readonly by: 'decider' | 'carrier' | 'reader';
  readonly citation: string;
}

export const DUE_PROCESS_STEPS: Readonly<Record<DueProcessStep, StepRule>> = {
  // 48 CFR 1609.7101-2: the carrier is notified of the findings before the determination is final.
  issue_findings_notice: {
    from: ['accepted'],
    to: 'notice_issued',
    by: 'decider',
    citation: '48 CFR 1609.7101-2',
  },
  record_response: {
    from: ['notice_issued', 'under_reconsideration'],
    to: 'same',
    by: 'carrier',
    citation: '48 CFR 1609.7101-2',
  },
  request_reconsideration: {
    from: ['notice_issued', 'under_reconsideration'],
    to: 'under_reconsideration',
    by: 'carrier',
    citation: '48 CFR 1609.7101-2',
  },
  decide_reconsideration: {
    from: ['under_reconsideration'],
    to: 'same',
    by: 'decider',
    citation: '48 CFR 1609.7101-2',
  },
  issue_final_determination: {
    from: ['notice_issued', 'under_reconsideration'],
    to: 'final',
    by: 'decider',
    citation: '48 CFR 1609.7101-2',
  },
  // 63 FR 55337 (rebate within 60 days, then withhold); 48 CFR 1632.170(a)(2) (withhold, reserve).
  record_money: { from: ['final'], to: 'same', by: 'decider', citation: '48 CFR 1632.170(a)(2)' },
  settle: { from: ['final'], to: 'settled', by: 'decider', citation: '48 CFR 1632.170(a)(2)' },
  read: {
    from: ['proposed', 'accepted', 'notice_issued', 'under_reconsideration', 'final', 'settled'],
    to: 'same',
    by: 'reader',
    citation: '48 CFR 1609.7101-2',
  },
};

/** The state a step leads to from `state`, or null when the step does not apply there. */
export function nextState(step: DueProcessStep, state: DueProcessState): DueProcessState | null {
  const rule = DUE_PROCESS_STEPS[step];
  if (!rule.from.includes(state)) return null;
  return rule.to === 'same' ? state : rule.to;
}

/** Whether the step applies to an evaluation in `state`, explained. */
export function stepAllowed(step: DueProcessStep, state: DueProcessState): Decision<'allowed' | 'refused'> {
  const rule = DUE_PROCESS_STEPS[step];
  const to = nextState(step, state);
  return decision(
    'carrier-performance-due-process',
    to === null ? 'refused' : 'allowed',
    [rule.citation],
    { step, state, to },
    to === null
      ? `${words(step)} applies to an evaluation that is ${rule.from.map(stateWords).join(' or ')}; this one is ${stateWords(state)}.`
      : `${words(step)} applies to an evaluation that is ${stateWords(state)}; it is then ${stateWords(to)}.`,
  );
}

/**
 * Whether the actor may take the step on the evaluation of `carrierCode`. Deciders act on every
 * carrier's evaluation; a carrier acts only on its own, and only where the step is the carrier's;
 * auditors and carriers read (carriers their own).
 */
export function actorAllowed(
  step: DueProcessStep,
  actor: DueProcessActor,
  carrierCode: string,
): Decision<'allowed' | 'refused'> {
  const rule = DUE_PROCESS_STEPS[step];
  const decider = DECIDING_ROLES.includes(actor.role);
  const ownCarrier = actor.role === 'carrier' && (actor.carrierCodes ?? []).includes(carrierCode);
  let allowed: boolean;
  let why: string;
  if (decider) {
    allowed = true;
    why =
      rule.by === 'carrier'
        ? `the ${actor.role} records what carrier ${carrierCode} sent`
        : `the ${actor.role} acts on every carrier's evaluation`;
  } else if (actor.role === 'carrier') {
    allowed = ownCarrier && (rule.by === 'carrier' || rule.by === 'reader');
    why = !ownCarrier
      ? `a carrier acts on its own evaluations only, not carrier ${carrierCode}'s`
      : allowed
        ? `carrier ${carrierCode} acts on its own evaluation`
        : `${words(step)} is the contracting officer's step, not the carrier's`;
  } else if (actor.role === 'auditor') {
    allowed = rule.by === 'reader';
    why = allowed ? 'auditors read every evaluation' : 'auditors read and never change';
  } else {
    allowed = false;
    why = `the ${actor.role} role has no part in carrier performance evaluations`;
  }
  return decision(
    'carrier-performance-actor',
    allowed ? 'allowed' : 'refused',
    [rule.citation],
    { step, role: actor.role, carrierCode },
    `${allowed ? 'Allowed' : 'Refused'}: ${why}.`,
  );
}

const STEP_WORDS: Readonly<Record<DueProcessStep, string>> = {
  issue_findings_notice: 'Issuing the findings notice',
  record_response: "Recording the carrier's response",
  request_reconsideration: 'Requesting reconsideration',
  decide_reconsideration: 'Deciding a request for reconsideration',
  issue_final_determination: 'Issuing the final determination',
  record_money: 'Recording a rebate, withhold or deposit',
  settle: 'Settling',
  read: 'Reading',
};

const words = (step: DueProcessStep) => STEP_WORDS[step];

export function stateWords(state: DueProcessState): string {
  switch (state) {
    case 'proposed':
      return 'proposed';
    case 'accepted':
      return 'accepted by the contracting officer';
    case 'notice_issued':
      return 'noticed to the carrier';
    case 'under_reconsideration':
      return 'under reconsideration';
    case 'final':
      return 'final';
    case 'settled':
      return 'settled';
  }
}
