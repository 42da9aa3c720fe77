// The carrier performance API's answers as the screens read them (/api/v1/carrier-performance, the
// contract in docs/carrier-performance.md and src/server's performance routes). The engine's own types
// (the proposal, evidence items) come in as types only, so the browser bundle carries no server code.
import type {
  EvaluationProposal,
  EvidenceItem,
  PremiumBase,
} from '../../rules/carrier-performance/performance-types.ts';

export type {
  ElementProposal,
  EvaluationProposal,
  ItemFinding,
} from '../../rules/carrier-performance/performance-types.ts';

export const PERFORMANCE_API = 'carrier-performance';

export type EvaluationState =
  'proposed' | 'accepted' | 'notice_issued' | 'under_reconsideration' | 'final' | 'settled';

export const EVALUATION_STATES: readonly EvaluationState[] = [
  'proposed',
  'accepted',
  'notice_issued',
  'under_reconsideration',
  'final',
  'settled',
];

export type EventKind =
  | 'proposed'
  | 'factor_decided'
  | 'accepted'
  | 'evidence_attached'
  | 'notice_issued'
  | 'carrier_responded'
  | 'reconsideration_requested'
  | 'reconsideration_decided'
  | 'final_determination'
  | 'rebate_received'
  | 'withhold_scheduled'
  | 'withheld'
  | 'reserve_deposited'
  | 'settled';

export interface PerformanceMethodSummary {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly outcomeKind: 'withhold' | 'adjustment';
  readonly cap: { readonly max: number; readonly min?: number } | number;
  readonly effectiveFromYear: number;
}

export interface MethodList {
  readonly items: readonly PerformanceMethodSummary[];
}

export interface TrendPoint {
  readonly contractYear: number;
  readonly totalFactor: number | null;
  readonly amountCents: number | null;
}

/** One row of GET /summary and GET /evaluations. */
export interface EvaluationRow {
  readonly evaluationId: number | string;
  readonly carrierCode: string;
  readonly planCode: string | null;
  readonly contractYear: number;
  readonly methodId: string;
  readonly state: EvaluationState;
  readonly totalFactor: number | null;
  readonly amountCents: number | null;
  readonly trend?: readonly TrendPoint[];
  /** When the API gives them: the carrier's response deadline and the rebate's due date. */
  readonly responseDueOn?: string | null;
  readonly rebateDueOn?: string | null;
}

export interface EvaluationList {
  readonly items: readonly EvaluationRow[];
  readonly nextCursor: string | null;
}

export interface ProgramSummary {
  readonly year: number;
  readonly items: readonly EvaluationRow[];
}

export interface FactorView {
  readonly elementId: string;
  readonly label: string;
  readonly proposedFactor: number;
  /** The contracting officer's factor; null until decided. */
  readonly factor: number | null;
  readonly reason: string | null;
  readonly author: string | null;
  readonly recordedAt: string | null;
}

export interface EvaluationEvent {
  readonly id: number | string;
  readonly kind: EventKind;
  readonly elementId: string | null;
  readonly factor: number | null;
  readonly amountCents: number | null;
  readonly reason: string | null;
  readonly author: string | null;
  readonly effectiveOn: string | null;
  readonly recordedAt: string;
  /** Whatever else the event recorded (a reconsideration's evidence, a payment's reference). */
  readonly detail?: Readonly<Record<string, unknown>> | null;
}

export interface NoticeView {
  readonly id: number | string;
  readonly kind: string;
  readonly issuedOn: string;
  readonly responseDueOn: string | null;
  readonly htmlUrl: string;
  readonly pdfUrl: string;
}

export interface EvaluationView {
  readonly id: number | string;
  readonly carrierCode: string;
  readonly planCode: string | null;
  readonly contractYear: number;
  readonly method: { readonly id: string; readonly version: string; readonly title: string };
  readonly state: EvaluationState;
  readonly premiumBase: PremiumBase;
  readonly proposal: EvaluationProposal;
  readonly factors: readonly FactorView[];
  readonly accepted: {
    readonly totalFactor: number;
    readonly capApplied: boolean;
    readonly amountCents: number;
  } | null;
  readonly events: readonly EvaluationEvent[];
  readonly notices: readonly NoticeView[];
  readonly deadlines: { readonly responseDueOn?: string | null; readonly rebateDueOn?: string | null };
}

export type RecordedEvidence = EvidenceItem & { readonly id: number | string; readonly recordedAt: string };

export interface EvidenceList {
  readonly items: readonly RecordedEvidence[];
}

export type MoneyKind = 'rebate' | 'withhold_schedule' | 'withheld' | 'reserve_deposit';

export const MONEY_KINDS: readonly MoneyKind[] = [
  'rebate',
  'withhold_schedule',
  'withheld',
  'reserve_deposit',
];

export interface ScheduledPayment {
  readonly payment: number | string;
  readonly dueOn: string;
  readonly amountCents: number;
}

/** A sum of money, as the API may give it: cents, or the entries that make it up. */
export type MoneyFigure =
  | number
  | null
  | readonly { readonly amountCents: number; readonly on?: string; readonly reference?: string }[];

export interface MoneyStatement {
  readonly finalAmountCents: number | null;
  readonly rebateDueOn: string | null;
  readonly received: MoneyFigure;
  readonly scheduled: readonly ScheduledPayment[];
  readonly withheld: MoneyFigure;
  readonly deposited: MoneyFigure;
  readonly balanceCents: number | null;
}

export type ReconsiderationOutcome = 'granted' | 'denied' | 'partly';
