// The shapes the dashboard reads from the API (scratch/openapi.json and the handlers in src/server/ and
// src/support/ that answer with plain JSON). Only the fields the pages use are named.

export type SeasonStatus = 'upcoming' | 'open' | 'closed';

export interface OpenSeasonSummary {
  readonly id: string;
  readonly name: string;
  readonly start: string;
  readonly end: string;
  readonly extendedTo: string | null;
  readonly lastElectionDay: string;
  readonly effectiveOn: string;
  readonly transitional: boolean;
  readonly status: SeasonStatus;
}

export interface OpenSeasonList {
  readonly programDate: string;
  readonly currentId: string | null;
  readonly defaultId: string;
  readonly openSeasons: readonly OpenSeasonSummary[];
}

export interface Counts {
  readonly automatic: number;
  readonly elected: number;
  readonly total: number;
}

export interface EnrollmentReport {
  readonly openSeasonId: string;
  readonly totals: {
    readonly households: number;
    readonly automatic: number;
    readonly elected: number;
    readonly declined: number;
    readonly notEnrolled: number;
    readonly terminations: number;
    readonly peopleDecided: number;
    readonly peopleCovered: number;
  };
  readonly byCarrier: readonly (Counts & { readonly carrier: string })[];
  readonly byPlan: readonly (Counts & {
    readonly carrier: string;
    readonly plan: string;
    readonly option: string;
    readonly enrollmentType: string;
    readonly enrollmentCode: string;
  })[];
  readonly notEnrolledReasons: readonly { readonly paragraph: string; readonly households: number }[];
  readonly partB: readonly {
    readonly outcome: string;
    readonly paragraph: string;
    readonly people: number;
  }[];
}

export interface PerformanceRow {
  readonly period: string;
  readonly partner: string;
  readonly intervals: number;
  readonly offered: number;
  readonly handled: number;
  readonly abandoned: number;
  readonly answeredWithinTarget: number;
  readonly transfers: number;
  readonly firstContactResolutions: number;
  readonly backlog: number;
  readonly contingencyActivations: number;
  readonly serviceLevel: number | null;
  readonly asaSeconds: number | null;
  readonly ahtSeconds: number | null;
  readonly abandonmentRate: number | null;
  readonly firstContactResolutionRate: number | null;
}

export interface PerformanceReport {
  readonly granularity: 'daily' | 'weekly';
  readonly target: { readonly serviceLevel: number; readonly answerWithinSeconds: number } | null;
  readonly partners: readonly string[];
  readonly periods: readonly string[];
  /** Per period: the network row (partner "network") first, then each partner's. */
  readonly rows: readonly PerformanceRow[];
}

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
}

export interface StaffingResult {
  readonly model: 'erlang-c' | 'erlang-a';
  readonly offeredLoad: number;
  readonly agents: number;
  readonly scheduled: number;
  readonly limitedBy: 'service-level' | 'max-occupancy' | 'no-calls';
  readonly serviceLevel: number;
  readonly probabilityOfWaiting: number;
  readonly averageSpeedOfAnswer: number;
  readonly occupancy: number;
  readonly probabilityOfAbandonment?: number;
  readonly serviceLevelWithOneFewer: number | null;
}

export interface SimulationMeasures {
  readonly offered: number;
  readonly handled: number;
  readonly abandoned: number;
  readonly serviceLevel: number | null;
  readonly asaSeconds: number | null;
  readonly abandonmentRate: number | null;
}

export interface ContingencyFiring {
  readonly level: string;
  readonly name: string;
  readonly firedAt: string;
  readonly trigger: string;
  readonly releasedAt: string | null;
}

export interface SimulationReport {
  readonly plan: SupportPlanSummary;
  readonly seed: number;
  readonly forecastContacts: number;
  readonly target: {
    readonly serviceLevel: number;
    readonly answerWithinSeconds: number;
    readonly maxAbandonmentRate: number;
  };
  readonly partners: readonly { readonly id: string; readonly name: string; readonly agents: number }[];
  readonly days: readonly {
    readonly date: string;
    readonly network: SimulationMeasures;
    readonly meetsTarget: boolean;
  }[];
  readonly season: {
    readonly network: SimulationMeasures & { readonly arrivals: number };
    readonly meetsServiceLevel: boolean;
    readonly meetsAbandonment: boolean;
    readonly daysMeetingTarget: number;
    readonly openDays: number;
  };
  readonly contingencies: readonly ContingencyFiring[];
}

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

export interface PlanOffer {
  readonly enrollmentCode: string;
  readonly enrollmentType: 'self_only' | 'self_plus_one' | 'self_and_family';
  readonly carrier: { readonly code: string; readonly name: string };
  readonly plan: { readonly code: string; readonly name: string };
  readonly option: { readonly code: string; readonly name: string };
  readonly premium: { readonly enrollee: number; readonly government: number; readonly total: number };
  readonly serviceArea: 'nationwide' | 'regional';
}

export interface PlanOfferPage {
  readonly items: readonly PlanOffer[];
  readonly nextCursor: string | null;
}
