// The shared vocabulary of carrier performance evaluation (48 CFR 1609.7101; Plan Performance
// Assessment, 80 FR 37178). A method (versioned data) says what is measured and how much each part
// weighs; evidence says what the carrier did in a contract year; the pure engine turns the two and a
// premium base into a proposal the contracting officer then accepts or changes, item by item.
import type { Decision, FactValue } from '../decision.ts';

/** Where a piece of evidence came from. */
export interface EvidenceSource {
  /** 'exchange': computed from the exchange's own records; 'import': a file; 'staff': typed by OPM staff. */
  readonly kind: 'exchange' | 'import' | 'staff';
  /** What a reader follows to check it, e.g. 'exchange_file 834 acknowledgments 2027' or a file name and line. */
  readonly reference: string;
  readonly recordedAt?: string;
  readonly recordedBy?: string;
}

/** One measured fact about a carrier's contract year, keyed by the method's measure key. */
export interface EvidenceItem {
  /** The measure it answers, e.g. 'paperless-enrollment.first-pass-acceptance-rate'. */
  readonly measure: string;
  /** The value; null when nothing happened that the measure could count. */
  readonly value: FactValue;
  /**
   * false when the event the item is about did not occur in the year (no change of administrator,
   * no significant event): the item is not applicable and costs nothing (preamble, 63 FR 55336).
   */
  readonly applicable: boolean;
  readonly unit?: string;
  readonly source: EvidenceSource;
  readonly note?: string;
}

/** A carrier's (optionally one plan's) evidence for one contract year. */
export interface CarrierYearEvidence {
  readonly carrierCode: string;
  readonly planCode?: string | null;
  readonly contractYear: number;
  readonly items: readonly EvidenceItem[];
}

/** The premium the factors are multiplied by, in whole cents. */
export interface PremiumBase {
  readonly amountCents: number;
  /** 'computed' from the exchange's enrollments and catalogue premiums, or 'imported' with its source. */
  readonly kind: 'computed' | 'imported';
  readonly source: string;
  /** How it was computed, in words a contracting officer can check. */
  readonly method?: string;
}

/** What the engine finds for one item of an element. */
export interface ItemFinding {
  readonly itemId: string;
  readonly label: string;
  readonly applicable: boolean;
  /** 0 (not met at all) to 1 (fully met); null when not applicable or no evidence. */
  readonly score: number | null;
  /** The part of the element's factor this item proposes (0 when met or not applicable). */
  readonly proposedFactor: number;
  readonly decision: Decision;
}

/** What the engine proposes for one element (e.g. Customer Service). */
export interface ElementProposal {
  readonly elementId: string;
  readonly label: string;
  readonly maxFactor: number;
  readonly proposedFactor: number;
  readonly items: readonly ItemFinding[];
  readonly decision: Decision;
}

/** The whole proposal for a carrier's contract year under one method. */
export interface EvaluationProposal {
  readonly methodId: string;
  readonly methodVersion: string;
  readonly carrierCode: string;
  readonly planCode?: string | null;
  readonly contractYear: number;
  /** 'withhold': premium x sum of factors is withheld (1998); 'adjustment': a performance adjustment (PPA). */
  readonly outcomeKind: 'withhold' | 'adjustment';
  readonly elements: readonly ElementProposal[];
  /** Sum of element factors after the method's cap (negative for a reward under an adjustment). */
  readonly totalFactor: number;
  readonly capApplied: boolean;
  readonly premiumBase: PremiumBase;
  /** premiumBase x totalFactor, rounded to whole cents (half away from zero). */
  readonly amountCents: number;
  readonly decision: Decision;
}

/** The contracting officer's factor for one element, which may differ from the proposal. */
export interface AcceptedFactor {
  readonly elementId: string;
  readonly factor: number;
}
