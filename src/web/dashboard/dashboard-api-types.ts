// The shapes the dashboard reads from the API. The server's own types are imported as types only
// (erased from the build, so no server code reaches the browser); the shared shapes are in
// ../api/api-types.ts. The others exist on the server only as route schemas or plain JSON of the
// handlers in src/server/ and src/support/, and name only the fields the pages use.
import type { Page, PlanOffer } from '../api/api-types.ts';

export type {
  OpenSeason as OpenSeasonSummary,
  OpenSeasonList,
  PlanOffer,
  SeasonStatus,
} from '../api/api-types.ts';
export type { CarrierEnrollments, EnrollmentReport } from '../../exchange/open-season/enrollment-report.ts';
export type {
  PerformanceReport,
  ReportRow as PerformanceRow,
} from '../../support/reports/performance-report.ts';

export type { SimulationReport } from '../../support/simulation/simulation-report.ts';
export type { StaffingPlan as StaffingResult } from '../../support/staffing/staffing-plan.ts';

// A value, so the browser keeps its own copy (importing the server's would bundle the report code).
export const NETWORK = 'network';

export interface SupportPlanSummary {
  readonly id: string;
  readonly name: string;
  readonly version: string;
}

export interface SupportPlanData {
  readonly id: string;
  readonly name: string;
  readonly partners: readonly { readonly id: string; readonly name: string }[];
}

export interface StaffingRequest {
  readonly calls: number;
  readonly intervalSeconds: number;
  readonly ahtSeconds: number;
  readonly serviceLevel: number;
  readonly answerWithinSeconds: number;
  readonly patienceSeconds?: number;
  /** Share of scheduled time off the phones, in [0, 1). */
  readonly shrinkage?: number;
}

/** occurredAt is a Date on the server (src/security/audit-log.ts) and an ISO string in the JSON. */
export interface AuditEntry {
  readonly id: number;
  readonly occurredAt: string;
  readonly subject: string;
  readonly role: string;
  readonly action: string;
  readonly resourceKind: string;
  readonly resourceId: string | null;
  readonly personId: number | null;
  readonly fields: readonly string[];
  readonly purpose: string;
  readonly outcome: 'allowed' | 'refused';
  readonly reason: string;
  readonly requestId: string | null;
}

export interface AuditPage {
  readonly items: readonly AuditEntry[];
  readonly nextCursor: string | null;
}

export type PlanOfferPage = Page<PlanOffer>;
