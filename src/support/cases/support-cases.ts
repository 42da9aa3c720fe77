// Support cases over the store, for the API and the CLI alike. Every change locks the case row, checks
// the state machine and the plan, appends one event and updates the row in the same transaction, so the
// row is always the sum of its history and two agents acting at once are applied one after the other.
import { PshbError } from '../../errors.ts';
import type { CasePriority } from '../plan/case-targets.ts';
import type { SupportPlan } from '../plan/support-plan.ts';
import type { CaseRouting } from '../../security/resource-scope.ts';
import type { CallerIdentification } from './caller-identification.ts';
import type { CaseActor } from './case-actor.ts';
import { queryOf, type Query } from '../../storage/raw-query.ts';
import { routeNewCase } from './case-routing.ts';
import { isActive, nextStatus, possibleEvents, type CaseEventKind, type CaseStatus } from './case-status.ts';
import { dueAt, PRIORITY_RANK, slaTarget } from './sla-clock.ts';
import { checkTransfer, escalationTarget, partnersFor } from './transfer-policy.ts';

export type { CaseActor };

export const CASE_CHANNELS = ['phone', 'web_chat', 'email', 'mail', 'walk_in'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

export interface MaskedCasePerson {
  readonly id: number;
  readonly householdId: number;
  readonly name: string;
  readonly birthYear: number;
  readonly ssnLastFour: string;
  readonly medicareNumberLastFour: string | null;
}

export interface CaseEvent {
  readonly seq: number;
  readonly kind: CaseEventKind;
  readonly fromStatus: CaseStatus | null;
  readonly toStatus: CaseStatus;
  readonly fromPartner: string | null;
  readonly toPartner: string;
  readonly actor: CaseActor;
  readonly text: string;
  readonly details: Record<string, unknown>;
  readonly recordedAt: string;
}

export interface SupportCase {
  readonly id: number;
  readonly person: MaskedCasePerson;
  readonly channel: CaseChannel;
  readonly requestType: string;
  readonly skill: string;
  readonly priority: CasePriority;
  readonly partner: string;
  readonly status: CaseStatus;
  readonly plan: { readonly id: string; readonly version: string };
  readonly subject: string;
  readonly openedAt: string;
  readonly queuedAt: string;
  readonly dueAt: string;
  readonly resolvedAt: string | null;
  readonly overdue: boolean;
  readonly openedBy: string;
  /** Every partner that has held the case: the ones that may still read it. */
  readonly heldBy: readonly string[];
  readonly possibleEvents: readonly CaseEventKind[];
  readonly transferTo: readonly string[];
  readonly incidents: readonly number[];
  readonly events: readonly CaseEvent[];
}

interface CaseRow {
  id: number | string;
  person_id: number | string;
  channel: CaseChannel;
  request_type: string;
  skill: string;
  priority: CasePriority;
  partner: string;
  status: CaseStatus;
  plan_id: string;
  plan_version: string;
  subject: string;
  opened_at: string | Date;
  queued_at: string | Date;
  clock_started_at: string | Date;
  due_at: string | Date;
  resolved_at: string | Date | null;
  opened_by: string;
  event_count: number;
}

interface EventRow {
  seq: number;
  kind: CaseEventKind;
  from_status: CaseStatus | null;
  to_status: CaseStatus;
  from_partner: string | null;
  to_partner: string;
  actor_id: string;
  actor_role: string;
  actor_partner: string | null;
  text: string;
  details: unknown;
  recorded_at: string | Date;
}

const instant = (value: string | Date): string => new Date(value).toISOString();

export interface OpenCaseInput {
  readonly personId: number;
  readonly channel: CaseChannel;
  readonly requestType: string;
  readonly priority: CasePriority;
  readonly subject: string;
  /** What the caller said, the first line of the transcript. */
  readonly note: string;
  /** The partner that took the contact, when it keeps the case rather than the plan's route. */
  readonly takenBy?: string | undefined;
  readonly actor: CaseActor;
  /** How the specialist identified the caller, kept in the opening event for review. */
  readonly identification?: CallerIdentification | null | undefined;
  readonly at?: Date;
}

/** Where a new case would go, for the access check before it is opened. */
export function plannedRoute(plan: SupportPlan, requestType: string, takenBy?: string) {
  return routeNewCase(plan, requestType, takenBy);
}

export async function openCase(query: Query, plan: SupportPlan, input: OpenCaseInput): Promise<SupportCase> {
  const at = input.at ?? new Date();
  const [person] = await query<{ id: number | string }>('select id from person where id = $1', [
    input.personId,
  ]);
  if (!person) throw new PshbError('NOT_FOUND', `no person with id ${input.personId}`);
  const route = routeNewCase(plan, input.requestType, input.takenBy);
  const sla = slaTarget(plan, input.requestType, input.priority);
  const due = dueAt(plan, input.requestType, input.priority, at);
  const [row] = await query<{ id: number | string }>(
    `insert into support_case (person_id, channel, request_type, skill, priority, partner, status, plan_id,
       plan_version, subject, opened_at, queued_at, clock_started_at, due_at, opened_by)
     values ($1, $2, $3, $4, $5, $6, 'open', $7, $8, $9, $10, $10, $10, $11, $12) returning id`,
    [
      input.personId,
      input.channel,
      input.requestType,
      route.skill,
      input.priority,
      route.partner,
      plan.id,
      plan.version,
      input.subject,
      at.toISOString(),
      due.toISOString(),
      input.actor.id,
    ],
  );
  const id = Number(row?.id);
  await insertEvent(query, id, 1, {
    kind: 'opened',
    fromStatus: null,
    toStatus: nextStatus(null, 'opened'),
    fromPartner: null,
    toPartner: route.partner,
    actor: input.actor,
    text: input.note,
    details: {
      route: route.reason,
      sla: sla.basis,
      resolveWithinHours: sla.resolveWithinHours,
      ...(input.identification ? { identification: input.identification } : {}),
    },
    at,
  });
  return readCase(query, plan, id, at);
}

/** What the access check needs to know about a case: whose it is, where it is, who has held it. */
export interface CaseScope {
  readonly id: number;
  readonly personId: number;
  readonly partner: string;
  readonly heldBy: readonly string[];
}

export async function caseScope(query: Query, id: number): Promise<CaseScope> {
  const [row] = await query<{ person_id: number | string; partner: string; held_by: string[] }>(
    `select c.person_id, c.partner,
       array(select distinct e.to_partner from support_case_event e where e.case_id = c.id) as held_by
     from support_case c where c.id = $1`,
    [id],
  );
  if (!row) throw new PshbError('NOT_FOUND', `no support case ${id}`);
  return { id, personId: Number(row.person_id), partner: row.partner, heldBy: row.held_by };
}

export async function readCase(
  query: Query,
  plan: SupportPlan,
  id: number,
  now: Date = new Date(),
): Promise<SupportCase> {
  const [row] = await query<
    CaseRow & {
      household_id: number | string;
      first_name: string;
      last_name: string;
      birth_date: string | Date;
      ssn_last4: string | null;
      medicare_number_last4: string | null;
    }
  >(
    `select c.*, p.household_id, p.first_name, p.last_name, p.birth_date, p.ssn_last4, p.medicare_number_last4
     from support_case c join person p on p.id = c.person_id where c.id = $1`,
    [id],
  );
  if (!row) throw new PshbError('NOT_FOUND', `no support case ${id}`);
  const events = await query<EventRow>('select * from support_case_event where case_id = $1 order by seq', [
    id,
  ]);
  const incidents = await query<{ incident_id: number | string }>(
    'select incident_id from support_incident_case where case_id = $1 order by incident_id',
    [id],
  );
  const birth = row.birth_date instanceof Date ? row.birth_date.toISOString() : row.birth_date;
  const status = row.status;
  return {
    id: Number(row.id),
    person: {
      id: Number(row.person_id),
      householdId: Number(row.household_id),
      name: `${row.first_name} ${row.last_name}`,
      birthYear: Number(birth.slice(0, 4)),
      ssnLastFour: row.ssn_last4 ?? '????',
      medicareNumberLastFour: row.medicare_number_last4,
    },
    channel: row.channel,
    requestType: row.request_type,
    skill: row.skill,
    priority: row.priority,
    partner: row.partner,
    status,
    plan: { id: row.plan_id, version: row.plan_version },
    subject: row.subject,
    openedAt: instant(row.opened_at),
    queuedAt: instant(row.queued_at),
    dueAt: instant(row.due_at),
    resolvedAt: row.resolved_at === null ? null : instant(row.resolved_at),
    overdue: isActive(status) && new Date(row.due_at).getTime() < now.getTime(),
    openedBy: row.opened_by,
    heldBy: [...new Set(events.map((e) => e.to_partner))].sort(),
    possibleEvents: possibleEvents(status).filter((e) => e !== 'opened'),
    transferTo: isActive(status) ? partnersFor(plan, row.request_type).filter((p) => p !== row.partner) : [],
    incidents: incidents.map((i) => Number(i.incident_id)),
    events: events.map(toEvent),
  };
}

function toEvent(row: EventRow): CaseEvent {
  const details =
    typeof row.details === 'string' ? (JSON.parse(row.details) as unknown) : (row.details ?? {});
  return {
    seq: row.seq,
    kind: row.kind,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    fromPartner: row.from_partner,
    toPartner: row.to_partner,
    actor: { id: row.actor_id, role: row.actor_role, partner: row.actor_partner },
    text: row.text,
    details: details as Record<string, unknown>,
    recordedAt: instant(row.recorded_at),
  };
}

interface NewEvent {
  kind: CaseEventKind;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  fromPartner: string | null;
  toPartner: string;
  actor: CaseActor;
  text: string;
  details: Record<string, unknown>;
  at: Date;
}

async function insertEvent(query: Query, caseId: number, seq: number, event: NewEvent): Promise<void> {
  await query(
    `insert into support_case_event (case_id, seq, kind, from_status, to_status, from_partner, to_partner,
       actor_id, actor_role, actor_partner, text, details, recorded_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13)`,
    [
      caseId,
      seq,
      event.kind,
      event.fromStatus,
      event.toStatus,
      event.fromPartner,
      event.toPartner,
      event.actor.id,
      event.actor.role,
      event.actor.partner,
      event.text,
      JSON.stringify(event.details),
      event.at.toISOString(),
    ],
  );
}

interface RowChange {
  partner?: string;
  priority?: CasePriority;
  dueAt?: Date;
  queuedAt?: Date;
  clockStartedAt?: Date;
  resolvedAt?: Date | null;
}

/** Locks the case, appends the event and moves the row with it. */
async function act(
  query: Query,
  plan: SupportPlan,
  id: number,
  kind: CaseEventKind,
  actor: CaseActor,
  text: string,
  decide: (current: CaseRow, at: Date) => { change: RowChange; details: Record<string, unknown> },
  at: Date = new Date(),
): Promise<SupportCase> {
  const [current] = await query<CaseRow>('select * from support_case where id = $1 for update', [id]);
  if (!current) throw new PshbError('NOT_FOUND', `no support case ${id}`);
  const toStatus = nextStatus(current.status, kind);
  const { change, details } = decide(current, at);
  const partner = change.partner ?? current.partner;
  const seq = current.event_count + 1;
  await insertEvent(query, id, seq, {
    kind,
    fromStatus: current.status,
    toStatus,
    fromPartner: current.partner,
    toPartner: partner,
    actor,
    text,
    details,
    at,
  });
  await query(
    `update support_case set status = $2, partner = $3, priority = $4, due_at = $5, queued_at = $6,
       resolved_at = $7, event_count = $8, clock_started_at = $9
     where id = $1`,
    [
      id,
      toStatus,
      partner,
      change.priority ?? current.priority,
      (change.dueAt ?? new Date(current.due_at)).toISOString(),
      (change.queuedAt ?? new Date(current.queued_at)).toISOString(),
      change.resolvedAt === undefined
        ? current.resolved_at === null
          ? null
          : new Date(current.resolved_at).toISOString()
        : change.resolvedAt === null
          ? null
          : change.resolvedAt.toISOString(),
      seq,
      (change.clockStartedAt ?? new Date(current.clock_started_at)).toISOString(),
    ],
  );
  return readCase(query, plan, id, at);
}

export function addNote(
  query: Query,
  plan: SupportPlan,
  id: number,
  input: { text: string; actor: CaseActor; at?: Date },
): Promise<SupportCase> {
  return act(query, plan, id, 'note', input.actor, input.text, () => ({ change: {}, details: {} }), input.at);
}

/**
 * A warm transfer: the case, with its whole history, moves to a partner the plan lets handle its
 * request type, joins that partner's queue for the same skill, and keeps its SLA clock.
 */
export function transferCase(
  query: Query,
  plan: SupportPlan,
  id: number,
  input: { toPartner: string; note: string; actor: CaseActor; at?: Date },
): Promise<SupportCase> {
  return act(
    query,
    plan,
    id,
    'transferred',
    input.actor,
    input.note,
    (current, at) => {
      checkTransfer(plan, current.request_type, current.partner, input.toPartner);
      return { change: { partner: input.toPartner, queuedAt: at }, details: { warm: true } };
    },
    input.at,
  );
}

/**
 * Escalation along a plan path (or to the accountable partner); a higher priority given with it
 * shortens the due time from the clock's start, never lengthens it.
 */
export function escalateCase(
  query: Query,
  plan: SupportPlan,
  id: number,
  input: { reason: string; path?: string; priority?: CasePriority; actor: CaseActor; at?: Date },
): Promise<SupportCase> {
  return act(
    query,
    plan,
    id,
    'escalated',
    input.actor,
    input.reason,
    (current, at) => {
      const target = escalationTarget(plan, current.request_type, current.partner, input.path);
      const raised =
        input.priority !== undefined && PRIORITY_RANK[input.priority] < PRIORITY_RANK[current.priority]
          ? input.priority
          : current.priority;
      const change: RowChange = { partner: target.partner, priority: raised, queuedAt: at };
      if (raised !== current.priority) {
        const started = new Date(current.clock_started_at);
        const due = dueAt(plan, current.request_type, raised, started);
        if (due.getTime() < new Date(current.due_at).getTime()) change.dueAt = due;
      }
      return {
        change,
        details: {
          path: target.path,
          withinMinutes: target.withinMinutes,
          channel: target.channel,
          priority: raised,
        },
      };
    },
    input.at,
  );
}

export function resolveCase(
  query: Query,
  plan: SupportPlan,
  id: number,
  input: { resolution: string; actor: CaseActor; at?: Date },
): Promise<SupportCase> {
  return act(
    query,
    plan,
    id,
    'resolved',
    input.actor,
    input.resolution,
    (current, at) => ({
      change: { resolvedAt: at },
      details: { onTime: at.getTime() <= new Date(current.due_at).getTime() },
    }),
    input.at,
  );
}

/** Reopening puts the case back in the queue of the partner that resolved it, with a new SLA clock. */
export function reopenCase(
  query: Query,
  plan: SupportPlan,
  id: number,
  input: { reason: string; actor: CaseActor; at?: Date },
): Promise<SupportCase> {
  return act(
    query,
    plan,
    id,
    'reopened',
    input.actor,
    input.reason,
    (current, at) => ({
      change: {
        resolvedAt: null,
        queuedAt: at,
        clockStartedAt: at,
        dueAt: dueAt(plan, current.request_type, current.priority, at),
      },
      details: {},
    }),
    input.at,
  );
}

export interface QueueItem {
  readonly caseId: number;
  readonly skill: string;
  readonly requestType: string;
  readonly priority: CasePriority;
  readonly status: CaseStatus;
  readonly channel: CaseChannel;
  readonly queuedAt: string;
  readonly dueAt: string;
  readonly overdue: boolean;
}

export interface QueueSkill {
  readonly skill: string;
  readonly open: number;
  readonly overdue: number;
  readonly nextDueAt: string | null;
}

/** A partner's active cases, oldest in the queue first, after the given position. */
export async function listQueue(
  query: Query,
  partner: string,
  options: { skill?: string; after?: { queuedAt: string; id: number }; limit: number; now?: Date },
): Promise<QueueItem[]> {
  const now = options.now ?? new Date();
  const params: unknown[] = [partner];
  let where = "partner = $1 and status <> 'resolved'";
  if (options.skill !== undefined) {
    params.push(options.skill);
    where += ` and skill = $${params.length}`;
  }
  if (options.after) {
    params.push(options.after.queuedAt, options.after.id);
    where += ` and (queued_at, id) > ($${params.length - 1}::timestamptz, $${params.length})`;
  }
  params.push(options.limit);
  const rows = await query<CaseRow>(
    `select * from support_case where ${where} order by queued_at, id limit $${params.length}`,
    params,
  );
  return rows.map((row) => ({
    caseId: Number(row.id),
    skill: row.skill,
    requestType: row.request_type,
    priority: row.priority,
    status: row.status,
    channel: row.channel,
    queuedAt: instant(row.queued_at),
    dueAt: instant(row.due_at),
    overdue: new Date(row.due_at).getTime() < now.getTime(),
  }));
}

/** Per skill: active cases, how many are past due, and the next due time. */
export async function queueSummary(
  query: Query,
  partner: string,
  now: Date = new Date(),
): Promise<QueueSkill[]> {
  const rows = await query<{
    skill: string;
    open: number | string;
    overdue: number | string;
    next_due: string | Date | null;
  }>(
    `select skill, count(*) as open, count(*) filter (where due_at < $2) as overdue, min(due_at) as next_due
     from support_case where partner = $1 and status <> 'resolved' group by skill order by skill`,
    [partner, now.toISOString()],
  );
  return rows.map((r) => ({
    skill: r.skill,
    open: Number(r.open),
    overdue: Number(r.overdue),
    nextDueAt: r.next_due === null ? null : instant(r.next_due),
  }));
}

/** The partners a person's active cases are with: the access policy's `routedTo` (a CaseRouting). */
export async function routedPartners(query: Query, personId: number): Promise<string[]> {
  const rows = await query<{ partner: string }>(
    "select distinct partner from support_case where person_id = $1 and status <> 'resolved' order by partner",
    [personId],
  );
  return rows.map((r) => r.partner);
}

export const partnerCaseRouting: CaseRouting = (store, personId) => routedPartners(queryOf(store), personId);
