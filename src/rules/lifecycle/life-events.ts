// Changes outside open season for qualifying life events (5 CFR 890.301 for employees, 890.306 for
// annuitants): each event's window and effective-date rule come from reference-data/life-events.json.
import { addDays, type IsoDate } from '../../domain/dates.ts';
import type {
  EnrolleeKind,
  LifeEventKind,
  LifeEventPermit,
  LifeEventRule,
  LifeEventsTable,
} from '../../domain/lifecycle.ts';
import type { Decision, FactValue } from '../decision.ts';
import { temporaryExtensionEnds } from '../effective-dates.ts';
import { coverageStep, type LifecycleContext, type RequestFor, type Step } from './requests.ts';
import { daysBetween, effectiveDateFor } from './effective-date-rules.ts';
import type { EnrollmentState } from './states.ts';

export type LifeEventOutcome = 'change_permitted' | 'outside_window' | 'change_not_permitted' | 'no_rule';

export interface LifeEventDecision extends Decision<LifeEventOutcome> {
  readonly effectiveOn: IsoDate | null;
  readonly windowOpens: IsoDate | null;
  readonly windowCloses: IsoDate | null;
}

export interface LifeEventChangeRequest {
  readonly enrolleeKind: EnrolleeKind;
  readonly event: LifeEventKind;
  readonly eventDate: IsoDate;
  readonly requestedOn: IsoDate;
  readonly change: LifeEventPermit;
}

/** The table's rule for an event and kind of enrollee, or null. */
export function lifeEventRuleFor(
  table: LifeEventsTable,
  event: LifeEventKind,
  kind: EnrolleeKind,
): LifeEventRule | null {
  return table.events.find((rule) => rule.event === event && rule.enrolleeKind === kind) ?? null;
}

const GENERAL: Record<EnrolleeKind, string> = { employee: '5 CFR 890.301', annuitant: '5 CFR 890.306' };

export function decideLifeEventChange(
  request: LifeEventChangeRequest,
  table: LifeEventsTable,
): LifeEventDecision {
  const rule = lifeEventRuleFor(table, request.event, request.enrolleeKind);
  const facts: Record<string, FactValue> = {
    event: request.event,
    enrolleeKind: request.enrolleeKind,
    eventDate: request.eventDate,
    requestedOn: request.requestedOn,
    change: request.change,
    lifeEventsVersion: table.version,
  };
  const general = GENERAL[request.enrolleeKind];
  const result = (
    outcome: LifeEventOutcome,
    citations: string[],
    explanation: string,
    dates: Pick<LifeEventDecision, 'effectiveOn' | 'windowOpens' | 'windowCloses'>,
  ): LifeEventDecision => ({ rule: 'life-event', outcome, citations, facts, explanation, ...dates });
  if (rule === null) {
    // 5 CFR 890.301 / 890.306: only the events they list open a change outside open season.
    return result('no_rule', [general], `No rule for a ${request.event} of an ${request.enrolleeKind}.`, {
      effectiveOn: null,
      windowOpens: null,
      windowCloses: null,
    });
  }
  const windowOpens =
    rule.windowDaysBefore === null ? null : addDays(request.eventDate, -rule.windowDaysBefore);
  const windowCloses =
    rule.windowDaysAfter === null ? null : addDays(request.eventDate, rule.windowDaysAfter);
  Object.assign(facts, {
    windowOpens,
    windowCloses,
    effectiveDateRule: rule.effectiveDateRule,
    daysFromEvent: daysBetween(request.eventDate, request.requestedOn),
  });
  const window = { windowOpens, windowCloses };
  if (!rule.permits.includes(request.change)) {
    // The event's paragraph (890.301 / 890.306) permits only the changes listed for it.
    return result(
      'change_not_permitted',
      [general, rule.citation],
      `A ${request.event.replaceAll('_', ' ')} permits ${rule.permits.join(', ')}, not ${request.change}.`,
      { effectiveOn: null, ...window },
    );
  }
  const tooEarly = windowOpens !== null && request.requestedOn < windowOpens;
  const tooLate = windowCloses !== null && request.requestedOn > windowCloses;
  if (tooEarly || tooLate) {
    // The event's paragraph: the request must fall within the window (days before / after the event).
    return result(
      'outside_window',
      [general, rule.citation],
      `A request for a ${request.event.replaceAll('_', ' ')} of ${request.eventDate} must be made from ${windowOpens ?? 'any time'} to ${windowCloses ?? 'any time after'}; ${request.requestedOn} is outside that window.`,
      { effectiveOn: null, ...window },
    );
  }
  const effective = effectiveDateFor(rule.effectiveDateRule, request, table.payPeriods);
  // The event's paragraph, with the effective-date rule held as data (890.301(b) / 890.306(b) generally).
  return result(
    'change_permitted',
    [general, rule.citation],
    `A ${request.event.replaceAll('_', ' ')} on ${request.eventDate} permits this change (${request.change}); requested within the window, it takes effect on ${effective.effectiveOn}, ${effective.how}.`,
    { effectiveOn: effective.effectiveOn, ...window },
  );
}

export function stepLifeEventChange(
  state: EnrollmentState,
  request: RequestFor<'life_event_change'>,
  context: LifecycleContext,
): Step {
  const made = decideLifeEventChange({ ...request, enrolleeKind: state.enrolleeKind }, context.lifeEvents);
  return coverageStep(made, made.outcome === 'change_permitted', 'enrolled', request.coverage);
}

export function stepDeathOfEnrollee(
  state: EnrollmentState,
  request: RequestFor<'death_of_enrollee'>,
  context: LifecycleContext,
): Step {
  const rule = lifeEventRuleFor(context.lifeEvents, 'death_of_enrollee', state.enrolleeKind);
  const endedOn = request.dateOfDeath;
  const effective = rule
    ? effectiveDateFor(
        rule.effectiveDateRule,
        { eventDate: endedOn, requestedOn: request.requestedOn },
        context.lifeEvents.payPeriods,
      )
    : { effectiveOn: addDays(endedOn, 1), how: 'the day after the death' };
  const facts = {
    dateOfDeath: endedOn,
    enrollmentType: state.coverage?.enrollmentType ?? null,
    survivorContinuesCoverage: request.survivorContinuesCoverage,
  };
  const familyCovered = state.coverage !== null && state.coverage.enrollmentType !== 'self_only';
  if (!familyCovered || request.survivorContinuesCoverage) {
    // 5 CFR 890.401(a): nobody is left whose coverage ends (or a survivor continues in their own name).
    return {
      ok: true,
      to: 'terminated',
      effectiveOn: effective.effectiveOn,
      state: { coverage: state.coverage, temporaryExtensionEnds: null, tccEnds: null },
      citations: ['5 CFR 890.401(a)'],
      facts,
      explanation: `The enrollment ends with the enrollee's death on ${endedOn}. ${familyCovered ? 'A survivor continues coverage in their own name, so no temporary extension runs.' : 'It covered the enrollee only, so no temporary extension runs.'}`,
    };
  }
  const extensionEnds = temporaryExtensionEnds(endedOn, context.calendar);
  // 5 CFR 890.401(a): family members whose coverage ends get the 31-day extension and conversion right.
  return {
    ok: true,
    to: 'in_temporary_extension',
    effectiveOn: effective.effectiveOn,
    state: { coverage: state.coverage, temporaryExtensionEnds: extensionEnds, tccEnds: null },
    citations: ['5 CFR 890.401(a)'],
    facts: { ...facts, temporaryExtensionEnds: extensionEnds },
    explanation: `The enrollment ends with the enrollee's death on ${endedOn}; covered family members keep coverage without contributions to ${extensionEnds} and may convert to an individual policy.`,
    conversionRight: true,
  };
}
