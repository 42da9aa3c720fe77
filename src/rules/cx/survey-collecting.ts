// A survey is an information collection under the Paperwork Reduction Act: it may be answered only
// while it displays a valid OMB control number, so past its expiration date it stops collecting by
// itself and says so (44 U.S.C. 3507(a)(3), 3512; 5 CFR 1320.6; OMB Circular A-11, Section 280).
import { decision, type Decision } from '../decision.ts';
import type { SurveyInstrument } from './survey-instrument.ts';

export const PRA_CITATIONS = ['OMB Circular A-11, Section 280', '44 U.S.C. 3512', '5 CFR 1320.6'] as const;

export type CollectingOutcome = 'collecting' | 'expired';

/** Whether the survey collects on `today` (YYYY-MM-DD): through its expiration date, not after. */
export function surveyCollecting(survey: SurveyInstrument, today: string): Decision<CollectingOutcome> {
  const expired = today > survey.pra.expiresOn;
  const facts = {
    survey: `${survey.id} ${survey.version}`,
    ombControlNumber: survey.pra.ombControlNumber,
    expiresOn: survey.pra.expiresOn,
    today,
  };
  return expired
    ? decision(
        'survey-collecting',
        'expired',
        PRA_CITATIONS,
        facts,
        `The survey's OMB approval (control number ${survey.pra.ombControlNumber}) expired on ${survey.pra.expiresOn}; it no longer collects responses.`,
      )
    : decision(
        'survey-collecting',
        'collecting',
        PRA_CITATIONS,
        facts,
        `The survey collects responses through ${survey.pra.expiresOn} under OMB control number ${survey.pra.ombControlNumber}.`,
      );
}
