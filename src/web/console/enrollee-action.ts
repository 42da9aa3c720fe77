// The enrollee's own actions a specialist can take for a caller from the console (enrollment.elect):
// which of them the enrollment state allows now, what each needs, and the request body the API takes
// (POST persons/{id}/transitions). Other actions (belated enrollment, removals, corrections...) are
// the program office's and stay in its own tools.
import type { FieldErrors } from '../forms/field-errors.ts';
import type { Coverage, EnrollmentStanding, PlanOffer } from './console-types.ts';

/** What the console needs of a plan offer to send its coverage. */
type OfferCoverage = Pick<PlanOffer, 'enrollmentCode' | 'enrollmentType' | 'plan' | 'option'>;

export const CONSOLE_ACTIONS = [
  'open_season_enroll',
  'open_season_change',
  'open_season_decline',
  'life_event_change',
  'cancel',
] as const;
export type ConsoleAction = (typeof CONSOLE_ACTIONS)[number];

export interface EnrolleeActionValues {
  readonly action: string;
  readonly reason: string;
  readonly enrollmentType: string;
  readonly enrollmentCode: string;
  readonly event: string;
  readonly eventDate: string;
  readonly change: string;
}

export type EnrolleeActionField = keyof EnrolleeActionValues;

export const EMPTY_ACTION: EnrolleeActionValues = {
  action: '',
  reason: '',
  enrollmentType: '',
  enrollmentCode: '',
  event: '',
  eventDate: '',
  change: '',
};

function isConsoleAction(action: string): action is ConsoleAction {
  return (CONSOLE_ACTIONS as readonly string[]).includes(action);
}

/** The console's actions the state allows now, once each, in the console's order. */
export function actionsAllowed(standing: Pick<EnrollmentStanding, 'allowedActions'>): ConsoleAction[] {
  const allowed = new Set(
    standing.allowedActions
      .filter((allowed) => allowed.permission === 'enrollment.elect')
      .map((allowed) => allowed.action)
      .filter(isConsoleAction),
  );
  return CONSOLE_ACTIONS.filter((action) => allowed.has(action));
}

export function needsCoverage(action: string): boolean {
  return action === 'open_season_enroll' || action === 'open_season_change' || action === 'life_event_change';
}

export function enrolleeActionErrors(values: EnrolleeActionValues): FieldErrors<EnrolleeActionField> {
  const errors: FieldErrors<EnrolleeActionField> = {};
  const blank = (field: EnrolleeActionField) => {
    if (!values[field].trim()) errors[field] = 'form.required';
  };
  blank('action');
  if (needsCoverage(values.action)) {
    blank('enrollmentType');
    blank('enrollmentCode');
  }
  if (values.action === 'life_event_change') {
    blank('event');
    blank('change');
    blank('eventDate');
    if (!errors.eventDate && !/^\d{4}-\d{2}-\d{2}$/.test(values.eventDate)) errors.eventDate = 'form.date';
  }
  blank('reason');
  return errors;
}

function coverageOf(values: EnrolleeActionValues, offers: readonly OfferCoverage[]): Coverage {
  const offer = offers.find(
    (candidate) =>
      candidate.enrollmentCode === values.enrollmentCode &&
      candidate.enrollmentType === values.enrollmentType,
  );
  if (!offer) throw new Error(`no plan offer ${values.enrollmentCode} for ${values.enrollmentType}`);
  return {
    enrollmentCode: offer.enrollmentCode,
    planCode: offer.plan.code,
    optionCode: offer.option.code,
    enrollmentType: offer.enrollmentType,
  };
}

/** The body of POST persons/{id}/transitions for valid values. */
export function enrolleeActionBody(
  values: EnrolleeActionValues,
  offers: readonly OfferCoverage[],
  openSeasonId: string,
): Record<string, unknown> {
  const reason = values.reason.trim();
  switch (values.action) {
    case 'open_season_enroll':
    case 'open_season_change':
      return { action: values.action, reason, openSeasonId, coverage: coverageOf(values, offers) };
    case 'open_season_decline':
      return { action: values.action, reason, openSeasonId };
    case 'life_event_change':
      return {
        action: values.action,
        reason,
        event: values.event,
        eventDate: values.eventDate,
        change: values.change,
        coverage: coverageOf(values, offers),
      };
    case 'cancel':
      return { action: values.action, reason };
    default:
      throw new Error(`the console does not take the action ${values.action}`);
  }
}
