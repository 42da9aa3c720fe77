// The life of a support case as a state machine: every event names the statuses it may follow, so a
// case is never resolved twice or worked on after it was closed without being reopened first.
import { PshbError } from '../../errors.ts';

export const CASE_STATUSES = [
  'open',
  'in_progress',
  'transferred',
  'escalated',
  'resolved',
  'reopened',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_EVENT_KINDS = [
  'opened',
  'note',
  'transferred',
  'escalated',
  'resolved',
  'reopened',
  'assigned',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

const ACTIVE: readonly CaseStatus[] = ['open', 'in_progress', 'transferred', 'escalated', 'reopened'];

/** The statuses each event applies to. `opened` starts a case and follows nothing. */
export const CASE_TRANSITIONS: Readonly<Record<CaseEventKind, readonly CaseStatus[]>> = {
  opened: [],
  note: ACTIVE,
  transferred: ACTIVE,
  // An escalated case is already with the partner the path ends at; a second escalation would only
  // move it sideways, so it is transferred instead.
  escalated: ['open', 'in_progress', 'transferred', 'reopened'],
  resolved: ACTIVE,
  reopened: ['resolved'],
  // A specialist of the holding partner takes the case (assign to me, next case): work has started.
  assigned: ACTIVE,
};

/** Whether a case in this status still waits in a queue. */
export function isActive(status: CaseStatus): boolean {
  return ACTIVE.includes(status);
}

/**
 * The status after the event, or INVALID_TRANSITION naming what is possible. A note puts a case in
 * progress: the partner holding it has started work (after a transfer, the receiving partner has taken
 * it over).
 */
export function nextStatus(from: CaseStatus | null, event: CaseEventKind): CaseStatus {
  if (event === 'opened') {
    if (from !== null) throw new PshbError('INVALID_TRANSITION', 'the case is already open');
    return 'open';
  }
  if (from === null || !CASE_TRANSITIONS[event].includes(from)) {
    const possible = possibleEvents(from).join(', ') || 'none';
    throw new PshbError(
      'INVALID_TRANSITION',
      `a case that is ${from ?? 'not open'} cannot be ${event === 'note' ? 'given a note' : event}; possible now: ${possible}`,
    );
  }
  switch (event) {
    case 'note':
    case 'assigned':
      return 'in_progress';
    case 'transferred':
      return 'transferred';
    case 'escalated':
      return 'escalated';
    case 'resolved':
      return 'resolved';
    case 'reopened':
      return 'reopened';
  }
}

/** The events a case in this status accepts. */
export function possibleEvents(from: CaseStatus | null): CaseEventKind[] {
  if (from === null) return ['opened'];
  return CASE_EVENT_KINDS.filter((event) => CASE_TRANSITIONS[event].includes(from));
}
