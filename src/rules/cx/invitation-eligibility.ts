// Whether a transaction's customer is invited to the survey: only through a channel the transaction
// point surveys, only when the transaction falls in the sample, at most once per person per period,
// and never while the person has a support case open (OMB Circular A-11, Section 280: feedback is
// asked after the transaction, without adding burden; 5 CFR 1320.9(c): reduce the burden on
// respondents).
import { decision, type Decision } from '../decision.ts';

export const ELIGIBILITY_CITATIONS = ['OMB Circular A-11, Section 280', '5 CFR 1320.9(c)'] as const;

export interface InvitationFacts {
  readonly channel: string;
  readonly channelSurveyed: boolean;
  readonly sampled: boolean;
  /** Whether the person was already invited in the period (by the keyed hash of the person). */
  readonly invitedThisPeriod: boolean;
  readonly openCase: boolean;
  readonly skipDuringOpenCase: boolean;
  readonly period: string;
}

export type EligibilityOutcome =
  'invite' | 'channel_not_surveyed' | 'not_sampled' | 'already_invited' | 'open_case';

export function invitationEligibility(facts: InvitationFacts): Decision<EligibilityOutcome> {
  const shown = { ...facts };
  const made = (outcome: EligibilityOutcome, words: string) =>
    decision('survey-invitation', outcome, ELIGIBILITY_CITATIONS, shown, words);
  if (!facts.channelSurveyed)
    return made('channel_not_surveyed', `Transactions through ${facts.channel} are not offered this survey.`);
  if (!facts.sampled) return made('not_sampled', 'The transaction is outside the sample.');
  if (facts.invitedThisPeriod)
    return made('already_invited', `The person was already invited to a survey in ${facts.period}.`);
  if (facts.skipDuringOpenCase && facts.openCase)
    return made('open_case', 'The person has a support case open; no survey is offered while it is open.');
  return made('invite', `The person is invited to the survey, the first time in ${facts.period}.`);
}
