// Reports of customer feedback show counts only for cells with enough respondents that no one can be
// recognized in them; a smaller cell is suppressed (OMB Circular A-11, Section 280: feedback is
// reported in aggregate; OMB M-17-12 and the Privacy Act, 5 U.S.C. 552a(b): no disclosure about an
// individual). The threshold is data (reference-data/cx/privacy.json).
import { decision, type Decision } from '../decision.ts';

export const SUPPRESSION_CITATIONS = ['OMB Circular A-11, Section 280', '5 U.S.C. 552a(b)'] as const;

export interface Cell {
  /** The count to show, or null when suppressed. */
  readonly value: number | null;
  readonly suppressed: boolean;
}

/** The cell of `value` within a group of `respondents`: shown at or above the threshold, else suppressed. */
export function suppressSmallCell(value: number, respondents: number, threshold: number): Cell {
  return respondents >= threshold ? { value, suppressed: false } : { value: null, suppressed: true };
}

export function suppressionDecision(
  respondents: number,
  threshold: number,
): Decision<'shown' | 'suppressed'> {
  const shown = respondents >= threshold;
  return decision(
    'small-cell-suppression',
    shown ? 'shown' : 'suppressed',
    SUPPRESSION_CITATIONS,
    { respondents, threshold },
    shown
      ? `${respondents} respondents meet the threshold of ${threshold}; the counts are shown.`
      : `${respondents} respondents are fewer than the threshold of ${threshold}; the counts are suppressed.`,
  );
}
