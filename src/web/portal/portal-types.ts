// The API answers the portal reads, as the OpenAPI document describes them (scratch/openapi.json):
// only the fields the pages use.
export type FactValue = string | number | boolean | null;

/** Every rule's answer: what was decided, on which paragraphs, from which facts, and why. */
export interface Decision {
  readonly rule: string;
  readonly outcome: string;
  readonly citations: readonly string[];
  readonly facts: Readonly<Record<string, FactValue>>;
  readonly explanation: string;
}

export type EnrollmentType = 'self_only' | 'self_plus_one' | 'self_and_family';
export const ENROLLMENT_TYPES: readonly EnrollmentType[] = ['self_only', 'self_plus_one', 'self_and_family'];

export type PayFrequency = 'biweekly' | 'monthly';

export interface Coverage {
  readonly enrollmentCode: string;
  readonly planCode: string;
  readonly optionCode: string;
  readonly enrollmentType: EnrollmentType;
}

export interface PersonEligibility {
  readonly personId: string;
  readonly name: string;
  readonly asOf: string;
  readonly person: {
    readonly eligibility: Decision;
    readonly partB: Decision;
    readonly covered: boolean;
  };
  readonly household: {
    readonly enrollment: Decision & {
      readonly target:
        (Omit<Coverage, 'enrollmentType'> & { enrollmentType: string; effectiveOn: string }) | null;
    };
    readonly termination:
      | (Decision & {
          readonly effectiveOn: string | null;
          readonly temporaryExtensionEnds: string | null;
          readonly conversionRight: boolean;
        })
      | null;
  };
  readonly history: readonly {
    readonly eventType: string;
    readonly enrollmentCode: string | null;
    readonly effectiveOn: string;
    readonly recordedAt: string;
    readonly reason: string;
    readonly citations: readonly string[];
  }[];
}

export type EnrollmentStatus =
  | 'not_enrolled'
  | 'declined'
  | 'enrolled'
  | 'suspended'
  | 'in_temporary_extension'
  | 'terminated'
  | 'cancelled'
  | 'tcc_enrolled';

export interface EnrollmentStanding {
  readonly householdId: number;
  readonly state: {
    readonly enrolleeKind: 'employee' | 'annuitant';
    readonly status: EnrollmentStatus;
    readonly coverage: Coverage | null;
    readonly since: string | null;
  };
  readonly allowedActions: readonly {
    readonly action: string;
    readonly to: string;
    readonly citation: string;
    readonly permission: 'enrollment.elect' | 'enrollment.administer';
  }[];
  readonly etag: string;
}

export interface RecordedTransition {
  readonly id: number;
  readonly decision: Decision & {
    readonly from: string;
    readonly to: string;
    readonly effectiveOn: string;
    readonly requestedOn: string;
  };
  readonly state: EnrollmentStanding['state'];
  readonly notice: Decision & { readonly reconsiderationDeadline: string; readonly notice: string };
  readonly etag: string;
}

export interface LifecycleTransition {
  readonly id: number;
  readonly action: string;
  readonly from: string;
  readonly to: string;
  readonly effectiveOn: string;
  readonly requestedOn: string;
  readonly recordedAt: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly reason: string;
  readonly citations: readonly string[];
  readonly explanation: string;
}

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
}

export interface OpenSeason {
  readonly id: string;
  readonly name: string;
  readonly start: string;
  readonly end: string;
  readonly extendedTo: string | null;
  readonly lastElectionDay: string;
  readonly effectiveOn: string;
  readonly status: 'upcoming' | 'open' | 'closed';
}

export interface OpenSeasonList {
  readonly programDate: string;
  readonly currentId: string | null;
  readonly defaultId: string;
  readonly openSeasons: readonly OpenSeason[];
}

export interface Reconsideration {
  readonly id: number;
  readonly transitionId: number | null;
  readonly subject: string;
  readonly initialDecisionOn: string;
  readonly filedOn: string;
  readonly deadline: string;
  readonly timeliness: 'timely' | 'late_excused' | 'untimely';
  readonly grounds: string;
  readonly explanation: string;
  readonly citations: readonly string[];
  readonly decision: {
    readonly result: 'affirmed' | 'reversed';
    readonly decidedOn: string;
    readonly findings: string;
    readonly notice: string;
  } | null;
}

export type CaseStatus = 'open' | 'in_progress' | 'transferred' | 'escalated' | 'resolved' | 'reopened';

export interface CaseSummary {
  readonly id: number;
  readonly requestType: string;
  readonly subject: string;
  readonly status: CaseStatus;
  readonly openedAt: string;
  readonly dueAt: string;
  readonly resolvedAt: string | null;
}

export interface Page<Item> {
  readonly items: readonly Item[];
  readonly nextCursor: string | null;
}
