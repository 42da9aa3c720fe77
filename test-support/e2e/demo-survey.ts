// Survey invitations for the end-to-end suite's demo app, with tokens the journeys know: the links an
// invited customer would follow to /survey/:token (src/web/survey). Written straight into the store, as
// createInvitations writes them, for made-up elections of the last people of the population (so a
// respondent who asks to be contacted gets a service recovery case about a real person); the program
// date (2024-11-20) is inside each one's 30 days except the expired one's.
import { loadCxCatalogue, surveyById } from '../../src/exchange/cx/cx-catalogue.ts';
import { tokenHash } from '../../src/exchange/cx/cx-keys.ts';
import { registerSurveyVersions } from '../../src/exchange/cx/register-surveys.ts';
import { fiscalQuarterOf, periodKey } from '../../src/rules/cx/fiscal-quarter.ts';
import { insertInvitations } from '../../src/storage/cx/invitations.ts';
import { executorOf } from '../../src/storage/executor.ts';
import type { Store } from '../../src/storage/store.ts';

/** The demo invitations' tokens, by what each is for. */
export const DEMO_SURVEY_TOKENS = {
  /** Offered in Spanish: the form opens in Spanish without ?lang=. */
  spanish: 'e2e-survey-spanish-invitation',
  english: 'e2e-survey-english-invitation',
  /** Offered on 1 October 2024, valid through the 31st. */
  expired: 'e2e-survey-expired-invitation',
} as const;

const INVITATIONS = [
  { token: DEMO_SURVEY_TOKENS.spanish, language: 'es', offeredOn: '2024-11-18', lastDay: '2024-12-18' },
  { token: DEMO_SURVEY_TOKENS.english, language: 'en', offeredOn: '2024-11-19', lastDay: '2024-12-19' },
  { token: DEMO_SURVEY_TOKENS.expired, language: 'en', offeredOn: '2024-10-01', lastDay: '2024-10-31' },
] as const;

export async function recordDemoSurveyInvitations(store: Store): Promise<void> {
  const catalogue = loadCxCatalogue();
  const executor = executorOf(store);
  await registerSurveyVersions(executor, catalogue.surveys);
  const point = catalogue.points.points.find((p) => p.id === 'open-season-election');
  if (!point) throw new Error('the shipped transaction points have no open-season-election point');
  const survey = surveyById(catalogue, point.surveyId);
  const people = await executor.query<{ id: number | string }>(
    `select id from person order by id desc limit ${INVITATIONS.length}`,
  );
  for (const [i, invitation] of INVITATIONS.entries()) {
    const personId = Number(people[i]?.id);
    const quarter = fiscalQuarterOf(invitation.offeredOn);
    await insertInvitations(executor, [
      {
        token_hash: tokenHash(invitation.token),
        survey_id: survey.id,
        survey_version: survey.version,
        language: invitation.language,
        service: catalogue.points.service,
        stage: point.stage,
        transaction_point: point.id,
        channel: 'web',
        partner: null,
        transaction_source: 'election',
        transaction_reference: `election:${personId}:e2e-survey-demo:${invitation.offeredOn}`,
        person_key: `e2e-survey-demo-person-${personId}`,
        period: periodKey(quarter),
        fiscal_year: quarter.fiscalYear,
        fiscal_quarter: quarter.quarter,
        offered_on: invitation.offeredOn,
        expires_at: `${invitation.lastDay}T23:59:59.999Z`,
      },
    ]);
  }
}
