// What a support case is to the API, the console and the CLI: the case with its masked caller and whole
// history, and a partner's queue. The operations that produce them: case-opening.ts, case-view.ts,
// case-transitions.ts, case-queues.ts; the access check's view of a case: case-scope.ts.
import type { CasePriority } from '../plan/case-targets.ts';
import type { CaseActor } from './case-actor.ts';
import type { CaseEventKind, CaseStatus } from './case-status.ts';

/** How the contact came: `portal` is a request an enrollee sent from the portal (not a chat). */
export const CASE_CHANNELS = ['phone', 'web_chat', 'portal', 'email', 'mail', 'walk_in'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/** The caller as a case shows it: never the whole SSN or MBI, nor the birth date. */
export interface MaskedCasePerson {
  readonly id: number;
  readonly householdId: number;
  readonly name: string;
  readonly birthYear: number;
  readonly ssnLastFour: string;
  readonly medicareNumberLastFour: string | null;
  /** The state lived in (two-letter code), which decides the regional plans offered; null abroad. */
  readonly residenceState: string | null;
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
  /** The specialist of the holding partner working the case, or null while it waits. */
  readonly assignedTo: string | null;
  /** Every partner that has held the case: the ones that may still read it. */
  readonly heldBy: readonly string[];
  readonly possibleEvents: readonly CaseEventKind[];
  readonly transferTo: readonly string[];
  readonly incidents: readonly number[];
  readonly events: readonly CaseEvent[];
}

export interface QueueItem {
  readonly caseId: number;
  readonly skill: string;
  readonly requestType: string;
  readonly priority: CasePriority;
  readonly status: CaseStatus;
  readonly channel: CaseChannel;
  /** The caller's name as the case shows it (masked: no identifier). */
  readonly callerName: string;
  /** The case's subject, any identifier typed into it masked. */
  readonly subject: string;
  readonly queuedAt: string;
  readonly dueAt: string;
  readonly overdue: boolean;
  /** Who of the partner works it, or null while it waits. */
  readonly assignedTo: string | null;
}

export interface QueueSkill {
  readonly skill: string;
  readonly open: number;
  readonly overdue: number;
  readonly nextDueAt: string | null;
}

/** An instant as the API gives it: ISO 8601 in UTC, whether the driver returned text or a Date. */
export const instant = (value: string | Date): string => new Date(value).toISOString();
