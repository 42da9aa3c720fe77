// Each rule's outcome in plain words: the translation key of the sentence for a decision the portal
// knows, or null, when the page shows the API's own explanation instead (a new outcome still reads).
import type { Decision } from './portal-types.ts';

/** The outcomes with a plain-language sentence in the portal namespace, per rule. */
const KNOWN: Readonly<Record<string, readonly string[]>> = {
  eligibility: ['eligible', 'not_eligible'],
  'part-b': ['not_required', 'enrolled', 'excepted', 'pending_evidence', 'required_not_enrolled'],
  enrollment: ['open_season_election', 'automatic_enrollment', 'not_enrolled', 'open_season_decline'],
};

/** "part-b" -> "partB": translation keys are camelCase. */
function ruleKey(rule: string): string {
  return rule.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export function decisionSentenceKey(decision: Pick<Decision, 'rule' | 'outcome'>): string | null {
  const outcomes = KNOWN[decision.rule];
  if (!outcomes?.includes(decision.outcome)) return null;
  return `outcomes.${ruleKey(decision.rule)}.${decision.outcome}`;
}
