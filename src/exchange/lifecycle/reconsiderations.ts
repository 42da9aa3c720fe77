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
} from '../../rules/lifecycle/index.ts';
import { dayOf, type Query } from '../../storage/raw-query.ts';

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

interface RequestRow {
  id: number | string;
  person_id: number | string;
  transition_id: number | string | null;
  subject: string;
  initial_decision_on: string | Date;
  filed_on: string | Date;
  deadline: string | Date;
  timeliness: ReconsiderationRecord['timeliness'];
  grounds: string;
  explanation: string;
  citations: string[];
  filed_by: string;
  recorded_at: string | Date;
  result: 'affirmed' | 'reversed' | null;
  decided_on: string | Date | null;
  findings: string | null;
  notice: string | null;
  decision_citations: string[] | null;
  decided_by: string | null;
  decided_at: string | Date | null;
}

const SELECT = `select r.*, d.result, d.decided_on, d.findings, d.notice, d.citations as decision_citations,
    d.decided_by, d.recorded_at as decided_at
  from reconsideration_request r left join reconsideration_decision d on d.request_id = r.id`;

export async function fileReconsideration(
  query: Query,
  filing: ReconsiderationFiling,
  periods: LifecyclePeriods,
): Promise<ReconsiderationRecord> {
  const [person] = await query<{ household_id: number | string }>(
    'select household_id from person where id = $1',
    [filing.personId],
  );
  if (!person) throw new PshbError('NOT_FOUND', `no person with id ${filing.personId}`);
  const contested = await contestedDecision(query, Number(person.household_id), filing);
  const timeliness = decideReconsiderationRequest(
    {
      initialDecisionDate: contested.initialDecisionOn,
      filedOn: filing.filedOn,
      notNotified: filing.notNotified,
      preventedByCircumstancesBeyondControl: filing.preventedByCircumstancesBeyondControl,
    },
    periods,
  );
  const [row] = await query<{ id: number | string }>(
    `insert into reconsideration_request (person_id, transition_id, subject, initial_decision_on, filed_on,
       deadline, timeliness, grounds, not_notified, prevented_by_circumstances, explanation, citations, filed_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning id`,
    [
      filing.personId,
      contested.transitionId,
      contested.subject,
      contested.initialDecisionOn,
      filing.filedOn,
      timeliness.deadline,
      timeliness.outcome,
      filing.grounds,
      filing.notNotified,
      filing.preventedByCircumstancesBeyondControl,
      timeliness.explanation,
      [...timeliness.citations],
      filing.filedBy,
    ],
  );
  return readReconsideration(query, Number(row?.id));
}

async function contestedDecision(
  query: Query,
  householdId: number,
  filing: ReconsiderationFiling,
): Promise<{ transitionId: number | null; subject: string; initialDecisionOn: IsoDate }> {
  if (filing.transitionId !== undefined) {
    const [transition] = await query<{ action: string; from_status: string; to_status: string; day: string }>(
      `select action, from_status, to_status, to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD') as day
       from lifecycle_transition where id = $1 and person_id = $2`,
      [filing.transitionId, householdId],
    );
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
      subject: `${transition.action.replaceAll('_', ' ')} (${transition.from_status} to ${transition.to_status})`,
      initialDecisionOn: transition.day,
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
  query: Query,
  requestId: number,
  input: { result: 'affirm' | 'reverse'; findings: string; decidedOn: IsoDate; decidedBy: string },
  periods: LifecyclePeriods,
): Promise<ReconsiderationRecord> {
  // The row lock makes a second, concurrent decision wait and then see the first.
  const [locked] = await query('select id from reconsideration_request where id = $1 for update', [
    requestId,
  ]);
  if (!locked) throw new PshbError('NOT_FOUND', `no reconsideration request ${requestId}`);
  const request = await readReconsideration(query, requestId);
  if (request.decision) {
    throw new PshbError(
      'CONFLICT',
      `reconsideration request ${requestId} was already decided (${request.decision.result} on ${request.decision.decidedOn}); the decision is final (5 CFR 890.104(d))`,
    );
  }
  if (request.timeliness === 'untimely') {
    throw new PshbError('RULE_NOT_MET', `${request.explanation} (5 CFR 890.104(b))`, [
      { field: 'body.result', message: 'an untimely request is not decided on its merits' },
    ]);
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
  await query(
    `insert into reconsideration_decision (request_id, result, decided_on, findings, notice, citations, decided_by)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      requestId,
      decided.outcome,
      input.decidedOn,
      input.findings,
      decided.notice,
      [...decided.citations],
      input.decidedBy,
    ],
  );
  return readReconsideration(query, requestId);
}

export async function readReconsideration(query: Query, id: number): Promise<ReconsiderationRecord> {
  const [row] = await query<RequestRow>(`${SELECT} where r.id = $1`, [id]);
  if (!row) throw new PshbError('NOT_FOUND', `no reconsideration request ${id}`);
  return toRecord(row);
}

/** The household's requests, oldest first, after the given id. */
export async function listReconsiderations(
  query: Query,
  householdId: number,
  after: number,
  limit: number,
): Promise<ReconsiderationRecord[]> {
  const rows = await query<RequestRow>(
    `${SELECT} where r.person_id in (select id from person where household_id = $1) and r.id > $2
     order by r.id limit $3`,
    [householdId, after, limit],
  );
  return rows.map(toRecord);
}

function instant(value: string | Date): string {
  return new Date(value).toISOString();
}

function toRecord(row: RequestRow): ReconsiderationRecord {
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
