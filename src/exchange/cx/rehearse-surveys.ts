// The demo's rehearsal of the post-transaction surveys, so that the CX dashboard and the quarterly
// report show real traffic on `npm start`: invitations are made from the demo's transactions exactly
// as the cx-invitations job makes them, and about half of those (a seeded draw per invitation) are
// answered through respondToInvitation, the path the survey form takes. The answers are SIMULATED and
// carry no personal data. Applied once: a database with any response is left alone.
import { createHash } from 'node:crypto';
import type { SurveyAnswers } from '../../rules/cx/answer-validation.ts';
import { DRIVERS } from '../../rules/cx/survey-instrument.ts';
import { hasAnyResponse } from '../../storage/cx/responses.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import type { SupportPlan } from '../../support/plan/support-plan.ts';
import { createInvitations } from './create-invitations.ts';
import { surveyById, type CxCatalogue } from './cx-catalogue.ts';
import type { CxKeys } from './cx-keys.ts';
import { respondToInvitation } from './respond-to-invitation.ts';

export interface SurveyRehearsalOptions {
  readonly catalogue: CxCatalogue;
  readonly keys: CxKeys;
  readonly plan: SupportPlan;
  /** The program's day: the responses' day. */
  readonly today: string;
  readonly now: Date;
}

export interface SurveyRehearsal {
  readonly alreadyRehearsed: boolean;
  readonly invited: number;
  readonly answered: number;
}

/** The drivers a simulated respondent names ('other' would want words of its own). */
const NAMED_DRIVERS = DRIVERS.filter((driver) => driver !== 'other');
const COMMENTS = {
  up: ['Choosing a plan was simpler than I expected.', 'The letter told me exactly what would happen.'],
  down: ['I could not tell which plan my doctor takes.', 'It took me a long time to find the Part B rule.'],
} as const;

export async function rehearseSurveys(
  store: Store,
  options: SurveyRehearsalOptions,
): Promise<SurveyRehearsal> {
  if (await hasAnyResponse(executorOf(store))) return { alreadyRehearsed: true, invited: 0, answered: 0 };
  const run = await createInvitations(store, { ...options, lagMs: 0 });
  let answered = 0;
  for (const source of run.sources) {
    for (const made of source.made) {
      const draw = drawFor(made.reference);
      if (draw >= 0.5 || !asksTrustByThumbs(options.catalogue, made.transactionPoint)) continue;
      const token = options.keys.tokenFor(source.source, made.reference);
      const answers = simulatedAnswers(draw * 2);
      const input = { token, answers, today: options.today, now: options.now };
      await respondToInvitation(store, options.catalogue, options.plan, input);
      answered += 1;
    }
  }
  return { alreadyRehearsed: false, invited: run.invited, answered };
}

/** The demo answers the A-11 v2 survey on its thumbs scale; other instruments are left unanswered. */
function asksTrustByThumbs(catalogue: CxCatalogue, pointId: string): boolean {
  const point = catalogue.points.points.find((p) => p.id === pointId);
  if (point === undefined) return false;
  const survey = surveyById(catalogue, point.surveyId);
  return survey.kind === 'a11-v2' && survey.trustScale === 'thumbs';
}

/** A number in [0, 1) drawn from the invitation's reference: the same demo answers every time. */
function drawFor(reference: string): number {
  return createHash('sha256').update(`pshb-demo-survey:${reference}`).digest().readUInt32BE(0) / 2 ** 32;
}

/** Three in four trust the service; each names one driver, and one in three leaves a comment. */
function simulatedAnswers(draw: number): SurveyAnswers {
  const up = draw < 0.75;
  const driver = NAMED_DRIVERS[Math.floor(draw * 1000) % NAMED_DRIVERS.length]!;
  const comments = up ? COMMENTS.up : COMMENTS.down;
  const comment = Math.floor(draw * 300) % 3 === 0 ? comments[Math.floor(draw * 70) % 2]! : null;
  return {
    trust: up ? 'up' : 'down',
    ...(up ? { positive: [driver] } : { negative: [driver] }),
    freeText: comment,
    contactRequested: false,
  };
}
