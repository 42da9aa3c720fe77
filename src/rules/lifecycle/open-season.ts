// Open season elections (enroll, change plan/option/type, elect not to enroll) and belated
// enrollment, as lifecycle steps: 5 CFR 890.1605(b), (e) and 890.1606(e).
import type { OpenSeason } from '../../domain/program-calendar.ts';
import { lastElectionDay } from '../../domain/program-calendar.ts';
import { decideBelatedEnrollment, type EnrollmentShown } from '../belated-enrollment.ts';
import { decideOpenSeasonEffectiveDate } from '../effective-dates.ts';
import {
  coverageStep,
  describeCoverage,
  refusedStep,
  type LifecycleContext,
  type RequestFor,
  type Step,
} from './requests.ts';
import type { EnrollmentState } from './states.ts';

type OpenSeasonRequest = RequestFor<'open_season_enroll' | 'open_season_change' | 'open_season_decline'>;

function findSeason(id: string, context: LifecycleContext): OpenSeason | null {
  return context.calendar.openSeasons.find((season) => season.id === id) ?? null;
}

/** The paragraph an open season action rests on: 890.1605(b) in the transitional season, else 890.1606(e). */
function electionCitation(season: OpenSeason): string {
  return season.transitional ? '5 CFR 890.1605(b)' : '5 CFR 890.1606(e)';
}

export function stepOpenSeasonElection(
  state: EnrollmentState,
  request: OpenSeasonRequest,
  context: LifecycleContext,
): Step {
  const season = findSeason(request.openSeasonId, context);
  const facts = { openSeason: request.openSeasonId, requestedOn: request.requestedOn };
  if (season === null) {
    return refusedStep(
      'noSuchOpenSeason',
      ['5 CFR 890.1606(e)'],
      facts,
      `There is no open season ${request.openSeasonId}.`,
    );
  }
  const lastDay = lastElectionDay(season);
  if (request.requestedOn < season.start || request.requestedOn > lastDay) {
    // 5 CFR 890.1606(e) (890.1605(b) in the transitional season): only during the open season.
    return refusedStep(
      'outsideOpenSeason',
      [electionCitation(season)],
      { ...facts, seasonStart: season.start, lastElectionDay: lastDay },
      `The ${season.name} runs from ${season.start} to ${lastDay}; a request made on ${request.requestedOn} is outside it. A change now needs a qualifying life event or a belated enrollment.`,
    );
  }
  const effective = decideOpenSeasonEffectiveDate(season, context.calendar);
  if (request.action === 'open_season_decline') {
    // 5 CFR 890.1605(b)(1)(i) (and 890.1606(e) for its effective date): an election not to enroll.
    return {
      ok: true,
      to: 'declined',
      effectiveOn: effective.effectiveOn,
      state: { coverage: state.coverage, temporaryExtensionEnds: null, tccEnds: null },
      citations: [...effective.citations, '5 CFR 890.1605(b)(1)(i)'],
      facts: { ...facts, ...effective.facts },
      explanation: `Elected during the ${season.name} not to enroll in a PSHB plan; ${state.status === 'enrolled' ? 'the current enrollment ends and ' : ''}no PSHB coverage from ${effective.effectiveOn}.`,
    };
  }
  const verb = request.action === 'open_season_change' ? 'Changed' : 'Enrolled';
  // 5 CFR 890.1605(b) / 890.1606(e): enroll or change; it takes effect on the season's effective date.
  return {
    ok: true,
    to: 'enrolled',
    effectiveOn: effective.effectiveOn,
    state: { coverage: request.coverage, temporaryExtensionEnds: null, tccEnds: null },
    citations: [electionCitation(season), ...effective.citations],
    facts: { ...facts, ...effective.facts, enrollmentCode: request.coverage.enrollmentCode },
    explanation: `${verb} during the ${season.name} to ${describeCoverage(request.coverage)}, effective ${effective.effectiveOn}.`,
  };
}

export function stepBelatedEnrollment(
  state: EnrollmentState,
  request: RequestFor<'belated_enroll'>,
  context: LifecycleContext,
): Step {
  const season = findSeason(request.openSeasonId, context);
  if (season === null) {
    return refusedStep(
      'noSuchOpenSeason',
      ['5 CFR 890.1605(e)'],
      { openSeason: request.openSeasonId },
      `There is no open season ${request.openSeasonId}.`,
    );
  }
  if (!context.enrolleeEligibility) {
    // 5 CFR 890.1605(e) excuses lateness, not eligibility: without the enrollee's eligibility nothing is decided.
    return refusedStep(
      'eligibilityNeeded',
      ['5 CFR 890.1605(e)', '5 CFR 890.1603'],
      {},
      "The enrollee's eligibility is needed to decide a belated enrollment.",
    );
  }
  // 5 CFR 890.1605(e): decided by the belated enrollment rule, on the record's own facts.
  const made = decideBelatedEnrollment({ ...request.belated, requestedOn: request.requestedOn }, season, {
    eligibility: context.enrolleeEligibility,
    enrollmentShown: shownByState(state),
  });
  return coverageStep(made, made.outcome === 'belated_enrollment_permitted', 'enrolled', request.coverage);
}

/** What the enrollment's record shows: never enrolled, declined, or an enrollment (now or ended). */
function shownByState(state: EnrollmentState): EnrollmentShown {
  if (state.status === 'not_enrolled') return 'none';
  if (state.status === 'declined') return 'declined';
  return 'enrolled';
}
