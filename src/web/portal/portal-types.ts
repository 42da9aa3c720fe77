// The API answers the portal reads. The server's own types are imported as types only (erased from the
// build); the shared shapes are in ../api/api-types.ts.
import type { SupportCase } from '../../support/cases/support-cases.ts';

export type {
  Coverage,
  Decision,
  EnrollmentStanding,
  EnrollmentStatus,
  EnrollmentType,
  FactValue,
  OpenSeason,
  OpenSeasonList,
  Page,
  PayFrequency,
  PlanOffer,
  RecordedTransition,
} from '../api/api-types.ts';
export { ENROLLMENT_TYPES } from '../api/api-types.ts';
export type { PersonEligibility } from '../../exchange/person-eligibility.ts';
export type {
  ReconsiderationRecord as Reconsideration,
  TransitionRecord as LifecycleTransition,
} from '../../exchange/lifecycle/index.ts';

export interface EnrollmentEvent {
  readonly id: number;
  readonly eventType: string;
  readonly openSeasonId: string | null;
  readonly enrollmentCode: string | null;
  readonly enrollmentType: string | null;
  readonly effectiveOn: string;
  readonly recordedAt: string;
  readonly reason: string;
  readonly citations: readonly string[];
}

/** GET persons/{id}/cases: the fields of a case that the person's list shows. */
export type CaseSummary = Pick<
  SupportCase,
  'id' | 'requestType' | 'subject' | 'status' | 'openedAt' | 'dueAt' | 'resolvedAt'
>;
