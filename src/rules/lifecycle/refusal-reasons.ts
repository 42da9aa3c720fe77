// Why the lifecycle refused a request, as a stable key with the facts a reader needs to understand it.
// The key is what screens translate (the web app's notices.json `refusals`); the English explanation
// stays for logs and API users. Each key names the only facts it carries, so a refusal never hands on
// more than the request and the rule's dates (no other person's data).
import type { FactValue } from '../decision.ts';

export const REFUSAL_REASONS = {
  // The transition table (states.ts): the action does not apply to the enrollment's status.
  notFromThisState: ['from', 'action'],
  // 5 CFR 890.1606(e), 890.1605(e): the request names no open season of the calendar.
  noSuchOpenSeason: ['openSeason'],
  // 5 CFR 890.1606(e) (890.1605(b) in the transitional season): only during the open season.
  outsideOpenSeason: ['seasonStart', 'lastElectionDay', 'requestedOn'],
  // 5 CFR 890.1605(e), 890.1603: a belated enrollment is decided on the enrollee's eligibility.
  eligibilityNeeded: [],
  // 5 CFR 890.1605(e) excuses lateness, not eligibility (890.1603).
  belatedNotEligible: [],
  // 5 CFR 890.1605(e)(1): no cause beyond control, missed automatic enrollment or OPM finding.
  belatedNoCause: [],
  // 5 CFR 890.301 / 890.306: the event's window (days before and after it).
  lifeEventWindowMissed: ['event', 'eventDate', 'windowOpens', 'windowCloses', 'requestedOn'],
  // 5 CFR 890.301 / 890.306: each event permits only the changes listed for it.
  lifeEventChangeNotPermitted: ['event', 'change'],
  // 5 CFR 890.301 / 890.306: only the events they list open a change outside open season.
  lifeEventNotQualifying: ['event'],
  // 5 CFR 890.1608(e): a cancellation because of Part B must be made in writing.
  partBCancellationNotInWriting: [],
  // 5 CFR 890.1608(b): the household's Part B facts decide a removal.
  partBFactsNeeded: [],
  // 5 CFR 890.1608(b)(2)-(4): a bar to removal applies.
  partBRemovalBarred: [],
  // 5 CFR 890.401(a): the extension runs its full length.
  extensionStillRunning: ['temporaryExtensionEnds', 'requestedOn'],
  // 5 CFR 890.401(a): conversion is exercised during the extension.
  conversionWindowEnded: ['temporaryExtensionEnds'],
  // 5 CFR 890.304(d): suspension is open to annuitants only.
  suspendAnnuitantOnly: [],
  // 5 CFR 890.304(d) with the loss-of-coverage window (890.306).
  reinstatementWindowMissed: ['eventDate', 'windowOpens', 'windowCloses', 'requestedOn'],
  // 5 CFR 890 subpart K, 5 U.S.C. 8905a: the election window.
  tccElectionLate: ['electionDeadline', 'electedOn'],
  // 5 CFR 890 subpart K: temporary continuation runs its full term unless cancelled.
  tccStillRunning: ['tccEnds', 'requestedOn'],
  // 5 U.S.C. 8905(h): the employing office enrolls under a court order.
  courtOrderOfficeOnly: [],
  // 5 U.S.C. 8905(h): only an employee with a child in the order who failed to enroll.
  courtOrderNotApplicable: [],
  // 5 U.S.C. 8905(h): the current enrollment already covers the children.
  courtOrderAlreadyMet: ['orderedType'],
  // 5 U.S.C. 8905(h): no option of the catalogue offers the type required.
  courtOrderNoOption: ['orderedType'],
  // 5 CFR 890.103: only the employing office or OPM corrects an administrative error.
  correctionOfficeOnly: [],
  // A refusal of a rule no key names yet: the screen says the change was refused, with the citations.
  ruleNotMet: [],
  // 5 CFR 890.104(b): a reconsideration asked late without an accepted reason.
  reconsiderationUntimely: ['deadline', 'filedOn'],
} as const satisfies Record<string, readonly string[]>;

export type RefusalKey = keyof typeof REFUSAL_REASONS;

export const REFUSAL_KEYS = Object.keys(REFUSAL_REASONS) as RefusalKey[];

/** A refusal's reason: its key and only the facts the key names. */
export interface RefusalReason {
  readonly key: RefusalKey;
  readonly facts: Readonly<Record<string, FactValue>>;
}

export function refusalReason(key: RefusalKey, facts: Readonly<Record<string, FactValue>>): RefusalReason {
  const named: readonly string[] = REFUSAL_REASONS[key];
  const kept = Object.entries(facts).filter(([name]) => named.includes(name));
  return { key, facts: Object.fromEntries(kept) };
}
