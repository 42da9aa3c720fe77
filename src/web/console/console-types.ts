// The API answers the console reads, as the OpenAPI document describes them (scratch/openapi.json):
// only the fields the console shows or sends back.

export type Channel = 'phone' | 'web_chat' | 'email' | 'mail' | 'walk_in';
export type Priority = 'urgent' | 'high' | 'normal' | 'low';
export type CaseStatus = 'open' | 'in_progress' | 'transferred' | 'escalated' | 'resolved' | 'reopened';
export type CaseEventKind = 'opened' | 'note' | 'transferred' | 'escalated' | 'resolved' | 'reopened';

export const CHANNELS: readonly Channel[] = ['phone', 'web_chat', 'email', 'mail', 'walk_in'];
export const PRIORITIES: readonly Priority[] = ['urgent', 'high', 'normal', 'low'];

export interface MaskedCaller {
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
  readonly actor: { readonly id: string; readonly role: string; readonly partner: string | null };
  readonly text: string;
  readonly recordedAt: string;
}

export interface SupportCase {
  readonly id: number;
  readonly person: MaskedCaller;
  readonly channel: Channel;
  readonly requestType: string;
  readonly skill: string;
  readonly priority: Priority;
  readonly partner: string;
  readonly status: CaseStatus;
  readonly plan: { readonly id: string; readonly version: string };
  readonly subject: string;
  readonly openedAt: string;
  readonly dueAt: string;
  readonly resolvedAt: string | null;
  readonly overdue: boolean;
  readonly openedBy: string;
  readonly heldBy: readonly string[];
  readonly possibleEvents: readonly CaseEventKind[];
  readonly transferTo: readonly string[];
  readonly events: readonly CaseEvent[];
}

export interface QueueItem {
  readonly caseId: number;
  readonly skill: string;
  readonly requestType: string;
  readonly priority: Priority;
  readonly status: CaseStatus;
  readonly channel: Channel;
  readonly queuedAt: string;
  readonly dueAt: string;
  readonly overdue: boolean;
}

export interface SkillSummary {
  readonly skill: string;
  readonly open: number;
  readonly overdue: number;
  readonly nextDueAt: string | null;
}

export interface SupportQueue {
  readonly items: readonly QueueItem[];
  readonly nextCursor: string | null;
  readonly partner: string;
  readonly skills: readonly SkillSummary[];
}

export interface PersonMatch {
  readonly id: number;
  readonly householdId: number;
  readonly relationship: string;
  readonly name: string;
  readonly birthYear: number;
  readonly ssnLastFour: string;
}

/** The parts of a support plan (reference-data/support-plans/*.json) the console uses. */
export interface SupportPlan {
  readonly id: string;
  readonly name: string;
  readonly partners: readonly { readonly id: string; readonly name: string }[];
  readonly skills: readonly { readonly id: string; readonly name: string }[];
  readonly requestTypes: readonly {
    readonly id: string;
    readonly name: string;
    readonly description: string;
    readonly skill: string;
  }[];
  readonly routing: {
    readonly rules: readonly { readonly requestType: string; readonly route: 'queue' | 'refer' }[];
  };
  readonly escalationPaths: readonly {
    readonly id: string;
    readonly name: string;
    readonly when: string;
    readonly steps: readonly { readonly partner: string }[];
  }[];
  readonly scriptedAnswers: readonly ScriptedAnswer[];
  readonly demand?: { readonly openSeason?: string };
}

export interface ScriptedAnswer {
  readonly id: string;
  readonly requestType: string;
  readonly question: string;
  readonly answer: string;
  readonly usedBy: readonly string[];
  readonly source: string;
}

export type EnrollmentType = 'self_only' | 'self_plus_one' | 'self_and_family';
export const ENROLLMENT_TYPES: readonly EnrollmentType[] = ['self_only', 'self_plus_one', 'self_and_family'];

export interface Coverage {
  readonly enrollmentCode: string;
  readonly planCode: string;
  readonly optionCode: string;
  readonly enrollmentType: EnrollmentType;
}

export interface EnrollmentStanding {
  readonly householdId: number;
  readonly state: {
    readonly status: string;
    readonly enrolleeKind: 'employee' | 'annuitant';
    readonly coverage: Coverage | null;
    readonly since: string | null;
  };
  readonly allowedActions: readonly {
    readonly action: string;
    readonly to: string;
    readonly citation: string;
    readonly permission: 'enrollment.elect' | 'enrollment.administer';
  }[];
}

export interface TransitionDecision {
  readonly outcome: string;
  readonly citations: readonly string[];
  readonly explanation: string;
  readonly from: string;
  readonly to: string;
  readonly effectiveOn: string;
  readonly requestedOn: string;
}

export interface RecordedTransition {
  readonly id: number;
  readonly decision: TransitionDecision;
  readonly state: EnrollmentStanding['state'];
  readonly notice: { readonly reconsiderationDeadline: string; readonly notice: string };
}

export interface PlanOffer {
  readonly enrollmentCode: string;
  readonly enrollmentType: EnrollmentType;
  readonly carrier: { readonly code: string; readonly name: string };
  readonly plan: { readonly code: string; readonly name: string };
  readonly option: { readonly code: string; readonly name: string };
}
