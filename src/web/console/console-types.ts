// The API answers the console reads. The server's own types are imported as types only (erased from the
// build, so no server code reaches the browser); the shared shapes are in ../api/api-types.ts.
import type { CasePriority } from '../../support/plan/case-targets.ts';
import type { CaseChannel, QueueItem, QueueSkill } from '../../support/cases/support-cases.ts';
import type { ScriptedAnswer as ServerScriptedAnswer } from '../../support/plan/scripted-answer.ts';

export type { CaseEventKind, CaseStatus } from '../../support/cases/case-status.ts';
export type {
  CaseChannel as Channel,
  CaseEvent,
  MaskedCasePerson as MaskedCaller,
  QueueItem,
  QueueSkill as SkillSummary,
  SupportCase,
} from '../../support/cases/support-cases.ts';
export type { CasePriority as Priority } from '../../support/plan/case-targets.ts';
export type { PersonMatch } from '../../exchange/person-search.ts';
export type {
  Coverage,
  EnrollmentStanding,
  EnrollmentType,
  PlanOffer,
  RecordedTransition,
} from '../api/api-types.ts';
export { ENROLLMENT_TYPES } from '../api/api-types.ts';

// Values, so the browser keeps its own lists (the server's would bring its case code into the bundle).
/** The channels a specialist records a contact by: a portal request is sent by the enrollee alone. */
export const CHANNELS: readonly CaseChannel[] = ['phone', 'web_chat', 'email', 'mail', 'walk_in'];
export const PRIORITIES: readonly CasePriority[] = ['urgent', 'high', 'normal', 'low'];

/** GET queues/{partner}: a page of the partner's queue and its skills at a glance. */
export interface SupportQueue {
  readonly items: readonly QueueItem[];
  readonly nextCursor: string | null;
  readonly partner: string;
  readonly skills: readonly QueueSkill[];
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

/** A scripted answer as the plan holds it (src/support/plan/scripted-answer.ts). */
export type ScriptedAnswer = ServerScriptedAnswer;
export type { Callback, DueCallback } from '../../support/cases/callbacks.ts';
