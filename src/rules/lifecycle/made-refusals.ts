// The reason key of a refusal another rule decided (a life event, a belated enrollment, temporary
// continuation, a Part B cancellation or removal): read from that decision's rule and outcome.
import type { Decision } from '../decision.ts';
import type { RefusalKey } from './refusal-reasons.ts';

const BY_OUTCOME: Readonly<Record<string, RefusalKey>> = {
  // 5 CFR 890.301 / 890.306
  'life-event.outside_window': 'lifeEventWindowMissed',
  'life-event.change_not_permitted': 'lifeEventChangeNotPermitted',
  'life-event.no_rule': 'lifeEventNotQualifying',
  // 5 CFR 890 subpart K
  'temporary-continuation.election_late': 'tccElectionLate',
  // 5 CFR 890.1608(e)
  'part-b-cancellation.not_cancelled': 'partBCancellationNotInWriting',
  // 5 CFR 890.1608(b)(2)-(4)
  'part-b-termination.not_terminated': 'partBRemovalBarred',
};

/** The key for a refused decision of another rule; ruleNotMet for an outcome no key names yet. */
export function madeRefusalKey(made: Pick<Decision, 'rule' | 'outcome' | 'facts'>): RefusalKey {
  if (made.rule === 'belated-enrollment') {
    // 5 CFR 890.1605(e): not eligible (890.1603), or no ground for lateness (890.1605(e)(1)).
    return made.facts.eligibility === 'eligible' ? 'belatedNoCause' : 'belatedNotEligible';
  }
  return BY_OUTCOME[`${made.rule}.${made.outcome}`] ?? 'ruleNotMet';
}
