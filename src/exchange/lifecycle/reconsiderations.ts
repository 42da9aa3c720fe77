// Reconsideration of initial decisions (5 CFR 890.1607, by the procedure of 890.104): a request names
// the decision it contests (a recorded transition, or a decision described by its subject and date),
// is judged timely or not when filed, and receives one final decision with its notice.
import type { IsoDate } from '../../domain/dates.ts';
import type { LifecyclePeriods } from '../../domain/lifecycle.ts';
import { PshbError } from '../../errors.ts';
import {
  decideReconsiderationRequest,
  initialDecision,
  reconsiderationDecision,
  refusalReason,
} from '../../rules/lifecycle/index.ts';
import { findHouseholdId } from '../../storage/enrollment/households.ts';
import {
  findReconsideration,
  insertReconsiderationDecision,
  insertReconsiderationRequest,
  lockReconsiderationRequest,
  selectHouseholdReconsiderations,
  type ReconsiderationRow,
} from '../../storage/enrollment/reconsiderations.ts';
import { findHouseholdTransition } from '../../storage/enrollment/transitions.ts';
import type { Executor } from '../../storage/executor.ts';
import { dayOf } from '../../storage/raw-query.ts';

export interface ReconsiderationFiling {
  /** The person asking (the enrollee or a member of the household). */
  readonly personId: number;
  /** The recorded transition contested; or, instead, subject and initialDecisionOn. */
  readonly transitionId?: number | undefined;
  readonly subject?: string | undefined;
  readonly initialDecisionOn?: IsoDate | undefined;
  readonly filedOn: IsoDate;
  readonly grounds: string;
  readonly notNotified: boolean;
  readonly preventedByCircumstancesBeyondControl: boolean;
  readonly filedBy: string;
}

export interface ReconsiderationOutcome {
  readonly result: 'affirmed' | 'reversed';
  readonly decidedOn: IsoDate;
  readonly findings: string;
  readonly notice: string;
  readonly citations: readonly string[];
  readonly decidedBy: string;
  readonly recordedAt: string;
}

export interface ReconsiderationRecord {
  readonly id: number;
  readonly personId: number;
  readonly transitionId: number | null;
  readonly subject: string;
  readonly initialDecisionOn: IsoDate;
  readonly filedOn: IsoDate;
  readonly deadline: IsoDate;
  readonly timeliness: 'timely' | 'late_excused' | 'untimely';
  readonly grounds: string;
  readonly explanation: string;
  readonly citations: readonly string[];
  readonly filedBy: string;
  readonly recordedAt: string;
  readonly decision: ReconsiderationOutcome | null;
}

export async function fileReconsideration(
  executor: Executor,
  filing: ReconsiderationFiling,
  periods: LifecyclePeriods,
): Promise<ReconsiderationRecord> {
  const householdId = await findHouseholdId(executor, filing.personId);
  if (householdId === undefined) throw new PshbError('NOT_FOUND', `no person with id ${filing.personId}`);
  const contested = await contestedDecision(executor, householdId, filing);
  const timeliness = decideReconsiderationRequest(
    {
      initialDecisionDate: contested.initialDecisionOn,
      filedOn: filing.filedOn,
      notNotified: filing.notNotified,
      preventedByCircumstancesBeyondControl: filing.preventedByCircumstancesBeyondControl,
    },
    periods,
  );
  const id = await insertReconsiderationRequest(executor, {
    person_id: filing.personId,
    transition_id: contested.transitionId,
    subject: contested.subject,
    initial_decision_on: contested.initialDecisionOn,
    filed_on: filing.filedOn,
    deadline: timeliness.deadline,
    timeliness: timeliness.outcome,
    grounds: filing.grounds,
    not_notified: filing.notNotified,
    prevented_by_circumstances: filing.preventedByCircumstancesBeyondControl,
    explanation: timeliness.explanation,
    citations: [...timeliness.citations],
    filed_by: filing.filedBy,
  });
  return readReconsideration(executor, id);
}

async function contestedDecision(
  executor: Executor,
  householdId: number,
  filing: ReconsiderationFiling,
): Promise<{ transitionId: number | null; subject: string; initialDecisionOn: IsoDate }> {
  if (filing.transitionId !== undefined) {
    const transition = await findHouseholdTransition(executor, filing.transitionId, householdId);
    if (!transition) {
      throw new PshbError(
        'NOT_FOUND',
        `no transition ${filing.transitionId} on this household's enrollment`,
        [
          {
            field: 'body.transitionId',
            message: 'a transition id from GET /api/v1/persons/{id}/transitions',
          },
        ],
      );
    }
    return {
      transitionId: filing.transitionId,
      subject: `${transition.action.replaceAll('_', ' ')} (${transition.fromStatus} to ${transition.toStatus})`,
      // The program day the decision was made, the date its notice bears: its deadline is the notice's.
      initialDecisionOn: transition.decidedOn,
    };
  }
  if (!filing.subject || !filing.initialDecisionOn) {
    throw new PshbError(
      'INVALID_INPUT',
      'name the decision contested: transitionId, or subject and initialDecisionOn',
      [
        {
          field: filing.subject ? 'body.initialDecisionOn' : 'body.subject',
          message: 'required without transitionId',
        },
      ],
    );
  }
  if (filing.initialDecisionOn > filing.filedOn) {
    throw new PshbError(
      'INVALID_INPUT',
      `a decision of ${filing.initialDecisionOn} cannot be contested by a request received on ${filing.filedOn}`,
      [{ field: 'body.initialDecisionOn', message: `not after ${filing.filedOn}` }],
    );
  }
  return { transitionId: null, subject: filing.subject, initialDecisionOn: filing.initialDecisionOn };
}

export async function decideReconsideration(
  executor: Executor,
  requestId: number,
  input: { result: 'affirm' | 'reverse'; findings: string; decidedOn: IsoDate; decidedBy: string },
  periods: LifecyclePeriods,
): Promise<ReconsiderationRecord> {
  // The row lock makes a second, concurrent decision wait and then see the first.
  const locked = await lockReconsiderationRequest(executor, requestId);
  if (!locked) throw new PshbError('NOT_FOUND', `no reconsideration request ${requestId}`);
  const request = await readReconsideration(executor, requestId);
  if (request.decision) {
    throw new PshbError(
      'CONFLICT',
      `reconsideration request ${requestId} was already decided (${request.decision.result} on ${request.decision.decidedOn}); the decision is final (5 CFR 890.104(d))`,
    );
  }
  if (request.timeliness === 'untimely') {
    throw new PshbError(
      'RULE_NOT_MET',
      `${request.explanation} (5 CFR 890.104(b))`,
      [{ field: 'body.result', message: 'an untimely request is not decided on its merits' }],
      refusalReason('reconsiderationUntimely', { deadline: request.deadline, filedOn: request.filedOn }),
    );
  }
  const initial = initialDecision(
    {
      subjectId: request.transitionId === null ? request.subject : `transition ${request.transitionId}`,
      decidedOn: request.initialDecisionOn,
      decided: {
        rule: 'initial',
        outcome: request.subject,
        citations: [],
        facts: {},
        explanation: request.subject,
      },
    },
    periods,
  );
  const decided = reconsiderationDecision({
    initial,
    result: input.result,
    decidedOn: input.decidedOn,
    findings: input.findings,
  });
  await insertReconsiderationDecision(executor, {
    request_id: requestId,
    result: decided.outcome,
    decided_on: input.decidedOn,
    findings: input.findings,
    notice: decided.notice,
    citations: [...decided.citations],
    decided_by: input.decidedBy,
  });
  return readReconsideration(executor, requestId);
}

export async function readReconsideration(executor: Executor, id: number): Promise<ReconsiderationRecord> {
  const row = await findReconsideration(executor, id);
  if (!row) throw new PshbError('NOT_FOUND', `no reconsideration request ${id}`);
  return toRecord(row);
}

/** The household's requests, oldest first, after the given id. */
export async function listReconsiderations(
  executor: Executor,
  householdId: number,
  after: number,
  limit: number,
): Promise<ReconsiderationRecord[]> {
  const rows = await selectHouseholdReconsiderations(executor, householdId, after, limit);
  return rows.map(toRecord);
}

function instant(value: string | Date): string {
  return new Date(value).toISOString();
}

function toRecord(row: ReconsiderationRow): ReconsiderationRecord {
  return {
    id: Number(row.id),
    personId: Number(row.person_id),
    transitionId: row.transition_id === null ? null : Number(row.transition_id),
    subject: row.subject,
    initialDecisionOn: dayOf(row.initial_decision_on),
    filedOn: dayOf(row.filed_on),
    deadline: dayOf(row.deadline),
    timeliness: row.timeliness,
    grounds: row.grounds,
    explanation: row.explanation,
    citations: row.citations,
    filedBy: row.filed_by,
    recordedAt: instant(row.recorded_at),
    decision:
      row.result === null
        ? null
        : {
            result: row.result,
            decidedOn: dayOf(row.decided_on ?? ''),
            findings: row.findings ?? '',
            notice: row.notice ?? '',
            citations: row.decision_citations ?? [],
            decidedBy: row.decided_by ?? '',
            recordedAt: instant(row.decided_at ?? ''),
          },
  };
}
