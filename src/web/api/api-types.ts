// API answers that more than one area of the web app reads. Where the server has its own type for the
// JSON it sends, it is imported as a type only (erased from the build: no server code reaches the
// browser); the shapes that exist only as route schemas in src/server are written here once, as the
// OpenAPI document (scratch/openapi.json) describes them, with only the fields the pages use.
import type { EnrollmentType } from '../../domain/catalogue.ts';
import type { EnrollmentState } from '../../domain/lifecycle.ts';
import type {
  CurrentEnrollment,
  RecordedTransition as ServerRecordedTransition,
} from '../../exchange/lifecycle/index.ts';

export type { Decision, FactValue } from '../../rules/decision.ts';
export type { EnrollmentType } from '../../domain/catalogue.ts';
export type { Coverage, LifecycleStatus as EnrollmentStatus } from '../../domain/lifecycle.ts';

// A value, so the browser keeps its own list (importing the server's would bundle zod and the catalogue).
export const ENROLLMENT_TYPES: readonly EnrollmentType[] = ['self_only', 'self_plus_one', 'self_and_family'];

/** A page of a list: the items and where the next page starts. */
export interface Page<Item> {
  readonly items: readonly Item[];
  readonly nextCursor: string | null;
}

/** GET persons/{id}/enrollment-state: the record's standing and what its state allows next. */
export interface EnrollmentStanding extends CurrentEnrollment {
  readonly allowedActions: readonly {
    readonly action: string;
    readonly to: string;
    readonly citation: string;
    readonly permission: 'enrollment.elect' | 'enrollment.administer';
  }[];
}

/** POST persons/{id}/transitions: the recorded transition, with the state it leaves. */
export interface RecordedTransition extends ServerRecordedTransition {
  readonly state: EnrollmentState;
}

export type PayFrequency = 'biweekly' | 'monthly';

/** One plan option at one enrollment type (GET plans). */
export interface PlanOffer {
  readonly enrollmentCode: string;
  readonly enrollmentType: EnrollmentType;
  readonly carrier: { readonly code: string; readonly name: string };
  readonly plan: { readonly code: string; readonly name: string };
  readonly option: { readonly code: string; readonly name: string };
  readonly payFrequency: PayFrequency;
  /** Cents per pay period (biweekly) or per month. */
  readonly premium: { readonly enrollee: number; readonly government: number; readonly total: number };
  readonly hdhp: boolean;
  readonly membershipFee: boolean;
  readonly serviceArea: 'nationwide' | 'regional';
  readonly regions: readonly string[];
  /** Cents a year for this enrollment type; null in older catalogues. */
  readonly costSharing: { readonly deductible: number; readonly outOfPocketMax: number } | null;
  /** Copays in cents per visit or prescription, the yearly fee in cents; null in older catalogues. */
  readonly benefits: {
    readonly membershipFeeYearly: number;
    readonly copays: {
      readonly primaryCare: number;
      readonly specialist: number;
      readonly genericDrug: number;
      readonly emergencyRoom: number;
    };
    readonly coinsurancePercent: number;
    readonly brochureUrl: string;
    readonly source: 'published' | 'synthetic';
  } | null;
  /** The year's estimated cost at each use level, in cents (rules/plan-cost.ts). */
  readonly estimates: Readonly<Record<UseLevel, YearlyEstimate>>;
}

export type UseLevel = 'low' | 'medium' | 'high';

export interface YearlyEstimate {
  readonly premiums: number;
  readonly membershipFee: number;
  readonly outOfPocket: number | null;
  readonly cappedAtMaximum: boolean;
  readonly total: number | null;
}

/** GET public/plans: the plans offered in the state of a ZIP Code. */
export interface PublicPlans {
  readonly zip: string;
  readonly state: string;
  readonly catalogueVersion: string;
  readonly useLevelsVersion: string;
  readonly plans: readonly PlanOffer[];
}

export type SeasonStatus = 'upcoming' | 'open' | 'closed';

/** One open season (GET open-seasons). */
export interface OpenSeason {
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
  readonly openSeasons: readonly OpenSeason[];
}
