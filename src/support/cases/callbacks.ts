// Callbacks scheduled from a support case: the specialist promises to call the person back at a time
// (entered in the specialist's time zone, kept as an instant with that zone) with a short note; the
// person's phone number stays on their record. The partner's queue lists the callbacks due within the
// next hour or past due, oldest first. A callback is closed once, as done or cancelled, by an event.
import { PshbError } from '../../errors.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  insertCallback,
  insertCallbackEvent,
  selectCallback,
  selectCaseCallbacks,
  selectDueCallbacks,
  type CallbackPosition,
  type CallbackRow,
} from '../../storage/support/callbacks.ts';

export type { CallbackPosition };

/** One page of a callback list: at most `limit` after the position (the start when null). */
export interface CallbackPageRequest {
  readonly limit: number;
  readonly after?: CallbackPosition | null;
}
import { lockCase } from '../../storage/support/cases.ts';
import { checkStillHeld, type CaseActor } from './case-actor.ts';

export const CALLBACK_NOTE_MAX = 500;
/** "Due" on the queue: past due, or due within this many minutes. */
export const CALLBACK_DUE_WINDOW_MINUTES = 60;

export type CallbackStatus = 'scheduled' | 'done' | 'cancelled';

export interface Callback {
  readonly id: number;
  readonly caseId: number;
  readonly dueAt: string;
  readonly timeZone: string;
  readonly note: string;
  readonly scheduledBy: string;
  readonly scheduledAt: string;
  readonly status: CallbackStatus;
  readonly closedBy: string | null;
  readonly closedAt: string | null;
}

export interface CallbackRequest {
  readonly dueAt: string;
  readonly timeZone: string;
  readonly note: string;
}

export interface ValidCallback {
  readonly dueAt: Date;
  readonly timeZone: string;
  readonly note: string;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** Checks a callback request; each refusal names its field (INVALID_INPUT). */
export function validateCallback(request: CallbackRequest, now: Date): ValidCallback {
  const problems: { field: string; message: string }[] = [];
  const dueAt = new Date(request.dueAt);
  if (!INSTANT.test(request.dueAt) || Number.isNaN(dueAt.getTime()))
    problems.push({ field: 'dueAt', message: 'a date and time with its offset (ISO 8601)' });
  else if (dueAt.getTime() <= now.getTime())
    problems.push({ field: 'dueAt', message: 'a time in the future' });
  if (!knownTimeZone(request.timeZone))
    problems.push({ field: 'timeZone', message: 'an IANA time zone, such as America/New_York' });
  const note = request.note.trim();
  if (note.length === 0) problems.push({ field: 'note', message: 'required' });
  else if (note.length > CALLBACK_NOTE_MAX)
    problems.push({ field: 'note', message: `at most ${CALLBACK_NOTE_MAX} characters` });
  if (problems.length > 0)
    throw new PshbError(
      'INVALID_INPUT',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  return { dueAt, timeZone: request.timeZone, note };
}

function callbackOf(row: CallbackRow): Callback {
  return {
    id: row.id,
    caseId: row.caseId,
    dueAt: row.dueAt.toISOString(),
    timeZone: row.timeZone,
    note: row.note,
    scheduledBy: row.scheduledBy,
    scheduledAt: row.recordedAt.toISOString(),
    status: row.closedAs ?? 'scheduled',
    closedBy: row.closedBy,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

/** Schedules a callback on an active case. */
export async function scheduleCallback(
  executor: Executor,
  caseId: number,
  request: CallbackRequest,
  actor: CaseActor,
  now: Date = new Date(),
): Promise<Callback> {
  const valid = validateCallback(request, now);
  const current = await lockCase(executor, caseId);
  if (!current) throw new PshbError('NOT_FOUND', `no support case ${caseId}`);
  checkStillHeld(caseId, current.partner, actor);
  if (current.status === 'resolved')
    throw new PshbError('CONFLICT', `support case ${caseId} is resolved: reopen it to schedule a callback`);
  const id = await insertCallback(executor, {
    case_id: caseId,
    due_at: valid.dueAt.toISOString(),
    time_zone: valid.timeZone,
    note: valid.note,
    scheduled_by: actor.id,
    scheduled_partner: actor.partner,
  });
  return readCallback(executor, caseId, id);
}

async function readCallback(executor: Executor, caseId: number, id: number): Promise<Callback> {
  const row = await selectCallback(executor, caseId, id);
  if (!row) throw new PshbError('NOT_FOUND', `no callback ${id} on support case ${caseId}`);
  return callbackOf(row);
}

/** The case's callbacks, soonest due first, with how each was closed; one page. */
export async function listCaseCallbacks(
  executor: Executor,
  caseId: number,
  page: CallbackPageRequest = { limit: 1000 },
): Promise<Callback[]> {
  return (await selectCaseCallbacks(executor, caseId, page.limit, page.after ?? null)).map(callbackOf);
}

/** Marks a scheduled callback done or cancelled; one already closed is CONFLICT. */
export async function closeCallback(
  executor: Executor,
  caseId: number,
  callbackId: number,
  kind: 'done' | 'cancelled',
  actor: CaseActor,
): Promise<Callback> {
  // The case is locked as for any change to it, so a transfer and the closing are one after the other.
  const held = await lockCase(executor, caseId);
  if (!held) throw new PshbError('NOT_FOUND', `no support case ${caseId}`);
  checkStillHeld(caseId, held.partner, actor);
  const current = await readCallback(executor, caseId, callbackId);
  if (current.status !== 'scheduled')
    throw new PshbError('CONFLICT', `callback ${callbackId} is already ${current.status}`);
  const closed = await insertCallbackEvent(executor, {
    callback_id: callbackId,
    kind,
    actor_id: actor.id,
    actor_partner: actor.partner,
  });
  if (!closed) throw new PshbError('CONFLICT', `callback ${callbackId} was closed meanwhile`);
  return readCallback(executor, caseId, callbackId);
}

export interface DueCallback {
  readonly id: number;
  readonly caseId: number;
  readonly subject: string;
  readonly dueAt: string;
  readonly timeZone: string;
  readonly note: string;
  readonly overdue: boolean;
}

/** The open callbacks on the partner's cases due within the window or past due, oldest first. */
export async function listDueCallbacks(
  executor: Executor,
  partner: string,
  now: Date,
  page: CallbackPageRequest = { limit: 100 },
): Promise<DueCallback[]> {
  const until = new Date(now.getTime() + CALLBACK_DUE_WINDOW_MINUTES * 60_000);
  const rows = await selectDueCallbacks(executor, partner, until, page.limit, page.after ?? null);
  return rows.map((r) => ({
    id: r.id,
    caseId: r.caseId,
    subject: r.subject,
    dueAt: r.dueAt.toISOString(),
    timeZone: r.timeZone,
    note: r.note,
    overdue: r.dueAt.getTime() <= now.getTime(),
  }));
}
